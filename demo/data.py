"""The demo's content as data files: demo/data/<category key or topic>/<name>.json.

Text may hold placeholders filled in when the demo is seeded: `{agency}` (the portal's name) and the like, and
`{name+N}` / `{name-N}` for a number or a date moved by N (years of a number, days of a date), so that a
demo seeded in any year reads as current: «20/02/{y-7}», «{today-10}». Dates are written day first
(«31/07/{y-3}»); `parse_date` reads them once filled in.
"""

import datetime
import json
import re
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"
PLACEHOLDER = re.compile(r"\{(\w+)([+-]\d+)?\}")
DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


@cache
def _read(relative_path):
    return json.loads((DATA_DIR / relative_path).read_text(encoding="utf-8"))


def load(relative_path):
    """The parsed content of a data file, e.g. load("news/articles.json")."""
    return _read(relative_path)


def _value(match, values):
    value = values[match[1]]
    shift = int(match[2] or 0)
    if isinstance(value, datetime.date):
        return f"{value + datetime.timedelta(days=shift):%d/%m/%Y}"
    if shift:
        return str(value + shift)
    return str(value)


def fill(text, **values):
    """`text` with its placeholders replaced; KeyError names a placeholder the caller gave no value for."""
    return PLACEHOLDER.sub(lambda match: _value(match, values), text)


def fill_all(data, **values):
    """Every string of a nested structure filled in; a placeholder alone for a number becomes that number,
    and strings that are then a day-first date become dates."""
    if isinstance(data, str):
        whole = PLACEHOLDER.fullmatch(data)
        if whole and isinstance(values[whole[1]], int):  # a number, such as «{year-1}» for a period's start
            return values[whole[1]] + int(whole[2] or 0)
        text = fill(data, **values)
        return parse_date(text) if DATE.match(text) else text
    if isinstance(data, list):
        return [fill_all(item, **values) for item in data]
    if isinstance(data, dict):
        return {key: fill_all(item, **values) for key, item in data.items()}
    return data


def parse_date(text):
    """A day-first date («08/04/2013»); ValueError for anything else."""
    match = DATE.match(text)
    if match is None:
        raise ValueError(f"not a day-first date: {text!r}")
    day, month, year = (int(part) for part in match.groups())
    return datetime.date(year, month, day)
