"""Questions (hỏi đáp): the form at the portal's Q&A section, the ticket code and due date shown to the
citizen, the look-up by code and email, and answered questions of general interest published."""

import itertools

import pytest
from bs4 import BeautifulSoup
from django.template import Context, Template
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from comments.models import CitizenInput, Kind, Status, TicketStatus
from comments.workdays import answer_due_date

from ..factories import make_item
from .conftest import input_url

pytestmark = pytest.mark.django_db

LOOKUP = "/y-kien/tra-cuu/"


def ask(client, send, portal, section, **overrides):
    response = send(client, portal, section, kind=Kind.QUESTION, **overrides)
    assert response.status_code == 200, response.content.decode()[:800]
    return response


def test_question_gets_a_ticket_code_and_due_date(client, send, portal_a, qa_section):
    response = ask(client, send, portal_a, qa_section)
    item = CitizenInput.objects.get()
    assert item.kind == Kind.QUESTION and item.status == Status.PENDING
    assert item.ticket_status == TicketStatus.RECEIVED
    assert item.subject == "Thủ tục cấp phép xây dựng nhà ở riêng lẻ"
    assert item.ticket_code.startswith("HD-") and len(item.ticket_code) == 12
    assert item.due_date == answer_due_date(timezone.localdate(item.created_at))
    assert (item.due_date - timezone.localdate()).days >= 19  # 15 working days: at least three weeks
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("[data-ticket-code]").get_text() == item.ticket_code
    assert item.due_date.strftime("%d/%m/%Y") in soup.get_text()
    assert soup.select_one(f'a[href="{LOOKUP}?ma={item.ticket_code}"]')


def test_question_form_needs_a_subject(client, send, portal_a, qa_section):
    response = send(client, portal_a, qa_section, kind=Kind.QUESTION, subject="")
    assert "Vui lòng nhập tiêu đề câu hỏi." in response.content.decode()
    assert not CitizenInput.objects.exists()


def test_every_portals_qa_section_offers_the_question_form(client, portal_a, portal_b):
    from decree.qa import QuestionIndexPage

    for portal in (portal_a, portal_b):
        section = QuestionIndexPage.objects.child_of(portal.root_page).get(category_key="qa")
        assert section.accepts_citizen_input(Kind.QUESTION)
        response = client.get(section.url_path[len(portal.root_page.url_path) - 1:], HTTP_HOST=portal.site.hostname)
        soup = BeautifulSoup(response.content, "html.parser")
        assert soup.select_one(f'[data-citizen-input^="/y-kien/{section.pk}/cau-hoi/"]')


def test_an_article_takes_no_questions(client, send, portal_a, article):
    assert send(client, portal_a, article, kind=Kind.QUESTION).status_code == 403
    assert not CitizenInput.objects.exists()


def lookup(client, portal, code, email):
    return client.post(LOOKUP, {"ticket_code": code, "author_email": email}, HTTP_HOST=portal.site.hostname)


def test_lookup_shows_status_then_answer(client, send, login, portal_a, qa_section):
    ask(client, send, portal_a, qa_section)
    item = CitizenInput.objects.get()
    soup = BeautifulSoup(lookup(client, portal_a, item.ticket_code, "AN.NGUYEN@example.com").content, "html.parser")
    assert soup.select_one("[data-ticket-status]").get_text() == "Đã tiếp nhận"
    assert soup.select_one("[data-ticket-answer]") is None

    approver = login("approver", portal_a)
    approver.post(reverse("comments_admin:decide", args=[item.pk, "duyet"]))
    soup = BeautifulSoup(lookup(client, portal_a, item.ticket_code.lower().replace("-", ""), "an.nguyen@example.com").content,
                         "html.parser")
    assert soup.select_one("[data-ticket-status]").get_text() == "Đang xử lý"

    approver.post(reverse("comments_admin:reply", args=[item.pk]), {"reply": "Hồ sơ gồm đơn đề nghị và bản vẽ."})
    soup = BeautifulSoup(lookup(client, portal_a, item.ticket_code, "an.nguyen@example.com").content, "html.parser")
    assert soup.select_one("[data-ticket-status]").get_text() == "Đã trả lời"
    assert "Hồ sơ gồm đơn đề nghị và bản vẽ." in soup.select_one("[data-ticket-answer]").get_text()


