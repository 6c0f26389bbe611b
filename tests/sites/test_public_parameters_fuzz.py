"""Every public GET parameter and address ID with hostile or edge values (dates far outside any calendar in use,
huge and negative numbers, null characters, markup, 10 KB strings): a page or a clear message, never a server
error. The citizen endpoints (comment fragment, question look-up, captcha) and the open-data API are included."""

from urllib.parse import quote

import pytest
from django.test import Client
from wagtail.models import Page

from decree.calendar import DAY_PARAMETER, LEADER_PARAMETER, WEEK_PARAMETER
from decree.contacts import UNIT_PARAMETER
from decree.qa import QuestionIndexPage
from home.models import DOWNLOAD_PARAMETER
from opendata.datasets import DATASETS
from tests.factories import add_article
from tests.factories import add_legal_document

pytestmark = pytest.mark.django_db

PARAMETERS = ["q", "tu", "den", "chuyen-muc", "trang", "scope", "nam", "thang", "the", "loai", "co-quan", "linh-vuc",
              "nguoi-ky", "trang-thai", "page", "fragment", "list", "ma", "email", "cap", "muc-do", "cong",
              "dang-moi-thau", WEEK_PARAMETER, DAY_PARAMETER, LEADER_PARAMETER, UNIT_PARAMETER, DOWNLOAD_PARAMETER]
EDGE_VALUES = ["9999-12-31", "0001-01-01", "2026-02-30", "-1", "0", "99999999999999999999", "1e309", "abc",
               "so\x00", "x" * 10_000, "%", "' OR 1=1 --", "<script>alert(1)</script>", "31/12/9999", "２０２６",
               "Hà Nội 🏛", "-99999999999999999999", "2026-W99", " "]
PATH_VALUES = ["99999999999999999999", "0", "x" * 2000, "%00", "%C3%A0%F0%9F%8F%9B", "..%2F..%2Fetc%2Fpasswd"]


@pytest.fixture
def public_urls(province):
    """Every section of the provincial portal, a page of each kind that reads parameters, the citizen endpoints
    and the open-data API."""
    sections = Page.objects.child_of(province.root_page).live()
    article = add_article(province, "Sở tổ chức hội nghị chuyển đổi số")
    document = add_legal_document(province, "12/2026/QĐ-UBND")
    qa = QuestionIndexPage.objects.child_of(province.root_page).get()
    return [
        "/", "/search/", "/so-do-cong/", "/en/search/", "/du-lieu-mo/", "/du-lieu-mo/van-ban.csv",
        *[f"/du-lieu-mo/{slug}/" for slug in DATASETS],
        *[page.relative_url(province.site) for page in [*sections, article, document]],
        f"/y-kien/{article.pk}/binh-luan/", f"/y-kien/{qa.pk}/cau-hoi/", "/y-kien/tra-cuu/",
        "/y-kien/ma-xac-nhan/moi/",
    ]


def server_errors(client, host, requests):
    failures = []
    for method, url, data in requests:
        response = getattr(client, method)(url, data, HTTP_HOST=host, REMOTE_ADDR="198.51.100.20")
        if response.status_code >= 500:
            failures.append((method, url[:80], sorted(data)[:3], response.status_code))
    return failures


def test_search_edge_dates_get_a_clear_message(client, province):
    for name, value in [("den", "9999-12-31"), ("tu", "0001-01-01"), ("tu", "2026-02-30")]:
        response = client.get("/search/", {"q": "so", name: value}, HTTP_HOST=province.site.hostname)
        assert response.status_code == 200
        assert "không hợp lệ (cần dạng năm-tháng-ngày, từ năm 1945 đến năm 2100)" in response.content.decode()


@pytest.mark.parametrize("value", EDGE_VALUES, ids=lambda value: repr(value[:12]))
def test_no_public_address_fails_on_an_edge_value(province, public_urls, settings, value):
    settings.OPENDATA_RATE_LIMIT = 100_000
    client = Client(raise_request_exception=False)
    every_parameter = {name: value for name in PARAMETERS}
    requests = [("get", url, every_parameter) for url in public_urls]
    requests += [("get", "/search/", {"q": "so", name: value}) for name in PARAMETERS]
    requests += [("post", "/y-kien/tra-cuu/", {"ticket_code": value, "author_email": value})]
    assert server_errors(client, province.site.hostname, requests) == []


@pytest.mark.parametrize("value", PATH_VALUES, ids=lambda value: repr(value[:12]))
def test_no_address_id_fails_on_an_edge_value(province, value):
    client = Client(raise_request_exception=False)
    requests = [
        ("get", f"/y-kien/{value}/binh-luan/", {"fragment": "1"}),
        ("post", f"/y-kien/{value}/cau-hoi/", {"body": "x"}),
        ("get", f"/y-kien/ma-xac-nhan/{value}.png", {}),
        ("post", f"/luot-xem/{value}/", {}),
        ("post", f"/danh-gia/{value}/", {"huu-ich": "co"}),
        ("get", f"/du-lieu-mo/{value}/", {}),
        ("get", f"/du-lieu-mo/van-ban.{value}", {}),
        ("get", f"/sitemap-{value}.xml", {}),
    ]
    assert server_errors(client, province.site.hostname, requests) == []


def test_captcha_image_tokens_of_every_shape_get_no_server_error(province):
    client = Client(raise_request_exception=False)
    requests = [("get", f"/y-kien/ma-xac-nhan/{quote(value, safe='')}.png", {}) for value in EDGE_VALUES]
    assert server_errors(client, province.site.hostname, requests) == []


def test_the_comment_fragment_reads_its_page_number_safely(client, province):
    article = add_article(province, "Sở tổ chức hội nghị chuyển đổi số")
    for value in ("-1", "99999999999999999999", "abc", "x" * 10_000):
        response = client.get(f"/y-kien/{article.pk}/binh-luan/", {"fragment": "1", "trang": value},
                              HTTP_HOST=province.site.hostname)
        assert response.status_code == 200 and "Gửi ý kiến" in response.content.decode()
