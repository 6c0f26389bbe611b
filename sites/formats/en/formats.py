"""English formats for the English admin and English pages, with the same day-first input as Vietnamese: an
official who switches the admin to English types dates as before."""

from django.conf.locale.en.formats import *  # noqa: F401,F403

from sites.formats.day_first import DATE_INPUT_FORMATS, DATETIME_INPUT_FORMATS  # noqa: F401

SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
FIRST_DAY_OF_WEEK = 1
