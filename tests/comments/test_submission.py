"""A citizen sends a comment: the form, what is stored, and every refusal with its own Vietnamese message,
nothing stored that should not be and nothing typed lost."""

import unicodedata
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup
from django.core.cache import caches

from comments import captcha
from comments.models import BODY_MAX_LENGTH, CitizenInput, Kind, Status
from comments.protection import issue_form_token, now
from home.limits import keyed_hash

from ..factories import add_article, make_item
from .conftest import BROWSER, form_data, input_url

pytestmark = pytest.mark.django_db


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def message_of(response):
    element = soup_of(response).select_one(".ci-message")
    return element.get_text(" ", strip=True) if element else ""


def field_value(response, name):
    soup = soup_of(response)
    element = soup.select_one(f'[name="{name}"]')
    if element is None:
        return None
    return element.get_text() if element.name == "textarea" else element.get("value", "")


def assert_kept(response, data):
    """What the person typed is still in the form."""
    assert field_value(response, "author_name") == data["author_name"]
    assert field_value(response, "author_email") == data["author_email"]
    assert field_value(response, "body").strip() == data["body"].strip()


# The form.

def test_fragment_shows_form_captcha_and_no_cookie(client, portal_a, article):
    response = client.get(input_url(article, fragment=True), HTTP_HOST=portal_a.site.hostname)
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert not response.cookies
    soup = soup_of(response)
    assert soup.select_one("form[data-citizen-input-form]")["action"] == input_url(article)
    assert not soup.select_one("html")  # a fragment, not a page
    for name in ("author_name", "author_email", "body", "website", "form_token", "captcha_token", "captcha_answer"):
        assert soup.select_one(f'[name="{name}"]') is not None, name
    assert soup.select_one(".ci-hp").has_attr("hidden")
    image = soup.select_one("img[data-captcha-image]")
    assert image["alt"]
    assert client.get(image["src"], HTTP_HOST=portal_a.site.hostname)["Content-Type"] == "image/png"
    assert "csrfmiddlewaretoken" not in response.content.decode()


def test_without_javascript_the_same_endpoint_is_a_whole_page(client, portal_a, article):
    response = client.get(input_url(article), HTTP_HOST=portal_a.site.hostname)
    assert response.status_code == 200
    soup = soup_of(response)
    assert soup.select_one("html")["lang"] == "vi"
    assert article.title in soup.select_one("h1").get_text()
    assert soup.select_one(f'a[href="{article.relative_url(portal_a.site)}"]')
    assert soup.select_one("form[data-citizen-input-form]")
    assert response["Content-Language"] == "vi"


def test_the_forms_speak_vietnamese_whatever_the_browser_asks(client, portal_a, article):
    response = client.get(input_url(article), HTTP_HOST=portal_a.site.hostname, HTTP_ACCEPT_LANGUAGE="en-US,en")
    assert soup_of(response).select_one("html")["lang"] == "vi"
    assert response["Content-Language"] == "vi"
    assert "Họ và tên" in response.content.decode()


def test_without_javascript_the_post_answers_with_the_whole_page(client, send, portal_a, article):
    response = send(client, portal_a, article, fragment=False)
    assert response.status_code == 200
    soup = soup_of(response)
    assert soup.select_one("html") and soup.select_one("h1")
    assert "đang chờ kiểm duyệt" in message_of(response)
    refused = send(client, portal_a, article, fragment=False, body="")
    assert soup_of(refused).select_one("html") and "Vui lòng nhập nội dung." in refused.content.decode()
    assert CitizenInput.objects.count() == 1


def test_comment_is_stored_pending_and_not_shown(client, send, portal_a, article):
    response = send(client, portal_a, article, body="Đề nghị\u0301 công khai lịch tiếp dân.")  # decomposed accent
    assert response.status_code == 200
    assert "đang chờ kiểm duyệt" in message_of(response)
    item = CitizenInput.objects.get()
    assert (item.kind, item.status, item.portal, item.page_id) == (Kind.COMMENT, Status.PENDING, portal_a, article.pk)
    assert item.author_name == "Nguyễn Văn An"
    assert item.author_email == "an.nguyen@example.com"
    assert item.ip_hash == keyed_hash("203.0.113.7") and "203.0.113.7" not in item.ip_hash
    assert item.user_agent == BROWSER
    assert unicodedata.is_normalized("NFC", item.body)
    assert item.ticket_code is None
    listing = client.get(input_url(article, fragment=True), HTTP_HOST=portal_a.site.hostname)
    assert "Đề nghị" not in listing.content.decode()
    assert soup_of(listing).select_one("[data-approved-count]").get_text() == "0"


