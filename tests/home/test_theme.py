"""The theme as the server renders it: per-portal branding from PortalSettings (accent colour from an
accessible palette, logo as a rendition), header search and access keys documented on the site map, the
text-size control, share links without third-party scripts, images with size and lazy loading, and the
layout rules of Circular 32/2017 Điều 16 and 18 that can be read from the HTML."""

import re

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError

from home.blocks import ImageBlock
from home.models import ACCENT_PALETTE, DEFAULT_ACCENT, GOLD, PortalSettings
from tests.factories import make_image

WHITE = "#ffffff"
AA_NORMAL_TEXT = 4.5


def relative_luminance(colour):
    channels = [int(colour.lstrip("#")[index:index + 2], 16) / 255 for index in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first, second):
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def soup_of(client, portal, path="/"):
    response = client.get(path, HTTP_HOST=portal.site.hostname)
    assert response.status_code == 200, path
    return BeautifulSoup(response.content, "html.parser")


def access_key(element):
    value = element["accesskey"]  # a list to BeautifulSoup: the attribute may name several keys
    return " ".join(value) if isinstance(value, list) else value


@pytest.mark.parametrize("key, label, accent, dark", ACCENT_PALETTE)
def test_every_palette_colour_passes_aa_with_white_text_and_gold(key, label, accent, dark):
    assert contrast(accent, WHITE) >= AA_NORMAL_TEXT
    assert contrast(dark, WHITE) >= AA_NORMAL_TEXT
    assert contrast(GOLD, accent) >= AA_NORMAL_TEXT  # the gold kicker above the agency name
    assert contrast(GOLD, dark) >= AA_NORMAL_TEXT


@pytest.mark.django_db
def test_the_portals_accent_colour_reaches_the_page_as_a_custom_property(client, portal_a, portal_b):
    portal_settings = PortalSettings.for_site(portal_a.site)
    portal_settings.accent_colour = "xanh-duong"
    portal_settings.save()
    blue = dict((key, (accent, dark)) for key, _label, accent, dark in ACCENT_PALETTE)["xanh-duong"]
    default = dict((key, (accent, dark)) for key, _label, accent, dark in ACCENT_PALETTE)[DEFAULT_ACCENT]

    style_a = soup_of(client, portal_a).find("style").get_text()
    style_b = soup_of(client, portal_b).find("style").get_text()

    assert f"--accent:{blue[0]};--accent-dark:{blue[1]}" in style_a
    assert f"--accent:{default[0]};--accent-dark:{default[1]}" in style_b


@pytest.mark.django_db
def test_a_colour_outside_the_palette_is_refused(portal_a):
    portal_settings = PortalSettings.for_site(portal_a.site)
    portal_settings.accent_colour = "#ff0000"
    with pytest.raises(ValidationError) as error:
        portal_settings.full_clean()
    assert "accent_colour" in error.value.message_dict


@pytest.mark.django_db
def test_the_logo_is_a_rendition_with_width_and_height_beside_the_agency_name(client, portal_a):
    portal_settings = PortalSettings.for_site(portal_a.site)
    portal_settings.full_name = "Sở Thử Nghiệm A tỉnh Lâm Viên"
    portal_settings.logo = make_image("Biểu trưng Sở A", size=(400, 400))
    portal_settings.save()

    brand = soup_of(client, portal_a).select_one(".site-header .brand")
    logo = brand.select_one("img.brand-logo")

    assert "/images/" in logo["src"] and ".height-160" in logo["src"]  # a rendition, not the original upload
    assert (logo["width"], logo["height"]) == ("160", "160")
    assert logo["alt"] == ""  # decorative: the link's name is the agency name next to it
    assert "Sở Thử Nghiệm A tỉnh Lâm Viên" in brand.get_text(" ", strip=True)


@pytest.mark.django_db
def test_without_a_logo_the_header_shows_the_self_hosted_emblem(client, portal_a):
    logo = soup_of(client, portal_a).select_one(".site-header img.brand-logo")
    assert logo["src"].startswith("/static/") and logo["src"].endswith(".svg")
    assert logo["width"] and logo["height"]


@pytest.mark.django_db
def test_access_keys_lead_home_to_the_site_map_and_to_the_search_box(client, portal_a):
    soup = soup_of(client, portal_a)
    keys = {access_key(element): element for element in soup.select("[accesskey]")}

    assert sorted(keys) == ["1", "3", "4"]
    assert keys["1"]["href"] == "/"
    assert keys["3"]["href"] == "/so-do-cong/"
    search_box = keys["4"]
    assert search_box.name == "input" and search_box["name"] == "q"
    assert search_box.find_parent("form")["action"] == "/search/"
    assert soup.find("label", attrs={"for": search_box["id"]}).get_text(strip=True)


@pytest.mark.django_db
def test_the_site_map_documents_every_access_key_the_pages_use(client, portal_a):
    used = {access_key(element) for element in soup_of(client, portal_a).select("[accesskey]")}
    documentation = soup_of(client, portal_a, "/so-do-cong/").select_one("#phim-tat")

    documented = {row.th.get_text(strip=True): row.td.get_text(strip=True) for row in documentation.select("tbody tr")}

    assert set(documented) == used
    assert "trang chủ" in documented["1"] and "tìm kiếm" in documented["4"]


