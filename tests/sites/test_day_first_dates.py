"""Officials type dates day-first: every format they type is read as day/month/year in both admin languages,
and every date and date-time field of every admin form reads back the value it shows (an untouched save never
swaps day and month)."""

import datetime

import pytest
from django import forms
from django.utils import timezone, translation
from wagtail.admin.panels import get_edit_handler
from wagtail.models import get_page_models
from wagtail.snippets.models import get_snippet_models

OUR_APPS = {"home", "component_portals", "decree", "search", "comments"}
TYPED_DATES = [
    ("25/11/2026", datetime.date(2026, 11, 25)),
    ("1/12/2026", datetime.date(2026, 12, 1)),
    ("01/12/2026", datetime.date(2026, 12, 1)),
    ("5/3/2026", datetime.date(2026, 3, 5)),
    ("25-11-2026", datetime.date(2026, 11, 25)),
    ("25.11.2026", datetime.date(2026, 11, 25)),
    ("25/11/26", datetime.date(2026, 11, 25)),
    ("2026-11-25", datetime.date(2026, 11, 25)),  # what <input type="date"> sends
]
TYPED_DATETIMES = [
    ("25/11/2026 08:30", datetime.datetime(2026, 11, 25, 8, 30)),
    ("1/12/2026 8:30", datetime.datetime(2026, 12, 1, 8, 30)),
    ("25/11/2026 08:30:15", datetime.datetime(2026, 11, 25, 8, 30, 15)),
    ("25/11/2026 8g30", datetime.datetime(2026, 11, 25, 8, 30)),
    ("25/11/2026", datetime.datetime(2026, 11, 25, 0, 0)),
    ("2026-11-25 08:30", datetime.datetime(2026, 11, 25, 8, 30)),
]


@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize("typed, expected", TYPED_DATES)
def test_a_typed_date_is_read_day_first(language, typed, expected):
    with translation.override(language):
        assert forms.DateField().clean(typed) == expected


@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize("typed, expected", TYPED_DATETIMES)
def test_a_typed_date_and_time_is_read_day_first(language, typed, expected):
    with translation.override(language):
        value = forms.DateTimeField().clean(typed)
    assert timezone.localtime(value).replace(tzinfo=None) == expected


@pytest.mark.parametrize("typed", ["12/25/2026", "31/02/2026", "25/13/2026", "hôm nay"])
def test_a_month_first_or_impossible_date_is_refused_in_vietnamese(typed):
    with translation.override("vi"), pytest.raises(forms.ValidationError) as error:
        forms.DateField().clean(typed)
    assert error.value.messages == ["Nhập một ngày hợp lệ."]


def admin_forms():
    models = [model for model in get_page_models() + get_snippet_models() if model._meta.app_label in OUR_APPS]
    for model in models:
        yield model, get_edit_handler(model).get_form_class()


def date_fields(form_class):
    for name, field in form_class.base_fields.items():
        if isinstance(field, (forms.DateField, forms.DateTimeField)):
            yield name, field


def test_every_admin_form_has_date_fields_to_check():
    names = {(model.__name__, name) for model, form_class in admin_forms() for name, _f in date_fields(form_class)}
    assert {("LegalDocumentPage", "issue_date"), ("ArticlePage", "date"), ("ConsultationPage", "deadline")} <= names


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_admin_date_field_reads_back_what_it_shows(language):
    """1 December (day ≤ 12, the case the old month-first parsing swapped) shown by each date widget and read
    back by its field is still 1 December: a form saved untouched keeps its dates."""
    day = datetime.date(2026, 12, 1)
    moment = timezone.make_aware(datetime.datetime(2026, 12, 1, 8, 30))
    checked = 0
    with translation.override(language):
        for model, form_class in admin_forms():
            for name, field in date_fields(form_class):
                value = moment if isinstance(field, forms.DateTimeField) else day
                shown = field.widget.format_value(value)
                assert shown.startswith("01/12/2026"), (model.__name__, name, shown)
                assert field.clean(shown) == value, (model.__name__, name, shown)
                checked += 1
    assert checked >= 15


def test_the_admin_date_picker_writes_the_first_day_first_format(settings):
    from django.utils.formats import get_format

    for language in ("vi", "en"):
        assert get_format("DATE_INPUT_FORMATS", lang=language)[0] == settings.WAGTAIL_DATE_FORMAT
        assert settings.WAGTAIL_DATETIME_FORMAT in get_format("DATETIME_INPUT_FORMATS", lang=language)

