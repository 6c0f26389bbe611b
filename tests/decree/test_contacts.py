"""Contacts directory: the portal's own contact details from PortalSettings, then the officials grouped by
unit (units in the editor's order), a unit filter in the database that never fails, the phone-or-email
rule, a query count that does not grow with the directory, and the demo filling it once."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError

from decree.contacts import ContactDirectoryPage, ContactOfficial
from demo.seeders import contacts as contacts_demo
from demo.seeders import intro as intro_demo
from home.models import PortalSettings


def get_soup(client, portal, page, query=""):
    response = client.get(page.relative_url(portal.site) + query, HTTP_HOST=portal.site.hostname)
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def fill(page, officials):
    """officials: (name, position, unit, phone, email) in the editor's order."""
    page.officials = [
        ContactOfficial(name=name, position=position, unit=unit, phone=phone, email=email)
        for name, position, unit, phone, email in officials
    ]
    page.save_revision().publish()
    page.refresh_from_db()
    return page


OFFICIALS = [
    ("Trần Thị Mai", "Giám đốc Sở", "Ban Giám đốc Sở", "0263 3822 345", "ttmai@so-a.gov.vn"),
    ("Lê Thị Hồng Nhung", "Chánh Văn phòng", "Văn phòng Sở", "0263 3822 346", "lthnhung@so-a.gov.vn"),
    ("Nguyễn Hữu Phước", "Phó Giám đốc Sở", "Ban Giám đốc Sở", "0263 3822 355", "nhphuoc@so-a.gov.vn"),
    ("Hồ Minh Quân", "Trưởng phòng", "Phòng Quản lý khoa học", "", "hmquan@so-a.gov.vn"),
    ("Phan Văn Khải", "Phó Chánh Văn phòng", "Văn phòng Sở", "0263 3822 347", ""),
]


@pytest.fixture
def directory(section, portal_a):
    return section(portal_a, "contacts")


def directory_rows(soup):
    """[(unit heading, [names])] in page order."""
    groups = []
    for heading in soup.select(".contact-directory h3"):
        table = heading.find_next("table")
        groups.append((heading.get_text(strip=True), [tr.find("td").get_text(strip=True) for tr in table.select("tbody tr")]))
    return groups


@pytest.mark.django_db
def test_directory_shows_the_portal_contact_details_from_portal_settings(client, portal_a, directory):
    portal_settings = PortalSettings.for_site(portal_a.site)
    portal_settings.full_name = "Sở Thử Nghiệm A tỉnh Lâm Viên"
    portal_settings.address = "Số 35 Phan Chu Trinh, phường Hòa Bình"
    portal_settings.phone = "0263 3822 345"
    portal_settings.fax = "0263 3822 399"
    portal_settings.email = "so-a@lamvien.gov.vn"
    portal_settings.save()

    soup = get_soup(client, portal_a, directory)
    contact = soup.select_one(".portal-contact")
    details = dict(zip((dt.get_text(strip=True) for dt in contact.find_all("dt")),
                       (dd.get_text(strip=True) for dd in contact.find_all("dd"))))
    assert details == {
        "Cơ quan": "Sở Thử Nghiệm A tỉnh Lâm Viên",
        "Địa chỉ": "Số 35 Phan Chu Trinh, phường Hòa Bình",
        "Điện thoại": "0263 3822 345",
        "Fax": "0263 3822 399",
        "Thư điện tử": "so-a@lamvien.gov.vn",
    }
    assert contact.select_one('a[href="mailto:so-a@lamvien.gov.vn"]')
    assert len(soup.find_all("h1")) == 1