def test_approved_items_are_listed_with_count_and_reply_and_no_email(client, portal_a, article):
    make_item(portal_a, article, status=Status.APPROVED, body="Ý kiến đã duyệt số một",
              reply="Sở xin tiếp thu ý kiến.", author_email="bi-mat@example.com")
    make_item(portal_a, article, status=Status.APPROVED, body="Ý kiến đã duyệt số hai")
    for status in (Status.PENDING, Status.REJECTED, Status.SPAM):
        make_item(portal_a, article, status=status, body=f"Không được hiện: {status}")
    response = client.get(input_url(article, fragment=True), HTTP_HOST=portal_a.site.hostname)
    html = response.content.decode()
    soup = soup_of(response)
    assert soup.select_one("[data-approved-count]").get_text() == "2"
    assert len(soup.select(".ci-item")) == 2
    assert "Ý kiến đã duyệt số một" in html and "Ý kiến đã duyệt số hai" in html
    assert "Sở xin tiếp thu ý kiến." in soup.select_one(".ci-reply").get_text()
    assert "Không được hiện" not in html
    assert "bi-mat@example.com" not in html


def queries_for(client, portal, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, HTTP_HOST=portal.site.hostname)
    assert response.status_code == 200
    return len(queries), response


def test_approved_list_is_paginated_with_a_constant_number_of_queries(client, portal_a, article):
    make_item(portal_a, article, status=Status.APPROVED, body="Ý kiến đầu tiên", reply="Trả lời")
    queries_for(client, portal_a, input_url(article, fragment=True))  # warm the site and settings caches
    few, _response = queries_for(client, portal_a, input_url(article, fragment=True))
    for number in range(25):
        make_item(portal_a, article, status=Status.APPROVED, body=f"Ý kiến {number}", reply=f"Trả lời {number}")
    many, response = queries_for(client, portal_a, input_url(article, fragment=True))
    # Without Redis the captcha answer is stored in the database's limits cache: two of these queries.
    assert many == few <= 14
    assert len(soup_of(response).select(".ci-item")) == 20
    second = client.get(input_url(article) + "?trang=2", HTTP_HOST=portal_a.site.hostname)
    assert len(soup_of(second).select(".ci-item")) == 6


# Bad input: each its own message, nothing stored, nothing typed lost.

BAD_FIELDS = [
    ({"body": ""}, "Vui lòng nhập nội dung."),
    ({"body": "   \n  "}, "Vui lòng nhập nội dung."),
    ({"body": "x" * (BODY_MAX_LENGTH + 1)}, "vượt quá giới hạn 4000 ký tự"),
    ({"author_name": ""}, "Vui lòng nhập họ và tên."),
    ({"author_email": "khong-phai-email"}, "Địa chỉ thư điện tử không hợp lệ"),
    ({"author_email": ""}, "Vui lòng nhập địa chỉ thư điện tử."),
    ({"captcha_answer": ""}, "Vui lòng nhập mã xác nhận trong hình."),
    ({"captcha_answer": "SAI12"}, "Mã xác nhận không đúng hoặc đã hết hạn"),
    ({"body": "Xem http://a.example.com, https://b.example.org và www.c.example.net"}, "chỉ được phép tối đa 2 liên kết"),
]


@pytest.mark.parametrize("overrides, expected", BAD_FIELDS)
def test_invalid_fields_are_refused_with_their_message(client, send, portal_a, article, overrides, expected):
    response = send(client, portal_a, article, **overrides)
    assert response.status_code == 200
    assert expected in response.content.decode()
    assert "Chưa gửi được" in message_of(response)
    assert not CitizenInput.objects.exists()
    data = form_data(article, **overrides)
    if "author_name" not in overrides and "author_email" not in overrides and "body" not in overrides:
        assert_kept(response, data)
    assert field_value(response, "captcha_answer") == ""  # a new captcha to solve


def test_over_long_body_is_kept_to_be_shortened(client, send, portal_a, article):
    body = "Nội dung rất dài. " * 300
    response = send(client, portal_a, article, body=body)
    assert not CitizenInput.objects.exists()
    assert field_value(response, "body").strip() == body.strip()


