"""Search (issue 5): Vietnamese folding, ranking, scope, publication, highlighting, bad input and the query
budget of the results page. Runs on whichever database DATABASE_URL selects (SQLite and PostgreSQL)."""

import unicodedata

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from django.utils import timezone

from component_portals.models import PortalStatus
from home.models import HomePage
from search.text import canonical, fold
from tests.factories import add_article, add_standard_page

pytestmark = pytest.mark.django_db


def home(portal):
    return HomePage.objects.get(pk=portal.root_page_id)


def section_of(portal):
    """The first section of a portal (any section page under its home)."""
    return home(portal).get_children().first()


def publish_page(parent, title, **fields):
    return add_standard_page(parent, title=title, **fields)


def publish_article(portal, title, lead):
    """A published article with indexed body text (the lead) on the portal's news section."""
    return add_article(portal, title, lead=lead, date=timezone.now())


def get(client, host, **params):
    return client.get("/search/", params, HTTP_HOST=host)


def titles(response):
    return [result["title"] for result in response.context["results"]]


def plain_titles(response):
    import re
    return [re.sub(r"</?mark>", "", str(title)) for title in titles(response)]


# Folding -------------------------------------------------------------------------------------------------

def test_fold_removes_diacritics_and_d():
    assert fold("Thủ tục cấp phép xây dựng") == "thu tuc cap phep xay dung"
    assert fold("ĐỒNG ĐỘI") == "dong doi"
    assert fold(unicodedata.normalize("NFD", "Ủy ban")) == fold("Ủy ban") == "uy ban"
    assert fold("hoà") == fold("hòa") and fold("thuỷ") == fold("thủy") and fold("Uỷ") == fold("Ủy")


def test_canonical_keeps_diacritics_but_not_tone_placement():
    assert canonical("hoà") == canonical("hòa")
    assert canonical("thuỷ lợi") == canonical("thủy lợi")
    assert canonical("Uỷ ban") == canonical("Ủy ban")
    assert canonical("hoà") != canonical("hoa")


# Matching ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("query", [
    "thu tuc cap phep xay dung",
    "Thủ tục cấp phép xây dựng",
    "THU TUC CAP PHEP XAY DUNG",
    unicodedata.normalize("NFD", "Thủ tục cấp phép xây dựng"),
    "thủ tuc cap phép xay dưng",
])
def test_folded_unfolded_composed_decomposed(client, portal_a, query):
    publish_page(section_of(portal_a), "Thủ tục cấp phép xây dựng")
    response = get(client, portal_a.hostname, q=query)
    assert response.status_code == 200
    assert "Thủ tục cấp phép xây dựng" in plain_titles(response)


def test_decomposed_content_is_found_by_composed_query(client, portal_a):
    publish_article(portal_a, "Bản tin", unicodedata.normalize("NFD", "Công trình thủy lợi Đồng Nai"))
    for query in ("thủy lợi", "thuy loi", "dong nai", "Đồng Nai"):
        assert "Bản tin" in plain_titles(get(client, portal_a.hostname, q=query)), query


@pytest.mark.parametrize("stored, query", [
    ("Hòa giải ở cơ sở", "hoà giải"),
    ("Hoà giải ở cơ sở", "hòa giải"),
    ("Công trình thuỷ lợi", "thủy lợi"),
    ("Công trình thủy lợi", "thuỷ lợi"),
    ("Uỷ ban nhân dân xã", "Ủy ban"),
    ("Ủy ban nhân dân xã", "Uỷ ban"),
])
def test_both_tone_mark_placements(client, portal_a, stored, query):
    publish_page(section_of(portal_a), stored)
    assert stored in plain_titles(get(client, portal_a.hostname, q=query))


def test_d_and_đ(client, portal_a):
    publish_page(section_of(portal_a), "Đường giao thông nông thôn")
    assert "Đường giao thông nông thôn" in plain_titles(get(client, portal_a.hostname, q="duong giao thong"))
    assert "Đường giao thông nông thôn" in plain_titles(get(client, portal_a.hostname, q="đường"))
    assert "Đường giao thông nông thôn" in plain_titles(get(client, portal_a.hostname, q="ĐƯỜNG"))


