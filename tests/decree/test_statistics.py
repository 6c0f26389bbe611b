"""Statistics: a release shows its period, data files, methodology, analysis, source and release date;
the section filters by the year its period covers and paginates; a release needs its data and a period
that ends after it starts; the demo seeds three releases."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model
from wagtail.rich_text import RichText

from demo.seeders import statistics as statistics_demo
from demo.seeders.statistics import last_completed_quarter
from decree.statistics import StatisticsIndexPage, StatisticsPage

Document = get_document_model()


@pytest.fixture
def statistics(section, portal_a):
    return section(portal_a, "statistics")


@pytest.fixture
def data_file(portal_a):
    return Document.objects.create(
        title="Bảng số liệu quý III/2026", collection=portal_a.collection,
        file=SimpleUploadedFile("so-lieu.csv", "Chỉ tiêu,Giá trị\nHồ sơ,3412\n".encode()),
    )


def make_release(section, data_file, title="Số liệu thử nghiệm", start=(2026, 7, 1), end=(2026, 9, 30),
                 publish=True, live=None, **fields):
    """A release under `section`; `publish=False, live=True` skips the revision for bulk creation."""
    fields.setdefault("period_label", "Quý III/2026")
    fields.setdefault("summary", f"Tóm tắt {title}.")
    fields.setdefault("source_unit", "Văn phòng Sở Thử Nghiệm A")
    fields.setdefault("release_date", datetime.date(*end) + datetime.timedelta(days=10))
    fields.setdefault("attachments", [("document", {"document": data_file, "title": ""})])
    live = publish if live is None else live
    page = StatisticsPage(title=title, period_start=datetime.date(*start), period_end=datetime.date(*end),
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
    return [cell.find("a").get_text(" ", strip=True)
            for cell in BeautifulSoup(html, "html.parser").select("table tbody tr td:nth-of-type(1)")]


@pytest.mark.django_db
def test_statistics_page_shows_period_data_methodology_analysis_and_source(client, portal_a, statistics, data_file):
    page = make_release(
        statistics, data_file,
        title="Số liệu thống kê chủ yếu quý III/2026",
        period_label="Quý III/2026",
        summary="Tiếp nhận 3.412 hồ sơ thủ tục hành chính, giải quyết đúng hạn 98,7%.",
        methodology="<p>Số liệu tổng hợp từ hệ thống thông tin giải quyết thủ tục hành chính.</p>",
        analysis=[("paragraph", RichText("<p>Tỷ lệ hồ sơ trực tuyến tăng mạnh.</p>"))],
        source_unit="Văn phòng Sở Khoa học và Công nghệ",
        release_date=datetime.date(2026, 10, 15),
    )
    html = get_html(client, portal_a, page.relative_url(portal_a.site))
    soup = BeautifulSoup(html, "html.parser")
    assert [h1.get_text(strip=True) for h1 in soup.find_all("h1")] == ["Số liệu thống kê chủ yếu quý III/2026"]
    for value in (
        "Quý III/2026", "01/07/2026", "30/09/2026", "15/10/2026",
        "Tiếp nhận 3.412 hồ sơ thủ tục hành chính, giải quyết đúng hạn 98,7%.",
        "Số liệu tổng hợp từ hệ thống thông tin giải quyết thủ tục hành chính.",
        "Tỷ lệ hồ sơ trực tuyến tăng mạnh.",
        "Văn phòng Sở Khoa học và Công nghệ",
        "Bảng số liệu quý III/2026",
        "Phương pháp thống kê", "Phân tích, đánh giá",
    ):
        assert value in html, value
    assert [dt.get_text(strip=True) for dt in soup.select("dl.fields dt")] == [
        "Kỳ số liệu", "Thời gian của kỳ", "Đơn vị cung cấp số liệu", "Ngày công bố",
    ]
    assert soup.select_one(f'.attachments a[href="{data_file.url}"]')
    assert [h.name for h in soup.find_all(["h1", "h2"])][:1] == ["h1"]


@pytest.mark.django_db
def test_period_ending_before_it_starts_is_refused(statistics, data_file):
    page = make_release(statistics, data_file, publish=False)
    page.period_start, page.period_end = datetime.date(2026, 9, 30), datetime.date(2026, 7, 1)
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert error.value.message_dict["period_end"] == ["Ngày cuối kỳ số liệu không được trước ngày đầu kỳ."]


@pytest.mark.django_db
def test_one_day_period_is_accepted(statistics, data_file):
    make_release(statistics, data_file, start=(2026, 7, 1), end=(2026, 7, 1), publish=False).full_clean()


@pytest.mark.django_db
def test_a_release_without_a_data_file_is_refused(statistics, data_file):
    page = make_release(statistics, data_file, publish=False)
    page.attachments = []
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert error.value.message_dict["attachments"] == ["Hãy đính kèm ít nhất một tệp số liệu."]


@pytest.mark.django_db
def test_releases_can_only_be_created_in_their_section(portal_a, statistics, section):
    assert StatisticsPage.can_create_at(statistics)
    assert not StatisticsPage.can_create_at(section(portal_a, "finance"))


@pytest.fixture
def releases(statistics, data_file):
    return [
        make_release(statistics, data_file, title="Quý III/2026", start=(2026, 7, 1), end=(2026, 9, 30)),
        make_release(statistics, data_file, title="Năm 2025", start=(2025, 1, 1), end=(2025, 12, 31)),
        make_release(statistics, data_file, title="Vụ Đông Xuân 2024–2025", start=(2024, 11, 1),
                     end=(2025, 4, 30)),
        make_release(statistics, data_file, title="Năm 2023", start=(2023, 1, 1), end=(2023, 12, 31)),
    ]


@pytest.mark.django_db
def test_section_lists_the_latest_period_first_with_dates_and_summaries(client, portal_a, statistics, releases):
    html = get_html(client, portal_a, statistics.relative_url(portal_a.site))
    assert listed_titles(html) == ["Quý III/2026", "Năm 2025", "Vụ Đông Xuân 2024–2025", "Năm 2023"]
    soup = BeautifulSoup(html, "html.parser")
    assert [th.get("scope") for th in soup.select("thead th")] == ["col", "col", "col"]
    assert "Tóm tắt Năm 2025." in html and "10/10/2026" in html
    years = [option["value"] for option in soup.select("select#filter-year option") if option["value"]]
    assert years == ["2026", "2025", "2024", "2023"]
    assert soup.select_one('label[for="filter-year"]')


@pytest.mark.django_db
@pytest.mark.parametrize(("year", "expected"), [
    ("2026", ["Quý III/2026"]),
    ("2025", ["Năm 2025", "Vụ Đông Xuân 2024–2025"]),
    ("2024", ["Vụ Đông Xuân 2024–2025"]),
    ("2022", []),
])
def test_year_filter_keeps_the_releases_whose_period_covers_that_year(client, portal_a, statistics, releases,
                                                                      year, expected):
    html = get_html(client, portal_a, f"{statistics.relative_url(portal_a.site)}?nam={year}")
    assert listed_titles(html) == expected
    if not expected:
        assert "Chưa có số liệu thống kê nào phù hợp." in html


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["nam=abc", "nam=99999", "nam=-2025", "nam=", "trang=x", "trang=500",
                                   "nam=2025&trang=0"])
def test_malformed_year_and_page_parameters_never_fail(client, portal_a, statistics, releases, query):
    html = get_html(client, portal_a, f"{statistics.relative_url(portal_a.site)}?{query}")
    assert listed_titles(html)


@pytest.mark.django_db
def test_section_paginates_in_the_database(client, portal_a, statistics, data_file, monkeypatch):
    monkeypatch.setattr(StatisticsIndexPage, "items_per_page", 4)
    for month in range(1, 7):
        make_release(statistics, data_file, title=f"Tháng {month}/2025", start=(2025, month, 1),
                     end=(2025, month, 28), publish=False, live=True)
    make_release(statistics, data_file, title="Năm 2024", start=(2024, 1, 1), end=(2024, 12, 31),
                 publish=False, live=True)
    url = statistics.relative_url(portal_a.site)
    assert listed_titles(get_html(client, portal_a, url)) == [f"Tháng {month}/2025" for month in (6, 5, 4, 3)]
    second = get_html(client, portal_a, f"{url}?nam=2025&trang=2")
    assert listed_titles(second) == ["Tháng 2/2025", "Tháng 1/2025"]
    assert "nam=2025&amp;trang=1" in second


@pytest.mark.django_db
def test_query_count_does_not_grow_with_ten_times_more_releases(client, portal_a, statistics, data_file,
                                                                count_queries):
    host = portal_a.site.hostname
    pages = [make_release(statistics, data_file, title=f"Kỳ {n}", start=(2020 + n, 1, 1), end=(2020 + n, 12, 31))
             for n in range(3)]
    listing = statistics.relative_url(portal_a.site)
    item = pages[0].relative_url(portal_a.site)
    client.get(listing, HTTP_HOST=host)
    client.get(item, HTTP_HOST=host)
    small = (count_queries(client, listing, host), count_queries(client, f"{listing}?nam=2021", host),
             count_queries(client, item, host))
    for n in range(3, 30):
        make_release(statistics, data_file, title=f"Kỳ {n}", start=(1990 + n, 1, 1), end=(1990 + n, 12, 31),
                     publish=False, live=True)
    large = (count_queries(client, listing, host), count_queries(client, f"{listing}?nam=2021", host),
             count_queries(client, item, host))
    assert small == large


def test_last_completed_quarter_of_each_quarter():
    assert last_completed_quarter(datetime.date(2026, 11, 28)) == (
        3, 2026, datetime.date(2026, 7, 1), datetime.date(2026, 9, 30))
    assert last_completed_quarter(datetime.date(2026, 1, 1)) == (
        4, 2025, datetime.date(2025, 10, 1), datetime.date(2025, 12, 31))
    assert last_completed_quarter(datetime.date(2026, 4, 1)) == (
        1, 2026, datetime.date(2026, 1, 1), datetime.date(2026, 3, 31))


@pytest.mark.django_db
@pytest.mark.parametrize("portal_fixture", ["portal_a", "portal_b"])
def test_demo_seeds_three_valid_releases_idempotently(request, section, portal_fixture):
    portal = request.getfixturevalue(portal_fixture)
    statistics_demo.seed(portal)
    statistics_demo.seed(portal)
    pages = StatisticsPage.objects.live().child_of(section(portal, "statistics"))
    assert pages.count() == 3
    for page in pages:
        page.full_clean()
        assert page.methodology and page.analysis
    assert Document.objects.filter(collection=portal.collection, title__startswith="Số liệu:").count() == 3


@pytest.mark.django_db
def test_editor_form_groups_the_period_and_refuses_a_release_without_data(login, statistics):
    from django.urls import reverse

    client = login("superuser")
    url = reverse("wagtailadmin_pages:add", args=("decree", "statisticspage", statistics.pk))
    form = client.get(url).content.decode()
    for label in ("Kỳ số liệu", "Ngày đầu kỳ số liệu", "Ngày cuối kỳ số liệu", "Phương pháp thống kê",
                  "Đơn vị cung cấp số liệu"):
        assert label in form, label
    response = client.post(url, {
        "title": "Số liệu không có tệp", "slug": "so-lieu-khong-tep", "period_label": "Năm 2025",
        "period_start": "2025-12-31", "period_end": "2025-01-01", "summary": "Tóm tắt.",
        "attachments-count": "0", "analysis-count": "0", "source_unit": "Văn phòng",
        "release_date": "2026-01-15", "action-publish": "action-publish",
    })
    errors = response.context["form"].errors
    assert errors["attachments"] == ["Hãy đính kèm ít nhất một tệp số liệu."]
    assert "Ngày cuối kỳ số liệu không được trước ngày đầu kỳ." in response.content.decode()
    assert not StatisticsPage.objects.filter(slug="so-lieu-khong-tep").exists()
