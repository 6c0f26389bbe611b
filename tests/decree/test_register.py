"""The public register of legal documents: its table, filters, pagination, province-wide scope and query
budget (the document page itself: test_documents.py)."""

import datetime
import re

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model

from component_portals.models import PortalStatus
from decree.documents import LegalDocumentIndexPage

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate
ONE_DAY = datetime.timedelta(days=1)


def get(client, page_or_url, portal, **params):
    url = page_or_url if isinstance(page_or_url, str) else page_or_url.get_url()
    response = client.get(url, params, HTTP_HOST=portal.site.hostname)
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def listed_numbers(html):
    """The document numbers in the register table, in order."""
    table = html.split('<tbody>', 1)[1].split('</tbody>', 1)[0] if "<tbody>" in html else ""
    return re.findall(r'<td[^>]*><a[^>]*href="[^"]*">([^<]+)</a>', table)


def test_register_is_a_table_sorted_by_issue_date_descending(client, portal_a, section, add_document):
    register = section(portal_a, "documents")
    add_document(register, number="A-2022", issue_date=datetime.date(2022, 5, 1), summary="Trích yếu năm 2022")
    add_document(register, number="B-2024", issue_date=datetime.date(2024, 5, 1))
    add_document(register, number="C-2023", issue_date=datetime.date(2023, 5, 1))
    html = get(client, register, portal_a)
    assert listed_numbers(html) == ["B-2024", "C-2023", "A-2022"]
    for header in ("Số ký hiệu", "Ngày ban hành", "Trích yếu", "Trạng thái"):
        assert f'<th scope="col">{header}</th>' in html
    assert "01/05/2022" in html and "Trích yếu năm 2022" in html and "Còn hiệu lực" in html
    assert html.count("<h1") == 1


@pytest.fixture
def filter_set(portal_a, section, add_document, catalogue):
    register = section(portal_a, "documents")
    today = TODAY()
    add_document(register, number="1/QĐ-TC", issue_date=datetime.date(2023, 3, 1), fields=[catalogue["finance"]],
                 signer="Lê Văn Một", summary="Quy định về quản lý ngân sách")
    add_document(register, number="2/KH-DD", issue_date=datetime.date(2024, 3, 1), fields=[catalogue["land"]],
                 document_type=catalogue["plan"], issuer=catalogue["department"], signer="Phạm Thị Hai",
                 summary="Kế hoạch sử dụng đất")
    add_document(register, number="3/QĐ-HH", issue_date=datetime.date(2024, 4, 1),
                 expiry_date=datetime.date(2024, 5, 1),
                 signer="Lê Văn Một", summary="Quyết định đã hết hiệu lực")
    add_document(register, number="4/QĐ-CHL", issue_date=today - ONE_DAY, effective_date=today + ONE_DAY,
                 signer="Phạm Thị Hai", summary="Quyết định chưa có hiệu lực")
    return register


@pytest.mark.parametrize("params, expected", [
    ({}, {"1/QĐ-TC", "2/KH-DD", "3/QĐ-HH", "4/QĐ-CHL"}),
    ({"loai": "TYPE_PLAN"}, {"2/KH-DD"}),
    ({"co-quan": "ISSUER_DEPARTMENT"}, {"2/KH-DD"}),
    ({"linh-vuc": "FIELD_FINANCE"}, {"1/QĐ-TC"}),
    ({"nguoi-ky": "Lê Văn Một"}, {"1/QĐ-TC", "3/QĐ-HH"}),
    ({"nam": "2024"}, {"2/KH-DD", "3/QĐ-HH"}),
    ({"trang-thai": "het-hieu-luc"}, {"3/QĐ-HH"}),
    ({"trang-thai": "chua-hieu-luc"}, {"4/QĐ-CHL"}),
    ({"trang-thai": "con-hieu-luc"}, {"1/QĐ-TC", "2/KH-DD"}),
    ({"q": "ngân sách"}, {"1/QĐ-TC"}),
    ({"q": "kh-dd"}, {"2/KH-DD"}),
    ({"q": "QĐ", "nam": "2024", "nguoi-ky": "Lê Văn Một"}, {"3/QĐ-HH"}),
])
def test_register_filters(client, portal_a, filter_set, catalogue, params, expected):
    replacements = {"TYPE_PLAN": catalogue["plan"].pk, "ISSUER_DEPARTMENT": catalogue["department"].pk,
                    "FIELD_FINANCE": catalogue["finance"].pk}
    params = {key: replacements.get(value, value) for key, value in params.items()}
    assert set(listed_numbers(get(client, filter_set, portal_a, **params))) == expected


