"""Projects, investment and tenders: the project page shows every field and its tender notices, budgets are
written the Vietnamese way, a tender's status is derived from its dates, the section filters by status,
sector and open tenders in the database, the editor form refuses reversed periods and tender dates, query
counts stay flat, and the demo seeds projects idempotently."""

import datetime
from decimal import Decimal
from unittest import mock

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.rich_text import RichText

from demo.seeders import projects as projects_demo
from decree.projects import (
    ProjectPage,
    TenderNotice,
    TenderStatus,
    tender_status,
)
from home.text import format_vnd

Document = get_document_model()
DAY = datetime.timedelta(days=1)


def make_project(section, title="Dự án thử nghiệm", publish=True, tenders=(), **fields):
    fields.setdefault("objective", f"Mục tiêu của {title}.")
    fields.setdefault("sector", "transport")
    fields.setdefault("period_start", 2024)
    fields.setdefault("period_end", 2026)
    fields.setdefault("status", "under_way")
    page = ProjectPage(title=title, locale=section.locale, live=publish, **fields)
    page.tender_notices = [TenderNotice(**tender) for tender in tenders]
    section.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    return page


def tender_fields(name="Gói thầu số 01: Thi công xây dựng", notice_in=-5, closing_in=5, **fields):
    today = timezone.localdate()
    fields.setdefault("package_value", Decimal(1_000_000_000))
    fields.setdefault("selection_method", "open_bidding")
    return {"package_name": name, "notice_date": today + notice_in * DAY, "closing_date": today + closing_in * DAY,
            **fields}


def get_html(client, portal, path):
    response = client.get(path, HTTP_HOST=portal.site.hostname)
    assert response.status_code == 200
    return response.content.decode()


def listed_titles(html):
    return [link.get_text(strip=True) for link in BeautifulSoup(html, "html.parser").select("table.project-list td a")]


@pytest.fixture
def projects(section, portal_a):
    return section(portal_a, "projects")


# --- formatting ------------------------------------------------------------------------------------


def test_budget_is_written_with_dots_between_thousands_and_the_word_dong():
    assert format_vnd(Decimal("12500000000")) == "12.500.000.000 đồng"
    assert format_vnd(950) == "950 đồng"
    assert format_vnd(0) == "0 đồng"
    assert format_vnd(None) == ""


# --- the item page ---------------------------------------------------------------------------------


