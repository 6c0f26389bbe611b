"""Search scope after pages change (issue 14): on PostgreSQL the portal, language, publication and view
restrictions that decide which results are shown are kept in each page's search index row
(search/migrations/0004), so these prove they follow moves, unpublishing, deletion and restrictions; SQLite,
which reads them from the pages, must give the same answers."""

import pytest
from wagtail.models import Page, PageViewRestriction

from tests.search.test_search import get, plain_titles, publish_page, section_of

pytestmark = pytest.mark.django_db


def test_a_page_moved_to_another_portal_is_found_there_and_no_longer_in_the_old_one(client, portal_a, portal_b):
    page = publish_page(section_of(portal_a), "Kế hoạch chuyển đổi số")
    assert plain_titles(get(client, portal_a.hostname, q="chuyển đổi số")) == ["Kế hoạch chuyển đổi số"]
    Page.objects.get(pk=page.pk).move(section_of(portal_b), pos="last-child")
    assert plain_titles(get(client, portal_a.hostname, q="chuyển đổi số")) == []
    assert plain_titles(get(client, portal_b.hostname, q="chuyển đổi số")) == ["Kế hoạch chuyển đổi số"]


def test_the_pages_of_a_moved_section_follow_it(client, portal_a, portal_b):
    section = publish_page(section_of(portal_a), "Chuyên mục thủy lợi")
    publish_page(section, "Công trình thủy lợi Bản Lầu")
    Page.objects.get(pk=section.pk).move(section_of(portal_b), pos="last-child")
    assert plain_titles(get(client, portal_a.hostname, q="thuy loi ban lau")) == []
    assert plain_titles(get(client, portal_b.hostname, q="thuy loi ban lau")) == ["Công trình thủy lợi Bản Lầu"]


def test_unpublished_page_disappears_and_republished_page_returns(client, portal_a):
    page = publish_page(section_of(portal_a), "Lịch tiếp công dân quý IV")
    page.unpublish()
    assert plain_titles(get(client, portal_a.hostname, q="tiếp công dân")) == []
    page.refresh_from_db()
    page.save_revision().publish()
    assert plain_titles(get(client, portal_a.hostname, q="tiếp công dân")) == ["Lịch tiếp công dân quý IV"]


def test_a_page_under_a_view_restriction_stays_hidden(client, portal_a, province):
    section = publish_page(section_of(portal_a), "Tài liệu nội bộ")
    PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)
    publish_page(section, "Biên bản họp nội bộ")  # indexed after the restriction exists
    assert plain_titles(get(client, portal_a.hostname, q="bien ban hop")) == []
    assert plain_titles(get(client, province.hostname, q="bien ban hop", scope="all")) == []


def test_restricting_a_section_hides_its_pages_and_lifting_it_shows_them(client, portal_a):
    section = publish_page(section_of(portal_a), "Hồ sơ lưu trữ")
    publish_page(section, "Quyết định phê duyệt dự án")
    restriction = PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.PASSWORD,
                                                     password="mat-khau")
    assert plain_titles(get(client, portal_a.hostname, q="phê duyệt dự án")) == []
    restriction.delete()
    assert plain_titles(get(client, portal_a.hostname, q="phê duyệt dự án")) == ["Quyết định phê duyệt dự án"]


def test_a_page_moved_under_a_restricted_section_is_hidden(client, portal_a):
    restricted = publish_page(section_of(portal_a), "Khu vực riêng")
    PageViewRestriction.objects.create(page=restricted, restriction_type=PageViewRestriction.LOGIN)
    page = publish_page(section_of(portal_a), "Báo cáo giám sát đầu tư công")
    assert plain_titles(get(client, portal_a.hostname, q="giám sát đầu tư")) == ["Báo cáo giám sát đầu tư công"]
    Page.objects.get(pk=page.pk).move(restricted, pos="last-child")
    assert plain_titles(get(client, portal_a.hostname, q="giám sát đầu tư")) == []
