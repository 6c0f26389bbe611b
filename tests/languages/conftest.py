import pytest
from wagtail.models import Locale

from home.translation import translate_page

SECTION_TITLES = {"Giới thiệu": "Introduction", "Danh bạ, liên hệ": "Contacts"}


def to_english(text):
    """A stand-in translator: known section titles, else the text marked as English."""
    return SECTION_TITLES.get(text, f"EN {text}")


def translate(page):
    """`page` translated into English through wagtail-localize and published."""
    return translate_page(page, Locale.objects.get(language_code="en"), to_english)


def section(portal, key):
    return next(
        child for child in portal.root_page.get_children().specific() if getattr(child, "category_key", "") == key
    )


@pytest.fixture
def english(db):
    return Locale.objects.get(language_code="en")
