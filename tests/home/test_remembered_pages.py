"""What one page shows that is the same for every anonymous reader is remembered per page until anything is
published, moved or deleted (home/chrome.py `page_cached`): where an address leads (home/routing.py), an
article with its «Tin liên quan», the breadcrumbs, the language switch. Readers see every change at once,
logged-in users never read or fill the shared copies, and a page read again runs no query."""

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.models import Collection, Page

from home.routing import route_key
from tests.factories import add_article, add_standard_page
from tests.factories.decree import news_section
from tests.languages.conftest import section, translate

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def vietnamese_afterwards():
    yield
    translation.activate("vi")


def read(client, portal, path):
    return client.get(path, HTTP_HOST=portal.site.hostname)


def soup_of(client, portal, path):
    response = read(client, portal, path)
    assert response.status_code == 200, path
    return BeautifulSoup(response.content, "html.parser")


def related_titles(soup):
    return [link.get_text(strip=True) for link in soup.select(".related-articles .item-title a")]


def test_an_article_read_again_runs_no_query(client, portal_a):
    article = add_article(portal_a, "Hội nghị chuyển đổi số")
    path = article.relative_url(portal_a.site)
    assert read(client, portal_a, path).status_code == 200

    with CaptureQueriesContext(connection) as queries:
        response = read(client, portal_a, path)
    assert response.status_code == 200
    assert "Hội nghị chuyển đổi số" in response.content.decode()
    assert len(queries) == 0, [query["sql"] for query in queries]


def test_an_article_published_in_the_section_shows_in_related_articles_at_once(client, portal_a):
    article = add_article(portal_a, "Bài thứ nhất")
    path = article.relative_url(portal_a.site)
    assert related_titles(soup_of(client, portal_a, path)) == []

    add_article(portal_a, "Bài thứ hai mới đăng")
    assert related_titles(soup_of(client, portal_a, path)) == ["Bài thứ hai mới đăng"]


def test_an_edited_article_shows_its_new_text_at_once(client, portal_a):
    article = add_article(portal_a, "Thông báo lịch tiếp dân")
    path = article.relative_url(portal_a.site)
    assert "Tóm tắt: Thông báo lịch tiếp dân" in read(client, portal_a, path).content.decode()

    article.lead = "Lịch tiếp dân đổi sang thứ Năm."
    article.save_revision().publish()
    assert "Lịch tiếp dân đổi sang thứ Năm." in read(client, portal_a, path).content.decode()


def test_an_article_given_a_new_address_answers_there_and_not_at_the_old_one(client, portal_a):
    article = add_article(portal_a, "Bài đổi địa chỉ", slug="bai-cu")
    old_path = article.relative_url(portal_a.site)
    assert read(client, portal_a, old_path).status_code == 200

    article.slug = "bai-moi"
    article.save_revision().publish()
    assert read(client, portal_a, old_path).status_code == 404
    assert read(client, portal_a, old_path.replace("bai-cu", "bai-moi")).status_code == 200


def test_an_unpublished_or_deleted_article_is_gone_at_once(client, portal_a):
    first, second = add_article(portal_a, "Bài rút xuống"), add_article(portal_a, "Bài bị xóa")
    paths = [first.relative_url(portal_a.site), second.relative_url(portal_a.site)]
    assert [read(client, portal_a, path).status_code for path in paths] == [200, 200]

    first.unpublish()
    Page.objects.get(pk=second.pk).delete()
    assert [read(client, portal_a, path).status_code for path in paths] == [404, 404]


def test_a_moved_page_leaves_its_old_address_for_a_redirect_and_its_old_breadcrumbs(client, portal_a):
    parent = add_standard_page(portal_a.root_page, title="Mục cũ", slug="muc-cu")
    target = add_standard_page(portal_a.root_page, title="Mục mới", slug="muc-moi")
    page = add_standard_page(parent, title="Trang được chuyển", slug="trang-chuyen")
    assert "Mục cũ" in soup_of(client, portal_a, "/muc-cu/trang-chuyen/").select_one(".breadcrumbs").get_text()

    Page.objects.get(pk=page.pk).move(Page.objects.get(pk=target.pk), pos="last-child")
    old_address = read(client, portal_a, "/muc-cu/trang-chuyen/")
    assert (old_address.status_code, old_address["Location"]) == (301, f"{portal_a.site.root_url}/muc-moi/trang-chuyen/")
    breadcrumbs = soup_of(client, portal_a, "/muc-moi/trang-chuyen/").select_one(".breadcrumbs").get_text()
    assert "Mục mới" in breadcrumbs and "Mục cũ" not in breadcrumbs