@pytest.mark.parametrize("query", ["trang cong thong tin", "Trang Cổng", "687 ubnd vx", "43/2011/NĐ-CP"])
def test_words_joined_by_slashes_or_hyphens_are_found_one_by_one(client, portal_a, query):
    # PostgreSQL's parser reads "Trang/Cổng" as one path-like token and "687/UBND-VX" as a compound word, so a
    # query's plain words would miss them; the folded copy carries their words one by one.
    publish_article(portal_a, "Tăng cường cung cấp thông tin lên Trang/Cổng thông tin điện tử",
                    "Thực hiện Công văn số 687/UBND-VX theo Nghị định 43/2011/NĐ-CP.")
    assert plain_titles(get(client, portal_a.site.hostname, q=query)) == [
        "Tăng cường cung cấp thông tin lên Trang/Cổng thông tin điện tử"
    ]


@pytest.mark.parametrize("how", ["publish", "save"])
def test_inline_rows_are_searchable_as_soon_as_their_page_is_saved(client, portal_a, how):
    from decree.contacts import ContactDirectoryPage, ContactOfficial

    directory = ContactDirectoryPage.objects.descendant_of(home(portal_a)).get()
    directory.officials.add(ContactOfficial(name="Hoàng Thị Quỳnh", position="Chánh Văn phòng",
                                            unit="Văn phòng Sở", locale=directory.locale))
    if how == "publish":
        directory.save_revision().publish()
    else:  # commands and data fixes save the page directly
        directory.save()
    for query in ("Hoàng Thị Quỳnh", "hoang thi quynh"):
        assert plain_titles(get(client, portal_a.site.hostname, q=query)) == [directory.title], query


def test_all_words_must_match(client, portal_a):
    publish_page(section_of(portal_a), "Kế hoạch phòng chống thiên tai")
    assert plain_titles(get(client, portal_a.hostname, q="ke hoach tuyen sinh")) == []


# Ranking -------------------------------------------------------------------------------------------------

def test_exact_matches_rank_above_folded_ones(client, portal_a):
    section = section_of(portal_a)
    # Both fold to "ban do"; only one is what the citizen typed.
    publish_page(section, "Bàn đỡ thiết bị")
    publish_page(section, "Bán đồ cũ")
    publish_page(section, "Bản đồ hành chính")
    response = get(client, portal_a.hostname, q="bản đồ")
    assert plain_titles(response)[0] == "Bản đồ hành chính"
    response = get(client, portal_a.hostname, q="bán đồ")
    assert plain_titles(response)[0] == "Bán đồ cũ"
    assert len(plain_titles(get(client, portal_a.hostname, q="ban do"))) == 3


# Scope ---------------------------------------------------------------------------------------------------

def test_portal_search_never_returns_another_portals_pages(client, portal_a, portal_b, province):
    publish_page(section_of(portal_a), "Chợ phiên vùng cao A")
    publish_page(section_of(portal_b), "Chợ phiên vùng cao B")
    assert plain_titles(get(client, portal_a.hostname, q="cho phien")) == ["Chợ phiên vùng cao A"]
    assert plain_titles(get(client, portal_b.hostname, q="cho phien")) == ["Chợ phiên vùng cao B"]
    # scope=all is only honoured on the provincial portal
    assert plain_titles(get(client, portal_a.hostname, q="cho phien", scope="all")) == ["Chợ phiên vùng cao A"]
    assert plain_titles(get(client, province.hostname, q="cho phien")) == []


def test_scope_all_searches_every_active_portal(client, portal_a, portal_b, province):
    publish_page(section_of(portal_a), "Chợ phiên vùng cao A")
    publish_page(section_of(portal_b), "Chợ phiên vùng cao B")
    response = get(client, province.hostname, q="cho phien", scope="all")
    assert sorted(plain_titles(response)) == ["Chợ phiên vùng cao A", "Chợ phiên vùng cao B"]
    portals = {result["portal"] for result in response.context["results"]}
    assert portals == {portal_a.name, portal_b.name}
    portal_b.status = PortalStatus.ARCHIVED
    portal_b.save()
    response = get(client, province.hostname, q="cho phien", scope="all")
    assert plain_titles(response) == ["Chợ phiên vùng cao A"]


