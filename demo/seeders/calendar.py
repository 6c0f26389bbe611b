"""Demo leaders' work calendar: the calendar page of the direction section and the schedules of last
week, this week and next week (relative to the day the demo is seeded), from demo/data/direction/calendar.json:
one list of entries per week (weekday 0-6, start, end or null, content, chair 0 the head / 1 the deputy,
participants, location or null for the agency's meeting room)."""

import datetime

from django.utils import timezone

from decree.articles import DirectionIndexPage
from decree.calendar import ScheduleEntry, WeeklySchedulePage, WorkCalendarPage, iso_week, monday_of
from demo.data import load

from .intro import leaders_of

CALENDAR_SLUG = "lich-cong-tac"



def _leaders(portal):
    """The head and a deputy by name, as the introduction and the contacts directory list them."""
    return tuple(f"Đồng chí {name}, {position}" for name, position in leaders_of(portal))


def _time(value):
    return datetime.time.fromisoformat(value)


def _title(monday):
    sunday = monday + datetime.timedelta(days=6)
    week = monday.isocalendar()
    return (f"Lịch công tác tuần {week[1]}/{week[0]} "
            f"(từ ngày {monday:%d/%m} đến ngày {sunday:%d/%m/%Y})")


def _ensure_calendar(direction, portal):
    existing = WorkCalendarPage.objects.child_of(direction).first()
    if existing is not None:
        return existing
    head = leaders_of(portal)[0][0]
    calendar = WorkCalendarPage(
        title="Lịch công tác của lãnh đạo",
        slug=CALENDAR_SLUG,
        intro=f"Lịch công tác tuần của {head} và các lãnh đạo {portal.name}. Lịch có thể thay đổi; các thay đổi "
        "được cập nhật trên trang.",
        locale=direction.locale,
    )
    direction.add_child(instance=calendar)
    calendar.save_revision().publish()
    return calendar


def seed(portal):
    direction = DirectionIndexPage.objects.child_of(portal.root_page).get(category_key="direction")
    calendar = _ensure_calendar(direction, portal)
    leaders = _leaders(portal)
    meeting_room = f"Phòng họp số 1, trụ sở {portal.name}"
    this_monday = monday_of(timezone.localdate())
    for offset, week_entries in zip((-1, 0, 1), load("direction/calendar.json")["weeks"]):
        monday = this_monday + datetime.timedelta(days=7 * offset)
        slug = f"tuan-{iso_week(monday).lower()}"
        if calendar.get_children().filter(slug=slug).exists() or (
            WeeklySchedulePage.objects.child_of(calendar).filter(week_start=monday).exists()
        ):
            continue
        schedule = WeeklySchedulePage(
            title=_title(monday),
            slug=slug,
            week_start=monday,
            note="Lịch có thể thay đổi theo chỉ đạo của cấp trên; các thay đổi được cập nhật trên trang.",
            locale=calendar.locale,
            entries=[
                ScheduleEntry(
                    day=monday + datetime.timedelta(days=entry["weekday"]),
                    start_time=_time(entry["start"]),
                    end_time=_time(entry["end"]) if entry["end"] else None,
                    content=entry["content"],
                    chair=leaders[entry["chair"]],
                    participants=entry["participants"],
                    location=entry["location"] or meeting_room,
                )
                for entry in week_entries
            ],
        )
        calendar.add_child(instance=schedule)
        schedule.save_revision().publish()
