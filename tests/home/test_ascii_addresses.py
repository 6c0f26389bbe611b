"""Page addresses are ASCII, folded the way search folds (đ→d): for pages made by code, typed in the admin, and
for pages that kept a diacritic address from before (the data migration, with a redirect from the old one)."""

import importlib
import json

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.urls import reverse
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from home.models import StandardPage
from home.text import ascii_slug, slug_formatters
from tests.factories import add_standard_page

fold_slugs = importlib.import_module("home.migrations.0006_ascii_page_slugs").fold_slugs
TITLE = "Quyết định số 125/QĐ-UBND về Đề án chuyển đổi số"
FOLDED = "quyet-dinh-so-125qd-ubnd-ve-de-an-chuyen-doi-so"


def test_a_title_folds_to_an_ascii_address():
    assert ascii_slug(TITLE) == FOLDED
    assert ascii_slug("Thủy lợi – hoà bình") == "thuy-loi-hoa-binh"
    assert ascii_slug("Thu\u0309y lo\u031b\u0323i") == "thuy-loi"  # decomposed input folds alike


def test_the_admin_slug_field_folds_every_vietnamese_letter_like_the_server():
    replaced = {}
    for pattern, base in slug_formatters()[1:]:
        for letter in pattern.strip("[]"):
            replaced[letter] = base
    assert replaced["đ"] == "d" and replaced["Đ"] == "D" and replaced["ự"] == "u" and replaced["Ỹ"] == "Y"
    assert all(ascii_slug(letter) == base.lower() for letter, base in replaced.items())


@pytest.mark.django_db
def test_a_page_made_by_code_gets_the_folded_title_as_its_address(portal_a):
    page = add_standard_page(portal_a.root_page, title=TITLE)
    assert page.slug == FOLDED
    assert page.url_path.isascii()
    twin = add_standard_page(portal_a.root_page, title=TITLE)
    assert twin.slug == f"{FOLDED}-2"


@pytest.mark.django_db
def test_an_address_typed_with_diacritics_in_the_admin_is_folded(login, portal_a):
    approver = login("approver", portal_a)
    url = reverse("wagtailadmin_pages:add", args=["home", "standardpage", portal_a.root_page_id])
    response = approver.post(url, nested_form_data({
        "title": TITLE, "slug": "quyết-định-125", "intro": "", "body": streamfield([]),
        "seo_title": "", "search_description": "", "comments": inline_formset([]),
    }))
    assert response.status_code == 302
    assert StandardPage.objects.get(title=TITLE).slug == "quyet-dinh-125"


@pytest.mark.django_db
def test_the_admin_slug_field_carries_the_vietnamese_folding(login, portal_a):
    approver = login("approver", portal_a)
    response = approver.get(reverse("wagtailadmin_pages:add", args=["home", "standardpage", portal_a.root_page_id]))
    slug = BeautifulSoup(response.content, "html.parser").select_one("input[name=slug]")
    assert "data-w-slug-allow-unicode-value" not in slug.attrs  # Django leaves a False attribute out
    formatters = json.loads(slug["data-w-slug-formatters-value"])
    assert [["[\u0300-\u036f]", "gu"], ""] == formatters[0]
    assert any("đ" in pattern and base == "d" for (pattern, _flags), base in formatters)


@pytest.mark.django_db
def test_old_diacritic_addresses_are_folded_and_redirect(client, portal_a):
    parent = add_standard_page(portal_a.root_page, title="Hồ sơ lưu")
    page = add_standard_page(parent, title="Quyết định")
    child = add_standard_page(page, title="Phụ lục")
    Page.objects.filter(pk=page.pk).update(slug="quyết-định", url_path=page.url_path.replace("quyet-dinh", "quyết-định"))
    Page.objects.filter(pk=child.pk).update(url_path=child.url_path.replace("quyet-dinh", "quyết-định"))
    page.refresh_from_db()
    page.save_revision()  # a draft that still carries the old slug

    fold_slugs(apps, None)

    page.refresh_from_db()
    child.refresh_from_db()
    assert page.slug == "quyet-dinh" and page.url_path == parent.url_path + "quyet-dinh/"
    assert child.url_path == parent.url_path + "quyet-dinh/phu-luc/"
    assert page.latest_revision.content["slug"] == "quyet-dinh"
    redirect = Redirect.objects.get(site=portal_a.site, redirect_page=page)
    assert redirect.old_path == "/ho-so-luu/quyết-định" and redirect.is_permanent
    response = client.get("/ho-so-luu/quy%E1%BA%BFt-%C4%91%E1%BB%8Bnh/", HTTP_HOST=portal_a.site.hostname)
    assert response.status_code == 301
    assert response["Location"].endswith("/ho-so-luu/quyet-dinh/")

