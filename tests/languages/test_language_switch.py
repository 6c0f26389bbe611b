"""The language switch, `<html lang>`, `hreflang` alternates and the menu of a translated portal."""

import pytest
from bs4 import BeautifulSoup

from tests.factories import add_standard_page

from .conftest import section, translate


def get(client, portal, path):
    response = client.get(path, HTTP_HOST=portal.site.hostname)
    assert response.status_code == 200, path
    return BeautifulSoup(response.content, "html.parser")


def switch_links(soup):
    nav = soup.select_one("nav.language-switch")
    return {link["hreflang"]: link["href"] for link in nav.select("a")} if nav else None


@pytest.mark.django_db
def test_translated_page_links_to_its_translation_and_back(client, portal_a):
    intro = section(portal_a, "intro")
    english = translate(intro)

    vietnamese_page = get(client, portal_a, "/gioi-thieu/")
    assert vietnamese_page.html["lang"] == "vi"
    assert switch_links(vietnamese_page) == {"en": "/en/introduction/"}
    assert vietnamese_page.select_one("nav.language-switch [aria-current]").get_text() == "Tiếng Việt"

    assert english.get_full_url() == f"{portal_a.site.root_url}/en/introduction/"
    english_page = get(client, portal_a, "/en/introduction/")
    assert english_page.html["lang"] == "en"
    assert english_page.h1.get_text(strip=True) == "Introduction"
    assert switch_links(english_page) == {"vi": "/gioi-thieu/"}
    assert english_page.select_one("nav.language-switch [aria-current]").get_text() == "English"


@pytest.mark.django_db
def test_page_in_one_language_has_no_switch_and_no_alternates(client, portal_a):
    add_standard_page(portal_a.root_page, title="Chỉ có tiếng Việt", slug="chi-co-tieng-viet")
    soup = get(client, portal_a, "/chi-co-tieng-viet/")
    assert soup.select_one("nav.language-switch") is None
    assert soup.select("link[hreflang]") == []


@pytest.mark.django_db
def test_unpublished_translation_is_not_offered(client, portal_a):
    english = translate(section(portal_a, "intro"))
    english.unpublish()
    soup = get(client, portal_a, "/gioi-thieu/")
    assert soup.select_one("nav.language-switch") is None
    assert soup.select("link[hreflang]") == []


@pytest.mark.django_db
def test_head_lists_every_language_and_x_default_as_absolute_urls(client, portal_a):
    translate(section(portal_a, "intro"))
    root = portal_a.site.root_url
    for path in ("/gioi-thieu/", "/en/introduction/"):
        alternates = {link["hreflang"]: link["href"] for link in get(client, portal_a, path).select("head link[rel=alternate][hreflang]")}
        assert alternates == {
            "vi": f"{root}/gioi-thieu/",
            "en": f"{root}/en/introduction/",
            "x-default": f"{root}/gioi-thieu/",
        }


@pytest.mark.django_db
def test_english_menu_shows_the_english_pages_only(client, portal_a):
    translate(section(portal_a, "intro"))
    translate(section(portal_a, "contacts"))
    soup = get(client, portal_a, "/en/")
    assert soup.html["lang"] == "en"
    menu = {link.get_text(strip=True): link["href"] for link in soup.select("#main-menu a")}
    # The translated sections keep their place among the primary items although their slugs are English.
    primary = [link.get_text(strip=True) for link in soup.select("#main-menu > li > a")]
    assert "Introduction" in primary and "Contacts" in primary
    assert menu["Introduction"] == "/en/introduction/"
    assert menu["Contacts"] == "/en/contacts/"
    assert all(not href.startswith("/gioi-thieu") for href in menu.values())
    assert "Giới thiệu" not in menu and "Văn bản quy phạm pháp luật" not in menu


@pytest.mark.django_db
def test_translation_is_a_synced_wagtail_localize_translation(portal_a, english):
    from wagtail_localize.models import Translation, TranslationSource

    intro = section(portal_a, "intro")
    translated = translate(intro)
    source = TranslationSource.objects.get_for_instance(intro)
    assert Translation.objects.filter(source=source, target_locale=english, enabled=True).exists()
    assert translated.translation_key == intro.translation_key
    assert translated.get_parent().pk == portal_a.root_page.get_translation(english).pk
    assert translated.live and translated.intro == f"EN {intro.intro}"
    # Translating again changes nothing.
    revisions = translated.revisions.count()
    assert translate(intro).pk == translated.pk
    assert translated.revisions.count() == revisions


@pytest.mark.django_db
def test_english_pages_name_the_agency_in_english(client, province, portal_a):
    from home.models import PortalSettings

    assert PortalSettings.for_site(province.site).full_name_en == "Test Province"  # set by provisioning
    settings = PortalSettings.for_site(portal_a.site)
    settings.full_name, settings.full_name_en = "Sở Thử Nghiệm A tỉnh Thử Nghiệm", "Department A of the Test Province"
    settings.save()
    vietnamese, english = get(client, portal_a, "/"), get(client, portal_a, "/en/")
    assert vietnamese.select_one(".brand-name").get_text(strip=True) == "Sở Thử Nghiệm A tỉnh Thử Nghiệm"
    assert english.select_one(".brand-name").get_text(strip=True) == "Department A of the Test Province"
    assert english.title.get_text().endswith("| Department A of the Test Province")
    assert english.select_one(".footer-name").get_text(strip=True) == "Department A of the Test Province"

    settings.full_name_en = ""
    settings.save()
    assert get(client, portal_a, "/en/").select_one(".brand-name").get_text(strip=True) == "Sở Thử Nghiệm A tỉnh Thử Nghiệm"


@pytest.mark.django_db
def test_search_and_the_site_map_switch_to_the_same_address_in_the_other_language(client, portal_a):
    from wagtail.models import Page

    english_home = Page.objects.get(pk=portal_a.root_page_id).get_translations().get()
    assert english_home.live
    assert switch_links(get(client, portal_a, "/search/?q=thu+tuc&trang=2")) == {"en": "/en/search/?q=thu+tuc&trang=2"}
    assert switch_links(get(client, portal_a, "/en/search/?q=procedure")) == {"vi": "/search/?q=procedure"}
    assert switch_links(get(client, portal_a, "/so-do-cong/")) == {"en": "/en/so-do-cong/"}

    english_home.unpublish()
    assert switch_links(get(client, portal_a, "/search/?q=thu+tuc")) is None


@pytest.mark.django_db
def test_a_page_not_found_offers_no_language_switch(client, portal_a):
    response = client.get("/khong-co-trang-nay/", HTTP_HOST=portal_a.site.hostname)
    assert response.status_code == 404
    assert switch_links(BeautifulSoup(response.content, "html.parser")) is None
