"""Working days for the answer deadline of questions: weekends and the holidays the board lists are skipped."""

from datetime import timedelta

ANSWER_WITHIN_WORKING_DAYS = 15
SATURDAY = 5


def add_working_days(start, days, holidays=None):
    """The date `days` working days after `start` (a date). The day of receipt does not count; Saturdays,
    Sundays and `holidays` (a set of dates; by default those of the Holiday model) are skipped."""
    if holidays is None:
        holidays = holidays_from(start)
    current = start
    remaining = days
    while remaining > 0:
        current += timedelta(days=1)
        if current.weekday() < SATURDAY and current not in holidays:
            remaining -= 1
    return current


def holidays_from(start):
    from .models import Holiday

    # Generous upper bound: 15 working days never span more than a few months, even around Tết.
    days_off = Holiday.objects.filter(date__gt=start, date__lte=start + timedelta(days=180))
    return set(days_off.values_list("date", flat=True))


def answer_due_date(received_on):
    return add_working_days(received_on, ANSWER_WITHIN_WORKING_DAYS)
