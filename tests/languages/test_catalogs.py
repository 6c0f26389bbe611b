"""The project's interface strings: the Vietnamese and English catalogs are complete and compiled, and an
English page speaks English around its content."""

from pathlib import Path

import polib
import pytest
from bs4 import BeautifulSoup
from django.conf import settings

CATALOGS = Path(settings.LOCALE_PATHS[0])


def catalog(language_code):
    return polib.pofile(str(CATALOGS / language_code / "LC_MESSAGES" / "django.po"))


def compiled(language_code):
    return polib.mofile(str(CATALOGS / language_code / "LC_MESSAGES" / "django.mo"))


def entry_key(entry):
    return (entry.msgctxt, entry.msgid, entry.msgid_plural)


def translations(entries):
    return {
        entry_key(entry): (tuple(sorted(entry.msgstr_plural.items())) if entry.msgid_plural else entry.msgstr)
        for entry in entries
    }


@pytest.mark.parametrize("language_code", ["vi", "en"])
def test_catalog_has_no_untranslated_or_fuzzy_string(language_code):
    po = catalog(language_code)
    assert len(po) > 100
    assert not po.metadata_is_fuzzy
    untranslated = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]
    assert untranslated == [], f"{len(untranslated)} untranslated in {language_code}: {untranslated[:10]}"
    assert fuzzy == [], f"{len(fuzzy)} fuzzy in {language_code}: {fuzzy[:10]}"


def test_english_catalog_translates_into_english():
    """The msgids are Vietnamese; an English msgstr that is still Vietnamese (it has Vietnamese letters and
    equals its msgid) is a string someone forgot to translate."""
    vietnamese_letters = set("ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ")
    copied = [
        entry.msgid for entry in catalog("en")
        if entry.msgstr == entry.msgid and vietnamese_letters & set(entry.msgid.lower())
    ]
    assert copied == []


def test_vietnamese_catalog_keeps_the_vietnamese_source_strings():
    for entry in catalog("vi"):
        if entry.msgid_plural:
            assert entry.msgstr_plural == {0: entry.msgid_plural}
        else:
            assert entry.msgstr == entry.msgid


@pytest.mark.parametrize("language_code", ["vi", "en"])
def test_compiled_catalog_matches_its_source(language_code):
    """The .mo files are committed (so running the project needs no gettext); they must be compiled from the
    current .po files (`manage.py compilemessages`)."""
    po = {key: value for key, value in translations(catalog(language_code)).items() if key[1]}
    mo = {key: value for key, value in translations(compiled(language_code)).items() if key[1]}
    assert mo == po


@pytest.mark.django_db
def test_english_page_shows_english_interface_strings(client, portal_a):
    english = BeautifulSoup(client.get("/en/", HTTP_HOST=portal_a.site.hostname).content, "html.parser")
    assert english.html["lang"] == "en"
    assert english.select_one(".skip-link").get_text(strip=True) == "Skip to main content"
    menu = [link.get_text(strip=True) for link in english.select("#main-menu > li > a")]
    assert menu[0] == "Home" and "Site map" in menu
    footer = [link.get_text(strip=True) for link in english.select(".site-footer a")]
    assert "Site map" in footer
    assert "Trang chủ" not in english.get_text() and "Sơ đồ cổng" not in english.get_text()

    vietnamese = BeautifulSoup(client.get("/", HTTP_HOST=portal_a.site.hostname).content, "html.parser")
    menu = [link.get_text(strip=True) for link in vietnamese.select("#main-menu > li > a")]
    assert menu[0] == "Trang chủ" and "Sơ đồ cổng" in menu
    assert vietnamese.select_one(".skip-link").get_text(strip=True) == "Chuyển đến nội dung chính"
