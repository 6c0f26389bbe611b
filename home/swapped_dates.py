"""Stored dates that the old month-first parsing may have swapped (for `manage.py check_swapped_dates`).

Before day-first input (sites/formats), the Vietnamese admin read «01/12/2026» as 12 January and showed it back
as «12/01/2026»; every later save of the untouched form swapped it again, and dates after the 12th of a month
could not be typed at all. Only dates whose day and month are both 12 or less, and differ, can be affected.
Page revisions keep every saved version of a page's fields (its inline rows too), so a page's history tells:

- «hoán đổi» (swapped): one revision holds the day/month swap of the value in the revision before it, while
  the rest of the field stayed the same. That is what an untouched save did; the value before the swap (or
  the one after it) is wrong, and an approver decides which.
- «cần xem lại» (to review): the current value is ambiguous (day and month ≤ 12, different) and was typed by a
  person in the admin (a revision with a user) before `--before` (the day day-first input went live); it may
  have been typed day-first and stored month-first.

Values set by code (revisions without a user, seed data, records kept by the platform) are not listed.
"""

import datetime
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from modelcluster.fields import ParentalKey
from wagtail.models import Page, Revision, get_page_models

SCHEDULE_FIELDS = {"go_live_at", "expire_at"}  # typed in the admin's publishing schedule


@dataclass
class Finding:
    kind: str  # "hoán đổi" or "cần xem lại"
    page: Page
    field: str  # verbose name, with the inline row's for fields of inline rows
    value: datetime.date
    other: datetime.date  # the value before the swap, or the reading with day and month exchanged
    revision: Revision


def swapped(day):
    return day.replace(day=day.month, month=day.day)


def ambiguous(day):
    return day.day <= 12 and day.month <= 12 and day.day != day.month


def typed_date_fields(model):
    """Names and labels of the date and date-time fields a person types on `model`'s admin form."""
    for field in model._meta.concrete_fields:
        if not isinstance(field, (models.DateField, models.DateTimeField)):
            continue
        if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False) or not field.editable:
            continue
        if field.model is Page and field.name not in SCHEDULE_FIELDS:
            continue
        yield field.name, str(field.verbose_name)


def inline_date_fields(model):
    """(relation name, its label, [(field, label)]) for inline rows of `model` that have typed dates."""
    for relation in model._meta.related_objects:
        if isinstance(relation.remote_field, ParentalKey):
            fields = list(typed_date_fields(relation.related_model))
            if fields:
                yield relation.get_accessor_name(), str(relation.related_model._meta.verbose_name), fields


def read_date(value):
    if not value:
        return None
    moment = parse_datetime(value) if "T" in value or " " in value else None
    if moment is not None:
        return timezone.localtime(moment).date() if timezone.is_aware(moment) else moment.date()
    return parse_date(value)


def dated_values(content, fields, rows):
    """{(label): date} of one revision's content, inline rows keyed by their position label."""
    values = {label: read_date(content.get(name)) for name, label in fields}
    for relation, row_label, row_fields in rows:
        for row in content.get(relation) or []:
            for name, label in row_fields:
                values[f"{row_label} #{row.get('pk') or '?'} › {label}"] = read_date(row.get(name))
    return values


def page_findings(page, fields, rows, before):
    findings = []
    previous = {}
    last_set = {}
    for revision in page.revisions.order_by("created_at", "pk"):
        values = dated_values(revision.content, fields, rows)
        for label, value in values.items():
            earlier = previous.get(label)
            if value and earlier and ambiguous(earlier) and swapped(earlier) == value:
                findings.append(Finding("hoán đổi", page, label, value, earlier, revision))
            if value != earlier:
                last_set[label] = revision
        previous = values
    for label, value in previous.items():
        revision = last_set.get(label)
        if not value or not ambiguous(value) or revision is None or revision.user_id is None:
            continue
        if before and timezone.localtime(revision.created_at).date() >= before:
            continue
        if not any(finding.field == label for finding in findings):
            findings.append(Finding("cần xem lại", page, label, value, swapped(value), revision))
    return findings


def find_swapped_dates(before=None, pages=None):
    """Every Finding on pages of every type that has typed dates (optionally only among `pages`)."""
    findings = []
    for model in get_page_models():
        fields, rows = list(typed_date_fields(model)), list(inline_date_fields(model))
        if model is Page or not (fields or rows) or model._meta.abstract:
            continue
        content_type = ContentType.objects.get_for_model(model)
        typed = Revision.page_revisions.filter(content_type=content_type, user__isnull=False)
        queryset = model.objects.filter(pk__in={int(pk) for pk in typed.values_list("object_id", flat=True)})
        if pages is not None:
            queryset = queryset.filter(pk__in=pages.values("pk"))
        for page in queryset.order_by("path"):
            findings.extend(page_findings(page, fields, rows, before))
    return findings
