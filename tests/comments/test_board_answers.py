"""The board's and approvers' daily work on citizen questions (issue 11 item 6, issue 13 item 4): answer and
publish in one step, forward a question to the portal that must answer it, bulk moderation with bad ids,
and the board queue's rows that lead to the item. Through the real admin views and forms."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from comments.models import CitizenInput, Kind, Status, TicketStatus
from decree.qa import QuestionIndexPage

from ..factories import make_item

pytestmark = pytest.mark.django_db

QUEUE = reverse("comments_admin:queue")


def qa_of(portal):
    return QuestionIndexPage.objects.child_of(portal.root_page).get(category_key="qa")


@pytest.fixture
def question(portal_a):
    return make_item(
        portal_a, qa_of(portal_a), kind=Kind.QUESTION, subject="Hồ sơ cấp phép xây dựng",
        author_name="Lê Thị Hoa", body="Hồ sơ cấp phép xây dựng nhà ở gồm những gì?",
        ticket_code="HD-ABCD-2345", ticket_status=TicketStatus.RECEIVED,
        due_date=timezone.localdate() + datetime.timedelta(days=2),
    )


def refreshed(item):
    return CitizenInput.objects.select_related("portal").get(pk=item.pk)


def item_page(client, item):
    return BeautifulSoup(client.get(reverse("comments_admin:item", args=[item.pk])).content, "html.parser")


@pytest.mark.parametrize("role", ["board", "approver"])
def test_answer_and_publish_in_one_step(login, role, portal_a, question):
    client = login(role, portal_a if role == "approver" else None)
    page = item_page(client, question)
    assert page.find("button", string="Trả lời và công bố")
    assert page.select_one("[data-published]").get_text() == "Chưa công bố: chưa có trả lời"
    response = client.post(reverse("comments_admin:answer", args=[question.pk]),
                           {"reply": "Hồ sơ gồm đơn đề nghị và bản vẽ thiết kế."}, follow=True)
    assert response.status_code == 200
    assert "Đã trả lời và công bố câu hỏi trong chuyên mục Hỏi đáp của Sở Thử Nghiệm A." in response.content.decode()
    item = refreshed(question)
    assert (item.status, item.ticket_status, item.general_interest) == (Status.APPROVED, TicketStatus.ANSWERED, True)
    assert list(CitizenInput.objects.published_questions(portal_a)) == [item]
    page = item_page(client, question)
    assert page.select_one("[data-published]").get_text() == "Đã công bố trong chuyên mục Hỏi đáp"
    assert page.select_one("[data-status]").get_text().startswith("Đã duyệt")
    actions = set(ModelLogEntry.objects.filter(object_id=str(question.pk)).values_list("action", flat=True))
    assert actions == {"comments.approve", "comments.reply"}


def test_saving_a_reply_alone_says_why_it_is_not_public(login, portal_a, question):
    client = login("approver", portal_a)
    client.post(reverse("comments_admin:reply", args=[question.pk]), {"reply": "Đã trả lời."})
    assert item_page(client, question).select_one("[data-published]").get_text() == (
        "Chưa công bố: câu hỏi chưa được duyệt"
    )


def test_answer_and_publish_needs_a_reply(login, portal_a, question):
    response = login("board").post(reverse("comments_admin:answer", args=[question.pk]), {"reply": "  "})
    assert response.status_code == 400
    assert "Hãy nhập nội dung trả lời trước khi công bố." in response.content.decode()
    assert refreshed(question).status == Status.PENDING


def test_forwarding_moves_the_question_to_the_other_portal(login, portal_a, portal_b, question):
    board = login("board")
    response = board.post(reverse("comments_admin:forward", args=[question.pk]), {"portal": portal_b.pk}, follow=True)
    assert "Đã chuyển câu hỏi cho Xã Thử Nghiệm B trả lời." in response.content.decode()
    item = refreshed(question)
    assert item.portal == portal_b and item.page_id == qa_of(portal_b).pk
    assert item.due_date == question.due_date
    entry = ModelLogEntry.objects.get(object_id=str(question.pk), action="comments.forward")
    assert entry.user == board.user and entry.data["from_portal"] == portal_a.slug
    history = item_page(board, item).get_text()
    assert "Đã chuyển câu hỏi cho cổng khác trả lời" in history

    approver_b, approver_a = login("approver", portal_b), login("approver", portal_a)
    assert "Hồ sơ cấp phép xây dựng" in approver_b.get(QUEUE, {"status": ""}).content.decode()
    assert "Hồ sơ cấp phép xây dựng" not in approver_a.get(QUEUE, {"status": ""}).content.decode()
    assert approver_a.get(reverse("comments_admin:item", args=[question.pk])).status_code == 404


def test_the_approvers_of_the_new_portal_are_told_by_mail(login, portal_a, portal_b, question,
                                                         django_capture_on_commit_callbacks):
    from django.core import mail
    from django_tasks import task_backends

    from comments.tasks import notify_forwarded
    from tests.factories import make_user

    make_user("approver", portal_b, email="duyet.b@example.gov.vn")
    make_user("approver", portal_a, email="duyet.a@example.gov.vn")
    task_backends["background"].clear()
    with django_capture_on_commit_callbacks(execute=True):
        login("board").post(reverse("comments_admin:forward", args=[question.pk]), {"portal": portal_b.pk})
    queued = [result for result in task_backends["background"].results if result.task.name == "notify_forwarded"]
    assert [list(result.args) for result in queued] == [[question.pk, portal_a.name]]
    assert len(mail.outbox) == 0  # nothing sent inside the request
    assert notify_forwarded.call(question.pk, portal_a.name) == 1
    message = mail.outbox[0]
    assert message.to == ["duyet.b@example.gov.vn"]
    assert message.subject == f"[{portal_b.name}] Câu hỏi được chuyển đến để trả lời: Hồ sơ cấp phép xây dựng"
    assert f"Cổng «{portal_a.name}» vừa chuyển cho cổng «{portal_b.name}» một câu hỏi để trả lời." in message.body
    assert f"/admin/y-kien-cong-dan/{question.pk}/" in message.body


def test_a_forwarded_question_counts_for_its_new_portals_due_date(login, portal_a, portal_b, question):
    from oversight.scorecard import build_scorecard

    CitizenInput.objects.filter(pk=question.pk).update(due_date=timezone.localdate() - datetime.timedelta(days=1))
    overdue = {row.portal.slug: row.overdue_questions for row in build_scorecard()}
    assert (overdue[portal_a.slug], overdue[portal_b.slug]) == (1, 0)
    login("approver", portal_a).post(reverse("comments_admin:forward", args=[question.pk]), {"portal": portal_b.pk})
    overdue = {row.portal.slug: row.overdue_questions for row in build_scorecard()}
    assert (overdue[portal_a.slug], overdue[portal_b.slug]) == (0, 1)


def test_forwarding_needs_a_portal_that_can_take_it(login, portal_a, question):
    client = login("board")
    for data in ({}, {"portal": portal_a.pk}, {"portal": "99999999999999999999"}, {"portal": "abc"}):
        response = client.post(reverse("comments_admin:forward", args=[question.pk]), data)
        assert response.status_code == 400, data
        assert "Chưa chuyển được câu hỏi" in response.content.decode()
    assert refreshed(question).portal == portal_a


@pytest.mark.parametrize("action", ["answer", "forward"])
def test_an_approver_of_another_portal_and_the_monitor_cannot_act(login, portal_a, portal_b, question, action):
    data = {"reply": "Trả lời trái phép.", "portal": portal_b.pk}
    approver_b = login("approver", portal_b)
    assert approver_b.post(reverse(f"comments_admin:{action}", args=[question.pk]), data).status_code == 404
    monitor = login("monitor")
    response = monitor.post(reverse(f"comments_admin:{action}", args=[question.pk]), data)
    assert (response.status_code, response.get("Location")) in ((403, None), (302, reverse("wagtailadmin_home")))
    editor = login("editor", portal_a)
    response = editor.post(reverse(f"comments_admin:{action}", args=[question.pk]), data)
    assert (response.status_code, response.get("Location")) in ((403, None), (302, reverse("wagtailadmin_home")))
    item = refreshed(question)
    assert (item.portal, item.status, item.reply) == (portal_a, Status.PENDING, "")


@pytest.mark.parametrize("ids, message", [
    (["12345678901234567890"], "Mã mục «12345678901234567890» không hợp lệ."),
    (["abc"], "Mã mục «abc» không hợp lệ."),
    (["-1"], "Mã mục «-1» không hợp lệ."),
    (["0"], "Mã mục «0» không hợp lệ."),
    (["١٢"], "Mã mục «١٢» không hợp lệ."),
])
def test_bulk_moderation_with_bad_ids_answers_with_a_message(login, portal_a, question, ids, message):
    client = login("approver", portal_a)
    response = client.post(reverse("comments_admin:bulk"), {"ids": [question.pk, *ids], "decision": "duyet"},
                           follow=True)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert refreshed(question).status == Status.PENDING


def test_bulk_moderation_with_the_largest_id_that_is_not_theirs_is_refused(login, portal_a, question):
    response = login("approver", portal_a).post(
        reverse("comments_admin:bulk"), {"ids": [question.pk, "9223372036854775807"], "decision": "duyet"}
    )
    assert (response.status_code, response.get("Location")) in ((403, None), (302, reverse("wagtailadmin_home")))
    assert refreshed(question).status == Status.PENDING


def test_bulk_moderation_with_an_unknown_decision_answers_with_a_message(login, portal_a, question):
    response = login("approver", portal_a).post(reverse("comments_admin:bulk"),
                                                {"ids": [question.pk], "decision": "xoa"}, follow=True)
    assert response.status_code == 200 and "Thao tác «xoa» không tồn tại." in response.content.decode()


def test_the_board_queue_links_each_item_with_sender_and_subject(login, portal_a, question):
    soup = BeautifulSoup(login("board").get(reverse("oversight:board_queue")).content, "html.parser")
    links = [a for a in soup.find_all("a") if a["href"] == reverse("comments_admin:item", args=[question.pk])]
    assert len(links) == 2  # waiting for moderation, and near its due date
    assert all(a.get_text() == "Hồ sơ cấp phép xây dựng" for a in links)
    assert all("gửi bởi Lê Thị Hoa" in a.parent.get_text() for a in links)


@pytest.mark.parametrize("query", [
    {"portal": "12345678901234567890"}, {"portal": "abc"}, {"kind": "x"}, {"status": "\x00"}, {"age": "9999"},
    {"p": "99999999999999999999"}, {"p": "-1"},
])
def test_the_queue_filters_never_fail_on_edge_values(login, portal_a, question, query):
    response = login("board").get(QUEUE, query)
    assert response.status_code == 200


def test_a_question_answered_and_published_shows_on_the_portals_home_at_once(client, login, portal_a, question):
    def home_questions():
        soup = BeautifulSoup(client.get("/", HTTP_HOST=portal_a.site.hostname).content, "html.parser")
        block = soup.select_one(".answered-questions")
        return block.get_text() if block else ""

    assert "Hồ sơ cấp phép xây dựng" not in home_questions()  # the home's blocks are now shared
    approver = login("approver", portal_a)
    approver.post(reverse("comments_admin:answer", args=[question.pk]), {"reply": "Hồ sơ gồm đơn đề nghị."})
    assert "Hồ sơ cấp phép xây dựng" in home_questions()

    approver.post(reverse("comments_admin:decide", args=[question.pk, "tu-choi"]))
    assert "Hồ sơ cấp phép xây dựng" not in home_questions()
