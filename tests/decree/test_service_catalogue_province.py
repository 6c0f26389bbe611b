"""The provincial portal's procedure catalogue spans every active portal's procedures, searchable by name or
code, sector and agency, in Vietnamese order; information-only procedures say so instead of «Thực hiện
trực tuyến»."""

import pytest

from component_portals.models import PortalStatus
from decree.services import ServiceLevel

from .test_services import get_soup, listed, make_service

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogues(section, province, portal_a, portal_b):
    province_catalogue = section(province, "services")
    make_service(province_catalogue, "Giải quyết khiếu nại lần đầu tại cấp tỉnh", code="2.002186",
                 sector="Giải quyết khiếu nại")
    make_service(section(portal_a, "services"), "Cấp giấy phép bưu chính", code="1.003412", sector="Bưu chính",
                 level=ServiceLevel.PARTIAL)
    make_service(section(portal_a, "services"), "Cấp giấy phép xuất bản bản tin", code="1.004228",
                 sector="Xuất bản, in và phát hành", level=ServiceLevel.INFORMATION)
    make_service(section(portal_b, "services"), "Đăng ký khai sinh", code="1.001193", sector="Hộ tịch")
    make_service(section(portal_b, "services"), "Chứng thực bản sao từ bản chính", code="2.000815",
                 sector="Chứng thực")
    make_service(section(portal_b, "services"), "Đăng ký đất đai lần đầu", code="1.012756", sector="Đất đai")
    return province_catalogue


def test_the_provincial_catalogue_lists_every_portals_procedures_by_sector_in_vietnamese_order(
        client, province, catalogues):
    soup = get_soup(client, province, catalogues)
    assert [sector for sector, _titles in listed(soup)] == [
        "Bưu chính", "Chứng thực", "Đất đai", "Giải quyết khiếu nại", "Hộ tịch", "Xuất bản, in và phát hành",
    ]
    row = soup.find("a", string="Đăng ký khai sinh").find_parent("tr")
    assert row.select_one('td[data-label="Cơ quan"]').get_text(strip=True) == "Xã Thử Nghiệm B"
    assert [option.get_text() for option in soup.select("#filter-agency option")] == [
        "Tất cả cơ quan", "Ủy ban nhân dân tỉnh Thử Nghiệm", "Sở Thử Nghiệm A", "Xã Thử Nghiệm B",
    ]


@pytest.mark.parametrize("query, expected", [
    ("?q=giấy+phép", ["Cấp giấy phép bưu chính", "Cấp giấy phép xuất bản bản tin"]),
    ("?q=1.001193", ["Đăng ký khai sinh"]),
    ("?linh-vuc=Đất+đai", ["Đăng ký đất đai lần đầu"]),
    ("?co-quan=so-a", ["Cấp giấy phép bưu chính", "Cấp giấy phép xuất bản bản tin"]),
    ("?co-quan=so-b&q=Đăng+ký", ["Đăng ký đất đai lần đầu", "Đăng ký khai sinh"]),
    ("?co-quan=khong-co", ["Cấp giấy phép bưu chính", "Chứng thực bản sao từ bản chính", "Đăng ký đất đai lần đầu",
                           "Giải quyết khiếu nại lần đầu tại cấp tỉnh", "Đăng ký khai sinh",
                           "Cấp giấy phép xuất bản bản tin"]),
    ("?q=không+có+thủ+tục+này", []),
])
def test_the_provincial_catalogue_searches_by_name_code_sector_and_agency(client, province, catalogues, query, expected):
    soup = get_soup(client, province, catalogues, query)
    assert [title for _sector, titles in listed(soup) for title in titles] == expected
    if not expected:
        assert "Chưa có thủ tục nào phù hợp." in soup.get_text()


def test_an_archived_portals_procedures_leave_the_provincial_catalogue(client, province, portal_b, catalogues):
    portal_b.status = PortalStatus.ARCHIVED
    portal_b.save()
    soup = get_soup(client, province, catalogues)
    assert "Đăng ký khai sinh" not in soup.get_text()


def test_a_component_catalogue_lists_only_its_own_procedures_and_has_no_agency_filter(client, portal_a, catalogues,
                                                                                     section):
    soup = get_soup(client, portal_a, section(portal_a, "services"))
    assert [title for _sector, titles in listed(soup) for title in titles] == [
        "Cấp giấy phép bưu chính", "Cấp giấy phép xuất bản bản tin",
    ]
    assert soup.select_one("#filter-agency") is None


def test_an_information_only_procedure_says_so_instead_of_online(client, portal_a, catalogues, section):
    soup = get_soup(client, portal_a, section(portal_a, "services"))
    info_row = soup.find("a", string="Cấp giấy phép xuất bản bản tin").find_parent("tr")
    cell = info_row.select_one('td[data-label="Thực hiện"]')
    assert "Chỉ cung cấp thông tin" in cell.get_text() and "Thực hiện trực tuyến" not in cell.get_text()
    online_row = soup.find("a", string="Cấp giấy phép bưu chính").find_parent("tr")
    assert "Thực hiện trực tuyến" in online_row.select_one('td[data-label="Thực hiện"]').get_text()
    page = soup.find("a", string="Cấp giấy phép xuất bản bản tin")["href"]
    html = client.get(page, HTTP_HOST=portal_a.site.hostname).content.decode()
    assert "Thủ tục này chỉ được cung cấp thông tin trực tuyến" in html
    assert "Xem thông tin thủ tục" in html and ">Thực hiện trực tuyến<" not in html
