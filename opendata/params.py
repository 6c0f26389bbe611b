"""Strict reading of open-data query parameters: unlike the public listings, which ignore a malformed value,
the API answers 400 with a Vietnamese message naming the parameter, so a script never silently gets the
wrong data."""

import datetime

from django.utils.translation import gettext as _

from home.filters import YEAR_RANGE

MAX_INT_DIGITS = 9


class BadParameter(Exception):
    pass


def integer(minimum=1, maximum=None):
    def read(name, value):
        if not value.isdigit() or len(value) > MAX_INT_DIGITS:
            raise BadParameter(_("Tham số «%(name)s» phải là số nguyên dương.") % {"name": name})
        number = int(value)
        if number < minimum or (maximum is not None and number > maximum):
            raise BadParameter(_("Tham số «%(name)s» phải từ %(min)s đến %(max)s.")
                               % {"name": name, "min": minimum, "max": maximum})
        return number
    return read


def choice(values):
    def read(name, value):
        if value not in values:
            raise BadParameter(_("Tham số «%(name)s» chỉ nhận: %(values)s.") % {"name": name, "values": ", ".join(values)})
        return value
    return read


def text(max_length=200):
    def read(name, value):
        if len(value) > max_length or "\x00" in value:
            raise BadParameter(_("Tham số «%(name)s» dài quá %(max)s ký tự.") % {"name": name, "max": max_length})
        return value
    return read


def date(name, value):
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise BadParameter(_("Tham số «%(name)s» phải là ngày dạng YYYY-MM-DD, ví dụ 2025-07-01.") % {"name": name}) from None


def year():
    return integer(*YEAR_RANGE)


def read_params(request, readers):
    """{name: value} of the query string; BadParameter for an unknown name or a malformed value."""
    unknown = sorted(set(request.GET) - set(readers))
    if unknown:
        raise BadParameter(_("Tham số không được hỗ trợ: %(unknown)s. Dùng được: %(known)s.")
                           % {"unknown": ", ".join(unknown), "known": ", ".join(sorted(readers))})
    values = {}
    for name, value in request.GET.items():
        value = value.strip()
        if value:
            values[name] = readers[name](name, value)
    return values
