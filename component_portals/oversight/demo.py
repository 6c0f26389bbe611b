"""Demo data for the oversight screen: some categories of some demo portals are made stale, so the
scorecard has something to say (the demo's Q&A sections are empty until citizens send questions), and a
score history of the last weeks, so the trend charts have a line to draw.

Only `last_published_at` is moved back, never forward and never `first_published_at`, so listings keep
their order and running seed_demo again changes nothing more."""

import datetime

from django.db.models import F, Value
from django.db.models.functions import Least
from django.utils import timezone
from wagtail.models import Page

# portal slug -> {category key: days since the last update}
STALE = {
    "xa-tan-phu": {"news": 45, "statistics": 200, "projects": 120},
    "phuong-hoa-binh": {"direction": 40, "dissemination": 95},
    "so-y-te": {"news": 27, "documents": 80},
    "so-tai-chinh": {"planning": 190},
}


def age_demo_content(portals):
    now = timezone.now()
    for portal in portals:
        stale = STALE.get(portal.slug)
        if not stale or portal.root_page_id is None:
            continue
        home = Page.objects.get(pk=portal.root_page_id)
        for section in home.get_children().specific(defer=True):
            days = stale.get(getattr(section, "category_key", ""))
            if days is None:
                continue
            cutoff = now - datetime.timedelta(days=days)
            Page.objects.filter(path__startswith=section.path, depth__gt=section.depth).update(
                last_published_at=Least(F("last_published_at"), Value(cutoff))
            )


HISTORY_WEEKS = 12


def record_demo_history(today=None):
    """Weekly scores of the last HISTORY_WEEKS weeks, computed as of each of those days (a real installation
    records them daily with `manage.py record_scores`)."""
    from .history import record_scores

    today = today or timezone.localdate()
    for weeks_ago in range(HISTORY_WEEKS, -1, -1):
        record_scores(today=today - datetime.timedelta(weeks=weeks_ago))
