import unicodedata

import pytest

from home.models import PortalSettings
from tests.factories import add_standard_page

DECOMPOSED_TITLE = unicodedata.normalize("NFD", "Thủ tục cấp phép xây dựng")


@pytest.mark.django_db
def test_page_title_and_intro_are_stored_nfc(portal_a):
    page = add_standard_page(portal_a.root_page, title=DECOMPOSED_TITLE, intro=DECOMPOSED_TITLE)
    page.refresh_from_db()
    assert page.title == unicodedata.normalize("NFC", DECOMPOSED_TITLE)
    assert page.intro == page.title
    assert page.title != DECOMPOSED_TITLE


@pytest.mark.django_db
def test_portal_settings_are_stored_nfc(portal_a):
    portal_settings = PortalSettings.for_site(portal_a.site)
    portal_settings.full_name = unicodedata.normalize("NFD", "Sở Tài chính tỉnh Lâm Viên")
    portal_settings.save()
    portal_settings.refresh_from_db()
    assert unicodedata.is_normalized("NFC", portal_settings.full_name)
