"""The provincial gazette: issues with their number, date and documents (chosen from the register or given
by number and summary), the index by date with a year filter and paging, query budgets and the demo seed."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.documents import get_document_model

from demo.seeders import gazette as gazette_demo
from decree.documents import DocumentType, Issuer, LegalDocumentPage
from decree.gazette import GazetteEntry, GazetteIndexPage, GazetteIssuePage

pytestmark = pytest.mark.django_db


def get(client, page_or_url, portal, **params):
    url = page_or_url if isinstance(page_or_url, str) else page_or_url.get_url()
    response = client.get(url, params, HTTP_HOST=portal.site.hostname)
    assert response.status_code == 200, response.status_code
    return response.content.decode()


@pytest.fixture
def add_legal_document(section, province):
    document_type = DocumentType.objects.get_or_create(name="Quyết định")[0]
    issuer = Issuer.objects.get_or_create(name="Ủy ban nhân dân tỉnh Thử Nghiệm")[0]
    register = section(province, "documents")

    def _add(number, summary, publish=True, quick=False):
        document = LegalDocumentPage(
            title=f"Quyết định số {number}", number=number, summary=summary, document_type=document_type,
            issuer=issuer, issue_date=datetime.date(2024, 6, 1), effective_date=datetime.date(2024, 6, 15),
            locale=register.locale, live=publish or quick,
        )
        register.add_child(instance=document)
        if publish and not quick:
            document.save_revision().publish()
        return document

    return _add


@pytest.fixture
def add_issue(section, province):
    gazette = section(province, "gazette")

    def _add(number, date, entries=(), pdf=None, publish=True, quick=False):
        issue = GazetteIssuePage(
            title=f"Công báo tỉnh {number.lower()} năm {date.year}", issue_number=number, publication_date=date,
            pdf=pdf, locale=gazette.locale, live=publish or quick,
        )
        issue.entries = [GazetteEntry(**entry) for entry in entries]
        gazette.add_child(instance=issue)
        if publish and not quick:
            issue.save_revision().publish()
        return issue

    return _add


def pdf_file(title="Công báo số 12", name="cong-bao-12.pdf"):
    document = get_document_model()(title=title)
    document.file.save(name, ContentFile(b"%PDF-1.4\n%%EOF\n"), save=False)
    document.save()
    return document


def test_gazette_section_exists_only_on_the_provincial_portal(section, province, portal_a, portal_b):
    assert isinstance(section(province, "gazette"), GazetteIndexPage)
    for portal in (portal_a, portal_b):
        with pytest.raises(StopIteration):
            section(portal, "gazette")
    assert GazetteIssuePage.parent_page_types == ["decree.GazetteIndexPage"]
    assert GazetteIndexPage.subpage_types == ["decree.GazetteIssuePage"]


def test_issue_page_lists_its_documents_with_number_and_summary(client, province, add_issue, add_legal_document):
    chosen = add_legal_document("15/2024/QĐ-UBND", "Ban hành Quy chế quản lý Cổng thông tin điện tử tỉnh")
    pdf = pdf_file()
    issue = add_issue("Số 12", datetime.date(2024, 6, 28), pdf=pdf, entries=[
        {"document": chosen},
        {"number": "16/2024/NQ-HĐND", "summary": "Quy định mức thu học phí năm học 2024–2025"},
    ])
    html = get(client, issue, province)
    assert html.count("<h1") == 1
    shown = " ".join(BeautifulSoup(html, "html.parser").get_text(" ").split())  # numbers sit in no-wrap spans
    for text in ("Số 12", "28/06/2024", "15/2024/QĐ-UBND", "Ban hành Quy chế quản lý Cổng thông tin điện tử tỉnh",
                 "16/2024/NQ-HĐND", "Quy định mức thu học phí năm học 2024–2025"):
        assert text in shown, text
    assert pdf.url in html
    assert f'<a href="{chosen.get_url(current_site=province.site)}">15/2024/QĐ-UBND</a>' in html
    assert '<th scope="col">Số ký hiệu</th>' in html and '<th scope="col">Trích yếu</th>' in html


def test_an_unpublished_chosen_document_is_not_linked(client, province, add_issue, add_legal_document):
    draft = add_legal_document("99/2024/QĐ-UBND", "Văn bản chưa xuất bản", publish=False)
    issue = add_issue("Số 13", datetime.date(2024, 7, 1), entries=[
        {"document": draft},
        {"document": draft, "number": "99/2024/QĐ-UBND", "summary": "Trích yếu nhập tay"},
    ])
    html = get(client, issue, province)
    assert "Văn bản chưa xuất bản" not in html
    assert "Trích yếu nhập tay" in html
    assert draft.url_path not in html and f'href="{draft.get_url()}"' not in html


def test_an_entry_needs_a_document_or_a_number_and_summary():
    with pytest.raises(ValidationError) as error:
        GazetteEntry(number="12/2024/QĐ-UBND").full_clean(exclude=["issue"])
    assert error.value.message_dict["document"] == [
        "Hãy chọn một văn bản hoặc nhập cả số ký hiệu và trích yếu của văn bản."
    ]
    GazetteEntry(number="12/2024/QĐ-UBND", summary="Trích yếu").full_clean(exclude=["issue"])


def test_the_full_issue_file_must_be_a_pdf(province, add_issue):
    issue = add_issue("Số 14", datetime.date(2024, 7, 5))
    issue.pdf = pdf_file(title="Không phải PDF", name="cong-bao.docx")
    with pytest.raises(ValidationError) as error:
        issue.full_clean()
    assert error.value.message_dict["pdf"] == ["Tệp công báo phải là tệp PDF."]
    issue.pdf = pdf_file()
    issue.full_clean()


def test_index_lists_issues_by_date_with_year_filter(client, province, section, add_issue):
    add_issue("Số 01", datetime.date(2023, 1, 15))
    add_issue("Số 24", datetime.date(2024, 12, 27), entries=[{"number": "1/QĐ", "summary": "A"},
                                                             {"number": "2/QĐ", "summary": "B"}])
    add_issue("Số 10", datetime.date(2024, 5, 20))
    add_issue("Số 99", datetime.date(2024, 6, 1), publish=False)
    gazette = section(province, "gazette")
    html = get(client, gazette, province)
    assert html.count("<h1") == 1
    positions = [html.index(number) for number in ("Số 24", "Số 10", "Số 01")]
    assert positions == sorted(positions)
    assert "Số 99" not in html
    assert "27/12/2024" in html and "2 văn bản" in html
    assert '<label for="filter-year">' in html

    html = get(client, gazette, province, nam="2023")
    assert "Số 01" in html and "Số 24" not in html
    assert '<option value="2023" selected>' in html
    html = get(client, gazette, province, nam="1999")
    assert "Chưa có số công báo nào phù hợp." in html


@pytest.mark.parametrize("params", [{"nam": "abc"}, {"nam": "99999"}, {"trang": "x"}, {"trang": "500"},
                                    {"trang": "-1"}, {"nam": ""}])
def test_malformed_gazette_parameters_never_fail(client, province, section, add_issue, params):
    add_issue("Số 02", datetime.date(2024, 2, 1))
    assert "Số 02" in get(client, section(province, "gazette"), province, **params)


def test_gazette_index_paginates(client, province, section, add_issue, monkeypatch):
    monkeypatch.setattr(GazetteIndexPage, "items_per_page", 2)
    for month in range(1, 6):
        add_issue(f"Số {month:02d}", datetime.date(2024, month, 1))
    gazette = section(province, "gazette")
    first = get(client, gazette, province)
    assert "Số 05" in first and "Số 04" in first and "Số 03" not in first
    last = get(client, gazette, province, trang="3")
    assert "Số 01" in last and "Số 02" not in last
    assert "Trang 3/3" in last


def test_gazette_query_counts_do_not_grow_with_content(
        client, province, section, add_issue, add_legal_document, count_queries):
    gazette = section(province, "gazette")
    host = province.site.hostname

    def entries(count, offset, chosen=True):
        return [
            {"document": add_legal_document(f"{offset + i}/2024/QĐ-UBND", f"Trích yếu {offset + i}", quick=True)}
            if chosen and i % 2 else {"number": f"{offset + i}/NQ", "summary": "Nhập tay"}
            for i in range(count)
        ]

    issue = add_issue("Số 50", datetime.date(2024, 9, 1), entries=entries(3, 0))
    for index in range(2):
        add_issue(f"Số {index}", datetime.date(2024, 1, 1 + index), entries=entries(2, 100 + 10 * index))
    client.get(gazette.get_url(), HTTP_HOST=host)
    client.get(issue.get_url(), HTTP_HOST=host)
    index_small = count_queries(client, gazette.get_url(), host)
    issue_small = count_queries(client, issue.get_url(), host)

    for index in range(27):
        add_issue(f"Số {100 + index}", datetime.date(2023, 1 + index % 12, 1),
                  entries=entries(2, 1000 + 10 * index, chosen=False), quick=True)
    big = add_issue("Số 51", datetime.date(2024, 9, 2), entries=entries(30, 5000), quick=True)
    assert count_queries(client, gazette.get_url(), host) == index_small
    assert count_queries(client, big.get_url(), host) == issue_small


def test_editor_of_the_province_opens_the_issue_editor(login, province, section):
    editor = login("editor", province)
    gazette = section(province, "gazette")
    response = editor.get(reverse("wagtailadmin_pages:add", args=("decree", "gazetteissuepage", gazette.pk)))
    assert response.status_code == 200
    assert "Văn bản đăng trong số công báo" in response.content.decode()


def test_demo_seed_fills_the_gazette_idempotently(client, province, portal_a):
    gazette = gazette_demo.seed(province)
    issues = GazetteIssuePage.objects.child_of(gazette)
    count = issues.count()
    assert count >= 4
    entries = GazetteEntry.objects.filter(issue__in=issues)
    assert entries.filter(document__isnull=False).count() >= 4
    assert all(entry.document.get_parent().get_parent().pk == province.root_page_id
               for entry in entries.filter(document__isnull=False))
    assert issues.filter(pdf__isnull=False).exists()

    gazette_demo.seed(province)
    assert GazetteIssuePage.objects.child_of(gazette).count() == count
    assert GazetteEntry.objects.filter(issue__in=issues).count() == entries.count()
    assert gazette_demo.seed(portal_a) is None  # no gazette on a component portal
    html = get(client, gazette, province)
    assert "Công báo" in html
    latest = GazetteIssuePage.objects.child_of(gazette).order_by("-publication_date").first()
    assert "Trích yếu" in get(client, latest, province)
