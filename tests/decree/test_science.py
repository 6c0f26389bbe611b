"""Science programmes and topics: the topic page shows every field and its results only once accepted, the
catalogue filters by management level, field, status and year in the database, malformed parameters never
fail, the editor form requires an acceptance date and results for an accepted topic, query counts stay
flat, and the demo seeds topics idempotently (the Department of Science and Technology the most)."""

import datetime
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError

from component_portals.models import PortalKind
from component_portals.provisioning import provision_portal
from demo.seeders import science as science_demo
from decree.science import ScienceTopicPage

D = datetime.date


def make_topic(section, title="Đề tài thử nghiệm", publish=True, **fields):
    fields.setdefault("code", "ĐTKHCN.01/2025")
    fields.setdefault("management_level", "provincial")
    fields.setdefault("field", "engineering")
    fields.setdefault("lead_unit", "Trường Đại học Lâm Viên")
    fields.setdefault("principal_investigator", "TS. Nguyễn Minh Khoa")
    fields.setdefault("start_date", D(2025, 1, 1))
    fields.setdefault("end_date", D(2026, 12, 31))
    page = ScienceTopicPage(title=title, locale=section.locale, live=publish, **fields)
    section.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    return page


def get_html(client, portal, path):
    response = client.get(path, HTTP_HOST=portal.site.hostname)
    assert response.status_code == 200
    return response.content.decode()


def listed_titles(html):
    return [link.get_text(strip=True) for link in BeautifulSoup(html, "html.parser").select("table.topic-list td a")]


@pytest.fixture
def topics(section, portal_a):
    return section(portal_a, "science")


ACCEPTED = {
    "status": "accepted", "acceptance_date": D(2024, 3, 15), "acceptance_rating": "excellent",
    "results": "<p>Chọn được 2 dòng cà phê chè năng suất cao.</p>",
}


# --- the item page ---------------------------------------------------------------------------------


@pytest.mark.django_db
def test_topic_page_shows_every_field_and_the_results_of_an_accepted_topic(client, portal_a, topics):
    page = make_topic(
        topics, title="Nghiên cứu chọn tạo giống cà phê chè kháng bệnh gỉ sắt", code="ĐTKHCN.11/2021",
        programme="Chương trình khoa học và công nghệ trọng điểm cấp tỉnh", management_level="national",
        field="agricultural", lead_unit="Viện Khoa học Kỹ thuật Nông Lâm nghiệp Tây Nguyên",
        principal_investigator="PGS.TS. Trần Văn Sơn", start_date=D(2021, 1, 1), end_date=D(2023, 12, 31),
        budget=Decimal("2640000000"), summary="Tuyển chọn 24 dòng cà phê chè lai.", **ACCEPTED,
    )
    html = get_html(client, portal_a, page.relative_url(portal_a.site))
    soup = BeautifulSoup(html, "html.parser")
    assert len(soup.find_all("h1")) == 1
    for text in (
        "Nghiên cứu chọn tạo giống cà phê chè kháng bệnh gỉ sắt", "ĐTKHCN.11/2021",
        "Chương trình khoa học và công nghệ trọng điểm cấp tỉnh", "Cấp quốc gia", "Khoa học nông nghiệp",
        "Viện Khoa học Kỹ thuật Nông Lâm nghiệp Tây Nguyên", "PGS.TS. Trần Văn Sơn", "01/01/2021", "31/12/2023",
        "2.640.000.000 đồng", "Đã nghiệm thu", "15/03/2024", "Xuất sắc", "Tuyển chọn 24 dòng cà phê chè lai.",
        "Kết quả nghiệm thu", "Chọn được 2 dòng cà phê chè năng suất cao.",
    ):
        assert text in html, text


