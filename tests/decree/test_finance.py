"""Annual financial reports: a report shows its fiscal year, type, decision, publication date, summary,
body and files; the section lists by year (newest first), filters by year and type and paginates; the
fiscal year is validated; the demo seeds the last three years."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.rich_text import RichText

from demo.seeders import finance as finance_demo
from decree.finance import FinancialReportIndexPage, FinancialReportPage, FinancialReportType

Document = get_document_model()


@pytest.fixture
def finance(section, portal_a):
    return section(portal_a, "finance")


@pytest.fixture
def report_file(portal_a):
    return Document.objects.create(
        title="Biểu số 01 – Dự toán thu, chi ngân sách", collection=portal_a.collection,
        file=SimpleUploadedFile("bieu-01.csv", "Nội dung,Dự toán\nChi thường xuyên,16920\n".encode()),
    )


def make_report(section, title="Báo cáo thử nghiệm", fiscal_year=2025,
                report_type=FinancialReportType.ESTIMATE_DISCLOSURE, publish=True, live=None, report_file=None,
                **fields):
    """A report under `section`; `publish=False, live=True` skips the revision for bulk creation."""
    fields.setdefault("summary", f"Tóm tắt {title}.")
    fields.setdefault("publication_date", datetime.date(fiscal_year, 1, 15))
    if report_file is not None:
        fields.setdefault("attachments", [("document", {"document": report_file, "title": ""})])
    else:
        fields.setdefault("body", [("paragraph", RichText("<p>Số liệu công khai.</p>"))])
    live = publish if live is None else live
    page = FinancialReportPage(title=title, fiscal_year=fiscal_year, report_type=report_type,
                               locale=section.locale, live=live, **fields)
    section.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    return page


def get_html(client, portal, path):
    response = client.get(path, HTTP_HOST=portal.site.hostname)
    assert response.status_code == 200
    return response.content.decode()


def listed_titles(html):
    return [cell.find("a").get_text(strip=True)
            for cell in BeautifulSoup(html, "html.parser").select("table tbody tr td:nth-of-type(2)")]


@pytest.mark.django_db
def test_financial_report_page_shows_every_field(client, portal_a, finance, report_file):
    page = make_report(
        finance, title="Công khai dự toán ngân sách năm 2025", fiscal_year=2025,
        report_type=FinancialReportType.ESTIMATE_DISCLOSURE, decision_number="08/QĐ-STN",
        publication_date=datetime.date(2025, 1, 14),
        summary="Tổng dự toán chi 18.640 triệu đồng.",
        body=[("paragraph", RichText("<p>Căn cứ Luật Ngân sách nhà nước, công khai số liệu như sau.</p>"))],
        report_file=report_file,
    )
    html = get_html(client, portal_a, page.relative_url(portal_a.site))
    soup = BeautifulSoup(html, "html.parser")
    assert [h1.get_text(strip=True) for h1 in soup.find_all("h1")] == ["Công khai dự toán ngân sách năm 2025"]
    fields = dict(zip([dt.get_text(strip=True) for dt in soup.select("dl.fields dt")],
                      [dd.get_text(strip=True) for dd in soup.select("dl.fields dd")]))
    assert fields == {
        "Năm ngân sách": "2025",
        "Loại báo cáo": "Công khai dự toán ngân sách",
        "Số quyết định công bố": "08/QĐ-STN",
        "Ngày công bố": "14/01/2025",
    }
    assert "Tổng dự toán chi 18.640 triệu đồng." in html
    assert "Căn cứ Luật Ngân sách nhà nước, công khai số liệu như sau." in html
    assert soup.select_one(f'.attachments a[href="{report_file.url}"]').get_text(strip=True) == (
        "Biểu số 01 – Dự toán thu, chi ngân sách"
    )


@pytest.mark.django_db
@pytest.mark.parametrize("year", [1999, timezone.localdate().year + 2, 0])
def test_fiscal_year_out_of_range_is_refused(finance, year):
    page = make_report(finance, fiscal_year=2025, publish=False)
    page.fiscal_year = year
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    last = timezone.localdate().year + 1
    assert error.value.message_dict["fiscal_year"] == [f"Năm ngân sách phải từ 2000 đến {last}."]


@pytest.mark.django_db
@pytest.mark.parametrize("year", [2000, timezone.localdate().year + 1])
def test_fiscal_year_at_the_range_limits_is_accepted(finance, year):
    page = make_report(finance, fiscal_year=2025, publish=False)
    page.fiscal_year = year
    page.full_clean()


@pytest.mark.django_db
def test_a_report_without_body_or_files_is_refused(finance):
    page = make_report(finance, publish=False)
    page.body = []
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert error.value.message_dict["attachments"] == ["Hãy đính kèm tệp báo cáo hoặc nhập nội dung báo cáo."]


@pytest.mark.django_db
def test_reports_can_only_be_created_in_their_section(portal_a, finance, section):
    assert FinancialReportPage.can_create_at(finance)
    assert not FinancialReportPage.can_create_at(section(portal_a, "statistics"))


@pytest.fixture
def reports(finance):
    return [
        make_report(finance, title="Báo cáo tài chính năm 2023", fiscal_year=2023,
                    report_type=FinancialReportType.ANNUAL_FINANCIAL_STATEMENT,
                    publication_date=datetime.date(2024, 3, 28)),
        make_report(finance, title="Công khai dự toán năm 2025", fiscal_year=2025,
                    report_type=FinancialReportType.ESTIMATE_DISCLOSURE, publication_date=datetime.date(2025, 1, 14)),
        make_report(finance, title="Công khai quyết toán năm 2024", fiscal_year=2024,
                    report_type=FinancialReportType.SETTLEMENT_DISCLOSURE,
                    publication_date=datetime.date(2025, 8, 22)),
        make_report(finance, title="Báo cáo quyết toán năm 2025", fiscal_year=2025,
                    report_type=FinancialReportType.BUDGET_SETTLEMENT_REPORT,
                    publication_date=datetime.date(2026, 4, 2)),
    ]


@pytest.mark.django_db
def test_section_lists_reports_by_year_newest_first(client, portal_a, finance, reports):
    html = get_html(client, portal_a, finance.relative_url(portal_a.site))
    assert listed_titles(html) == [
        "Báo cáo quyết toán năm 2025", "Công khai dự toán năm 2025", "Công khai quyết toán năm 2024",
        "Báo cáo tài chính năm 2023",
    ]
    soup = BeautifulSoup(html, "html.parser")
    assert [th.get("scope") for th in soup.select("thead th")] == ["col"] * 4
    assert "02/04/2026" in html and "Tóm tắt Báo cáo tài chính năm 2023." in html
    assert "Công khai quyết toán ngân sách" in html
    assert [o["value"] for o in soup.select("select#filter-year option") if o["value"]] == ["2025", "2024", "2023"]
    assert soup.select_one('label[for="filter-year"]') and soup.select_one('label[for="filter-type"]')


@pytest.mark.django_db
@pytest.mark.parametrize(("query", "expected"), [
    ("nam=2025", ["Báo cáo quyết toán năm 2025", "Công khai dự toán năm 2025"]),
    ("loai=settlement_disclosure", ["Công khai quyết toán năm 2024"]),
    ("nam=2025&loai=estimate_disclosure", ["Công khai dự toán năm 2025"]),
    ("nam=2024&loai=estimate_disclosure", []),
])
def test_section_filters_by_year_and_type(client, portal_a, finance, reports, query, expected):
    html = get_html(client, portal_a, f"{finance.relative_url(portal_a.site)}?{query}")
    assert listed_titles(html) == expected
    if not expected:
        assert "Chưa có báo cáo nào phù hợp." in html


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["nam=abc", "nam=1800", "nam=3000", "loai=khong-co", "loai=", "trang=abc",
                                   "trang=77", "nam=2025&trang=-3"])
def test_malformed_filter_and_page_parameters_never_fail(client, portal_a, finance, reports, query):
    html = get_html(client, portal_a, f"{finance.relative_url(portal_a.site)}?{query}")
    assert listed_titles(html)


@pytest.mark.django_db
def test_section_paginates_in_the_database(client, portal_a, finance, monkeypatch):
    monkeypatch.setattr(FinancialReportIndexPage, "items_per_page", 4)
    for year in range(2019, 2026):
        make_report(finance, title=f"Báo cáo năm {year}", fiscal_year=year, publish=False, live=True)
    make_report(finance, title="Công khai quyết toán năm 2020", fiscal_year=2020,
                report_type=FinancialReportType.SETTLEMENT_DISCLOSURE, publish=False, live=True)
    url = finance.relative_url(portal_a.site)
    first = get_html(client, portal_a, url)
    assert listed_titles(first) == [f"Báo cáo năm {year}" for year in (2025, 2024, 2023, 2022)]
    assert "trang=2" in first
    assert listed_titles(get_html(client, portal_a, f"{url}?trang=2")) == [
        "Báo cáo năm 2021", "Công khai quyết toán năm 2020", "Báo cáo năm 2020", "Báo cáo năm 2019",
    ]
    second = get_html(client, portal_a, f"{url}?loai=estimate_disclosure&trang=2")
    assert listed_titles(second) == ["Báo cáo năm 2021", "Báo cáo năm 2020", "Báo cáo năm 2019"]
    assert "loai=estimate_disclosure&amp;trang=1" in second


@pytest.mark.django_db
def test_query_count_does_not_grow_with_ten_times_more_reports(client, portal_a, finance, report_file,
                                                               count_queries):
    host = portal_a.site.hostname
    pages = [make_report(finance, title=f"Báo cáo {n}", fiscal_year=2020 + n, report_file=report_file)
             for n in range(3)]
    listing = finance.relative_url(portal_a.site)
    item = pages[0].relative_url(portal_a.site)
    filtered = f"{listing}?nam=2021&loai=estimate_disclosure"
    client.get(listing, HTTP_HOST=host)
    client.get(item, HTTP_HOST=host)
    small = (count_queries(client, listing, host), count_queries(client, filtered, host),
             count_queries(client, item, host))
    for n in range(3, 30):
        make_report(finance, title=f"Báo cáo {n}", fiscal_year=2000 + n % 26, report_file=report_file,
                    publish=False, live=True)
    large = (count_queries(client, listing, host), count_queries(client, filtered, host),
             count_queries(client, item, host))
    assert small == large


@pytest.mark.django_db
@pytest.mark.parametrize("portal_fixture", ["province", "portal_a", "portal_b"])
def test_demo_seeds_the_last_three_fiscal_years_idempotently(request, section, portal_fixture):
    portal = request.getfixturevalue(portal_fixture)
    finance_demo.seed(portal)
    finance_demo.seed(portal)
    pages = FinancialReportPage.objects.live().child_of(section(portal, "finance"))
    year = timezone.localdate().year
    assert sorted(pages.values_list("fiscal_year", flat=True)) == [year - 3, year - 2, year - 1]
    assert len(set(pages.values_list("report_type", flat=True))) == 3
    for page in pages:
        page.full_clean()
        assert page.attachments and page.publication_date <= timezone.localdate()


def test_issuer_code_follows_vietnamese_document_symbols():
    class Portal:
        def __init__(self, name):
            self.name = name

    assert finance_demo.issuer_code(Portal("Sở Khoa học và Công nghệ")) == "SKHCN"
    assert finance_demo.issuer_code(Portal("Sở Tài chính")) == "STC"
    assert finance_demo.issuer_code(Portal("Ủy ban nhân dân xã Tân Phú")) == "UBND"


@pytest.mark.django_db
def test_editor_form_offers_the_report_types_and_refuses_an_out_of_range_year(login, finance):
    from django.urls import reverse

    client = login("superuser")
    url = reverse("wagtailadmin_pages:add", args=("decree", "financialreportpage", finance.pk))
    form = client.get(url).content.decode()
    for label in FinancialReportType.labels:
        assert str(label) in form, label
    response = client.post(url, {
        "title": "Báo cáo năm sai", "slug": "bao-cao-nam-sai", "fiscal_year": "1990",
        "report_type": FinancialReportType.ESTIMATE_DISCLOSURE, "decision_number": "",
        "publication_date": "2026-01-15", "summary": "Tóm tắt.", "attachments-count": "0",
        "body-count": "0", "action-publish": "action-publish",
    })
    assert f"Năm ngân sách phải từ 2000 đến {timezone.localdate().year + 1}." in response.content.decode()
    assert not FinancialReportPage.objects.filter(slug="bao-cao-nam-sai").exists()
