"""An English address without an English page: the Vietnamese page of the same address is offered, its
English translation when it has one, else a note in English linking to the Vietnamese page."""

import pytest
from django.utils import translation
from wagtail.models import Locale

from home.translation import translate_page
from tests.factories import add_standard_page

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def vietnamese_afterwards():
    """An /en/ request leaves English active in the thread; later tests expect Vietnamese."""
    yield
    translation.activate("vi")


def test_an_untranslated_section_under_en_links_to_the_vietnamese_page(client, province):
    response = client.get("/en/tin-tuc-su-kien/", HTTP_HOST=province.site.hostname)
    assert response.status_code == 200
    html = response.content.decode()
    assert "This page is not available in English yet" in html
    assert '<a href="/tin-tuc-su-kien/" lang="vi" hreflang="vi">' in html
    assert '<meta name="robots" content="noindex">' in html


def test_an_english_address_of_a_translated_page_redirects_to_the_translation(client, province):
    page = add_standard_page(province.root_page, title="Trang thử dịch", slug="trang-thu-dich")
    translate_page(province.root_page, Locale.objects.get(language_code="en"), lambda text: f"EN {text}")
    english = translate_page(page, Locale.objects.get(language_code="en"), lambda text: f"EN {text}")
    response = client.get("/en/trang-thu-dich/", HTTP_HOST=province.site.hostname)
    if english.slug == "trang-thu-dich":
        assert response.status_code == 200  # the same address: the English page itself
    else:
        assert response.status_code == 302 and response["Location"] == english.relative_url(province.site)


def test_an_unknown_address_is_still_not_found(client, province):
    for path in ("/en/khong-co-trang-nay/", "/khong-co-trang-nay/"):
        response = client.get(path, HTTP_HOST=province.site.hostname)
        assert response.status_code == 404
        assert "Không tìm thấy trang" in response.content.decode() or "Page not found" in response.content.decode()


def test_the_english_home_names_component_portals_in_english_where_they_have_an_english_home(
        client, province, portal_a, portal_b):
    from wagtail.models import Page

    portal_a.name_en = "Test Department A"
    portal_a.save()
    english_b = Page.objects.get(pk=portal_b.root_page_id).get_translation_or_none(Locale.objects.get(language_code="en"))
    if english_b is not None:
        english_b.unpublish()
    html = client.get("/en/", HTTP_HOST=province.site.hostname).content.decode()
    directory = html.split('id="directory-heading"', 1)[1].split("</section>", 1)[0]
    assert f'<a href="http://{portal_a.site.hostname}/en/">Test Department A</a>' in directory
    assert f'<a href="http://{portal_b.site.hostname}/" lang="vi" hreflang="vi">Xã Thử Nghiệm B</a>' in directory
