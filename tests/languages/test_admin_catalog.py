"""The Vietnamese admin catalogue (locale/admin/vi): it overrides and completes Wagtail's and Django's own
Vietnamese strings, is compiled, translates only strings those packages really have, keeps their
placeholders, and is the one Django uses (the officials' wording: «Gửi duyệt», «Duyệt và xuất bản», «Sửa»)."""

import re
from pathlib import Path

import django
import polib
import pytest
import wagtail
import wagtail_localize
from django.conf import settings
from django.utils import translation

ADMIN_CATALOGS = Path(settings.LOCALE_PATHS[1]) / "vi" / "LC_MESSAGES"
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w+\}")
# Placeholders the Vietnamese wording leaves out on purpose (officials say «Gửi duyệt», not the workflow's name).
DROPPED = {"Submit to %(workflow_name)s", "Resubmit to %(task_name)s",
           "%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s"}


def source_catalogs(domain):
    roots = [Path(wagtail.__file__).parent, Path(wagtail_localize.__file__).parent, Path(django.__file__).parent]
    entries = set()
    for root in roots:
        for path in root.glob(f"**/locale/en/LC_MESSAGES/{domain}.po"):
            entries.update((entry.msgctxt, entry.msgid) for entry in polib.pofile(str(path)))
    try:
        import taggit

        for path in Path(taggit.__file__).parent.glob(f"locale/en/LC_MESSAGES/{domain}.po"):
            entries.update((entry.msgctxt, entry.msgid) for entry in polib.pofile(str(path)))
    except ImportError:
        pass
    return entries


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_every_admin_string_is_a_real_string_translated_with_its_placeholders(domain):
    po = polib.pofile(str(ADMIN_CATALOGS / f"{domain}.po"))
    known = source_catalogs(domain)
    assert len(po) > 50
    assert [entry.msgid for entry in po if (entry.msgctxt, entry.msgid) not in known] == []
    assert [entry.msgid for entry in po.untranslated_entries()] == []
    for entry in po:
        source = entry.msgid_plural or entry.msgid
        translated = entry.msgstr_plural[0] if entry.msgid_plural else entry.msgstr
        if entry.msgid not in DROPPED:
            assert set(PLACEHOLDER.findall(translated)) == set(PLACEHOLDER.findall(source)), entry.msgid


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_admin_catalog_is_compiled_from_its_source(domain):
    po = {(entry.msgctxt, entry.msgid): entry.msgstr or entry.msgstr_plural.get(0)
          for entry in polib.pofile(str(ADMIN_CATALOGS / f"{domain}.po"))}
    mo = {(entry.msgctxt, entry.msgid): entry.msgstr or entry.msgstr_plural.get(0)
          for entry in polib.mofile(str(ADMIN_CATALOGS / f"{domain}.mo")) if entry.msgid}
    assert mo == po


def test_the_admin_speaks_as_officials_do():
    with translation.override("vi"):
        assert translation.gettext("Submit to %(workflow_name)s") % {"workflow_name": "Duyệt nội dung"} == "Gửi duyệt"
        assert translation.gettext("%(label)s and Publish") % {"label": translation.gettext("Approve")} == (
            "Duyệt và xuất bản"
        )
        assert translation.gettext("Request changes") == "Yêu cầu sửa"
        assert translation.gettext("Edit") == "Sửa"
        assert translation.gettext("Home") == "Trang chủ"
        assert translation.gettext("Sign in to Wagtail") == "Đăng nhập trang quản trị"
    with translation.override("en"):
        assert translation.gettext("Request changes") == "Request changes"
