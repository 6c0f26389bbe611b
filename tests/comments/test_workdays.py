"""The answer deadline of a question: 15 working days after receipt, weekends and listed holidays skipped."""

from datetime import date

import pytest

from comments.models import Holiday
from comments.workdays import add_working_days, answer_due_date


def test_fifteen_working_days_skip_weekends():
    # Monday 2 March 2026: three full weeks of working days later is Monday 23 March.
    assert add_working_days(date(2026, 3, 2), 15, holidays=set()) == date(2026, 3, 23)


@pytest.mark.parametrize("received, expected", [
    (date(2026, 3, 6), date(2026, 3, 27)),   # Friday: the day of receipt does not count
    (date(2026, 3, 7), date(2026, 3, 27)),   # Saturday: counting starts on Monday
    (date(2026, 3, 8), date(2026, 3, 27)),   # Sunday
])
def test_receipt_on_friday_or_weekend(received, expected):
    assert add_working_days(received, 15, holidays=set()) == expected


def test_holidays_are_skipped():
    # Around Quốc khánh 2026: 1 and 2 September (Tuesday, Wednesday) are days off.
    holidays = {date(2026, 9, 1), date(2026, 9, 2)}
    assert add_working_days(date(2026, 8, 28), 15, holidays=set()) == date(2026, 9, 18)
    assert add_working_days(date(2026, 8, 28), 15, holidays=holidays) == date(2026, 9, 22)


def test_a_holiday_on_a_weekend_changes_nothing():
    assert add_working_days(date(2026, 3, 2), 15, holidays={date(2026, 3, 7)}) == date(2026, 3, 23)


@pytest.mark.django_db
def test_the_board_list_of_holidays_is_used():
    # Tết Bính Ngọ 2026: 16 to 20 February (Monday to Friday) off.
    for day in range(16, 21):
        Holiday.objects.create(date=date(2026, 2, day), name="Nghỉ Tết Nguyên đán")
    Holiday.objects.create(date=date(2025, 2, 17), name="Ngày nghỉ năm trước, không liên quan")
    # From Friday 13 February: a week of Tết, then three working weeks.
    assert answer_due_date(date(2026, 2, 13)) == date(2026, 3, 13)
