"""The view counter: one count per visitor, page and browser session; bots are not counted.

The page itself never touches the session or cookies, so it stays cacheable: the count is sent by a beacon
from the browser to `record_view`, which keeps the pages already counted in a session cookie.
"""

import re

from django.db.models import F
from django.utils import timezone

from .counters import update_or_insert
from .models import PageViewCount

SEEN_COOKIE = "portal_seen"
COUNTER_PATH = "/luot-xem/"
SEEN_LIMIT = 300
# Views counted per address and hour (an office behind one address reads many pages; a script reloads one).
VIEWS_OF_A_PAGE_PER_ADDRESS_PER_HOUR = 30
VIEWS_PER_ADDRESS_PER_HOUR = 600
BOT_PATTERN = re.compile(
    r"bot|crawl|spider|slurp|archiver|fetch|monitor|preview|facebookexternalhit|headless|python-requests|"
    r"curl|wget|httpclient|java/|go-http|scrapy|lighthouse",
    re.IGNORECASE,
)


def is_bot(user_agent):
    return not user_agent or bool(BOT_PATTERN.search(user_agent))


def seen_pages(request):
    raw = request.COOKIES.get(SEEN_COOKIE, "")
    return [int(item) for item in raw.split(".") if item.isdigit()]


def count_view(page_id, day=None):
    day = day or timezone.localdate()
    update_or_insert(PageViewCount, {"page_id": page_id, "day": day}, {"views": F("views") + 1}, {"views": 1})