@pytest.mark.django_db
def test_the_text_size_control_is_labelled_buttons_shown_only_with_javascript(client, portal_a):
    control = soup_of(client, portal_a).select_one("[data-text-size-control]")
    buttons = control.find_all("button")

    assert control.has_attr("hidden")  # portal.js reveals it; without script the browser's own zoom remains
    assert [button["data-text-size-step"] for button in buttons] == ["-1", "0", "1"]
    assert all(button["type"] == "button" and button["aria-label"] for button in buttons)
    assert control["role"] == "group" and control["aria-label"] == "Cỡ chữ"


@pytest.mark.django_db
def test_pages_have_one_h1_and_headings_that_do_not_skip_levels(client, portal_a):
    for path in ("/", "/tin-tuc-su-kien/", "/van-ban/", "/so-do-cong/", "/search/?q=thu+tuc"):
        soup = soup_of(client, portal_a, path)
        levels = [int(heading.name[1]) for heading in soup.find_all(re.compile(r"^h[1-6]$"))]
        assert levels.count(1) == 1 and levels[0] == 1, path
        assert all(later - earlier <= 1 for earlier, later in zip(levels, levels[1:])), (path, levels)


@pytest.mark.django_db
def test_every_page_has_a_skip_link_and_the_landmarks(client, portal_a):
    soup = soup_of(client, portal_a, "/tin-tuc-su-kien/")
    skip = soup.body.find("a")
    assert skip["href"] == "#main" and soup.select_one("main#main")
    assert soup.select_one("header.site-header") and soup.select_one("footer.site-footer")
    assert soup.select_one("nav.main-nav")["aria-label"]


@pytest.fixture
def article(portal_a):
    from decree.articles import ArticleIndexPage, ArticlePage

    news = ArticleIndexPage.objects.child_of(portal_a.root_page).get(category_key="news")
    article = ArticlePage(
        title="Hội nghị chuyển đổi số & cải cách hành chính", slug="hoi-nghi-chuyen-doi-so",
        lead="Tóm tắt hội nghị.", body=[], locale=news.locale,
        image=make_image("Ảnh hội nghị"), image_alt="Quang cảnh hội nghị",
    )
    news.add_child(instance=article)
    article.save_revision().publish()
    return article


@pytest.mark.django_db
def test_share_links_are_plain_links_with_the_page_address(client, portal_a, article):
    soup = soup_of(client, portal_a, "/tin-tuc-su-kien/hoi-nghi-chuyen-doi-so/")
    share = soup.select_one(".share-links")
    address = "http%3A%2F%2Fso-a.localhost%2Ftin-tuc-su-kien%2Fhoi-nghi-chuyen-doi-so%2F"
    hrefs = [link["href"] for link in share.find_all("a")]

    assert f"https://www.facebook.com/sharer/sharer.php?u={address}" in hrefs
    assert f"https://sp.zalo.me/share_inline?url={address}" in hrefs
    assert any(href.startswith("mailto:?subject=H%E1%BB%99i%20ngh%E1%BB%8B") and address in href for href in hrefs)
    copy = share.select_one("button[data-copy-link]")
    assert copy["data-copy-link"] == "http://so-a.localhost/tin-tuc-su-kien/hoi-nghi-chuyen-doi-so/"
    assert soup.select_one(".page-tools [data-print]") and soup.select_one('.page-tools a[href="?luu=1"]')


@pytest.mark.django_db
def test_nothing_on_a_page_is_loaded_from_another_host(client, portal_a, article):
    for path in ("/", "/tin-tuc-su-kien/", "/tin-tuc-su-kien/hoi-nghi-chuyen-doi-so/", "/so-do-cong/"):
        soup = soup_of(client, portal_a, path)
        loaded = [tag.get("src") for tag in soup.select("script[src], img[src], iframe[src], source[src]")]
        loaded += [tag["href"] for tag in soup.select("link[rel~=stylesheet], link[rel~=icon], link[rel~=preload]")]
        assert loaded and all(url.startswith("/") and not url.startswith("//") for url in loaded), (path, loaded)


@pytest.mark.django_db
def test_listing_images_are_lazy_renditions_with_width_and_height(client, portal_a, article):
    image = soup_of(client, portal_a, "/tin-tuc-su-kien/").select_one("img.item-image")
    assert image["loading"] == "lazy"
    assert (image["width"], image["height"]) == ("240", "160")
    assert ".fill-240x160" in image["src"] and image["alt"] == "Quang cảnh hội nghị"
    lead_image = soup_of(client, portal_a, "/tin-tuc-su-kien/hoi-nghi-chuyen-doi-so/").select_one(".article-image img")
    assert lead_image["width"] and lead_image["height"] and lead_image.get("loading") != "lazy"  # above the fold


@pytest.mark.django_db
def test_an_image_block_without_alt_text_is_refused_at_edit_time():
    block = ImageBlock()
    image = make_image()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"image": image.pk, "alt_text": "", "caption": ""}))
    assert block.clean(block.to_python({"image": image.pk, "alt_text": "Toàn cảnh trụ sở", "caption": ""}))


@pytest.mark.django_db
def test_the_provincial_footer_links_the_component_portals(client, province, portal_a):
    footer = soup_of(client, province).select_one(".site-footer")
    assert footer.find("a", href="/#directory-heading")
    assert "directory-heading" in str(soup_of(client, province).select_one("#directory-heading"))
