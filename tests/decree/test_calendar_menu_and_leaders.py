"""The work calendar is one click from every page (main menu), names its leaders, filters by leader and
picks a week by a day typed or chosen as a date."""

import datetime
import re

import pytest

from demo.seeders import calendar as calendar_demo
from demo.seeders import contacts as contacts_demo
from decree.calendar import WorkCalendarPage
from decree.contacts import ContactOfficial

from .calendar_builders import MONDAY, get, make_calendar, make_entry, make_schedule, path

pytestmark = pytest.mark.django_db

MAI = "Đồng chí Trần Thị Mai, Giám đốc Sở"
AN = "Đồng chí Đặng Văn An, Phó Giám đốc Sở"
DUNG = "Đồng chí Dương Văn Dũng, Phó Giám đốc Sở"


@pytest.fixture
def calendar(portal_a, section):
    calendar = make_calendar(section(portal_a, "direction"))
    make_schedule(calendar, MONDAY, [
        make_entry(MONDAY, hour=8, content="Chào cờ đầu tuần", chair=MAI),
        make_entry(MONDAY, hour=14, content="Kiểm tra dự án chuyển đổi số", chair=AN),
        make_entry(MONDAY + datetime.timedelta(days=2), hour=9, content="Tiếp công dân định kỳ", chair=DUNG),
    ])
    return calendar


def test_every_page_of_the_portal_has_the_calendar_in_its_main_menu(client, portal_a, portal_b, calendar, section):
    for page in (portal_a.root_page, section(portal_a, "documents"), calendar):
        html = client.get(path(page), HTTP_HOST=portal_a.site.hostname).content.decode()
        menu = html.split('id="main-menu"', 1)[1].split("</ul>", 1)[0]
        assert f'<a href="{path(calendar)}"' in menu and ">Lịch công tác</a>" in menu, page
    on_calendar = get(client, calendar, portal_a)
    assert f'<a href="{path(calendar)}" aria-current="page">Lịch công tác</a>' in on_calendar
    # a portal without a calendar has no such link, and never another portal's
    html = client.get("/", HTTP_HOST=portal_b.site.hostname).content.decode()
    assert ">Lịch công tác</a>" not in html.split('id="main-menu"', 1)[1].split("</ul>", 1)[0]


def test_the_phone_menu_button_says_danh_muc(client, portal_a):
    html = client.get("/", HTTP_HOST=portal_a.site.hostname).content.decode()
    assert re.search(r'<span aria-hidden="true">☰</span> Danh mục\s*</button>', html)


def test_the_leader_filter_lists_the_named_leaders_in_vietnamese_order_and_filters(client, portal_a, calendar):
    html = get(client, calendar, portal_a, "?tuan=2025-W12")
    select = html.split('id="calendar-leader"', 1)[1].split("</select>", 1)[0]
    assert re.findall(r'<option value="[^"]+"[^>]*>([^<]+)</option>', select) == [DUNG, AN, MAI]  # D, Đ, T
    filtered = get(client, calendar, portal_a, "?tuan=2025-W12&lanh-dao=" + DUNG.replace(" ", "+"))
    assert "Tiếp công dân định kỳ" in filtered
    assert "Chào cờ đầu tuần" not in filtered and "Kiểm tra dự án chuyển đổi số" not in filtered
    assert 'href="?tuan=2025-W13&amp;lanh-dao=%C4%90%E1%BB%93ng' in filtered  # the next week keeps the leader


def test_an_unknown_leader_is_ignored(client, portal_a, calendar):
    html = get(client, calendar, portal_a, "?tuan=2025-W12&lanh-dao=Ai+đó")
    assert "Chào cờ đầu tuần" in html and "Tiếp công dân định kỳ" in html


@pytest.mark.parametrize("query, shown", [
    ("?ngay=2025-03-20", True),  # a Thursday of week 12
    ("?ngay=2025-03-23", True),  # its Sunday
    ("?ngay=2025-03-24", False),  # the Monday after
    ("?ngay=20/03/2025", False),  # not what a date picker sends: this week
    ("?ngay=1800-01-01", False),
])
def test_a_day_picks_its_week(client, portal_a, calendar, query, shown):
    html = get(client, calendar, portal_a, query)
    assert ("Tuần 12 năm 2025, từ 17/03/2025 đến 23/03/2025" in html) is shown


def test_the_week_picker_is_a_labelled_date_field(client, portal_a, calendar):
    html = get(client, calendar, portal_a, "?tuan=2025-W12")
    assert '<label for="calendar-day">Xem lịch của tuần có ngày</label>' in html
    assert '<input type="date" id="calendar-day" name="ngay" value="2025-03-17">' in html
    assert "Wsố tuần" not in html


def test_the_demo_calendar_names_leaders_who_are_in_the_contacts_directory(portal_a, section):
    calendar_demo.seed(portal_a)
    contacts_demo.seed(portal_a)
    calendar = WorkCalendarPage.objects.descendant_of(portal_a.root_page).get()
    chairs = set(calendar.leaders())
    directory = set(ContactOfficial.objects.filter(page=section(portal_a, "contacts")).values_list("name", flat=True))
    assert len(chairs) == 2
    for chair in chairs:
        name = chair.removeprefix("Đồng chí ").split(",")[0]
        assert name in directory, chair
