"""The leaders' work calendar: one calendar page in the direction section, one schedule page per week,
shown by week (this week by default), with Monday-only weeks and entries inside their week."""

import datetime
import re

import pytest
from django.utils import timezone

from decree.calendar import ScheduleEntry, WeeklySchedulePage, WorkCalendarPage, iso_week, monday_of
from demo.seeders import calendar as calendar_demo

from .calendar_builders import MONDAY, fix_today, get, make_calendar, make_entry, make_schedule, path


# The calendar page ----------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_calendar_shows_this_week_by_default(client, portal_a, calendar):
    today = timezone.localdate()
    this_monday = monday_of(today)
    make_schedule(calendar, this_monday, [make_entry(today, content="Tiếp công dân định kỳ tháng")])
    make_schedule(calendar, this_monday - datetime.timedelta(days=7),
                  [make_entry(this_monday - datetime.timedelta(days=7), content="Hội nghị tuần trước")])
    html = get(client, calendar, portal_a)
    assert "Tiếp công dân định kỳ tháng" in html
    assert "Hội nghị tuần trước" not in html
    assert "Lịch công tác tuần này" in html
    assert 'aria-current="date"' in html
    assert f'name="ngay" value="{this_monday.isoformat()}"' in html  # the date picker shows this week


@pytest.mark.django_db
@pytest.mark.parametrize(
    "today, expected_monday",
    [
        (datetime.date(2025, 3, 16), datetime.date(2025, 3, 10)),  # the Sunday before: previous week
        (datetime.date(2025, 3, 17), MONDAY),  # the Monday itself
        (datetime.date(2025, 3, 23), MONDAY),  # the Sunday: still the same week
        (datetime.date(2025, 3, 24), datetime.date(2025, 3, 24)),  # the next Monday: the next week
    ],
)
def test_this_week_turns_over_on_monday(monkeypatch, client, portal_a, calendar, today, expected_monday):
    for monday in (datetime.date(2025, 3, 10), MONDAY, datetime.date(2025, 3, 24)):
        make_schedule(calendar, monday, [make_entry(monday, content=f"Công việc tuần {iso_week(monday)}")])
    fix_today(monkeypatch, today)
    html = get(client, calendar, portal_a)
    shown = set(re.findall(r"Công việc tuần (\d{4}-W\d{2})", html))
    assert shown == {iso_week(expected_monday)}


@pytest.mark.django_db
def test_the_calendar_shows_the_requested_week_as_a_table_by_day(client, portal_a, calendar):
    make_schedule(calendar, MONDAY, [
        make_entry(MONDAY, hour=14, content="Làm việc với Sở Tài chính về dự toán", location="Phòng họp số 2",
                   end_time=datetime.time(16, 30)),
        make_entry(MONDAY, hour=8, content="Chào cờ đầu tuần"),
        make_entry(datetime.date(2025, 3, 20), hour=9, content="Kiểm tra dự án chuyển đổi số",
                   chair="Phó Giám đốc Nguyễn Văn An", participants="Phòng Kế hoạch – Tài chính",
                   location="Xã Tân Phú"),
    ], note="Lịch có thể thay đổi theo chỉ đạo của UBND tỉnh.")
    html = get(client, calendar, portal_a, "?tuan=2025-W12")
    assert "Tuần 12 năm 2025, từ 17/03/2025 đến 23/03/2025" in html
    for name, day in zip(
        ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"], range(17, 24)
    ):
        assert re.search(rf"{name}<br><time datetime=\"2025-03-{day}\">{day}/03/2025</time>", html), name
    assert html.count('scope="col"') == 6
    assert html.count('scope="rowgroup"') == 7
    # entries of a day in time order
    assert html.index("Chào cờ đầu tuần") < html.index("Làm việc với Sở Tài chính về dự toán")
    assert "14:00" in html and "16:30" in html
    for value in ("Kiểm tra dự án chuyển đổi số", "Phó Giám đốc Nguyễn Văn An", "Phòng Kế hoạch – Tài chính",
                  "Xã Tân Phú", "Phòng họp số 2", "Lịch có thể thay đổi theo chỉ đạo của UBND tỉnh."):
        assert value in html
    assert "Không có lịch" in html  # the days without entries
    assert 'href="?tuan=2025-W11"' in html
    assert 'href="?tuan=2025-W13"' in html
    assert "Chưa có lịch công tác cho tuần này" not in html


@pytest.mark.django_db
def test_previous_and_next_week_links_cross_the_year(client, portal_a, calendar):
    html = get(client, calendar, portal_a, "?tuan=2026-W53")
    assert "28/12/2026" in html and "03/01/2027" in html
    assert 'href="?tuan=2026-W52"' in html
    assert 'href="?tuan=2027-W01"' in html
    html = get(client, calendar, portal_a, "?tuan=2025-W01")
    assert 'href="?tuan=2024-W52"' in html
    assert "30/12/2024" in html


@pytest.mark.django_db
def test_an_empty_week_says_so(client, portal_a, calendar):
    make_schedule(calendar, MONDAY, [])  # a schedule without entries is still an empty week
    for query in ("?tuan=2025-W12", "?tuan=2025-W13", ""):
        html = get(client, calendar, portal_a, query)
        assert "Chưa có lịch công tác cho tuần này." in html
        assert "<table" not in html


