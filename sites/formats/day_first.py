"""Day-first input formats shared by the Vietnamese and English admin (and every form and filter).

Officials type dates the Vietnamese way: «25/11/2026», «1/12/2026» (Python's %d and %m accept one digit),
also with dashes or dots, and a time after the date: «25/11/2026 08:30». ISO dates (2026-11-25, what
<input type="date"> sends) are accepted too. No month-first format is ever tried, so «01/12/2026» is always
1 December and a form saved again untouched keeps its dates (the admin shows them as WAGTAIL_DATE_FORMAT,
which is the first format here).
"""

DAY_FIRST_DATES = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%d/%m/%y"]
DATE_INPUT_FORMATS = DAY_FIRST_DATES + ["%Y-%m-%d"]
DATETIME_INPUT_FORMATS = [
    f"{date} {time}" for date in DAY_FIRST_DATES for time in ("%H:%M", "%H:%M:%S", "%Hg%M", "%Hh%M")
] + ["%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S"]
