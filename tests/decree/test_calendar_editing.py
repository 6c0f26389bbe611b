"""The leaders' work calendar as editors fill it: ISO weeks, Monday-only weeks, entries inside their week,
one schedule per week (the public calendar: test_calendar.py)."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from decree.articles import DirectionIndexPage
from decree.calendar import WeeklySchedulePage, WorkCalendarPage, in_week, iso_week, parse_iso_week

from .calendar_builders import MONDAY, SUNDAY, make_entry, make_schedule


# ISO weeks ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, monday",
    [
        ("2025-W12", datetime.date(2025, 3, 17)),
        ("2025-w12", datetime.date(2025, 3, 17)),
        ("2025W12", datetime.date(2025, 3, 17)),
        ("2025-W01", datetime.date(2024, 12, 30)),  # ISO week 1 of 2025 starts in 2024
        ("2026-W53", datetime.date(2026, 12, 28)),  # 2026 has 53 ISO weeks
    ],
)
def test_an_iso_week_parses_to_its_monday(value, monday):
    assert parse_iso_week(value) == monday


@pytest.mark.parametrize(
    "value", ["", "abc", "2025", "2025-12", "2025-W00", "2025-W53", "2025-W99", "0000-W01", "99999-W01",
              "2025-W12-1", "-1", "2025-W1x", "2025-W" + "1" * 50],
)
def test_a_malformed_or_impossible_week_parses_to_none(value):
    assert parse_iso_week(value) is None


def test_iso_week_is_written_as_the_week_input_sends_it():
    assert iso_week(MONDAY) == "2025-W12"
    assert iso_week(SUNDAY) == "2025-W12"
    assert iso_week(datetime.date(2024, 12, 30)) == "2025-W01"
    assert iso_week(datetime.date(2027, 1, 3)) == "2026-W53"


# Page type rules ------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_calendar_lives_once_in_the_direction_section_and_weeks_only_under_it(direction, calendar):
    assert WorkCalendarPage.can_create_at(direction) is False  # one per direction section
    assert WorkCalendarPage.allowed_parent_page_models() == [DirectionIndexPage]
    assert WeeklySchedulePage.can_create_at(calendar)
    assert not WeeklySchedulePage.can_create_at(direction)
    assert WeeklySchedulePage.allowed_subpage_models() == []


@pytest.mark.django_db
def test_the_direction_section_accepts_a_calendar(direction):
    assert WorkCalendarPage.can_create_at(direction)


# Editor validation ----------------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("offset", [1, 2, 3, 4, 5, 6, -1])
def test_a_week_that_does_not_start_on_a_monday_is_refused(calendar, offset):
    schedule = make_schedule(calendar, MONDAY)
    schedule.week_start = MONDAY + datetime.timedelta(days=offset)
    with pytest.raises(ValidationError) as error:
        schedule.full_clean()
    assert error.value.message_dict["week_start"] == ["Ngày bắt đầu tuần phải là thứ Hai."]
    with pytest.raises(ValidationError):
        schedule.save()  # Wagtail validates pages on save too


@pytest.mark.django_db
def test_a_week_starting_on_a_monday_is_accepted(calendar):
    schedule = make_schedule(calendar, MONDAY)
    schedule.full_clean()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "day, accepted",
    [
        (MONDAY - datetime.timedelta(days=1), False),  # the Sunday before
        (MONDAY, True),
        (SUNDAY, True),
        (SUNDAY + datetime.timedelta(days=1), False),  # the next Monday
    ],
)
def test_an_entry_day_must_fall_within_its_week(day, accepted):
    assert in_week(day, MONDAY) is accepted
    schedule = WeeklySchedulePage(title="Lịch tuần", week_start=MONDAY, entries=[make_entry(day)])
    assert len(schedule.entries_outside_week()) == (0 if accepted else 1)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "day, accepted",
    [
        (MONDAY - datetime.timedelta(days=1), False),
        (MONDAY, True),
        (SUNDAY, True),
        (SUNDAY + datetime.timedelta(days=1), False),
    ],
)
def test_the_editor_form_checks_each_entry_day_against_the_week(login, calendar, day, accepted):
    client = login("superuser")
    url = f"/admin/pages/add/decree/weeklyschedulepage/{calendar.pk}/"
    response = client.post(url, schedule_form_data("Lịch công tác tuần 12", MONDAY, [(day, "Họp")]),
                           HTTP_HOST="localhost")
    if accepted:
        assert response.status_code == 302
        assert WeeklySchedulePage.objects.child_of(calendar).get().entries.get().day == day
    else:
        assert response.status_code == 200
        assert "Ngày của mục lịch phải nằm trong tuần (từ thứ Hai đến Chủ Nhật) của lịch này." in (
            response.content.decode()
        )
        assert not WeeklySchedulePage.objects.child_of(calendar).exists()


@pytest.mark.django_db
def test_an_entry_may_not_end_before_it_starts(calendar):
    schedule = make_schedule(calendar, MONDAY)
    entry = make_entry(MONDAY, hour=14, end_time=datetime.time(13, 59))
    entry.page = schedule
    with pytest.raises(ValidationError) as error:
        entry.full_clean()
    assert error.value.message_dict["end_time"] == ["Giờ kết thúc không được trước giờ bắt đầu."]
    entry.end_time = datetime.time(14, 0)
    entry.full_clean()
    entry.end_time = None  # the end time is optional
    entry.full_clean()


def schedule_form_data(title, week_start, entries):
    return nested_form_data({
        "title": title,
        "slug": "lich-tuan-admin",
        "week_start": week_start.isoformat(),
        "note": "",
        "attachments": streamfield([]),
        "entries": inline_formset([
            {"day": day.isoformat(), "start_time": "08:00", "end_time": "", "content": content, "chair": "",
             "participants": "", "location": ""}
            for day, content in entries
        ]),
    })


@pytest.mark.django_db
def test_the_editor_form_refuses_a_second_schedule_for_the_same_week(login, calendar):
    make_schedule(calendar, MONDAY)
    client = login("superuser")
    url = f"/admin/pages/add/decree/weeklyschedulepage/{calendar.pk}/"
    response = client.post(url, schedule_form_data("Lịch tuần 12 (bản 2)", MONDAY, []), HTTP_HOST="localhost")
    assert response.status_code == 200
    assert "Lịch công tác của tuần này đã có" in response.content.decode()
    assert WeeklySchedulePage.objects.child_of(calendar).count() == 1


@pytest.mark.django_db
def test_the_editor_form_refuses_a_week_not_starting_on_monday(login, calendar):
    client = login("superuser")
    url = f"/admin/pages/add/decree/weeklyschedulepage/{calendar.pk}/"
    data = schedule_form_data("Lịch tuần", MONDAY + datetime.timedelta(days=2), [])
    response = client.post(url, data, HTTP_HOST="localhost")
    assert response.status_code == 200
    assert "Ngày bắt đầu tuần phải là thứ Hai." in response.content.decode()


@pytest.mark.django_db
def test_moving_a_schedule_to_another_week_with_its_entries_is_accepted(login, calendar):
    schedule = make_schedule(calendar, MONDAY, [make_entry(MONDAY, content="Giao ban đầu tuần")])
    entry = schedule.entries.get()
    next_monday = MONDAY + datetime.timedelta(days=7)
    data = nested_form_data({
        "title": schedule.title,
        "slug": schedule.slug,
        "week_start": next_monday.isoformat(),
        "note": "",
        "attachments": streamfield([]),
        "entries": inline_formset([
            {"id": entry.pk, "day": next_monday.isoformat(), "start_time": "08:00", "end_time": "",
             "content": "Giao ban đầu tuần", "chair": "", "participants": "", "location": "", "ORDER": 1},
        ], initial=1),
    })
    client = login("superuser")
    response = client.post(f"/admin/pages/{schedule.pk}/edit/", data, HTTP_HOST="localhost")
    form = response.context["form"] if response.status_code == 200 else None
    assert response.status_code == 302, (form.errors, {name: f.errors for name, f in form.formsets.items()})
    schedule = WeeklySchedulePage.objects.get(pk=schedule.pk).get_latest_revision_as_object()
    assert schedule.week_start == next_monday
    assert [entry.day for entry in schedule.entries.all()] == [next_monday]