def test_result_shows_portal_category_and_date(client, portal_a):
    section = section_of(portal_a)
    publish_page(section, "Lễ hội truyền thống")
    result = get(client, portal_a.hostname, q="le hoi")
    item = result.context["results"][0]
    assert item["portal"] == portal_a.name
    assert item["category"] == section.title
    assert item["date"] is not None
    assert item["url"]


# Publication ---------------------------------------------------------------------------------------------

def test_unpublished_pages_never_appear_and_unpublishing_removes_at_once(client, portal_a):
    section = section_of(portal_a)
    add_standard_page(section, title="Bản nháp quy hoạch", publish=False, live=False)
    assert plain_titles(get(client, portal_a.hostname, q="ban nhap")) == []
    page = publish_page(section, "Bản công bố quy hoạch")
    assert plain_titles(get(client, portal_a.hostname, q="ban cong bo")) == ["Bản công bố quy hoạch"]
    page.unpublish()
    assert plain_titles(get(client, portal_a.hostname, q="ban cong bo")) == []


def test_deleted_page_disappears(client, portal_a):
    page = publish_page(section_of(portal_a), "Thông báo tạm thời")
    Page.objects.get(pk=page.pk).delete()
    assert plain_titles(get(client, portal_a.hostname, q="thong bao tam thoi")) == []


# Highlighting --------------------------------------------------------------------------------------------

def test_highlighting_with_and_without_diacritics(client, portal_a):
    publish_article(portal_a, "Thủ tục cấp phép xây dựng", "Hồ sơ đề nghị cấp giấy phép xây dựng nhà ở riêng lẻ.")
    for query in ("giay phep xay dung", "giấy phép xây dựng"):
        response = get(client, portal_a.hostname, q=query)
        html = response.content.decode()
        assert "<mark>xây</mark> <mark>dựng</mark>" in html
        assert "<mark>giấy</mark> <mark>phép</mark>" in html


def test_filters_by_category_and_dates(client, portal_a):
    sections = list(home(portal_a).get_children())
    publish_page(sections[0], "Tin vùng một")
    publish_page(sections[1], "Tin vùng hai")
    both = get(client, portal_a.hostname, q="tin vung")
    assert len(plain_titles(both)) == 2
    only = get(client, portal_a.hostname, q="tin vung", **{"chuyen-muc": sections[1].slug})
    assert plain_titles(only) == ["Tin vùng hai"]
    none = get(client, portal_a.hostname, q="tin vung", tu="2000-01-01", den="2000-12-31")
    assert plain_titles(none) == []
    today = get(client, portal_a.hostname, q="tin vung", tu="2000-01-01", den="2100-01-01")
    assert len(plain_titles(today)) == 2


# Bad input -----------------------------------------------------------------------------------------------

def test_empty_query_shows_help(client, portal_a):
    response = get(client, portal_a.hostname)
    assert response.status_code == 200
    assert "thu tuc cap phep xay dung" in response.content.decode()
    assert response.content.decode().count("<h1") == 1


@pytest.mark.parametrize("query", [
    "a" * 1000,
    "xây dựng " * 120,
    '"thủ tục" AND OR NOT NEAR(',
    "100% _ \\ \\\\ ' \"",
    "'; DROP TABLE wagtailcore_page; --",
    "<script>alert('x')</script>",
    "thu\x00tuc",
    "*:* -- + ~ ^ ( ) { } [ ]",
    "&amp; <b>đậm</b>",
])
def test_bad_queries_get_a_normal_answer(client, portal_a, province, query):
    publish_page(section_of(portal_a), "Thủ tục cấp phép xây dựng")
    for host, extra in ((portal_a.hostname, {}), (province.hostname, {"scope": "all"})):
        response = get(client, host, q=query, **extra)
        assert response.status_code == 200
        html = response.content.decode()
        assert "<script>alert" not in html
        assert "<b>đậm</b>" not in html