@pytest.mark.django_db
@pytest.mark.parametrize("status", ["in_progress", "stopped"])
def test_results_are_not_shown_before_acceptance(client, portal_a, topics, status):
    page = make_topic(topics, status=status, results="<p>Kết quả sơ bộ chưa được hội đồng đánh giá.</p>",
                      acceptance_date=D(2025, 5, 1))
    html = get_html(client, portal_a, page.relative_url(portal_a.site))
    assert "Kết quả sơ bộ chưa được hội đồng đánh giá." not in html
    assert "Kết quả nghiệm thu" not in html and "Ngày nghiệm thu" not in html
    assert {"in_progress": "Đang thực hiện", "stopped": "Dừng thực hiện"}[status] in html


# --- the listing -----------------------------------------------------------------------------------


@pytest.fixture
def catalogue(topics):
    make_topic(topics, title="IoT rau an toàn", code="A.1", management_level="provincial", field="engineering",
               start_date=D(2024, 3, 1), end_date=D(2026, 2, 28))
    make_topic(topics, title="Giống cà phê", code="A.2", management_level="national", field="agricultural",
               start_date=D(2021, 1, 1), end_date=D(2023, 12, 31), **ACCEPTED)
    make_topic(topics, title="Di sản phi vật thể", code="A.3", management_level="grassroots", field="humanities",
               start_date=D(2022, 6, 1), end_date=D(2024, 6, 30), status="stopped")
    make_topic(topics, title="Đề tài nháp", publish=False)
    return topics


@pytest.mark.django_db
def test_listing_shows_code_level_unit_period_and_status(client, portal_a, catalogue):
    html = get_html(client, portal_a, catalogue.relative_url(portal_a.site))
    assert listed_titles(html) == ["IoT rau an toàn", "Di sản phi vật thể", "Giống cà phê"]
    assert "Đề tài nháp" not in html
    for text in ("A.1", "Cấp tỉnh", "Trường Đại học Lâm Viên", "01/03/2024", "28/02/2026", "Đang thực hiện",
                 "Đã nghiệm thu", "Dừng thực hiện", "TS. Nguyễn Minh Khoa"):
        assert text in html, text
    soup = BeautifulSoup(html, "html.parser")
    assert all(th.get("scope") == "col" for th in soup.select("table th"))
    for field in soup.select("form.filters select"):
        assert soup.find("label", attrs={"for": field["id"]})
    years = [option["value"] for option in soup.select("#filter-year option") if option["value"]]
    assert years == [str(year) for year in range(2026, 2020, -1)]


@pytest.mark.django_db
@pytest.mark.parametrize("query, expected", [
    ("cap=national", ["Giống cà phê"]),
    ("linh-vuc=humanities", ["Di sản phi vật thể"]),
    ("trang-thai=in_progress", ["IoT rau an toàn"]),
    ("trang-thai=accepted&cap=national", ["Giống cà phê"]),
    ("trang-thai=accepted&cap=provincial", []),
    ("nam=2025", ["IoT rau an toàn"]),
    ("nam=2024", ["IoT rau an toàn", "Di sản phi vật thể"]),
    ("nam=2023", ["Di sản phi vật thể", "Giống cà phê"]),
    ("nam=2021", ["Giống cà phê"]),  # begun on the first day of the year
    ("nam=2020", []),
    ("nam=2026", ["IoT rau an toàn"]),  # ending within the year
    ("nam=2027", []),
])
def test_listing_filters_by_level_field_status_and_year(client, portal_a, catalogue, query, expected):
    assert listed_titles(get_html(client, portal_a, f"{catalogue.relative_url(portal_a.site)}?{query}")) == expected


@pytest.mark.django_db
@pytest.mark.parametrize("query", [
    "cap=tinh", "linh-vuc=", "trang-thai=ACCEPTED", "nam=hai-nghin", "nam=0", "nam=20250", "trang=abc",
    "trang=-3", "trang=100000", "cap=%00&nam=%FF",
])
def test_malformed_or_out_of_range_parameters_never_fail(client, portal_a, catalogue, query):
    assert len(listed_titles(get_html(client, portal_a, f"{catalogue.relative_url(portal_a.site)}?{query}"))) == 3


