"""The listing base of section pages (home/listing.py): a filter that is not understood is left out and named
in a message, never an error; page links keep the filters but not the page number; the page number behaves
like Paginator.get_page."""

import pytest
from bs4 import BeautifulSoup
from django.test import RequestFactory

from home.listing import query_string
from home.models import HomePage


@pytest.fixture
def section():
    def _section(portal, key):
        home = HomePage.objects.get(pk=portal.root_page_id)
        return next(page for page in home.get_children().specific() if getattr(page, "category_key", "") == key)

    return _section


def listing_soup(client, portal, section, query=""):
    response = client.get(f"{section.url}?{query}", HTTP_HOST=portal.site.hostname)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.django_db
@pytest.mark.parametrize("key, query, label", [
    ("planning", "nam=abc", "Năm áp dụng"),
    ("planning", "loai=khong-co", "Loại"),
    ("documents", "co-quan=1;DROP", "Cơ quan ban hành"),
    ("documents", "trang-thai=khong-ro", "Trạng thái"),
    ("news", "thang=13", "Tháng"),
    ("projects", "dang-moi-thau=yes", "Chỉ dự án có gói thầu đang mời thầu"),
    ("statistics", "nam=99999", "Năm của kỳ số liệu"),
])
def test_a_filter_that_is_not_understood_is_named_in_a_message_and_left_out(client, portal_a, section, key, query,
                                                                           label):
    soup = listing_soup(client, portal_a, section(portal_a, key), query)
    alert = soup.select_one(".filter-errors[role=alert]")
    assert alert is not None
    assert f"Bộ lọc «{label}» không hợp lệ nên không được áp dụng." in alert.get_text()


@pytest.mark.django_db
def test_valid_filters_give_no_message(client, portal_a, section):
    soup = listing_soup(client, portal_a, section(portal_a, "planning"), "nam=2025&loai=plan&trang=2")
    assert soup.select_one(".filter-errors") is None


def test_page_links_keep_the_filters_without_the_page_number_or_the_save_switch():
    request = RequestFactory().get("/van-ban/", {"nam": "2024", "trang": "3", "luu": "1", "q": "Quyết định"})
    assert query_string(request) == "nam=2024&q=Quy%E1%BA%BFt+%C4%91%E1%BB%8Bnh"


@pytest.mark.django_db
@pytest.mark.parametrize("key", ["documents", "services"])
def test_the_keyword_box_is_empty_until_the_reader_types(client, portal_a, section, key):
    """The register and the procedure catalogue opened without a keyword show an empty search box (a reader
    once found «None» typed in it), and the keyword typed is shown back."""
    box = listing_soup(client, portal_a, section(portal_a, key)).select_one("#filter-keyword")
    assert box["value"] == ""
    box = listing_soup(client, portal_a, section(portal_a, key), "q=gi%E1%BA%A5y+ph%C3%A9p").select_one("#filter-keyword")
    assert box["value"] == "giấy phép"
