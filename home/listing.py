"""What the section pages that list items share: the reader's filters as a django-filter FilterSet, one page
of the result (`Paginator.get_page`) and the query string the page links keep.

A hand-edited or malformed filter never fails: the filter is left out, the list shows without it and the
page says which filter was not understood. The page number behaves like `Paginator.get_page`: a malformed
number gives the first page, one past the end the last.
"""

import django_filters
from django import forms
from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy as _

from .filters import YEAR_RANGE, clean_text

PAGE_PARAMETER = "trang"
# Parameters that are no filter: the page number and the «save this page» switch (home.models).
NOT_FILTERS = (PAGE_PARAMETER, "luu")
# Database ids are 32-bit integers on every backend we run.
MAX_ID = 2**31 - 1


def query_string(request):
    """The current query string without the page number, for the pagination links."""
    query = request.GET.copy()
    for name in NOT_FILTERS:
        query.pop(name, None)
    return query.urlencode()


def one_page(request, items, per_page):
    return Paginator(items, per_page).get_page(request.GET.get(PAGE_PARAMETER))


class ListingForm(forms.Form):
    """Reads each field from its Vietnamese query parameter (`nam`, `trang-thai`): field names stay English."""

    parameters = {}

    def add_prefix(self, field_name):
        return self.parameters.get(field_name, field_name)


class TextField(forms.CharField):
    """Free text in NFC, spaces collapsed, without control characters (PostgreSQL refuses NUL), cut at
    `cut_at` characters (an overlong value finds nothing rather than failing)."""

    def __init__(self, *args, cut_at=200, **kwargs):
        self.cut_at = cut_at
        super().__init__(*args, **kwargs)

    def to_python(self, value):
        return clean_text(super().to_python(value), self.cut_at)


class TextFilter(django_filters.CharFilter):
    field_class = TextField

    def __init__(self, *args, max_length=200, **kwargs):
        super().__init__(*args, cut_at=max_length, **kwargs)


class IntegerFilter(django_filters.NumberFilter):
    field_class = forms.IntegerField


def id_filter(field_name, label, **kwargs):
    return IntegerFilter(field_name=field_name, label=label, min_value=1, max_value=MAX_ID, **kwargs)


def year_filter(label, method=None, field_name=None, bounds=YEAR_RANGE):
    return IntegerFilter(field_name=field_name, label=label, method=method, min_value=bounds[0], max_value=bounds[1])


class ListingFilterSet(django_filters.FilterSet):
    """A listing's filters. `parameters` maps a filter's name to its query parameter; `values` gives every
    filter's accepted value (None when absent or not understood) for the template."""

    parameters = {}

    class Meta:
        form = ListingForm

    def get_form_class(self):
        form_class = super().get_form_class()
        form_class.parameters = self.parameters
        return form_class

    @property
    def values(self):
        self.errors  # validates the form once
        cleaned = self.form.cleaned_data
        return {name: None if cleaned.get(name) in ("", None) else cleaned[name] for name in self.filters}

    @property
    def error_messages(self):
        """One sentence per filter that was not understood, naming it as the form labels it."""
        return [
            _("Bộ lọc «%(label)s» không hợp lệ nên không được áp dụng.") % {"label": self.filters[name].label}
            for name in self.form.errors
            if name in self.filters
        ]

    @property
    def is_filtered(self):
        return any(value is not None for value in self.values.values())