@pytest.mark.django_db
def test_listing_paginates_in_pages_of_fifteen(client, portal_a, topics):
    for n in range(16):
        make_topic(topics, title=f"Đề tài {n:02d}", start_date=D(2000 + n, 1, 1), end_date=D(2030, 1, 1))
    url = topics.relative_url(portal_a.site)
    assert len(listed_titles(get_html(client, portal_a, url))) == 15
    assert listed_titles(get_html(client, portal_a, f"{url}?trang=2")) == ["Đề tài 00"]


# --- editor-form validation ------------------------------------------------------------------------


@pytest.mark.django_db
def test_accepted_topic_requires_an_acceptance_date_and_results(topics):
    page = make_topic(topics, publish=False, status="accepted", results="<p></p>")
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "Đề tài đã nghiệm thu phải có ngày nghiệm thu." in error.value.message_dict["acceptance_date"]
    assert "Đề tài đã nghiệm thu phải có kết quả nghiệm thu để công bố." in error.value.message_dict["results"]
    page.acceptance_date = D(2027, 1, 15)
    page.results = "<p>Quy trình đã được chuyển giao.</p>"
    page.full_clean()


@pytest.mark.django_db
def test_topic_in_progress_needs_no_results(topics):
    make_topic(topics, publish=False).full_clean()


@pytest.mark.django_db
def test_end_before_start_and_acceptance_before_start_are_refused(topics):
    page = make_topic(topics, publish=False, start_date=D(2025, 1, 1), end_date=D(2024, 12, 31))
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "Ngày kết thúc không được trước ngày bắt đầu thực hiện đề tài." in error.value.message_dict["end_date"]

    page = make_topic(topics, publish=False, start_date=D(2025, 1, 1), end_date=D(2026, 1, 1),
                      **{**ACCEPTED, "acceptance_date": D(2024, 12, 31)})
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "Ngày nghiệm thu không được trước ngày bắt đầu thực hiện đề tài." in error.value.message_dict[
        "acceptance_date"]
    page.acceptance_date = D(2025, 1, 1)  # the day itself is fine
    page.full_clean()


# --- query budget ----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_query_count_does_not_grow_with_ten_times_more_topics(client, portal_a, topics, count_queries):
    host = portal_a.site.hostname

    def add(n):
        status = ["in_progress", "accepted", "stopped"][n % 3]
        extra = ACCEPTED if status == "accepted" else {"status": status}
        return make_topic(topics, title=f"Đề tài {n}", code=f"CS.{n}", field=["natural", "social"][n % 2],
                          start_date=D(2020 + n % 5, 1, 1), end_date=D(2027, 1, 1), budget=Decimal(n * 1000),
                          **extra)

    pages = [add(n) for n in range(3)]
    listing = topics.relative_url(portal_a.site)
    urls = (listing, pages[1].relative_url(portal_a.site), f"{listing}?cap=provincial&linh-vuc=social&nam=2024",
            f"{listing}?trang-thai=accepted")
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
def test_demo_seeds_valid_topics_in_every_status_idempotently(request, section, portal_fixture):
    portal = request.getfixturevalue(portal_fixture)
    topics = section(portal, "science")
    science_demo.seed(portal)
    science_demo.seed(portal)
    pages = ScienceTopicPage.objects.live().child_of(topics)
    assert pages.count() >= 4
    assert pages.count() == len(science_demo.topics_for(portal))
    assert {page.status for page in pages} >= {"in_progress", "accepted"}
    for page in pages:
        page.full_clean()


@pytest.mark.django_db
def test_demo_department_of_science_has_the_richest_catalogue(section, province):
    portal = provision_portal(name="Sở Khoa học và Công nghệ", slug="so-khcn", kind=PortalKind.DEPARTMENT,
                              parent=province)
    science_demo.seed(portal)
    pages = ScienceTopicPage.objects.live().child_of(section(portal, "science"))
    assert pages.count() >= 6
    assert pages.filter(title="Ứng dụng công nghệ IoT trong canh tác rau an toàn tại tỉnh Lâm Viên").exists()
    assert {page.status for page in pages} == {"in_progress", "accepted", "stopped"}
    assert {page.management_level for page in pages} == {"national", "ministry", "provincial", "grassroots"}