def test_register_filter_form_keeps_the_chosen_values(client, portal_a, filter_set, catalogue):
    html = get(client, filter_set, portal_a, q="ngân sách", loai=catalogue["decision"].pk, nam="2023",
               **{"trang-thai": "con-hieu-luc", "nguoi-ky": "Lê Văn Một", "linh-vuc": catalogue["finance"].pk,
                  "co-quan": catalogue["committee"].pk})
    assert 'name="q" value="ngân sách"' in html
    assert f'<option value="{catalogue["decision"].pk}" selected>Quyết định</option>' in html
    assert f'<option value="{catalogue["committee"].pk}" selected>' in html
    assert f'<option value="{catalogue["finance"].pk}" selected>Tài chính</option>' in html
    assert '<option value="Lê Văn Một" selected>' in html
    assert '<option value="2023" selected>' in html
    assert '<option value="con-hieu-luc" selected>' in html
    for field_id in ("filter-keyword", "filter-type", "filter-issuer", "filter-field", "filter-signer",
                     "filter-year", "filter-status"):
        assert f'<label for="{field_id}">' in html and f'id="{field_id}"' in html
    assert listed_numbers(html) == ["1/QĐ-TC"]


@pytest.mark.parametrize("params", [
    {"loai": "abc"}, {"loai": "-1"}, {"loai": "99999999999999"}, {"co-quan": "1;DROP"}, {"linh-vuc": "x"},
    {"nam": "20x4"}, {"nam": "99999"}, {"nam": "1000"}, {"trang-thai": "khong-ro"}, {"q": "x" * 5000},
    {"trang": "abc"}, {"trang": "-3"}, {"trang": "9999"}, {"trang": ""}, {"cong": "khong-co"},
    {"nguoi-ky": "\u0000"}, {"q": "a\u0000b"}, {"q": "\u0000"},
])
def test_malformed_register_parameters_never_fail(client, portal_a, filter_set, params):
    get(client, filter_set, portal_a, **params)


def test_malformed_filters_are_ignored(client, portal_a, filter_set):
    assert len(listed_numbers(get(client, filter_set, portal_a, nam="abc", loai="x", **{"trang-thai": "?"}))) == 4


def test_unknown_catalogue_values_give_an_empty_register(client, portal_a, filter_set):
    html = get(client, filter_set, portal_a, loai="987654")
    assert listed_numbers(html) == [] and "Không có văn bản nào phù hợp." in html


def test_register_paginates_in_the_database(client, portal_a, section, add_document, monkeypatch):
    monkeypatch.setattr(LegalDocumentIndexPage, "items_per_page", 2)
    register = section(portal_a, "documents")
    for index in range(5):
        add_document(register, number=f"P{index}", issue_date=datetime.date(2024, 1, 1 + index))
    assert listed_numbers(get(client, register, portal_a)) == ["P4", "P3"]
    page_two = get(client, register, portal_a, trang="2")
    assert listed_numbers(page_two) == ["P2", "P1"]
    assert "Trang 2/3" in page_two
    assert listed_numbers(get(client, register, portal_a, trang="abc")) == ["P4", "P3"]
    assert listed_numbers(get(client, register, portal_a, trang="99")) == ["P0"]
    # Pagination links keep the filters.
    filtered = get(client, register, portal_a, nam="2024")
    assert "nam=2024&amp;trang=2" in filtered


def test_register_excludes_drafts_and_other_portals(client, portal_a, portal_b, section, add_document):
    add_document(section(portal_a, "documents"), number="CUA-A")
    add_document(section(portal_a, "documents"), number="NHAP-A", publish=False)
    add_document(section(portal_b, "documents"), number="CUA-B")
    assert listed_numbers(get(client, section(portal_a, "documents"), portal_a)) == ["CUA-A"]
    assert listed_numbers(get(client, section(portal_b, "documents"), portal_b)) == ["CUA-B"]


# --- The province-wide register -----------------------------------------------------------------------------


