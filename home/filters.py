"""Reading listing filters from the query string. Malformed or out-of-range values are ignored, so a
hand-edited URL gives an unfiltered list instead of an error."""

import datetime

from .text import nfc


def choice_param(request, name, choices):
    value = request.GET.get(name, "")
    return value if value in choices else None


def clean_text(value, max_length=200):
    """Query text as text is stored: NFC, spaces collapsed, cut at `max_length`, without control characters
    (NUL is never meaningful in a query and PostgreSQL refuses it in string literals)."""
    return nfc(" ".join("".join(char for char in value or "" if char.isprintable()).split()))[:max_length]


def text_param(request, name, max_length=200):
    return clean_text(request.GET.get(name, ""), max_length)


def date_param(request, name):
    try:
        return datetime.date.fromisoformat(request.GET.get(name, "").strip())
    except ValueError:
        return None


YEAR_RANGE = (1945, 2100)
