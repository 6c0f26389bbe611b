"""Calendars, weekly schedules and entries as an editor makes them, for the calendar tests."""

import datetime

from django.utils import timezone

from decree.calendar import ScheduleEntry, WeeklySchedulePage, WorkCalendarPage, iso_week

MONDAY = datetime.date(2025, 3, 17)  # ISO week 2025-W12
SUNDAY = datetime.date(2025, 3, 23)


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def make_calendar(direction, title="Lịch công tác của lãnh đạo Sở"):
    calendar = WorkCalendarPage(title=title, intro="Lịch công tác tuần của Giám đốc và các Phó Giám đốc Sở.")
    direction.add_child(instance=calendar)
    return publish(calendar)


def make_entry(day, hour=8, content="Họp giao ban lãnh đạo Sở", **fields):
    defaults = {
        "start_time": datetime.time(hour, 0),
        "chair": "Giám đốc Sở Trần Thị Mai",
        "participants": "Các Phó Giám đốc; Trưởng các phòng chuyên môn",
        "location": "Phòng họp số 1",
    }
    defaults.update(fields)
    return ScheduleEntry(day=day, content=content, **defaults)


def make_schedule(calendar, monday, entries=(), live=True, **fields):
    schedule = WeeklySchedulePage(
        title=f"Lịch công tác tuần {iso_week(monday)}", slug=f"tuan-{iso_week(monday).lower()}",
        week_start=monday, entries=list(entries), live=live, **fields,
    )
    calendar.add_child(instance=schedule)
    if live:
        return publish(schedule)
    schedule.save_revision()
    return schedule


def fix_today(monkeypatch, day):
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: day)



def path(page):
    """The page's address on its own site, as its templates write it."""
    return page.relative_url(page.get_site())


def get(client, page, portal, query=""):
    response = client.get(path(page) + query, HTTP_HOST=portal.site.hostname)
    assert response.status_code == 200
    return response.content.decode()
