"""New pending items are announced to the portal's approvers by email, from a background task enqueued
after the item is committed, never sent inside the citizen's request."""

import pytest
from django.core import mail
from django_tasks import task_backends

from comments.models import CitizenInput, Kind, Status
from comments.tasks import notify_moderators
from tests.factories import make_user

from ..factories import make_item

pytestmark = pytest.mark.django_db


def queued():
    return [result for result in task_backends["background"].results if result.task.name == "notify_moderators"]


def test_submission_enqueues_the_notification_and_sends_nothing_inline(
    client, send, portal_a, article, django_capture_on_commit_callbacks
):
    make_user("approver", portal_a, email="duyet.a@example.gov.vn")
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        send(client, portal_a, article)
    assert len(callbacks) == 1
    assert len(mail.outbox) == 0
    item = CitizenInput.objects.get()
    assert [list(result.args) for result in queued()] == [[item.pk]]


def test_nothing_is_enqueued_for_a_refused_submission(client, send, portal_a, article, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        send(client, portal_a, article, captcha_answer="SAI")
    assert queued() == []


def test_the_task_mails_the_portal_approvers_only(portal_a, portal_b, article):
    make_user("approver", portal_a, email="duyet.a@example.gov.vn")
    make_user("approver", portal_a, email="")  # no address: skipped
    make_user("approver", portal_b, email="duyet.b@example.gov.vn")
    make_user("editor", portal_a, email="bientap.a@example.gov.vn")
    item = make_item(portal_a, article, body="Đề nghị mở thêm điểm tiếp nhận hồ sơ.")
    assert notify_moderators.call(item.pk) == 1
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["duyet.a@example.gov.vn"]
    assert portal_a.name in message.subject and "chờ duyệt" in message.subject
    assert "Đề nghị mở thêm điểm tiếp nhận hồ sơ." in message.body
    assert f"/admin/y-kien-cong-dan/{item.pk}/" in message.body


def test_question_mail_carries_ticket_and_deadline(portal_a, qa_section):
    make_user("approver", portal_a, email="duyet.a@example.gov.vn")
    from datetime import date

    item = make_item(portal_a, qa_section, kind=Kind.QUESTION, subject="Hỏi về thuế", ticket_code="HD-TEST-0001",
                     due_date=date(2026, 3, 23))
    notify_moderators.call(item.pk)
    assert "HD-TEST-0001" in mail.outbox[0].body and "23/03/2026" in mail.outbox[0].body


def test_the_board_is_told_when_the_portal_has_no_approver_with_an_address(portal_a, article):
    make_user("board", email="bbt@example.gov.vn")
    item = make_item(portal_a, article)
    notify_moderators.call(item.pk)
    assert mail.outbox[0].to == ["bbt@example.gov.vn"]


def test_already_moderated_items_are_not_announced(portal_a, article):
    make_user("approver", portal_a, email="duyet.a@example.gov.vn")
    item = make_item(portal_a, article, status=Status.APPROVED)
    assert notify_moderators.call(item.pk) == 0
    assert notify_moderators.call(999999) == 0
    assert mail.outbox == []


# The citizen who asked is told when the answer is there.

def answer_mails():
    return [result for result in task_backends["background"].results if result.task.name == "notify_asker_answered"]


def question(portal, qa_section, **fields):
    from datetime import date

    defaults = dict(kind=Kind.QUESTION, status=Status.APPROVED, subject="Hỏi về cấp giấy phép xây dựng",
                    ticket_code="HD-TEST-0002", due_date=date(2026, 3, 23), author_name="Nguyễn Văn An",
                    author_email="an.nguyen@example.com")
    defaults.update(fields)
    return make_item(portal, qa_section, **defaults)


def test_answering_a_question_enqueues_one_mail_to_the_asker_after_the_commit(
    login, portal_a, qa_section, django_capture_on_commit_callbacks
):
    from django.urls import reverse

    item = question(portal_a, qa_section)
    approver = login("approver", portal_a)
    with django_capture_on_commit_callbacks(execute=True):
        approver.post(reverse("comments_admin:reply", args=[item.pk]), {"reply": "Hồ sơ gồm đơn và bản vẽ."})
    assert [list(result.args) for result in answer_mails()] == [[item.pk]]
    assert mail.outbox == []  # the worker sends it, not the approver's request

    with django_capture_on_commit_callbacks(execute=True):  # correcting the answer does not mail again
        approver.post(reverse("comments_admin:reply", args=[item.pk]), {"reply": "Hồ sơ gồm đơn, bản vẽ và sổ đỏ."})
    assert len(answer_mails()) == 1


def test_a_reply_to_a_comment_mails_nobody(login, portal_a, article, django_capture_on_commit_callbacks):
    from django.urls import reverse

    item = make_item(portal_a, article, status=Status.APPROVED)
    with django_capture_on_commit_callbacks(execute=True):
        login("approver", portal_a).post(reverse("comments_admin:reply", args=[item.pk]), {"reply": "Cảm ơn ý kiến."})
    assert answer_mails() == []


def test_the_answer_mail_carries_the_answer_and_the_lookup_link(portal_a, qa_section):
    from comments.models import TicketStatus
    from comments.tasks import notify_asker_answered

    item = question(portal_a, qa_section, reply="Hồ sơ gồm đơn đề nghị và bản vẽ.", ticket_status=TicketStatus.ANSWERED)
    assert notify_asker_answered.call(item.pk) == 1
    message = mail.outbox[0]
    assert message.to == ["an.nguyen@example.com"]
    assert message.subject == f"[{portal_a.name}] Câu hỏi HD-TEST-0002 đã được trả lời"
    assert "Kính gửi Nguyễn Văn An," in message.body
    assert "Hồ sơ gồm đơn đề nghị và bản vẽ." in message.body
    assert f"{portal_a.site.root_url}/y-kien/tra-cuu/?ma=HD-TEST-0002" in message.body


@pytest.mark.parametrize("fields", [
    {"reply": ""},
    {"ticket_status": "in_progress"},
    {"status": Status.SPAM},
])
def test_no_answer_mail_without_a_published_answer(portal_a, qa_section, fields):
    from comments.models import TicketStatus
    from comments.tasks import notify_asker_answered

    values = {"reply": "Trả lời.", "ticket_status": TicketStatus.ANSWERED, **fields}
    item = question(portal_a, qa_section, **values)
    assert notify_asker_answered.call(item.pk) == 0
    assert notify_asker_answered.call(999999) == 0
    assert mail.outbox == []