@pytest.mark.parametrize("code, email, message", [
    ("HD-ZZZZ-ZZZZ", "an.nguyen@example.com", "Không tìm thấy câu hỏi"),
    (None, "nguoi-khac@example.com", "Không tìm thấy câu hỏi"),
    ("123", "an.nguyen@example.com", "Mã tra cứu không đúng dạng"),
    (None, "khong-hop-le", "Địa chỉ thư điện tử không hợp lệ"),
])
def test_lookup_refusals_keep_what_was_typed(client, send, portal_a, qa_section, code, email, message):
    ask(client, send, portal_a, qa_section)
    code = code or CitizenInput.objects.get().ticket_code
    response = lookup(client, portal_a, code, email)
    assert message in response.content.decode()
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one('[name="ticket_code"]')["value"] == code
    assert soup.select_one('[name="author_email"]')["value"] == email
    assert soup.select_one("[data-ticket-status]") is None


def test_lookup_on_another_portal_finds_nothing(client, send, portal_a, portal_b, qa_section):
    ask(client, send, portal_a, qa_section)
    item = CitizenInput.objects.get()
    assert "Không tìm thấy câu hỏi" in lookup(client, portal_b, item.ticket_code, "an.nguyen@example.com").content.decode()


def test_lookup_is_rate_limited(client, portal_a):
    statuses = [lookup(client, portal_a, "HD-AAAA-AAAA", "x@example.com").status_code for _ in range(22)]
    assert statuses[:20] == [200] * 20 and statuses[20:] == [429, 429]


CODES = itertools.count(1)


def answered(portal, section, general_interest=True, status=Status.APPROVED, body="Câu hỏi công khai"):
    return make_item(
        portal, section, kind=Kind.QUESTION, status=status, subject="Tiêu đề", body=body,
        ticket_code=f"HD-TEST-{next(CODES):04d}", ticket_status=TicketStatus.ANSWERED,
        general_interest=general_interest, reply="Trả lời của cơ quan.",
    )


def test_only_answered_questions_of_general_interest_are_published(client, portal_a, qa_section):
    answered(portal_a, qa_section, body="Câu hỏi công khai")
    answered(portal_a, qa_section, general_interest=False, body="Câu hỏi riêng tư")
    answered(portal_a, qa_section, status=Status.PENDING, body="Câu hỏi chưa duyệt")
    make_item(portal_a, qa_section, kind=Kind.QUESTION, status=Status.APPROVED, body="Câu hỏi chưa trả lời",
              general_interest=True, ticket_code="HD-NNNN-NNNN", ticket_status=TicketStatus.IN_PROGRESS)
    html = client.get(input_url(qa_section, Kind.QUESTION, fragment=True), HTTP_HOST=portal_a.site.hostname).content.decode()
    assert "Câu hỏi công khai" in html and "Trả lời của cơ quan." in html
    for hidden in ("Câu hỏi riêng tư", "Câu hỏi chưa duyệt", "Câu hỏi chưa trả lời"):
        assert hidden not in html
    assert BeautifulSoup(html, "html.parser").select_one("[data-approved-count]").get_text() == "1"


def test_answered_questions_tag_lists_them_in_the_section_page(portal_a, qa_section):
    answered(portal_a, qa_section, body="Câu hỏi công khai")
    answered(portal_a, qa_section, general_interest=False, body="Câu hỏi riêng tư")
    request = RequestFactory().get("/hoi-dap/", HTTP_HOST=portal_a.site.hostname)
    html = Template("{% load citizen_input %}{% answered_questions page %}").render(
        Context({"page": qa_section, "request": request})
    )
    assert "Câu hỏi công khai" in html and "Câu hỏi riêng tư" not in html
    assert f"Trả lời của {portal_a.name}" in html
    assert 'href="/y-kien/tra-cuu/"' in html


def test_question_placeholder_tag(portal_a, qa_section):
    html = Template('{% load citizen_input %}{% citizen_input_form page "question" list=False %}').render(
        Context({"page": qa_section})
    )
    soup = BeautifulSoup(html, "html.parser")
    assert soup.select_one("[data-citizen-input]")["data-citizen-input"] == f"/y-kien/{qa_section.pk}/cau-hoi/?list=0"
    assert soup.select_one("h2").get_text() == "Hỏi cơ quan"


def test_lookup_link_fills_in_the_code(client, portal_a):
    response = client.get(LOOKUP + "?ma=HD-ABCD-EFGH", HTTP_HOST=portal_a.site.hostname)
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]
    assert BeautifulSoup(response.content, "html.parser").select_one('[name="ticket_code"]')["value"] == "HD-ABCD-EFGH"
    assert not response.cookies
