"""Django's Vietnamese formats with day-first input (Django's `vi` locale has no input formats, so it fell back
to the month-first defaults: «01/12/2026» became 12 January)."""

from django.conf.locale.vi.formats import *  # noqa: F401,F403

from sites.formats.day_first import DATE_INPUT_FORMATS, DATETIME_INPUT_FORMATS  # noqa: F401

SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
FIRST_DAY_OF_WEEK = 1  # Thứ Hai