@pytest.mark.django_db
def test_officials_are_grouped_by_unit_in_the_editor_order_with_mailto_links(client, portal_a, directory):
    fill(directory, OFFICIALS)
    soup = get_soup(client, portal_a, directory)
    assert directory_rows(soup) == [
        ("Ban Giám đốc Sở", ["Trần Thị Mai", "Nguyễn Hữu Phước"]),
        ("Văn phòng Sở", ["Lê Thị Hồng Nhung", "Phan Văn Khải"]),
        ("Phòng Quản lý khoa học", ["Hồ Minh Quân"]),
    ]
    table = soup.select_one(".contact-directory table")
    assert [th.get_text(strip=True) for th in table.select("thead th[scope=col]")] == [
        "Họ và tên", "Chức vụ", "Điện thoại", "Thư điện tử công vụ",
    ]
    first = [td.get_text(strip=True) for td in table.select("tbody tr")[0].find_all("td")]
    assert first == ["Trần Thị Mai", "Giám đốc Sở", "0263 3822 345", "ttmai@so-a.gov.vn"]
    assert soup.select_one('.contact-directory a[href="mailto:hmquan@so-a.gov.vn"]')
    assert soup.select_one('.contact-directory a[href="tel:02633822345"]')


@pytest.mark.django_db
def test_the_editor_sort_order_decides_the_order_of_units_and_officials(client, portal_a, directory):
    fill(directory, OFFICIALS)
    for official in ContactOfficial.objects.filter(page=directory):  # the editor dragged the list upside down
        official.sort_order = 100 - official.pk
        official.save()
    soup = get_soup(client, portal_a, directory)
    assert directory_rows(soup) == [
        ("Văn phòng Sở", ["Phan Văn Khải", "Lê Thị Hồng Nhung"]),
        ("Phòng Quản lý khoa học", ["Hồ Minh Quân"]),
        ("Ban Giám đốc Sở", ["Nguyễn Hữu Phước", "Trần Thị Mai"]),
    ]


@pytest.mark.django_db
def test_unit_filter_shows_one_unit_and_offers_every_unit(client, portal_a, directory):
    fill(directory, OFFICIALS)
    soup = get_soup(client, portal_a, directory, "?don-vi=V%C4%83n+ph%C3%B2ng+S%E1%BB%9F")
    assert directory_rows(soup) == [("Văn phòng Sở", ["Lê Thị Hồng Nhung", "Phan Văn Khải"])]
    select = soup.select_one("select#filter-unit")
    assert soup.select_one('label[for="filter-unit"]')
    assert [option.get_text(strip=True) for option in select.find_all("option")] == [
        "Tất cả đơn vị", "Ban Giám đốc Sở", "Văn phòng Sở", "Phòng Quản lý khoa học",
    ]
    assert select.select_one("option[selected]").get_text(strip=True) == "Văn phòng Sở"


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["?don-vi=Kh%C3%B4ng+c%C3%B3", "?don-vi=" + "x" * 5000, "?don-vi=%00%27%3B--"])
def test_unknown_or_malformed_unit_gives_an_empty_directory_not_an_error(client, portal_a, directory, query):
    fill(directory, OFFICIALS)
    soup = get_soup(client, portal_a, directory, query)
    assert directory_rows(soup) == []
    assert "Không có cán bộ nào thuộc đơn vị đã chọn." in soup.get_text()


@pytest.mark.django_db
def test_empty_unit_parameter_lists_everyone(client, portal_a, directory):
    fill(directory, OFFICIALS)
    soup = get_soup(client, portal_a, directory, "?don-vi=+")
    assert sum(len(names) for _, names in directory_rows(soup)) == len(OFFICIALS)


@pytest.mark.django_db
def test_an_official_needs_a_phone_or_an_email(directory):
    official = ContactOfficial(page=directory, name="Ngô Văn Liên", position="Chuyên viên", unit="Văn phòng Sở")
    with pytest.raises(ValidationError) as error:
        official.full_clean()
    assert error.value.message_dict["email"] == ["Hãy nhập thư điện tử công vụ hoặc số điện thoại của cán bộ."]

    official.phone = "0263 3822 300"
    official.full_clean()


@pytest.mark.django_db
def test_unit_names_are_stored_with_single_spaces(directory):
    official = ContactOfficial(page=directory, name="Ngô Văn Liên", position="Chuyên viên",
                               unit="  Văn   phòng Sở ", email="nvlien@so-a.gov.vn")
    official.full_clean()
    assert official.unit == "Văn phòng Sở"