@pytest.mark.django_db
def test_project_page_shows_every_field_its_tenders_and_attachments(client, portal_a, projects):
    today = timezone.localdate()
    report = Document.objects.create(
        title="Báo cáo nghiên cứu khả thi", collection=portal_a.collection,
        file=SimpleUploadedFile("bao-cao.txt", "Báo cáo".encode()),
    )
    page = make_project(
        projects,
        title="Đường giao thông kết nối trung tâm tỉnh với cao tốc",
        objective="Hoàn thiện trục giao thông động lực dài 32,5 km.",
        sector="transport", project_type="public_investment", project_group="b",
        investor="Ban Quản lý dự án giao thông tỉnh", location="Phường Hòa Bình",
        approval_decision="Quyết định số 2315/QĐ-UBND ngày 28/12/2022",
        period_start=2023, period_end=2026, total_budget=Decimal("1250000000000"),
        funding_type="oda", funder="Ngân hàng Phát triển Châu Á (ADB)", status="under_way",
        body=[("paragraph", RichText("<p>Quy mô đường cấp III đồng bằng.</p>"))],
        attachments=[("document", {"document": report, "title": ""})],
        tenders=[
            tender_fields("Gói thầu số 05-XL: Thi công xây dựng", notice_in=-60, closing_in=-30,
                          package_value=Decimal("486300000000"), result="Quyết định số 512/QĐ-BQLGT.",
                          winning_contractor="Công ty Cổ phần Xây dựng Giao thông Lâm Viên",
                          winning_price=Decimal("479815000000")),
            tender_fields("Gói thầu số 09-TV: Tư vấn giám sát", notice_in=-2, closing_in=10,
                          selection_method="limited_bidding", package_value=Decimal("6850000000")),
        ],
    )
    html = get_html(client, portal_a, page.relative_url(portal_a.site))
    soup = BeautifulSoup(html, "html.parser")
    assert len(soup.find_all("h1")) == 1
    for text in (
        "Đường giao thông kết nối trung tâm tỉnh với cao tốc", "Hoàn thiện trục giao thông động lực dài 32,5 km.",
        "Giao thông vận tải", "Dự án đầu tư công", "Nhóm B", "Ban Quản lý dự án giao thông tỉnh", "Phường Hòa Bình",
        "Quyết định số 2315/QĐ-UBND ngày 28/12/2022", "2023–2026", "1.250.000.000.000 đồng", "Vốn ODA",
        "Ngân hàng Phát triển Châu Á (ADB)", "Đang thực hiện", "Quy mô đường cấp III đồng bằng.",
        "Báo cáo nghiên cứu khả thi",
        # tender notices
        "Gói thầu số 05-XL: Thi công xây dựng", "486.300.000.000 đồng", "Đấu thầu rộng rãi",
        "Quyết định số 512/QĐ-BQLGT.", "Công ty Cổ phần Xây dựng Giao thông Lâm Viên", "479.815.000.000 đồng",
        "Đã có kết quả lựa chọn nhà thầu",
        "Gói thầu số 09-TV: Tư vấn giám sát", "6.850.000.000 đồng", "Đấu thầu hạn chế", "Đang mời thầu",
        (today - 2 * DAY).strftime("%d/%m/%Y"), (today + 10 * DAY).strftime("%d/%m/%Y"),
    ):
        assert text in html, text
    dl_terms = [dt.get_text(strip=True) for dt in soup.select("dl.fields dt")]
    assert "Tổng mức đầu tư" in dl_terms and "Nguồn vốn" in dl_terms and "Ngày đóng thầu" in dl_terms


@pytest.mark.django_db
def test_project_without_budget_or_tenders_renders_without_them(client, portal_a, projects):
    page = make_project(projects, title="Dự án chưa xác định vốn", status="preparing", total_budget=None)
    html = get_html(client, portal_a, page.relative_url(portal_a.site))
    assert "Chưa xác định" in html and "Chuẩn bị đầu tư" in html
    assert "Thông báo mời thầu và kết quả" not in html


# --- tender status at the date boundaries ----------------------------------------------------------


def test_tender_status_changes_on_the_notice_date_and_the_day_after_closing():
    notice, closing = datetime.date(2026, 3, 10), datetime.date(2026, 3, 20)
    assert tender_status(notice, closing, False, notice - DAY) == TenderStatus.UPCOMING
    assert tender_status(notice, closing, False, notice) == TenderStatus.OPEN
    assert tender_status(notice, closing, False, notice + DAY) == TenderStatus.OPEN
    assert tender_status(notice, closing, False, closing - DAY) == TenderStatus.OPEN
    assert tender_status(notice, closing, False, closing) == TenderStatus.OPEN
    assert tender_status(notice, closing, False, closing + DAY) == TenderStatus.CLOSED
    assert tender_status(notice, closing, True, closing + DAY) == TenderStatus.AWARDED


@pytest.mark.django_db
def test_open_tenders_queryset_agrees_with_the_status_at_the_boundaries(projects):
    project = make_project(projects, tenders=[tender_fields(notice_in=0, closing_in=10)])
    tender = project.tender_notices.get()
    notice, closing = tender.notice_date, tender.closing_date
    for day, expected in ((notice - DAY, False), (notice, True), (closing, True), (closing + DAY, False)):
        assert TenderNotice.objects.open(day).filter(pk=tender.pk).exists() is expected, day
        with mock.patch("django.utils.timezone.localdate", return_value=day):
            assert (tender.status == TenderStatus.OPEN) is expected, day


