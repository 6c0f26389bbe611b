"""Online public services: a procedure page shows every field and links out to the public-service portal;
the catalogue groups procedures by sector, filters by sector and level and paginates in the database,
ignoring malformed parameters; the editor form accepts only official (.gov.vn) addresses; query counts do
not grow with the catalogue; the demo fills every portal's catalogue once."""

from types import SimpleNamespace
from urllib.parse import quote

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.utils.http import urlencode

from demo.seeders import services as services_demo
from decree.services import PublicServicePage, ServiceCatalogPage, ServiceLevel, SuggestionsInput

NATIONAL = "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc={}"


def make_service(catalogue, title="Thủ tục thử nghiệm", publish=True, **fields):
    fields.setdefault("code", "1.000001")
    fields.setdefault("sector", "Hoạt động khoa học và công nghệ")
    fields.setdefault("level", ServiceLevel.FULL)
    fields.setdefault("external_url", NATIONAL.format(fields["code"]))
    page = PublicServicePage(title=title, locale=catalogue.locale, **fields)
    catalogue.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    return page


def get_soup(client, portal, page, query=""):
    response = client.get(page.relative_url(portal.site) + query, HTTP_HOST=portal.site.hostname)
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def listed(soup):
    """[(sector heading, [titles])] in page order."""
    groups = []
    for heading in soup.find_all("h2"):
        if heading.get_text(strip=True).startswith("Lĩnh vực:"):
            table = heading.find_next("table")
            titles = [row.select("td")[1].find("a").get_text(strip=True) for row in table.select("tbody tr")]
            groups.append((heading.get_text(strip=True).removeprefix("Lĩnh vực:").strip(), titles))
    return groups


@pytest.fixture
def catalogue(section, portal_a):
    return section(portal_a, "services")


@pytest.fixture
def three_sectors(catalogue):
    make_service(catalogue, "Cấp Giấy chứng nhận đăng ký hoạt động khoa học và công nghệ", code="1.004349",
                 sector="Hoạt động khoa học và công nghệ", level=ServiceLevel.FULL)
    make_service(catalogue, "Cấp giấy phép bưu chính", code="1.003412", sector="Bưu chính",
                 level=ServiceLevel.PARTIAL)
    make_service(catalogue, "Đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ", code="1.004355",
                 sector="Hoạt động khoa học và công nghệ", level=ServiceLevel.PARTIAL)
    make_service(catalogue, "Cấp giấy phép xuất bản bản tin", code="1.004228", sector="Xuất bản, in và phát hành",
                 level=ServiceLevel.INFORMATION)
    return catalogue


# --- the procedure page ----------------------------------------------------------------------------


@pytest.mark.django_db
def test_procedure_page_shows_every_field_and_links_out(client, portal_a, catalogue):
    page = make_service(
        catalogue, "Cấp Giấy chứng nhận đăng ký hoạt động khoa học và công nghệ", code="1.004349",
        sector="Hoạt động khoa học và công nghệ", level=ServiceLevel.PARTIAL,
        external_url="https://dichvucong.lamvien.gov.vn/dichvucong/tthc/1.004349",
        processing_time="15 ngày làm việc", fees="Không", agency="Sở Khoa học và Công nghệ",
        summary="Dành cho tổ chức khoa học và công nghệ đăng ký hoạt động lần đầu.",
    )
    soup = get_soup(client, portal_a, page)
    assert soup.find("h1").get_text(strip=True) == "Cấp Giấy chứng nhận đăng ký hoạt động khoa học và công nghệ"
    assert len(soup.find_all("h1")) == 1
    fields = dict(zip((dt.get_text(strip=True) for dt in soup.select("dl.fields dt")),
                      (dd.get_text(" ", strip=True) for dd in soup.select("dl.fields dd"))))
    assert fields == {
        "Mã thủ tục": "1.004349",
        "Lĩnh vực": "Hoạt động khoa học và công nghệ",
        "Mức độ": "Một phần",
        "Cơ quan thực hiện": "Sở Khoa học và Công nghệ",
        "Thời hạn giải quyết": "15 ngày làm việc",
        "Phí, lệ phí": "Không",
        "Nơi thực hiện trực tuyến": "Cổng dịch vụ công (dichvucong.lamvien.gov.vn)",
    }
    assert "Dành cho tổ chức khoa học và công nghệ đăng ký hoạt động lần đầu." in soup.select_one(".lead").get_text()
    out = soup.select_one('a[rel="external"]')
    assert out["href"] == "https://dichvucong.lamvien.gov.vn/dichvucong/tthc/1.004349"
    assert out.get_text(strip=True) == "Thực hiện trực tuyến"
    sector_link = soup.select_one("dl.fields dd a")
    assert sector_link["href"] == catalogue.relative_url(portal_a.site) + "?linh-vuc=" + quote(
        "Hoạt động khoa học và công nghệ"
    )


@pytest.mark.django_db
def test_procedure_on_the_national_portal_says_so(client, portal_a, catalogue):
    page = make_service(catalogue, code="1.001193", external_url=NATIONAL.format("1.001193"))
    soup = get_soup(client, portal_a, page)
    assert "Cổng Dịch vụ công quốc gia (dichvucong.gov.vn)" in soup.select_one("dl.fields").get_text(" ", strip=True)