@pytest.mark.django_db
def test_preview_groups_the_officials_held_in_memory(rf, portal_a, directory):
    directory.officials = [
        ContactOfficial(name=name, position=position, unit=unit, phone=phone, email=email, sort_order=index)
        for index, (name, position, unit, phone, email) in enumerate(OFFICIALS)
    ]
    request = rf.get("/?don-vi=V%C4%83n+ph%C3%B2ng+S%E1%BB%9F", HTTP_HOST=portal_a.site.hostname)
    context = directory.get_context(request)
    assert [official.name for official in context["officials"]] == ["Lê Thị Hồng Nhung", "Phan Văn Khải"]
    assert context["units"] == ["Ban Giám đốc Sở", "Văn phòng Sở", "Phòng Quản lý khoa học"]


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["", "?don-vi=%C4%90%C6%A1n+v%E1%BB%8B+1"])
def test_query_count_does_not_grow_with_the_number_of_officials(client, portal_a, directory, count_queries, query):
    host = portal_a.site.hostname
    url = directory.relative_url(portal_a.site) + query
    counts = []
    for number in (3, 30):
        fill(directory, [(f"Cán bộ {i}", "Chuyên viên", f"Đơn vị {i % 3}", "0263 3822 000", f"cb{i}@so-a.gov.vn")
                         for i in range(number)])
        counts.append(count_queries(client, url, host))
    assert counts[0] == counts[1]


@pytest.mark.django_db
@pytest.mark.parametrize("portal_fixture", ["province", "portal_a", "portal_b"])
def test_demo_fills_the_directory_once_with_the_introduction_leaders(request, portal_fixture):
    portal = request.getfixturevalue(portal_fixture)
    contacts_demo.seed(portal)
    page = ContactDirectoryPage.objects.child_of(portal.root_page).get(category_key="contacts")
    officials = list(page.officials.all())
    assert len(officials) >= 5
    assert all(official.email.endswith("@lamvien.gov.vn") for official in officials)
    leaders = {leader.full_name for leader in intro_demo.profile_for(portal).leaders}
    assert leaders <= {official.name for official in officials}
    for official in officials:
        official.full_clean()

    revisions = page.revisions.count()
    contacts_demo.seed(portal)
    assert page.officials.count() == len(officials)
    assert page.revisions.count() == revisions


@pytest.mark.django_db
def test_editor_form_refuses_an_official_without_phone_or_email(directory):
    form_class = ContactDirectoryPage.get_edit_handler().get_form_class()
    data = {
        "title": directory.title, "slug": directory.slug, "intro": "",
        "officials-TOTAL_FORMS": "1", "officials-INITIAL_FORMS": "0", "officials-MIN_NUM_FORMS": "0",
        "officials-MAX_NUM_FORMS": "1000",
        "officials-0-name": "Ngô Văn Liên", "officials-0-position": "Chuyên viên",
        "officials-0-unit": "Văn phòng Sở", "officials-0-phone": "", "officials-0-email": "", "officials-0-ORDER": "1",
    }
    form = form_class(data, instance=directory, for_user=None, parent_page=directory.get_parent())
    assert not form.is_valid()
    assert form.formsets["officials"].forms[0].errors["email"] == [
        "Hãy nhập thư điện tử công vụ hoặc số điện thoại của cán bộ."
    ]


@pytest.mark.django_db
def test_editor_can_open_the_directory_in_the_admin(login, portal_a, directory):
    fill(directory, OFFICIALS[:1])
    response = login("superuser").get(f"/admin/pages/{directory.pk}/edit/", HTTP_HOST=portal_a.site.hostname)
    assert response.status_code == 200
    assert 'name="officials-0-email"' in response.content.decode()


@pytest.mark.django_db
def test_an_official_name_finds_the_directory_in_search(directory):
    fill(directory, OFFICIALS)
    results = ContactDirectoryPage.objects.live().search("Khải")
    assert directory.pk in [page.pk for page in results]
