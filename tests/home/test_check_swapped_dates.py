"""`check_swapped_dates` lists the stored dates the old month-first parsing may have swapped, for an approver
to review: a value swapped by a later save, an ambiguous value typed in the admin; never a date that cannot be
swapped (day > 12, day = month) or one set by code."""

import datetime
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from decree.documents import DocumentType, Issuer, LegalDocumentPage
from home.swapped_dates import find_swapped_dates
from tests.factories import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def register(portal_a):
    home = portal_a.root_page.specific
    return next(page for page in home.get_children().specific() if getattr(page, "category_key", "") == "documents")


@pytest.fixture
def document(register):
    kind = DocumentType.objects.get_or_create(name="Quyết định", defaults={"abbreviation": "QĐ"})[0]
    issuer = Issuer.objects.get_or_create(name="Sở Thử Nghiệm A")[0]

    def _document(title, *saves):
        """A document saved once per (user, issue date) in `saves`, the way the admin saves revisions."""
        page = LegalDocumentPage(
            title=title, number=f"{title}/QĐ", document_type=kind, issuer=issuer, summary="Trích yếu",
            issue_date=saves[0][1], effective_date=datetime.date(2026, 12, 31), locale=register.locale,
        )
        register.add_child(instance=page)
        for user, issue_date in saves:
            page.issue_date = issue_date
            page.save_revision(user=user)
        return page

    return _document


def run(*args):
    out = StringIO()
    call_command("check_swapped_dates", *args, stdout=out)
    return out.getvalue()


def test_a_date_swapped_by_an_untouched_save_is_listed_with_the_value_before(portal_a, document):
    editor, approver = make_user("editor", portal_a), make_user("approver", portal_a)
    # typed «01/12/2026», stored as 12 January; the approver saved the form untouched: 1 December
    page = document("Swapped", (editor, datetime.date(2026, 1, 12)), (approver, datetime.date(2026, 12, 1)))
    [finding] = [finding for finding in find_swapped_dates() if finding.page.pk == page.pk]
    assert finding.kind == "hoán đổi" and finding.field == "ngày ban hành"
    assert (finding.value, finding.other) == (datetime.date(2026, 12, 1), datetime.date(2026, 1, 12))
    assert finding.revision.user == approver
    output = run()
    assert "[hoán đổi] «Swapped» — ngày ban hành: 01/12/2026 (có thể đúng là 12/01/2026)" in output
    assert "lưu lúc" in output and approver.username in output
    assert f"http://localhost:8000/admin/pages/{page.pk}/edit/" in output


def test_an_ambiguous_date_typed_in_the_admin_is_listed_for_review(portal_a, document):
    editor = make_user("editor", portal_a)
    page = document("Ambiguous", (editor, datetime.date(2026, 3, 5)))
    [finding] = [finding for finding in find_swapped_dates() if finding.page.pk == page.pk]
    assert finding.kind == "cần xem lại" and finding.other == datetime.date(2026, 5, 3)


def test_dates_that_cannot_be_swapped_or_were_set_by_code_are_not_listed(portal_a, document):
    editor = make_user("editor", portal_a)
    clear = document("Clear", (editor, datetime.date(2026, 11, 25)), (editor, datetime.date(2026, 11, 25)))
    same = document("Same", (editor, datetime.date(2026, 5, 5)))
    by_code = document("ByCode", (None, datetime.date(2026, 3, 5)))
    listed = {finding.page.pk for finding in find_swapped_dates()}
    assert not listed & {clear.pk, same.pk, by_code.pk}


def test_before_keeps_only_values_typed_before_day_first_input(portal_a, document):
    editor = make_user("editor", portal_a)
    page = document("Recent", (editor, datetime.date(2026, 3, 5)))
    assert "«Recent»" in run()
    saved_on = timezone.localdate(page.latest_revision.created_at)
    assert "«Recent»" in run("--before", f"{saved_on + datetime.timedelta(days=1):%d/%m/%Y}")
    assert "«Recent»" not in run("--before", f"{saved_on:%d/%m/%Y}")


def test_hostname_limits_the_check_to_one_portal(portal_a, portal_b, document):
    editor = make_user("editor", portal_a)
    document("OnA", (editor, datetime.date(2026, 3, 5)))
    assert "«OnA»" in run("--hostname", portal_a.site.hostname)
    assert "«OnA»" not in run("--hostname", portal_b.site.hostname)
    assert "Tổng cộng 0 ngày" in run("--hostname", portal_b.site.hostname)


def test_bad_arguments_are_refused_in_vietnamese():
    with pytest.raises(CommandError, match="ngày/tháng/năm"):
        run("--before", "12/31/2026")
    with pytest.raises(CommandError, match="Không có cổng nào"):
        run("--hostname", "khong-co.localhost")