# --- the listing -----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_listing_shows_status_budget_and_period_and_filters_by_status_and_sector(client, portal_a, projects):
    make_project(projects, title="Đường liên xã", sector="transport", status="under_way",
                 total_budget=Decimal("4850000000"), period_start=2025, period_end=2026)
    make_project(projects, title="Trạm y tế xã", sector="health", status="completed", period_start=2021,
                 period_end=2022)
    make_project(projects, title="Trường mầm non", sector="education", status="preparing", period_start=2027,
                 period_end=2027)
    make_project(projects, title="Dự án nháp", publish=False)
    url = projects.relative_url(portal_a.site)

    html = get_html(client, portal_a, url)
    assert listed_titles(html) == ["Trường mầm non", "Đường liên xã", "Trạm y tế xã"]
    assert "Dự án nháp" not in html
    assert "4.850.000.000 đồng" in html and "2025–2026" in html and "2027" in html
    assert "Đang thực hiện" in html and "Hoàn thành" in html and "Chuẩn bị đầu tư" in html
    soup = BeautifulSoup(html, "html.parser")
    assert all(th.get("scope") == "col" for th in soup.select("table th"))
    for field in soup.select("form.filters select, form.filters input"):
        assert soup.find("label", attrs={"for": field["id"]}), field
    # The sector filter offers only the sectors the section holds.
    sector_options = [option["value"] for option in soup.select("#filter-sector option") if option["value"]]
    assert sorted(sector_options) == ["education", "health", "transport"]

    assert listed_titles(get_html(client, portal_a, f"{url}?trang-thai=completed")) == ["Trạm y tế xã"]
    assert listed_titles(get_html(client, portal_a, f"{url}?linh-vuc=transport")) == ["Đường liên xã"]
    assert listed_titles(get_html(client, portal_a, f"{url}?linh-vuc=health&trang-thai=under_way")) == []


@pytest.mark.django_db
def test_open_tender_filter_lists_only_projects_with_a_tender_open_today(client, portal_a, projects):
    make_project(projects, title="Có gói đang mời thầu",
                 tenders=[tender_fields("Gói A", -3, 3), tender_fields("Gói B", -3, 4)])
    make_project(projects, title="Gói đã đóng", tenders=[tender_fields("Gói C", -20, -1)])
    make_project(projects, title="Gói sắp mời", tenders=[tender_fields("Gói D", 1, 10)])
    make_project(projects, title="Không có gói thầu")
    url = projects.relative_url(portal_a.site)
    assert listed_titles(get_html(client, portal_a, f"{url}?dang-moi-thau=1")) == ["Có gói đang mời thầu"]
    assert len(listed_titles(get_html(client, portal_a, f"{url}?dang-moi-thau=yes"))) == 4


@pytest.mark.django_db
@pytest.mark.parametrize("query", [
    "trang-thai=khong-co", "linh-vuc=%00", "linh-vuc[]=a", "trang=abc", "trang=-1", "trang=999999999999",
    "trang=0", "trang-thai=under_way&trang=9999", "dang-moi-thau=%FF",
])
def test_malformed_or_out_of_range_parameters_never_fail(client, portal_a, projects, query):
    make_project(projects, title="Dự án duy nhất")
    html = get_html(client, portal_a, f"{projects.relative_url(portal_a.site)}?{query}")
    assert "Dự án duy nhất" in html


@pytest.mark.django_db
def test_listing_paginates_in_pages_of_fifteen(client, portal_a, projects):
    for n in range(17):
        make_project(projects, title=f"Dự án {n:02d}", period_start=2000 + n, period_end=2030)
    url = projects.relative_url(portal_a.site)
    first = listed_titles(get_html(client, portal_a, url))
    second = listed_titles(get_html(client, portal_a, f"{url}?trang=2"))
    assert len(first) == 15 and len(second) == 2
    assert first[0] == "Dự án 16" and second == ["Dự án 01", "Dự án 00"]
    assert "Trang 1/2" in get_html(client, portal_a, url)
    assert listed_titles(get_html(client, portal_a, f"{url}?trang=99")) == second


# --- editor-form validation ------------------------------------------------------------------------