def test_provincial_register_spans_every_active_portal_with_a_portal_filter(
        client, province, portal_a, portal_b, section, add_document):
    add_document(section(province, "documents"), number="TINH-1", issue_date=datetime.date(2024, 3, 1))
    add_document(section(portal_a, "documents"), number="SO-A-1", issue_date=datetime.date(2024, 2, 1))
    add_document(section(portal_b, "documents"), number="XA-B-1", issue_date=datetime.date(2024, 1, 1))
    register = section(province, "documents")

    html = get(client, register, province)
    assert listed_numbers(html) == ["TINH-1", "SO-A-1", "XA-B-1"]
    assert '<label for="filter-portal">' in html and f'value="{portal_a.slug}"' in html
    assert listed_numbers(get(client, register, province, cong=portal_a.slug)) == ["SO-A-1"]
    assert listed_numbers(get(client, register, province, cong=province.slug)) == ["TINH-1"]
    # Other filters combine with the portal filter; an unknown portal is ignored.
    assert listed_numbers(get(client, register, province, cong=portal_b.slug, nam="2024")) == ["XA-B-1"]
    assert len(listed_numbers(get(client, register, province, cong="khong-co"))) == 3

    # A component portal's register stays its own, without the portal filter.
    html = get(client, section(portal_a, "documents"), portal_a)
    assert listed_numbers(html) == ["SO-A-1"] and "filter-portal" not in html

    # An archived portal's documents leave the provincial register.
    portal_b.status = PortalStatus.ARCHIVED
    portal_b.save(update_fields=["status"])
    html = get(client, register, province)
    assert listed_numbers(html) == ["TINH-1", "SO-A-1"]
    assert f'value="{portal_b.slug}"' not in html


def test_provincial_register_links_documents_to_their_own_portal(client, province, portal_a, section, add_document):
    document = add_document(section(portal_a, "documents"), number="SO-A-LINK")
    html = get(client, section(province, "documents"), province)
    assert document.get_url(None) in html or document.full_url in html
    assert "so-a.localhost" in html


# --- Query budgets ------------------------------------------------------------------------------------------


def stored_file(register, name):
    """A small PDF in the collection of the register's portal (the root collection will do for counting)."""
    document = get_document_model()(title=name)
    document.file.save(name, ContentFile(b"%PDF-1.4\n%%EOF\n"), save=False)
    document.save()
    return document


def fill(register, add_document, catalogue, count, offset=0):
    documents = []
    for index in range(count):
        documents.append(add_document(
            register, number=f"{offset + index}/QS", fields=[catalogue["finance"], catalogue["land"]],
            issuer=catalogue["committee"] if index % 2 else catalogue["department"],
            document_type=catalogue["decision"] if index % 2 else catalogue["plan"],
            signer=f"Người ký {index % 5}",
            replaces=documents[-1:], quick=True,
            attachments=[("document", {"document": stored_file(register, f"{offset + index}.pdf"), "title": ""})],
        ))
    return documents


@pytest.mark.parametrize("portal_fixture", ["portal_a", "province"])
def test_register_query_count_does_not_grow_with_documents(
        request, client, section, add_document, catalogue, count_queries, portal_fixture):
    portal = request.getfixturevalue(portal_fixture)
    register = section(portal, "documents")
    url, host = register.get_url(), portal.site.hostname
    fill(register, add_document, catalogue, 3)
    client.get(url, HTTP_HOST=host)  # warm the per-process caches (site root paths, settings)
    small = count_queries(client, url, host)
    filtered_small = count_queries(client, url + "?trang-thai=con-hieu-luc&linh-vuc=%d&q=QS" % catalogue["finance"].pk,
                                   host)
    fill(register, add_document, catalogue, 27, offset=100)
    assert count_queries(client, url, host) == small
    assert count_queries(
        client, url + "?trang-thai=con-hieu-luc&linh-vuc=%d&q=QS" % catalogue["finance"].pk, host
    ) == filtered_small


def test_document_page_query_count_does_not_grow_with_documents(
        client, portal_a, section, add_document, catalogue, count_queries):
    register = section(portal_a, "documents")
    documents = fill(register, add_document, catalogue, 3)
    page = documents[1]
    url, host = page.get_url(), portal_a.site.hostname
    client.get(url, HTTP_HOST=host)
    small = count_queries(client, url, host)
    fill(register, add_document, catalogue, 27, offset=100)
    assert count_queries(client, url, host) == small