def test_a_sections_own_views_are_served_from_a_remembered_address(client, portal_a):
    section_path = news_section(portal_a).relative_url(portal_a.site)
    for _ in range(2):
        assert read(client, portal_a, section_path).status_code == 200
        feed = read(client, portal_a, f"{section_path}rss/")
        assert feed.status_code == 200 and feed["Content-Type"].startswith("application/rss+xml")
    assert read(client, portal_a, f"{section_path}khong-co-trang-nay/").status_code == 404


def test_an_unknown_address_is_not_remembered(client, portal_a):
    assert read(client, portal_a, "/khong-ton-tai/trang-nao/").status_code == 404
    home = Page.objects.get(pk=portal_a.root_page_id).specific
    assert cache.get(route_key(home, ["khong-ton-tai", "trang-nao"])) is None


def test_a_translation_published_shows_in_the_language_switch_at_once(client, portal_a):
    intro = section(portal_a, "intro")
    assert soup_of(client, portal_a, "/gioi-thieu/").select_one("nav.language-switch") is None

    translate(intro)
    switch = soup_of(client, portal_a, "/gioi-thieu/").select_one("nav.language-switch")
    assert switch is not None and switch.select_one('a[hreflang="en"]')["href"] == "/en/introduction/"


def test_a_logged_in_editor_neither_reads_nor_fills_the_shared_article(client, login, portal_a):
    article = add_article(portal_a, "Bài có bản nháp")
    path = article.relative_url(portal_a.site)
    editor = login("editor", portal_a)
    assert editor.get(path, HTTP_HOST=portal_a.site.hostname).status_code == 200
    # The editor's request put nothing in the shared copies: the reader's first request still renders.
    with CaptureQueriesContext(connection) as first_reading:
        read(client, portal_a, path)
    with CaptureQueriesContext(connection) as second_reading:
        read(client, portal_a, path)
    assert len(first_reading) > len(second_reading)

    # Nor does the editor get the reader's copy: their pages are rendered afresh.
    with CaptureQueriesContext(connection) as editor_reading:
        editor.get(path, HTTP_HOST=portal_a.site.hostname)
    assert len(editor_reading) > len(second_reading)


def test_a_renamed_attachment_shows_its_new_name_on_the_shared_article(client, portal_a):
    file = get_document_model()(title="Kế hoạch (dự thảo)", collection=Collection.get_first_root_node())
    file.file.save("ke-hoach.pdf", ContentFile(b"%PDF-1.4 thu nghiem"), save=False)
    file.save()
    article = add_article(portal_a, "Bài có tệp đính kèm", attachments=[("document", {"document": file, "title": ""})])
    path = article.relative_url(portal_a.site)
    assert "Kế hoạch (dự thảo)" in read(client, portal_a, path).content.decode()

    file.title = "Kế hoạch (chính thức)"
    file.save()
    html = read(client, portal_a, path).content.decode()
    assert "Kế hoạch (chính thức)" in html and "Kế hoạch (dự thảo)" not in html


def test_a_retitled_page_shows_its_new_title_in_the_head_the_breadcrumbs_and_the_body_at_once(client, portal_a):
    parent = add_standard_page(portal_a.root_page, title="Mục thông báo", slug="muc-thong-bao")
    page = add_standard_page(parent, title="Thông báo cũ", slug="thong-bao")
    soup = soup_of(client, portal_a, "/muc-thong-bao/thong-bao/")
    assert soup.title.get_text().startswith("Thông báo cũ")

    page.title = "Thông báo đã sửa"
    page.save_revision().publish()
    parent.title = "Mục thông báo mới"
    parent.save_revision().publish()
    soup = soup_of(client, portal_a, "/muc-thong-bao/thong-bao/")
    assert soup.title.get_text().startswith("Thông báo đã sửa")
    assert soup.select_one('meta[name="DC.title"]')["content"] == "Thông báo đã sửa"
    assert "Mục thông báo mới" in soup.select_one(".breadcrumbs").get_text()
    assert "Thông báo cũ" not in str(soup)