@pytest.mark.django_db
def test_period_ending_before_it_starts_is_refused_with_a_vietnamese_message(projects):
    page = make_project(projects, publish=False)
    page.period_start, page.period_end = 2026, 2025
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "Năm kết thúc không được trước năm bắt đầu thực hiện dự án." in error.value.message_dict["period_end"]
    page.period_end = 2026
    page.full_clean()


@pytest.mark.django_db
def test_tender_closing_before_its_notice_is_refused_with_a_vietnamese_message(projects):
    page = make_project(projects, publish=False)
    tender = TenderNotice(page=page, **tender_fields(notice_in=0, closing_in=-1))
    with pytest.raises(ValidationError) as error:
        tender.full_clean()
    assert "Ngày đóng thầu không được trước ngày đăng thông báo mời thầu." in error.value.message_dict["closing_date"]
    tender.closing_date = tender.notice_date
    tender.full_clean()


@pytest.mark.django_db
def test_editor_form_shows_the_tender_date_error(projects):
    """The admin's inline form for tender notices runs the same validation."""
    form_class = ProjectPage.get_edit_handler().get_form_class()
    formset_class = form_class.formsets["tender_notices"]
    today = timezone.localdate()
    data = {
        "tender_notices-TOTAL_FORMS": "1", "tender_notices-INITIAL_FORMS": "0",
        "tender_notices-MIN_NUM_FORMS": "0", "tender_notices-MAX_NUM_FORMS": "1000",
        "tender_notices-0-package_name": "Gói thầu số 01", "tender_notices-0-selection_method": "open_bidding",
        "tender_notices-0-notice_date": today.isoformat(),
        "tender_notices-0-closing_date": (today - DAY).isoformat(),
        "tender_notices-0-ORDER": "1",
    }
    formset = formset_class(data, instance=ProjectPage(), prefix="tender_notices")
    assert not formset.is_valid()
    assert "Ngày đóng thầu không được trước ngày đăng thông báo mời thầu." in str(formset.errors)


# --- query budget ----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_query_count_does_not_grow_with_ten_times_more_projects(client, portal_a, projects, count_queries):
    host = portal_a.site.hostname
    report = Document.objects.create(title="Tệp dự án", collection=portal_a.collection,
                                     file=SimpleUploadedFile("du-an.txt", b"du an"))

    def add(n):
        return make_project(
            projects, title=f"Dự án {n}", sector=["transport", "health"][n % 2], total_budget=Decimal(n * 1000),
            attachments=[("document", {"document": report, "title": ""})],
            tenders=[tender_fields(f"Gói {n}-1", -3, 3), tender_fields(f"Gói {n}-2", -30, -10)],
        )

    pages = [add(n) for n in range(3)]
    listing = projects.relative_url(portal_a.site)
    item = pages[0].relative_url(portal_a.site)
    urls = (listing, item, f"{listing}?trang-thai=under_way&linh-vuc=health", f"{listing}?dang-moi-thau=1")
    for url in urls:
        client.get(url, HTTP_HOST=host)
    small = [count_queries(client, url, host) for url in urls]
    for n in range(3, 30):
        add(n)
    large = [count_queries(client, url, host) for url in urls]
    assert small == large


# --- demo content ----------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("portal_fixture", ["province", "portal_a", "portal_b"])
def test_demo_seeds_projects_in_every_status_with_tenders_idempotently(request, section, portal_fixture):
    portal = request.getfixturevalue(portal_fixture)
    projects = section(portal, "projects")
    projects_demo.seed(portal)
    projects_demo.seed(portal)
    pages = ProjectPage.objects.live().child_of(projects)
    assert pages.count() >= 4
    assert pages.count() == len(projects_demo.projects_for(portal))
    assert {page.status for page in pages} == {"preparing", "under_way", "completed"}
    for page in pages:
        page.full_clean()
        tenders = list(page.tender_notices.all())
        assert 1 <= len(tenders) <= 2
        for tender in tenders:
            tender.full_clean()
    statuses = {tender.status for tender in TenderNotice.objects.filter(page__in=pages)}
    assert TenderStatus.OPEN in statuses and TenderStatus.AWARDED in statuses
