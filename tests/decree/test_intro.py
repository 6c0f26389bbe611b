"""Introduction: the page shows functions, history, the organisation chart, the units as a table and the
leaders as cards; the locality part (boundary map, geography, history, culture) appears only when filled;
images need their alternative text; the query count does not grow with units and leaders; the demo fills
the section for every kind of portal, once."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from wagtail.images import get_image_model

from demo.seeders import intro as intro_demo
from decree.intro import IntroductionPage, LeaderProfile, OrganisationUnit
from tests.factories import make_image

Image = get_image_model()


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def get_html(client, portal, page, query=""):
    response = client.get(page.relative_url(portal.site) + query, HTTP_HOST=portal.site.hostname)
    assert response.status_code == 200
    return response.content.decode()


def fill(page, units=1, leaders=1, photos=False, **fields):
    for name, value in fields.items():
        setattr(page, name, value)
    page.units = [
        OrganisationUnit(
            name=f"Phòng Quản lý số {number}", function=f"Quản lý lĩnh vực số {number}.",
            head=f"Trưởng phòng Nguyễn Văn Số{number}", phone=f"0263 3822 {number:03d}",
            email=f"phong{number}@so-a.gov.vn", address=f"Số {number} Phan Chu Trinh",
        )
        for number in range(units)
    ]
    page.leaders = [
        LeaderProfile(
            full_name=f"Trần Thị Lãnh Đạo {number}", position="Phó Giám đốc Sở",
            biography=f"<p>Sinh năm 19{70 + number % 30}.</p>", duties="<p>Phụ trách khoa học.</p>",
            phone=f"0263 3823 {number:03d}", email=f"lanhdao{number}@so-a.gov.vn",
            photo=make_image(f"Chân dung {number}") if photos else None,
            photo_alt=f"Ảnh chân dung lãnh đạo {number}" if photos else "",
        )
        for number in range(leaders)
    ]
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.mark.django_db
def test_introduction_page_shows_functions_history_chart_units_and_leaders(client, portal_a, section):
    page = fill(
        section(portal_a, "intro"), units=2, leaders=1, photos=True,
        functions="<p>Tham mưu quản lý nhà nước về khoa học và công nghệ.</p>",
        history="<p>Thành lập năm 1993 trên cơ sở Ban Khoa học và Kỹ thuật.</p>",
        org_chart=make_image("Sơ đồ"), org_chart_alt="Sơ đồ: Ban Giám đốc, Văn phòng, hai phòng chuyên môn.",
    )
    html = get_html(client, portal_a, page)
    soup = BeautifulSoup(html, "html.parser")

    assert len(soup.find_all("h1")) == 1
    assert "Tham mưu quản lý nhà nước về khoa học và công nghệ." in html
    assert "Thành lập năm 1993 trên cơ sở Ban Khoa học và Kỹ thuật." in html
    assert soup.select_one('.org-chart img[alt="Sơ đồ: Ban Giám đốc, Văn phòng, hai phòng chuyên môn."]')

    table = soup.select_one("table.units")
    assert [th.get_text(strip=True) for th in table.select("thead th[scope=col]")] == [
        "Đơn vị", "Chức năng, nhiệm vụ", "Người đứng đầu", "Điện thoại", "Thư điện tử", "Địa chỉ",
    ]
    first_row = [td.get_text(strip=True) for td in table.select("tbody tr")[0].find_all("td")]
    assert first_row == [
        "Phòng Quản lý số 0", "Quản lý lĩnh vực số 0.", "Trưởng phòng Nguyễn Văn Số0", "0263 3822 000",
        "phong0@so-a.gov.vn", "Số 0 Phan Chu Trinh",
    ]
    assert table.select_one('a[href="mailto:phong1@so-a.gov.vn"]')

    card = soup.select_one(".leaders .leader")
    assert card.find("h3").get_text(strip=True) == "Trần Thị Lãnh Đạo 0"
    assert "Phó Giám đốc Sở" in card.get_text()
    assert "Sinh năm 1970." in card.get_text() and "Phụ trách khoa học." in card.get_text()
    assert card.select_one('a[href="mailto:lanhdao0@so-a.gov.vn"]')
    assert card.select_one('a[href="tel:02633823000"]')
    assert card.select_one('img[alt="Ảnh chân dung lãnh đạo 0"]')


@pytest.mark.django_db
def test_headings_go_in_order_from_h1_down(client, portal_b, section):
    page = fill(
        section(portal_b, "intro"), functions="<p>Chức năng.</p>", history="<p>Lịch sử.</p>",
        geography="<p>Địa lý.</p>", culture_heritage="<p>Văn hóa.</p>",
    )
    soup = BeautifulSoup(get_html(client, portal_b, page), "html.parser")
    content = soup.find("h1").find_parent()
    levels = [int(heading.name[1]) for heading in content.find_all(["h1", "h2", "h3", "h4"])]
    assert levels[0] == 1
    assert all(later - earlier <= 1 for earlier, later in zip(levels, levels[1:]))


@pytest.mark.django_db
def test_locality_part_is_hidden_on_a_department_that_leaves_it_empty(client, portal_a, section):
    page = fill(section(portal_a, "intro"), functions="<p>Chức năng của sở.</p>")
    html = get_html(client, portal_a, page)
    assert "Tổng quan về địa phương" not in html
    assert "Bản đồ địa giới hành chính" not in html


@pytest.mark.django_db
def test_commune_shows_only_the_filled_locality_fields(client, portal_b, section):
    page = fill(
        section(portal_b, "intro"),
        boundary_map=make_image("Bản đồ"), boundary_map_alt="Bản đồ xã: 14 thôn, giáp phường Hòa Bình.",
        geography="<p>Diện tích tự nhiên 186 km².</p>",
        local_history="<p>Vùng căn cứ kháng chiến.</p>",
    )
    soup = BeautifulSoup(get_html(client, portal_b, page), "html.parser")
    locality = soup.select_one(".intro-locality")
    headings = [h3.get_text(strip=True) for h3 in locality.find_all("h3")]
    assert headings == ["Bản đồ địa giới hành chính", "Vị trí địa lý, điều kiện tự nhiên", "Lịch sử"]
    assert locality.select_one('img[alt="Bản đồ xã: 14 thôn, giáp phường Hòa Bình."]')
    assert "Diện tích tự nhiên 186 km²." in locality.get_text()
    assert "Văn hóa, di sản" not in locality.get_text()


@pytest.mark.django_db
def test_empty_introduction_says_it_is_being_updated(client, portal_a, section):
    page = section(portal_a, "intro")
    assert "Thông tin giới thiệu đang được cập nhật." in get_html(client, portal_a, page)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("image_field", "alt_field", "message"),
    [
        ("org_chart", "org_chart_alt", "Hãy mô tả sơ đồ tổ chức cho người khiếm thị."),
        ("boundary_map", "boundary_map_alt", "Hãy mô tả bản đồ địa giới hành chính cho người khiếm thị."),
    ],
)
def test_an_image_without_alt_text_is_refused(portal_a, section, image_field, alt_field, message):
    page = section(portal_a, "intro")
    setattr(page, image_field, make_image())
    setattr(page, alt_field, "   ")
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert error.value.message_dict[alt_field] == [message]

    setattr(page, alt_field, "Mô tả đầy đủ.")
    page.full_clean()


@pytest.mark.django_db
def test_a_leader_photo_without_alt_text_is_refused(portal_a, section):
    leader = LeaderProfile(
        page=section(portal_a, "intro"), full_name="Lê Văn Ảnh", position="Giám đốc Sở", photo=make_image(),
    )
    with pytest.raises(ValidationError) as error:
        leader.full_clean()
    assert error.value.message_dict["photo_alt"] == ["Hãy mô tả ảnh chân dung cho người khiếm thị."]

    leader.photo_alt = "Ảnh chân dung ông Lê Văn Ảnh"
    leader.full_clean()


@pytest.mark.django_db
def test_editor_form_refuses_a_leader_photo_without_alt_text(portal_a, section):
    page = section(portal_a, "intro")
    form_class = IntroductionPage.get_edit_handler().get_form_class()
    data = {
        "title": page.title, "slug": page.slug, "intro": "",
        "units-TOTAL_FORMS": "0", "units-INITIAL_FORMS": "0", "units-MIN_NUM_FORMS": "0",
        "units-MAX_NUM_FORMS": "1000",
        "leaders-TOTAL_FORMS": "1", "leaders-INITIAL_FORMS": "0", "leaders-MIN_NUM_FORMS": "0",
        "leaders-MAX_NUM_FORMS": "1000",
        "leaders-0-full_name": "Lê Văn Ảnh", "leaders-0-position": "Giám đốc Sở",
        "leaders-0-photo": str(make_image().pk), "leaders-0-photo_alt": "", "leaders-0-ORDER": "1",
    }
    form = form_class(data, instance=page, for_user=None, parent_page=page.get_parent())
    assert not form.is_valid()
    leader_errors = form.formsets["leaders"].forms[0].errors
    assert leader_errors["photo_alt"] == ["Hãy mô tả ảnh chân dung cho người khiếm thị."]


@pytest.mark.django_db
def test_query_count_does_not_grow_with_units_and_leaders(client, portal_a, section, count_queries):
    page = section(portal_a, "intro")
    host = portal_a.site.hostname
    url = page.relative_url(portal_a.site)
    counts = []
    for number in (3, 30):
        fill(page, units=number, leaders=number, photos=True, functions="<p>Chức năng.</p>")
        client.get(url, HTTP_HOST=host)  # the first view creates the photos' renditions
        counts.append(count_queries(client, url, host))
    assert counts[0] == counts[1]


@pytest.mark.django_db
@pytest.mark.parametrize("portal_fixture", ["province", "portal_a", "portal_b"])
def test_demo_fills_the_introduction_once(request, portal_fixture):
    portal = request.getfixturevalue(portal_fixture)
    intro_demo.seed(portal)
    page = IntroductionPage.objects.child_of(portal.root_page).get(category_key="intro")
    counts = (page.units.count(), page.leaders.count(), page.revisions.count())
    assert page.live and page.functions and page.history
    assert counts[0] >= 3 and counts[1] >= 2
    assert bool(page.geography) == (portal.kind != "department")

    intro_demo.seed(portal)
    page.refresh_from_db()
    assert (page.units.count(), page.leaders.count(), page.revisions.count()) == counts


@pytest.mark.django_db
def test_demo_keeps_what_an_editor_wrote(portal_a, section):
    page = fill(section(portal_a, "intro"), units=1, leaders=0, functions="<p>Do biên tập viên viết.</p>")
    intro_demo.seed(portal_a)
    page = IntroductionPage.objects.get(pk=page.pk)
    assert page.functions == "<p>Do biên tập viên viết.</p>"
    assert [unit.name for unit in page.units.all()] == ["Phòng Quản lý số 0"]
    assert page.leaders.count() >= 2


@pytest.mark.parametrize("slug", ["so-khcn", "so-tai-chinh", "so-y-te", "phuong-hoa-binh", "xa-tan-phu"])
def test_demo_profiles_of_the_demo_province_are_complete(slug):
    profile = intro_demo.own_profile(slug)
    assert len(profile.units) >= 4 and len(profile.leaders) >= 2
    assert profile.functions and profile.history
    assert all(unit.head_name and unit.phone for unit in profile.units)
    assert bool(profile.locality) == slug.startswith(("phuong", "xa"))


def test_official_emails_are_ascii_initials_and_given_name():
    assert intro_demo.official_email("Trần Thị Mai", "khcn") == "ttmai.khcn@lamvien.gov.vn"
    assert intro_demo.official_email("Đỗ Văn Thành", "phuonghoabinh") == "dvthanh.phuonghoabinh@lamvien.gov.vn"


@pytest.mark.django_db
def test_editor_can_open_the_introduction_in_the_admin(login, portal_a, section):
    page = fill(section(portal_a, "intro"), units=1, leaders=1, functions="<p>Chức năng.</p>")
    response = login("superuser").get(f"/admin/pages/{page.pk}/edit/", HTTP_HOST=portal_a.site.hostname)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Thông tin địa phương (dành cho cổng tỉnh và cổng xã, phường)" in html
    assert 'name="units-0-name"' in html and 'name="leaders-0-photo_alt"' in html


@pytest.mark.django_db
def test_a_unit_or_leader_name_finds_the_introduction_in_search(portal_a, section):
    page = fill(section(portal_a, "intro"), units=1, leaders=1)
    for query in ("Phòng Quản lý số 0", "Lãnh Đạo"):
        assert page.pk in [result.pk for result in IntroductionPage.objects.live().search(query)]
