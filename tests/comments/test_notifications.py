"""New pending items are announced to the portal's approvers by email, from a background task enqueued
after the item is committed, never sent inside the citizen's request."""

import pytest
from django.core import mail
from django_tasks import task_backends

from comments.models import CitizenInput, Kind, Status
from comments.tasks import notify_moderators
from tests.factories import make_user

from .conftest import make_item

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