# --- editor-form validation -------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["https://dichvucong.example.com/thu-tuc/1", "https://gov.vn.evil.com/x",
                                 "https://notgov.vn/x"])
def test_a_link_outside_the_official_portals_is_refused(catalogue, url):
    page = make_service(catalogue, publish=False)
    page.external_url = url
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert error.value.message_dict["external_url"] == [
        "Đường dẫn phải trỏ tới Cổng Dịch vụ công quốc gia (dichvucong.gov.vn) hoặc cổng dịch vụ công của tỉnh "
        "(tên miền .gov.vn)."
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("url", [NATIONAL.format("1.004349"), "https://dichvucong.lamvien.gov.vn/tthc/1.004349"])
def test_national_and_provincial_portal_links_are_accepted(catalogue, url):
    page = make_service(catalogue, publish=False)
    page.external_url = url
    page.full_clean()


@pytest.mark.django_db
def test_the_external_link_and_the_level_are_required(catalogue):
    page = make_service(catalogue, publish=False)
    page.external_url = ""
    page.level = ""
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert {"external_url", "level"} <= set(error.value.message_dict)


@pytest.mark.django_db
def test_a_typed_sector_takes_the_spelling_of_the_common_sector(catalogue):
    page = make_service(catalogue, publish=False, sector="  hộ   TỊCH ")
    page.full_clean()
    assert page.sector == "Hộ tịch"
    page.sector = "Lĩnh vực  riêng của tỉnh"
    page.full_clean()
    assert page.sector == "Lĩnh vực riêng của tỉnh"


def test_sector_input_suggests_sectors_in_a_datalist():
    html = SuggestionsInput(["Hộ tịch", "Chứng thực"]).render("sector", "Hộ tịch", {"id": "id_sector"})
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find("input")["list"] == "id_sector-suggestions"
    assert [option["value"] for option in soup.select("datalist#id_sector-suggestions option")] == ["Hộ tịch", "Chứng thực"]


@pytest.mark.django_db
def test_editor_add_form_offers_the_sector_suggestions(login, portal_a, catalogue):
    client = login("superuser")
    response = client.get(f"/admin/pages/add/decree/publicservicepage/{catalogue.pk}/", HTTP_HOST=portal_a.site.hostname)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    assert soup.select_one('datalist option[value="Hoạt động khoa học và công nghệ"]')


def test_procedures_live_only_in_a_catalogue():
    assert PublicServicePage.parent_page_types == ["decree.ServiceCatalogPage"]
    assert PublicServicePage.subpage_types == []
    assert ServiceCatalogPage.subpage_types == ["decree.PublicServicePage"]


# --- the catalogue ----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_catalogue_groups_procedures_by_sector_and_links_each_out(client, portal_a, three_sectors):
    soup = get_soup(client, portal_a, three_sectors)
    assert listed(soup) == [
        ("Bưu chính", ["Cấp giấy phép bưu chính"]),
        ("Hoạt động khoa học và công nghệ", [
            "Cấp Giấy chứng nhận đăng ký hoạt động khoa học và công nghệ",
            "Đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ",
        ]),
        ("Xuất bản, in và phát hành", ["Cấp giấy phép xuất bản bản tin"]),
    ]
    table = soup.select_one("table.services")
    assert [th.get_text(strip=True) for th in table.select("thead th[scope=col]")] == [
        "Mã thủ tục", "Tên thủ tục", "Mức độ", "Thời hạn giải quyết", "Thực hiện",
    ]
    row = [td.get_text(strip=True) for td in table.select("tbody tr")[0].find_all("td")]
    assert row[:3] == ["1.003412", "Cấp giấy phép bưu chính", "Một phần"]
    out = table.select_one('a[rel="external"]')
    assert out["href"] == NATIONAL.format("1.003412")
    assert out.get_text(strip=True) == "Thực hiện trực tuyến: Cấp giấy phép bưu chính"
    for field in ("filter-sector", "filter-level"):
        assert soup.select_one(f'label[for="{field}"]') and soup.select_one(f"select#{field}")
    assert [option["value"] for option in soup.select("#filter-sector option")] == [
        "", "Bưu chính", "Hoạt động khoa học và công nghệ", "Xuất bản, in và phát hành",
    ]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"linh-vuc": "Bưu chính"}, [("Bưu chính", ["Cấp giấy phép bưu chính"])]),
        ({"muc-do": "mot-phan"}, [
            ("Bưu chính", ["Cấp giấy phép bưu chính"]),
            ("Hoạt động khoa học và công nghệ", ["Đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ"]),
        ]),
        ({"linh-vuc": "Hoạt động khoa học và công nghệ", "muc-do": "toan-trinh"}, [
            ("Hoạt động khoa học và công nghệ", ["Cấp Giấy chứng nhận đăng ký hoạt động khoa học và công nghệ"]),
        ]),
        ({"muc-do": "thong-tin"}, [("Xuất bản, in và phát hành", ["Cấp giấy phép xuất bản bản tin"])]),
    ],
)
def test_catalogue_filters_by_sector_and_level(client, portal_a, three_sectors, filters, expected):
    soup = get_soup(client, portal_a, three_sectors, "?" + urlencode(filters))
    assert listed(soup) == expected


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["?muc-do=muc-4", "?muc-do=", "?muc-do=%00", "?trang=abc", "?trang=-1",
                                   "?linh-vuc=+&muc-do[]=x"])