@pytest.mark.django_db
@pytest.mark.parametrize("value", ["abc", "2025-W99", "2025-W00", "-1", "9999999-W01", "2025-W12%00", "' OR 1=1"])
def test_a_malformed_week_shows_this_week(client, portal_a, calendar, value):
    today = timezone.localdate()
    make_schedule(calendar, monday_of(today), [make_entry(today, content="Việc của tuần này")])
    html = get(client, calendar, portal_a, f"?tuan={value}")
    assert "Việc của tuần này" in html


@pytest.mark.django_db
def test_unpublished_schedules_and_other_portals_schedules_are_not_shown(client, portal_a, portal_b, section,
                                                                          calendar):
    make_schedule(calendar, MONDAY, [make_entry(MONDAY, content="Lịch bản nháp chưa xuất bản")], live=False)
    other_calendar = make_calendar(section(portal_b, "direction"))
    make_schedule(other_calendar, MONDAY, [make_entry(MONDAY, content="Lịch của xã B")])
    html = get(client, calendar, portal_a, "?tuan=2025-W12")
    assert "Lịch bản nháp chưa xuất bản" not in html
    assert "Lịch của xã B" not in html
    assert "Chưa có lịch công tác cho tuần này." in html


@pytest.mark.django_db
def test_a_weekly_schedule_page_renders_its_fields(client, portal_a, calendar):
    schedule = make_schedule(calendar, MONDAY, [
        make_entry(datetime.date(2025, 3, 19), hour=7, content="Dự lễ khởi công công trình trường học",
                   end_time=datetime.time(11, 0), chair="Giám đốc Sở", participants="Đại diện UBND huyện",
                   location="Thị trấn Đinh Văn"),
    ], note="Lịch được cập nhật lúc 16 giờ thứ Sáu tuần trước.")
    html = get(client, schedule, portal_a)
    assert html.count("<h1") == 1
    for value in (schedule.title, "Tuần 12 năm 2025", "17/03/2025", "23/03/2025",
                  "Dự lễ khởi công công trình trường học", "07:00", "11:00", "Giám đốc Sở", "Đại diện UBND huyện", "Thị trấn Đinh Văn",
                  "Lịch được cập nhật lúc 16 giờ thứ Sáu tuần trước.", "Thứ Tư"):
        assert value in html, value
    assert f'{path(calendar)}?tuan=2025-W12' in html
    assert "<dl" in html


# Query budgets --------------------------------------------------------------------------------------------


def fill_week(calendar, monday, count):
    entries = [make_entry(monday + datetime.timedelta(days=i % 7), hour=7 + i % 10, content=f"Công việc {i}")
               for i in range(count)]
    return make_schedule(calendar, monday, entries)


@pytest.mark.django_db
def test_calendar_and_schedule_query_counts_do_not_grow_with_entries(client, portal_a, calendar, count_queries):
    host = portal_a.site.hostname
    small = fill_week(calendar, MONDAY, 3)
    for i in range(3):
        fill_week(calendar, MONDAY + datetime.timedelta(days=7 * (i + 1)), 1)
    url = path(calendar) + "?tuan=2025-W12"
    count_queries(client, url, host)  # warm caches (site root paths)
    small_calendar = count_queries(client, url, host)
    small_schedule = count_queries(client, path(small), host)

    big_monday = MONDAY + datetime.timedelta(days=7 * 50)
    big = fill_week(calendar, big_monday, 30)
    for i in range(30):
        fill_week(calendar, big_monday + datetime.timedelta(days=7 * (i + 1)), 1)
    big_url = path(calendar) + f"?tuan={iso_week(big_monday)}"
    assert count_queries(client, big_url, host) == small_calendar
    assert count_queries(client, path(big), host) == small_schedule


# Demo content ---------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_demo_calendar_has_last_this_and_next_week_and_is_idempotent(client, portal_a, direction):
    calendar_demo.seed(portal_a)
    calendar = WorkCalendarPage.objects.child_of(direction).get()
    counts = (WeeklySchedulePage.objects.child_of(calendar).count(), ScheduleEntry.objects.filter(
        page__in=WeeklySchedulePage.objects.child_of(calendar)).count())
    calendar_demo.seed(portal_a)
    assert WorkCalendarPage.objects.child_of(direction).count() == 1
    assert (WeeklySchedulePage.objects.child_of(calendar).count(), ScheduleEntry.objects.filter(
        page__in=WeeklySchedulePage.objects.child_of(calendar)).count()) == counts
    this_monday = monday_of(timezone.localdate())
    weeks = set(WeeklySchedulePage.objects.child_of(calendar).live().values_list("week_start", flat=True))
    assert {this_monday - datetime.timedelta(days=7), this_monday, this_monday + datetime.timedelta(days=7)} <= weeks
    for schedule in WeeklySchedulePage.objects.child_of(calendar):
        schedule.full_clean()
        for entry in schedule.entries.all():
            entry.full_clean()
    html = get(client, calendar, portal_a)
    assert "Chưa có lịch công tác cho tuần này" not in html
