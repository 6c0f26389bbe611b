"""Demo data for the oversight screen: some categories of some demo portals are made stale, so the
scorecard has something to say (the demo's Q&A sections are empty until citizens send questions), and a
score history of the last weeks, so the trend charts have a line to draw.

The history must be one the content really had. The demo creates its pages in one go; a score computed
«as of» twelve weeks ago would then see an empty province (a flat low line, then a jump today). So the pages
the demo has just published get their publication dates spread over the history window, in their order
(homes and sections first, before the window), and the trend rises as the content arrives.

Dates are only moved back, never forward: running seed_demo again finds nothing new to date and changes
nothing more."""

import datetime

from django.db.models import F, Value
from django.db.models.functions import Least
from django.utils import timezone
from wagtail.models import Page

from oversight.history import record_scores

from .data import load

HISTORY_WEEKS = 12

# portal slug -> {category key: days since the last update}
STALE = load("portals/stale.json")


def date_demo_publications(portals, since, now=None):
    """Pages of `portals` first published at or after `since` (just created by the demo) get dates spread over
    the HISTORY_WEEKS before `now`: homes and sections at the start of the window, items one after another in
    their current order. First and last publication move together."""
    now = now or timezone.now()
    window = datetime.timedelta(weeks=HISTORY_WEEKS)
    start = now - window - datetime.timedelta(days=1)
    for portal in portals:
        if portal.root_page_id is None:
            continue
        home = Page.objects.get(pk=portal.root_page_id)
        fresh = Page.objects.filter(path__startswith=home.path, first_published_at__gte=since)
        fresh.filter(depth__lte=home.depth + 1).update(first_published_at=start)
        items = list(fresh.filter(depth__gt=home.depth + 1).order_by("first_published_at", "path").only("pk"))
        for position, page in enumerate(items, start=1):
            page.first_published_at = page.last_published_at = now - window * (1 - position / len(items))
        Page.objects.bulk_update(items, ["first_published_at", "last_published_at"], batch_size=500)


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
            pages = Page.objects.filter(path__startswith=section.path, depth__gt=section.depth)
            pages.update(last_published_at=Least(F("last_published_at"), Value(cutoff)))
            pages.update(first_published_at=Least(F("first_published_at"), F("last_published_at")))



def record_demo_history(today=None):
    """Weekly scores of the last HISTORY_WEEKS weeks, computed as of each of those days (a real installation
    records them daily with `manage.py record_scores`)."""
    today = today or timezone.localdate()
    for weeks_ago in range(HISTORY_WEEKS, -1, -1):
        record_scores(today=today - datetime.timedelta(weeks=weeks_ago))