def test_malformed_filters_are_ignored(client, portal_a, three_sectors, query):
    soup = get_soup(client, portal_a, three_sectors, query)
    assert sum(len(titles) for _, titles in listed(soup)) == 4


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["?linh-vuc=Kh%C3%B4ng+c%C3%B3", "?linh-vuc=" + "x" * 3000, "?linh-vuc=B%00%27%3B--"])
def test_unknown_sector_gives_an_empty_catalogue(client, portal_a, three_sectors, query):
    soup = get_soup(client, portal_a, three_sectors, query)
    assert listed(soup) == []
    assert "Chưa có thủ tục nào phù hợp." in soup.get_text()


@pytest.mark.django_db
def test_catalogue_paginates_in_the_database_and_keeps_filters(client, portal_a, catalogue):
    for number in range(23):  # added live; publishing each revision would only slow the test down
        make_service(catalogue, f"Thủ tục số {number:02d}", code=f"1.0{number:05d}", sector="Hộ tịch", publish=False)
    first = get_soup(client, portal_a, catalogue, "?linh-vuc=H%E1%BB%99+t%E1%BB%8Bch")
    assert len(listed(first)[0][1]) == 20
    next_link = first.select_one('.pagination a[rel="next"]')["href"]
    assert "linh-vuc=" in next_link and "trang=2" in next_link
    second = get_soup(client, portal_a, catalogue, next_link)
    assert listed(second) == [("Hộ tịch", ["Thủ tục số 20", "Thủ tục số 21", "Thủ tục số 22"])]
    beyond = get_soup(client, portal_a, catalogue, "?trang=999")
    assert listed(beyond) == listed(second)


@pytest.mark.django_db
def test_unpublished_procedures_are_not_listed(client, portal_a, three_sectors):
    draft = make_service(three_sectors, "Thủ tục chưa xuất bản", sector="Bưu chính", publish=False)
    draft.live = False
    draft.save()
    soup = get_soup(client, portal_a, three_sectors)
    assert "Thủ tục chưa xuất bản" not in soup.get_text()


@pytest.mark.django_db
def test_query_counts_do_not_grow_with_the_catalogue(client, portal_a, catalogue, count_queries):
    host = portal_a.site.hostname
    listing = catalogue.relative_url(portal_a.site)
    filtered = listing + "?muc-do=toan-trinh&linh-vuc=H%E1%BB%99+t%E1%BB%8Bch"
    item = make_service(catalogue, "Thủ tục đầu tiên", code="1.100000", sector="Hộ tịch")
    item_url = item.relative_url(portal_a.site)
    counts = []
    made = 1
    for total in (3, 30):
        for number in range(made, total):
            make_service(catalogue, f"Thủ tục {number:02d}", code=f"1.1{number:05d}",
                         sector=["Hộ tịch", "Chứng thực", "Đất đai"][number % 3],
                         level=[ServiceLevel.FULL, ServiceLevel.PARTIAL][number % 2])
        made = total
        counts.append([count_queries(client, url, host) for url in (listing, filtered, item_url)])
    assert counts[0] == counts[1]


# --- the demo ---------------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(("portal_fixture", "minimum"), [("province", 3), ("portal_a", 6), ("portal_b", 3)])
def test_demo_fills_the_catalogue_once(request, portal_fixture, minimum):
    portal = request.getfixturevalue(portal_fixture)
    services_demo.seed(portal)
    catalogue = ServiceCatalogPage.objects.child_of(portal.root_page).get(category_key="services")
    services = PublicServicePage.objects.child_of(catalogue).live()
    count = services.count()
    assert count >= minimum
    for service in services:
        service.full_clean()
    assert services.values("first_published_at").distinct().count() > 1

    services_demo.seed(portal)
    assert PublicServicePage.objects.child_of(catalogue).count() == count


@pytest.mark.parametrize(("slug", "kind"), [("so-khcn", "department"), ("so-tai-chinh", "department"),
                                            ("so-y-te", "department"), ("so-moi", "department")])
def test_demo_gives_every_department_at_least_six_procedures(slug, kind):
    services = services_demo.services_for(SimpleNamespace(slug=slug, kind=kind))
    assert len(services) >= 6
    assert len({service.code for service in services}) == len(services)
    assert len({service.level for service in services}) >= 2


def test_demo_science_department_lists_the_registration_of_science_activities():
    titles = [service.title for service in services_demo.services_for(SimpleNamespace(slug="so-khcn", kind="department"))]
    assert "Cấp Giấy chứng nhận đăng ký hoạt động khoa học và công nghệ" in titles
