"""Every public GET parameter with hostile or edge values (dates far outside any calendar in use, huge numbers,
null characters, markup): a page or a clear message, never a server error."""

import pytest
from wagtail.models import Page

pytestmark = pytest.mark.django_db

PARAMETERS = ["q", "tu", "den", "chuyen-muc", "trang", "scope", "nam", "thang", "the", "loai", "co-quan", "linh-vuc",
              "nguoi-ky", "trang-thai", "tuan", "page", "luu", "fragment", "ma", "email"]
EDGE_VALUES = ["9999-12-31", "0001-01-01", "2026-02-30", "-1", "0", "99999999999999999999", "1e309", "abc",
               "so\x00", "x" * 2000, "%", "' OR 1=1 --", "<script>alert(1)</script>", "31/12/9999", "２０２６"]


def public_urls(province):
    sections = Page.objects.child_of(province.root_page).live()
    return ["/", "/search/", "/so-do-cong/", "/en/search/"] + [page.relative_url(province.site) for page in sections]


def test_search_edge_dates_get_a_clear_message(client, province):
    for name, value in [("den", "9999-12-31"), ("tu", "0001-01-01"), ("tu", "2026-02-30")]:
        response = client.get("/search/", {"q": "so", name: value}, HTTP_HOST=province.site.hostname)
        assert response.status_code == 200
        assert "không hợp lệ (cần dạng năm-tháng-ngày, từ năm 1945 đến năm 2100)" in response.content.decode()


@pytest.mark.parametrize("value", EDGE_VALUES)
def test_no_public_page_fails_on_an_edge_value(client, province, value):
    failures = []
    for url in public_urls(province):
        every_parameter = {name: value for name in PARAMETERS}
        response = client.get(url, every_parameter, HTTP_HOST=province.site.hostname)
        if response.status_code >= 500:
            failures.append((url, "*", response.status_code))
    for name in PARAMETERS:
        response = client.get("/search/", {"q": "so", name: value}, HTTP_HOST=province.site.hostname)
        if response.status_code >= 500:
            failures.append(("/search/", name, response.status_code))
    assert failures == []