@pytest.mark.parametrize("params", [
    {"trang": "9999"}, {"trang": "-1"}, {"trang": "abc"}, {"trang": "0"},
    {"chuyen-muc": "khong-co"}, {"chuyen-muc": "<x>"}, {"tu": "2025-13-45"}, {"den": "hôm qua"},
    {"tu": "2026-01-01", "den": "2020-01-01"}, {"scope": "moi-noi"},
])
def test_bad_filters_get_a_normal_answer(client, portal_a, params):
    publish_page(section_of(portal_a), "Thủ tục cấp phép xây dựng")
    response = get(client, portal_a.hostname, q="xay dung", **params)
    assert response.status_code == 200
    assert "<x>" not in response.content.decode()


def test_pagination(client, portal_a):
    section = section_of(portal_a)
    for number in range(12):
        publish_page(section, f"Khuyến nông số {number}")
    first = get(client, portal_a.hostname, q="khuyen nong")
    assert len(first.context["results"]) == 10
    second = get(client, portal_a.hostname, q="khuyen nong", trang="2")
    assert len(second.context["results"]) == 2
    assert "trang=2" in first.content.decode()


# Query budget --------------------------------------------------------------------------------------------

def count(client, host, **params):
    with CaptureQueriesContext(connection) as queries:
        response = get(client, host, **params)
    assert response.status_code == 200
    return len(queries), len(response.context["results"])


@pytest.mark.parametrize("query", ["khuyen cong", "khuyến công"])
def test_query_count_does_not_grow_with_results(client, portal_a, province, query):
    sections = list(home(portal_a).get_children())
    publish_page(sections[0], "Khuyến công một")
    get(client, portal_a.hostname, q=query)  # warm caches (site root paths, settings)
    few, shown_few = count(client, portal_a.hostname, q=query)
    for number in range(10):
        publish_page(sections[number % len(sections)], f"Khuyến công số {number}")
    get(client, portal_a.hostname, q=query)  # publishing forgot the portal's menu (home/chrome.py)
    many, shown_many = count(client, portal_a.hostname, q=query)
    assert (shown_few, shown_many) == (1, 10)
    assert many == few
    get(client, province.hostname, q=query, scope="all")
    all_few, _ = count(client, province.hostname, q=query, scope="all")
    assert all_few == many


# Backend configuration -----------------------------------------------------------------------------------

def test_postgresql_uses_the_unaccent_configuration():
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only")
    from django.conf import settings

    assert settings.WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIG"] == "vietnamese_unaccent"
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_tsvector('vietnamese_unaccent', 'Ủy ban Đồng Nai')::text")
        assert cursor.fetchone()[0] == "'ban':2 'dong':3 'nai':4 'uy':1"


def test_snippet_does_not_show_the_folded_copy(client, portal_a):
    publish_article(portal_a, "Thông báo tuyển dụng", "Tuyển dụng viên chức năm 2026.")
    response = get(client, portal_a.hostname, q="tuyen dung")
    snippet_html = str(response.context["results"][0]["snippet"])
    assert "tuyen" not in snippet_html and "\u2042" not in snippet_html
    assert "<mark>Tuyển</mark> <mark>dụng</mark> viên chức" in snippet_html


# Locale --------------------------------------------------------------------------------------------------

def test_search_stays_in_the_current_language(client, portal_a):
    from wagtail.models import Locale

    english_home = HomePage.objects.filter(
        translation_key=home(portal_a).translation_key, locale=Locale.objects.get(language_code="en")
    ).first()
    if english_home is None:
        pytest.skip("no English home provisioned")
    add_standard_page(english_home, title="Construction permit procedure")
    publish_page(section_of(portal_a), "Construction permit tiếng Việt")
    english = client.get("/en/search/", {"q": "construction permit"}, HTTP_HOST=portal_a.hostname)
    assert english.status_code == 200
    assert plain_titles(english) == ["Construction permit procedure"]
    vietnamese = get(client, portal_a.hostname, q="construction permit")
    assert plain_titles(vietnamese) == ["Construction permit tiếng Việt"]
