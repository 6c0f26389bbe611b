"""Narrow questions about the decree's pages, asked by the oversight scorecard, so that it needs to know
neither the page types nor their fields (the completeness checks are in categories.py)."""

from django.apps import apps

from .categories import CATEGORIES


def category_sections():
    """Every section page of a category, as dicts of id, path, category_key, live, first_published_at and
    last_published_at: one query per concrete section type, since the category key lives on those types."""
    for label in sorted({category.section_type for category in CATEGORIES}):
        yield from apps.get_model(label).objects.exclude(category_key="").values(
            "id", "path", "category_key", "live", "first_published_at", "last_published_at"
        )

