"""HTML and script typed by citizens (or by a moderator in a reply) are shown as text, never executed."""

import pytest
from bs4 import BeautifulSoup

from comments.models import CitizenInput, Kind, Status, TicketStatus

from .conftest import input_url

pytestmark = pytest.mark.django_db

PAYLOADS = [
    "<script>alert('xss')</script>",
    '"><img src=x onerror=alert(1)>',
    "<svg/onload=alert(document.cookie)>",
    "</textarea><script>alert(2)</script>",
    "<a href=\"javascript:alert(3)\">bấm vào đây</a>",
    "<iframe src=//evil.example></iframe>",
    "{{ request.META }}{% debug %}",
    "<style>body{display:none}</style>",
]


def assert_inert(html, payload, where):
    """Within `where`, the payload is text: no element it could have created, no event handler, no
    javascript: link, and the text itself is shown."""
    scope = BeautifulSoup(html, "html.parser").select_one(where)
    assert scope is not None, where
    assert not scope.find_all(["script", "img", "svg", "iframe", "style"])
    for element in scope.find_all(True):
        assert not [name for name in element.attrs if name.lower().startswith("on")], element
        assert not element.get("href", "").lower().startswith("javascript"), element
    assert payload in scope.get_text()


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payloads_in_every_field_are_escaped_after_approval(client, send, portal_a, article, payload):
    response = send(client, portal_a, article, author_name=payload[:100], body=f"Mở đầu {payload} kết thúc")
    assert response.status_code == 200, response.content.decode()[:500]
    item = CitizenInput.objects.get()
    item.status = Status.APPROVED
    item.reply = f"Trả lời: {payload}"
    item.save()
    html = client.get(input_url(article, fragment=True), HTTP_HOST=portal_a.site.hostname).content.decode()
    assert "<script>alert" not in html and "<img src=x" not in html and "<svg/onload" not in html
    assert_inert(html, payload[:100], ".ci-author")
    assert_inert(html, payload, ".ci-body")
    assert_inert(html, payload, ".ci-reply")
    # The standalone page too.
    page_html = client.get(input_url(article), HTTP_HOST=portal_a.site.hostname).content.decode()
    assert_inert(page_html, payload, ".ci-body")


@pytest.mark.parametrize("payload", PAYLOADS[:3])
def test_payloads_are_escaped_when_the_form_is_shown_again(client, send, portal_a, article, payload):
    response = send(client, portal_a, article, author_name=payload[:100], body=payload, captcha_answer="SAI")
    html = response.content.decode()
    soup = BeautifulSoup(html, "html.parser")
    assert soup.select_one('input[name="author_name"]')["value"] == payload[:100]
    assert soup.select_one('textarea[name="body"]').get_text().strip() == payload
    assert not soup.select(".ci-form script, .ci-form img[src=x], .ci-form svg")


@pytest.mark.parametrize("payload", PAYLOADS[:3])
def test_payloads_in_published_questions_and_lookup_are_escaped(client, portal_a, qa_section, payload):
    item = CitizenInput.objects.create(
        portal=portal_a, page_id=qa_section.pk, kind=Kind.QUESTION, status=Status.APPROVED,
        author_name="Lê Văn C", author_email="c@example.com", subject=payload, body=payload,
        ticket_code="HD-ABCD-EFGH", ticket_status=TicketStatus.ANSWERED, general_interest=True,
        reply=payload,
    )
    html = client.get(input_url(qa_section, Kind.QUESTION, fragment=True), HTTP_HOST=portal_a.site.hostname).content.decode()
    assert_inert(html, payload, ".ci-subject")
    assert_inert(html, payload, ".ci-reply")
    response = client.post("/y-kien/tra-cuu/", {"ticket_code": item.ticket_code, "author_email": "c@example.com"},
                           HTTP_HOST=portal_a.site.hostname)
    assert_inert(response.content.decode(), payload, "[data-ticket-answer]")