REFUSALS = [
    ({"website": "http://spam.example"}, 400, "ô ẩn dùng để chặn phần mềm gửi tự động"),
    ({"age": 0}, 400, "gửi quá nhanh"),
    ({"age": 2 * 24 * 3600}, 200, "đã hết hạn"),
    ({"form_token": "gia-mao"}, 400, "không hợp lệ hoặc đã bị thay đổi"),
    ({"form_token": ""}, 400, "không hợp lệ hoặc đã bị thay đổi"),
]


@pytest.mark.parametrize("overrides, status, expected", REFUSALS)
def test_spam_defences_refuse_and_keep_what_was_typed(client, send, portal_a, article, overrides, status, expected):
    response = send(client, portal_a, article, **overrides)
    assert response.status_code == status
    assert expected in message_of(response)
    assert not CitizenInput.objects.exists()
    assert_kept(response, form_data(article))


def test_token_of_another_page_is_refused(client, send, portal_a, article):
    other = add_article(portal_a, "Bài khác")
    response = send(client, portal_a, article, form_token=issue_form_token(other.pk, Kind.COMMENT, now() - 10))
    assert response.status_code == 400
    assert not CitizenInput.objects.exists()


def test_expired_form_gets_a_new_token_that_then_works(client, send, portal_a, article, monkeypatch):
    response = send(client, portal_a, article, age=2 * 24 * 3600)
    new_token = field_value(response, "form_token")
    monkeypatch.setattr("comments.protection.now", lambda: now() + 10)
    response = send(client, portal_a, article, form_token=new_token)
    assert "đang chờ kiểm duyệt" in message_of(response)
    assert CitizenInput.objects.count() == 1


def test_comments_off_is_refused(client, send, portal_a):
    article = add_article(portal_a, "Bài không nhận ý kiến", allow_comments=False)
    page = client.get(input_url(article, fragment=True), HTTP_HOST=portal_a.site.hostname)
    assert "không nhận ý kiến" in page.content.decode()
    assert not soup_of(page).select_one("form[data-citizen-input-form]")
    response = send(client, portal_a, article)
    assert response.status_code == 403
    assert "không nhận ý kiến" in message_of(response)
    assert not CitizenInput.objects.exists()
    assert "lịch tiếp công dân" in soup_of(response).select_one("textarea[readonly]").get_text()


def test_closed_consultation_is_refused_and_open_one_accepts(client, send, portal_a, article, monkeypatch):
    # A consultation page says, through the contract of BasePage, whether it is open now.
    state = {"open": True}
    monkeypatch.setattr(
        type(article), "accepts_citizen_input", lambda self, kind: kind == Kind.CONSULTATION and state["open"]
    )
    assert send(client, portal_a, article, kind=Kind.CONSULTATION).status_code == 200
    assert CitizenInput.objects.get().kind == Kind.CONSULTATION
    state["open"] = False
    response = send(client, portal_a, article, kind=Kind.CONSULTATION)
    assert response.status_code == 403
    assert "không trong thời gian lấy ý kiến" in message_of(response)
    assert CitizenInput.objects.count() == 1


def test_a_page_of_another_site_is_refused(client, send, portal_a, portal_b, article):
    response = client.get(input_url(article, fragment=True), HTTP_HOST=portal_b.site.hostname)
    assert response.status_code == 404
    response = send(client, portal_b, article)
    assert response.status_code == 404
    assert not CitizenInput.objects.exists()


@pytest.mark.parametrize("path", ["/y-kien/999999/binh-luan/", "/y-kien/{pk}/khong-co/"])
def test_unknown_page_or_kind_is_404(client, portal_a, article, path):
    assert client.get(path.format(pk=article.pk), HTTP_HOST=portal_a.site.hostname).status_code == 404


def test_unpublished_page_and_page_without_input_are_404(client, send, portal_a, article):
    assert client.get(input_url(portal_a.root_page), HTTP_HOST=portal_a.site.hostname).status_code in (200, 403)
    article.unpublish()
    assert send(client, portal_a, article).status_code == 404
    assert not CitizenInput.objects.exists()


def test_archived_portal_takes_no_input(client, send, portal_a, article):
    portal_a.status = "archived"
    portal_a.save()
    assert send(client, portal_a, article).status_code == 403
    assert not CitizenInput.objects.exists()


# Rate limit.

def test_rate_limit_holds_under_a_burst(client_factory, send, portal_a, article):
    responses = [send(client_factory(), portal_a, article, body=f"Ý kiến thứ {n}") for n in range(9)]
    statuses = [response.status_code for response in responses]
    assert statuses.count(200) == 5 and statuses.count(429) == 4
    assert CitizenInput.objects.count() == 5
    refused = responses[-1]
    assert "gửi quá nhiều lần" in message_of(refused)
    assert int(refused["Retry-After"]) > 0
    assert field_value(refused, "body").strip() == "Ý kiến thứ 8"
    # Another address is not affected.
    assert send(client_factory(), portal_a, article, ip="198.51.100.9").status_code == 200


