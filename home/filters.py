"""Reading listing filters from the query string. Malformed or out-of-range values are ignored, so a
hand-edited URL gives an unfiltered list instead of an error."""

import datetime


def int_param(request, name, minimum=None, maximum=None):
    value = request.GET.get(name, "").strip()
    if not value.isdigit() or len(value) > 9:
        return None
    number = int(value)
    if (minimum is not None and number < minimum) or (maximum is not None and number > maximum):
        return None
    return number


def choice_param(request, name, choices):
    value = request.GET.get(name, "")
    return value if value in choices else None


def text_param(request, name, max_length=200):
    # NUL is never meaningful in a query and PostgreSQL refuses it in string literals.
    return " ".join(request.GET.get(name, "").replace("\x00", "").split())[:max_length]


def date_param(request, name):
    try:
        return datetime.date.fromisoformat(request.GET.get(name, "").strip())
    except ValueError:
        return None


YEAR_RANGE = (1945, 2100)
