"""Strategies and plans: the plan page shows every field and its files, the section filters by plan type and
by the year a plan's period covers, in the database, malformed parameters never fail, the editor form
refuses a period that ends before it starts, query counts stay flat, and the demo seeds idempotently."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model
from wagtail.rich_text import RichText

from demo.seeders import planning as planning_demo
from decree.planning import MAX_YEAR_OPTIONS, PlanPage, year_options

Document = get_document_model()


def make_plan(section, title="Kế hoạch thử nghiệm", publish=True, **fields):
    fields.setdefault("plan_type", "plan")
    fields.setdefault("decision_number", "15/QĐ-UBND")
    fields.setdefault("decision_date", datetime.date(2025, 1, 8))
    fields.setdefault("approving_authority", "Ủy ban nhân dân tỉnh")
    fields.setdefault("period_start", 2025)
    fields.setdefault("period_end", 2025)
    fields.setdefault("summary", f"Tóm tắt của {title}.")
    page = PlanPage(title=title, locale=section.locale, live=publish, **fields)
    section.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    return page


def get_html(client, portal, path):
    response = client.get(path, HTTP_HOST=portal.site.hostname)
    assert response.status_code == 200
    return response.content.decode()


def listed_titles(html):
    return [link.get_text(strip=True) for link in BeautifulSoup(html, "html.parser").select(".item-title a")]


@pytest.fixture
def plans(section, portal_a):
    return section(portal_a, "planning")


# --- the item page ---------------------------------------------------------------------------------


@pytest.mark.django_db
def test_plan_page_shows_every_field_and_its_files(client, portal_a, plans):
    decision = Document.objects.create(
        title="Quyết định phê duyệt Quy hoạch tỉnh", collection=portal_a.collection,
        file=SimpleUploadedFile("quyet-dinh.txt", "Quyết định".encode()),
    )
    page = make_plan(
        plans,
        title="Quy hoạch tỉnh Lâm Viên thời kỳ 2021–2030, tầm nhìn đến năm 2050",
        plan_type="planning", decision_number="1746/QĐ-TTg", decision_date=datetime.date(2024, 12, 27),
        approving_authority="Thủ tướng Chính phủ", period_start=2021, period_end=2030, vision_year=2050,
        summary="Xây dựng Lâm Viên trở thành tỉnh phát triển khá.",
        body=[("paragraph", RichText("<p>Tốc độ tăng trưởng GRDP bình quân 8,0–8,5%/năm.</p>"))],
        attachments=[("document", {"document": decision, "title": ""})],
    )
    html = get_html(client, portal_a, page.relative_url(portal_a.site))
    soup = BeautifulSoup(html, "html.parser")
    assert len(soup.find_all("h1")) == 1
    for text in (
        "Quy hoạch tỉnh Lâm Viên thời kỳ 2021–2030, tầm nhìn đến năm 2050", "Quy hoạch", "1746/QĐ-TTg",
        "27/12/2024", "Thủ tướng Chính phủ", "2021–2030", "2050", "Xây dựng Lâm Viên trở thành tỉnh phát triển khá.",
        "Tốc độ tăng trưởng GRDP bình quân 8,0–8,5%/năm.", "Quyết định phê duyệt Quy hoạch tỉnh",
    ):
        assert text in html, text
    terms = [dt.get_text(strip=True) for dt in soup.select("dl.fields dt")]
    assert terms == ["Loại", "Số, ký hiệu văn bản phê duyệt", "Ngày phê duyệt", "Cơ quan phê duyệt", "Thời kỳ",
                     "Tầm nhìn đến năm"]


# --- the listing -----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_listing_filters_by_type_and_by_the_year_the_period_covers(client, portal_a, plans):
    make_plan(plans, title="Quy hoạch 2021–2030", plan_type="planning", period_start=2021, period_end=2030,
              decision_date=datetime.date(2024, 12, 27))
    make_plan(plans, title="Kế hoạch năm 2025", plan_type="plan", period_start=2025, period_end=2025,
              decision_date=datetime.date(2025, 1, 8))
    make_plan(plans, title="Đề án 2019–2020", plan_type="scheme", period_start=2019, period_end=2020,
              decision_date=datetime.date(2019, 3, 1))
    make_plan(plans, title="Kế hoạch nháp", publish=False)
    url = plans.relative_url(portal_a.site)

    html = get_html(client, portal_a, url)
    assert listed_titles(html) == ["Kế hoạch năm 2025", "Quy hoạch 2021–2030", "Đề án 2019–2020"]
    assert "08/01/2025" in html and "Tóm tắt của Kế hoạch năm 2025." in html
    soup = BeautifulSoup(html, "html.parser")
    for field in soup.select("form.filters select"):
        assert soup.find("label", attrs={"for": field["id"]})
    years = [option["value"] for option in soup.select("#filter-year option") if option["value"]]
    assert years == [str(year) for year in range(2030, 2018, -1)]

    assert listed_titles(get_html(client, portal_a, f"{url}?loai=planning")) == ["Quy hoạch 2021–2030"]
    assert listed_titles(get_html(client, portal_a, f"{url}?nam=2025")) == ["Kế hoạch năm 2025", "Quy hoạch 2021–2030"]
    # The boundaries of a period are inside it.
    assert listed_titles(get_html(client, portal_a, f"{url}?nam=2021")) == ["Quy hoạch 2021–2030"]
    assert listed_titles(get_html(client, portal_a, f"{url}?nam=2030")) == ["Quy hoạch 2021–2030"]
    assert listed_titles(get_html(client, portal_a, f"{url}?nam=2031")) == []
    assert listed_titles(get_html(client, portal_a, f"{url}?nam=2020")) == ["Đề án 2019–2020"]
    assert listed_titles(get_html(client, portal_a, f"{url}?loai=plan&nam=2030")) == []


def test_year_options_keep_the_most_recent_years_only():
    assert year_options((None, None)) == []
    assert year_options((2020, 2022)) == [2022, 2021, 2020]
    options = year_options((1945, 2100))
    assert len(options) == MAX_YEAR_OPTIONS and options[0] == 2100


@pytest.mark.django_db
@pytest.mark.parametrize("query", [
    "loai=khong-co", "nam=abc", "nam=-2025", "nam=1800", "nam=99999999999", "nam=2025.5", "trang=x",
    "trang=0", "trang=99999", "loai=%00&nam=%FF",
])
def test_malformed_or_out_of_range_parameters_never_fail(client, portal_a, plans, query):
    make_plan(plans, title="Kế hoạch duy nhất")
    assert "Kế hoạch duy nhất" in get_html(client, portal_a, f"{plans.relative_url(portal_a.site)}?{query}")


@pytest.mark.django_db
def test_listing_paginates_in_pages_of_fifteen(client, portal_a, plans):
    for n in range(16):
        make_plan(plans, title=f"Kế hoạch {n:02d}", decision_date=datetime.date(2010 + n, 1, 1))
    url = plans.relative_url(portal_a.site)
    assert len(listed_titles(get_html(client, portal_a, url))) == 15
    assert listed_titles(get_html(client, portal_a, f"{url}?trang=2")) == ["Kế hoạch 00"]


# --- editor-form validation ------------------------------------------------------------------------


@pytest.mark.django_db
def test_period_ending_before_it_starts_is_refused_with_a_vietnamese_message(plans):
    page = make_plan(plans, publish=False, period_start=2026, period_end=2025)
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "Năm kết thúc thời kỳ không được trước năm bắt đầu." in error.value.message_dict["period_end"]
    page.period_end = 2026  # a one-year plan is fine
    page.full_clean()


@pytest.mark.django_db
def test_vision_year_before_the_end_of_the_period_is_refused(plans):
    page = make_plan(plans, publish=False, period_start=2021, period_end=2030, vision_year=2025)
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "Năm tầm nhìn không được trước năm kết thúc thời kỳ." in error.value.message_dict["vision_year"]


# --- query budget ----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_query_count_does_not_grow_with_ten_times_more_plans(client, portal_a, plans, count_queries):
    host = portal_a.site.hostname
    decision = Document.objects.create(title="Quyết định", collection=portal_a.collection,
                                       file=SimpleUploadedFile("qd.txt", b"qd"))

    def add(n):
        return make_plan(plans, title=f"Kế hoạch {n}", plan_type=["plan", "scheme"][n % 2],
                         period_start=2020 + n % 5, period_end=2030,
                         attachments=[("document", {"document": decision, "title": ""})])

    pages = [add(n) for n in range(3)]
    listing = plans.relative_url(portal_a.site)
    urls = (listing, pages[0].relative_url(portal_a.site), f"{listing}?loai=plan&nam=2025")
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
def test_demo_seeds_at_least_three_valid_plans_with_files_idempotently(request, section, portal_fixture):
    portal = request.getfixturevalue(portal_fixture)
    plans = section(portal, "planning")
    planning_demo.seed(portal)
    planning_demo.seed(portal)
    pages = PlanPage.objects.live().child_of(plans)
    assert pages.count() >= 3
    assert pages.count() == len(planning_demo.plans_for(portal))
    assert len({page.plan_type for page in pages}) >= 3
    for page in pages:
        page.full_clean()
        assert page.attachments


def test_agency_code_is_the_initials_without_diacritics():
    class Portal:
        name = "Sở Khoa học và Công nghệ"

    assert planning_demo.agency_code(Portal) == "SKHCN"
    Portal.name = "Sở Đầu tư"
    assert planning_demo.agency_code(Portal) == "SDT"