def test_failed_attempts_do_not_use_up_the_limit(client, send, portal_a, article):
    for _ in range(6):
        send(client, portal_a, article, captcha_answer="SAI")
    assert send(client, portal_a, article).status_code == 200


def test_address_behind_a_proxy_comes_from_the_configured_header(client, settings, portal_a, article):
    settings.CLIENT_IP_HEADER = "X-Forwarded-For"
    client.post(input_url(article), form_data(article), HTTP_HOST=portal_a.site.hostname,
                HTTP_X_FORWARDED_FOR="10.0.0.1, 192.0.2.44", REMOTE_ADDR="127.0.0.1")
    assert CitizenInput.objects.get().ip_hash == keyed_hash("192.0.2.44")


# The self-hosted captcha.

def real_answer_post(client, send, portal, page, answer_for_token):
    form = client.get(input_url(page, fragment=True), HTTP_HOST=portal.site.hostname)
    token = field_value(form, "captcha_token")
    return token, send(client, portal, page, captcha_token=token, captcha_answer=answer_for_token(token))


def test_image_captcha_accepts_the_right_answer_once(client, send, portal_a, article, settings):
    settings.CAPTCHA_TEST_MODE = False
    token, response = real_answer_post(client, send, portal_a, article, lambda t: caches["limits"].get(f"comments:captcha:{t}").lower())
    assert "đang chờ kiểm duyệt" in message_of(response)
    assert CitizenInput.objects.count() == 1
    # Single use: the same token and answer fail the second time.
    response = send(client, portal_a, article, captcha_token=token, captcha_answer="ANYTHING")
    assert "Mã xác nhận không đúng" in response.content.decode()
    assert CitizenInput.objects.count() == 1
    assert client.get(f"/y-kien/ma-xac-nhan/{token}.png", HTTP_HOST=portal_a.site.hostname).status_code == 404


def test_passed_is_refused_outside_test_mode(client, send, portal_a, article, settings):
    settings.CAPTCHA_TEST_MODE = False
    response = send(client, portal_a, article, captcha_answer="PASSED")
    assert "Mã xác nhận không đúng" in response.content.decode()
    assert not CitizenInput.objects.exists()


def test_expired_challenge_is_refused(client, send, portal_a, article, settings):
    settings.CAPTCHA_TEST_MODE = False
    token = captcha.new_image_challenge()
    answer = caches["limits"].get(f"comments:captcha:{token}")
    caches["limits"].delete(f"comments:captcha:{token}")  # what expiry does
    response = send(client, portal_a, article, captcha_token=token, captcha_answer=answer)
    assert "Mã xác nhận không đúng hoặc đã hết hạn" in response.content.decode()
    assert not CitizenInput.objects.exists()


def test_captcha_image_and_refresh(client, portal_a):
    response = client.get("/y-kien/ma-xac-nhan/moi/", HTTP_HOST=portal_a.site.hostname)
    assert "no-cache" in response["Cache-Control"]
    data = response.json()
    image = client.get(data["image"], HTTP_HOST=portal_a.site.hostname)
    assert image.status_code == 200 and image.content.startswith(b"\x89PNG")
    assert "no-store" in image["Cache-Control"]
    assert client.get("/y-kien/ma-xac-nhan/khong-ton-tai-token-xyz.png", HTTP_HOST=portal_a.site.hostname).status_code == 404


def test_captcha_refresh_is_limited_per_address(client, portal_a, settings):
    settings.COMMENTS_CAPTCHA_REFRESH_LIMIT = 3
    statuses = [client.get("/y-kien/ma-xac-nhan/moi/", HTTP_HOST=portal_a.site.hostname).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]


def test_a_broken_task_queue_does_not_lose_the_comment(client, send, portal_a, article, monkeypatch,
                                                       django_capture_on_commit_callbacks):
    def broken(*args, **kwargs):
        raise RuntimeError("queue table missing")

    monkeypatch.setattr("comments.views.notify_moderators", SimpleNamespace(enqueue=broken))
    with django_capture_on_commit_callbacks(execute=True):
        response = send(client, portal_a, article)
    assert response.status_code == 200
    assert CitizenInput.objects.count() == 1
