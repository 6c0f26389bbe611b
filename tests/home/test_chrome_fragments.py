"""The header's brand, the menu and the footer are rendered once per site and language and kept with the
site's chrome (home/templatetags/chrome_tags.py): whatever changes them shows at once, per language and
per site, the current page is still marked in the menu, and logged-in users' pages are never taken from
or put into the shared copy."""

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.utils import translation
from wagtail.models import Page, Site

from home.chrome import chrome_key
from home.models import PortalSettings
from tests.factories import add_standard_page

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def vietnamese_afterwards():
    """An /en/ request leaves English active in the thread; later tests expect Vietnamese."""
    yield
    translation.activate("vi")


def soup_of(client, portal, path="/", host=None):
    response = client.get(path, HTTP_HOST=host or portal.site.hostname)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def menu_titles(soup):
    return {link.get_text(strip=True) for link in soup.select(".main-nav a")}


def test_a_section_published_into_the_menu_shows_in_the_menu_at_once(client, portal_a):
    assert "Chuyên mục mới" not in menu_titles(soup_of(client, portal_a))
    add_standard_page(Page.objects.get(pk=portal_a.root_page_id), title="Chuyên mục mới", slug="chuyen-muc-moi",
                      show_in_menus=True)
    assert "Chuyên mục mới" in menu_titles(soup_of(client, portal_a))


def test_a_section_taken_out_of_the_menu_leaves_it_at_once(client, portal_a):
    section = add_standard_page(Page.objects.get(pk=portal_a.root_page_id), title="Chuyên mục tạm",
                                slug="chuyen-muc-tam", show_in_menus=True)
    assert "Chuyên mục tạm" in menu_titles(soup_of(client, portal_a))
    section.unpublish()
    assert "Chuyên mục tạm" not in menu_titles(soup_of(client, portal_a))


def test_a_settings_change_shows_in_the_footer_and_the_brand_at_once(client, portal_a):
    soup = soup_of(client, portal_a)
    assert "Số 9 Trần Hưng Đạo" not in soup.select_one(".site-footer").get_text()
    portal_settings = PortalSettings.for_site(portal_a.site)
    portal_settings.address = "Số 9 Trần Hưng Đạo"
    portal_settings.full_name = "Sở Đổi Tên"
    portal_settings.save()
    soup = soup_of(client, portal_a)
    assert "Số 9 Trần Hưng Đạo" in soup.select_one(".site-footer").get_text()
    assert soup.select_one(".brand-name").get_text(strip=True) == "Sở Đổi Tên"


def test_each_language_has_its_own_brand_footer_and_menu(client, province):
    portal_settings = PortalSettings.for_site(province.site)
    portal_settings.full_name_en = "People's Committee of Test Province"
    portal_settings.save()
    vietnamese = soup_of(client, province)
    english = soup_of(client, province, "/en/")
    assert english.select_one(".brand-name").get_text(strip=True) == "People's Committee of Test Province"
    assert vietnamese.select_one(".brand-name").get_text(strip=True) == portal_settings.full_name
    assert "Sơ đồ cổng" in vietnamese.select_one(".site-footer").get_text()
    assert "Site map" in english.select_one(".site-footer").get_text()
    assert "Sơ đồ cổng" not in english.select_one(".site-footer").get_text()
    assert english.select_one(".main-nav a[accesskey='3']")["href"].startswith("/en/")
    assert not vietnamese.select_one(".main-nav a[accesskey='3']")["href"].startswith("/en/")


def test_no_portal_shows_another_portals_brand_footer_or_menu(client, portal_a, portal_b):
    soup_of(client, portal_a)  # portal A's chrome is now kept
    section = add_standard_page(Page.objects.get(pk=portal_a.root_page_id), title="Chỉ của sở A", slug="chi-cua-so-a",
                                show_in_menus=True)
    soup_a = soup_of(client, portal_a)
    soup_b = soup_of(client, portal_b)
    assert soup_b.select_one(".brand-name").get_text(strip=True) == PortalSettings.for_site(portal_b.site).agency_name
    assert soup_a.select_one(".brand-name").get_text(strip=True) != soup_b.select_one(".brand-name").get_text(strip=True)
    assert section.title in menu_titles(soup_a)
    assert section.title not in menu_titles(soup_b)
    assert portal_a.site.hostname not in str(soup_b.select_one(".site-footer"))


def test_the_menu_marks_the_current_page_on_each_page(client, province):
    home = soup_of(client, province)
    assert home.select_one(".main-nav a[accesskey='1']").get("aria-current") == "page"
    section = soup_of(client, province, "/tin-tuc-su-kien/")
    assert section.select_one(".main-nav a[accesskey='1']").get("aria-current") is None
    current = [link.get_text(strip=True) for link in section.select(".main-nav a[aria-current]")]
    assert current == ["Tin tức - Sự kiện"] or (len(current) == 1 and "Tin tức" in current[0])
    home_again = soup_of(client, province)
    assert [link.get_text(strip=True) for link in home_again.select(".main-nav a[aria-current]")] == ["Trang chủ"]


def kept_fragments(site):
    return [name for name in (cache.get(chrome_key(site.pk, "vi")) or {}) if name.startswith("html:")]


def test_a_logged_in_users_page_neither_fills_nor_reads_the_shared_copy(client, login, portal_a):
    editor = login("editor", portal_a)
    response = editor.get("/", HTTP_HOST=portal_a.site.hostname)
    assert response.status_code == 200
    assert kept_fragments(portal_a.site) == []
    soup_of(client, portal_a)
    assert {"html:brand", "html:footer"} <= set(kept_fragments(portal_a.site))
    parts = cache.get(chrome_key(portal_a.site.pk, "vi"))
    parts["html:footer"] = "<footer>SHARED COPY</footer>"
    cache.set(chrome_key(portal_a.site.pk, "vi"), parts, 60)
    assert "SHARED COPY" in client.get("/", HTTP_HOST=portal_a.site.hostname).content.decode()
    assert "SHARED COPY" not in editor.get("/", HTTP_HOST=portal_a.site.hostname).content.decode()


def test_a_site_given_a_new_host_name_answers_on_it_at_once(client, portal_a):
    soup_of(client, portal_a)  # the site of the old host name is now remembered
    site = Site.objects.get(pk=portal_a.site_id)
    site.hostname = "so-a-moi.localhost"
    site.save()
    soup = soup_of(client, portal_a, host="so-a-moi.localhost")
    assert soup.select_one(".brand-name").get_text(strip=True) == PortalSettings.for_site(site).agency_name
