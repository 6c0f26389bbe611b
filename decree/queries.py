"""Narrow questions about the decree's pages, asked by the oversight scorecard, so that it needs to know
neither the page types nor their fields. Each answer is one query."""

from django.apps import apps
from django.db.models import Exists, OuterRef, Q, TextField
from django.db.models.functions import Cast

from .categories import CATEGORIES
from .contacts import ContactDirectoryPage
from .documents import LegalDocumentPage
from .intro import IntroductionPage, LeaderProfile
from .projects import ProjectPage, ProjectStatus

PAGE_FACTS = ("id", "path", "title", "live")


def category_sections():
    """Every section page of a category, as dicts of id, path, category_key, live, first_published_at and
    last_published_at: one query per concrete section type, since the category key lives on those types."""
    for label in sorted({category.section_type for category in CATEGORIES}):
        yield from apps.get_model(label).objects.exclude(category_key="").values(
            "id", "path", "category_key", "live", "first_published_at", "last_published_at"
        )


def introductions_without_leaders():
    """(id, path, title, live) of introduction pages that present no leader."""
    return IntroductionPage.objects.exclude(
        Exists(LeaderProfile.objects.filter(page=OuterRef("pk")))
    ).values_list(*PAGE_FACTS)


def directories_missing_emails():
    """(id, path, title, live) of contact directories listing an official without an e-mail address."""
    return ContactDirectoryPage.objects.filter(officials__email="").distinct().values_list(*PAGE_FACTS)


def documents_without_files():
    """(id, path, title, live) of legal documents without an attached file."""
    return LegalDocumentPage.objects.annotate(files=Cast("attachments", TextField())).filter(
        Q(files__in=["[]", ""]) | Q(files__isnull=True)
    ).values_list(*PAGE_FACTS)


def projects_without_status():
    """(id, path, title, live) of projects whose status is none of ProjectStatus."""
    return ProjectPage.objects.exclude(status__in=ProjectStatus.values).values_list(*PAGE_FACTS)
