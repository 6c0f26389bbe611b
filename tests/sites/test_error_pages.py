"""Citizens get Vietnamese error pages (English under /en/) through the real request path with DEBUG off: in
their portal's frame where the portal is known, a page of its own otherwise and for every 500; the pages a
failed post lands on say how to get the typed text back."""

import pytest
from django.db import OperationalError
from django.test import Client

from comments.models import Kind
from comments.protection import issue_form_token, now
from tests.factories import add_article

pytestmark = pytest.mark.django_db

DRAFT_NOTE = "nội dung bạn nhập vẫn được lưu tạm trong trình duyệt này"


def comment_post(article, **overrides):
    return {
        "author_name": "Nguyễn Văn An", "author_email": "an@example.com",
        "body": "Đề nghị công bố lịch tiếp công dân.", "website": "", "captcha_token": "", "captcha_answer": "PASSED",
        "form_token": issue_form_token(article.pk, Kind.COMMENT, issued_at=now() - 10), **overrides,
    }


def test_a_post_without_its_csrf_cookie_gets_the_vietnamese_form_expired_page_of_its_portal(portal_a):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/", {"q": "x"}, HTTP_HOST=portal_a.site.hostname)
    text = response.content.decode()
    assert response.status_code == 403
    assert "Biểu mẫu đã hết hiệu lực" in text and "tải lại trang có biểu mẫu" in text
    assert portal_a.name in text  # the portal's own header
    assert DRAFT_NOTE in text
    assert "CSRF" not in text


def test_the_admin_sign_in_without_csrf_cookie_gets_the_same_page(portal_a):
    response = Client(enforce_csrf_checks=True).post("/admin/login/", {"username": "a", "password": "b"})
    assert response.status_code == 403 and "Biểu mẫu đã hết hiệu lực" in response.content.decode()


def test_a_host_outside_allowed_hosts_gets_a_plain_vietnamese_400(client, province):
    response = client.get("/", HTTP_HOST="tan-cong.example")
    text = response.content.decode()
    assert response.status_code == 400
    assert "Yêu cầu không hợp lệ" in text and '<html lang="vi">' in text
    assert province.name not in text  # the host names no portal: no portal's frame
    assert "Bad Request" not in text


def test_an_oversize_citizen_post_gets_413_in_the_portal_with_the_way_back_to_the_text(client, settings, portal_a):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000
    article = add_article(portal_a, "Sở tổ chức hội nghị chuyển đổi số")
    response = client.post(f"/y-kien/{article.pk}/binh-luan/", comment_post(article, body="Ý kiến " * 3000),
                           HTTP_HOST=portal_a.site.hostname)
    text = response.content.decode()
    assert response.status_code == 413
    assert "Nội dung gửi đi quá lớn" in text and DRAFT_NOTE in text and portal_a.name in text


def test_too_many_fields_get_the_vietnamese_400(client, settings, portal_a):
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 5
    article = add_article(portal_a, "Sở tổ chức hội nghị chuyển đổi số")
    fields = {f"f{number}": "x" for number in range(10)}
    response = client.post(f"/y-kien/{article.pk}/binh-luan/", fields, HTTP_HOST=portal_a.site.hostname)
    assert response.status_code == 400 and "Yêu cầu không hợp lệ" in response.content.decode()


def test_a_refused_request_gets_the_vietnamese_403(login, portal_a):
    client = login("editor", portal_a)
    response = client.get("/admin/workflows/task_chooser/")  # only for those who may change workflows
    assert response.status_code == 403
    assert "Không có quyền truy cập" in response.content.decode()


def test_missing_pages_get_the_vietnamese_404_of_their_portal_and_english_under_en(client, portal_a):
    response = client.get("/khong-co-trang-nay/", HTTP_HOST=portal_a.site.hostname)
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode() and portal_a.name in response.content.decode()
    english = client.get("/en/no-such-page/", HTTP_HOST=portal_a.site.hostname)
    assert english.status_code == 404 and "Page not found" in english.content.decode()


def test_an_unknown_host_gets_a_plain_404_without_the_province(client, settings, province):
    settings.SERVE_UNKNOWN_HOSTS = False
    response = client.get("/", HTTP_HOST="khong-co.localhost")
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode() and province.name not in response.content.decode()


@pytest.fixture
def failing_writes(monkeypatch):
    """The database refuses to store citizen input, as during an outage."""

    def refuse(*args, **kwargs):
        raise OperationalError("could not connect to server")

    monkeypatch.setattr("comments.models.CitizenInput.save", refuse)


def test_a_database_failure_during_a_citizen_post_gets_the_plain_500_with_the_way_back(portal_a, failing_writes):
    article = add_article(portal_a, "Sở tổ chức hội nghị chuyển đổi số")
    client = Client(raise_request_exception=False)
    response = client.post(f"/y-kien/{article.pk}/binh-luan/", comment_post(article), HTTP_HOST=portal_a.site.hostname,
                           HTTP_USER_AGENT="Mozilla/5.0 Chrome/131.0")
    text = response.content.decode()
    assert response.status_code == 500
    assert "Lỗi hệ thống" in text and DRAFT_NOTE in text and '<html lang="vi">' in text


def test_a_500_under_en_is_in_english(portal_a, monkeypatch):
    def fail(*args, **kwargs):
        raise OperationalError("could not connect to server")

    monkeypatch.setattr("search.views.search_terms", fail)
    response = Client(raise_request_exception=False).get("/en/search/?q=so", HTTP_HOST=portal_a.site.hostname)
    assert response.status_code == 500
    assert '<html lang="en">' in response.content.decode() and "System error" in response.content.decode()


def test_the_500_page_needs_no_database(portal_a, failing_writes, django_assert_num_queries):
    from django.test import RequestFactory

    from sites.errors import server_error

    request = RequestFactory().post("/y-kien/1/binh-luan/", HTTP_HOST=portal_a.site.hostname)
    with django_assert_num_queries(0):
        response = server_error(request)
    assert response.status_code == 500 and "Lỗi hệ thống" in response.content.decode()
