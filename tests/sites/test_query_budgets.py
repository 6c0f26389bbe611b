"""Query budgets of the public pages: at most MAX_QUERIES for one anonymous request of every kind of public
page of the demo province, Vietnamese and English, at demo size and with its content ×10 (bench/content.py), rendered without the
application's page cache. The demo is seeded once for the module (and rolled back after it); each page is
requested once before counting, as a reader after the previous reader would (the site's menu and banners
are then in the cache, home/chrome.py)."""

from urllib.parse import urlsplit

import pytest
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from bench.content import multiply_content
from demo.province import PROVINCE, seed_demo

MAX_QUERIES = 12
FACTOR = 10
# Views that are not pages, on the provincial portal.
VIEW_PATHS = (
    "/search/?q=ke+hoach",
    "/search/?q=k%E1%BA%BF+ho%E1%BA%A1ch&scope=all",
    "/sitemap.xml",
    "/so-do-cong/",
    "/van-ban/?loai=4",
)


@pytest.fixture(scope="module")
def demo_province(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        portals, _logins = seed_demo()
        yield portals[0]
        transaction.set_rollback(True)


def public_pages(province):
    """One live page of every page type of the provincial portal in each language it is published in:
    {"type name language": full URL}."""
    pages = {}
    home_pages = Page.objects.filter(translation_key=province.root_page.translation_key)
    for home in home_pages:
        for page in Page.objects.descendant_of(home, inclusive=True).live().order_by("path").specific(defer=True):
            pages.setdefault(f"{type(page).__name__} {home.locale.language_code}", page.get_full_url())
    return pages


def count_queries(url):
    parts = urlsplit(url)
    client = Client()
    host = {"HTTP_HOST": parts.netloc, "SERVER_PORT": str(parts.port or 80)}
    path = f"{parts.path}?{parts.query}" if parts.query else parts.path
    first = client.get(path, **host)
    assert first.status_code == 200, (url, first.status_code)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path, **host)
    assert response.status_code == 200
    return len(queries)


def over_budget(province):
    urls = {**public_pages(province), **{path: province.site.root_url + path for path in VIEW_PATHS}}
    counts = {name: count_queries(url) for name, url in urls.items()}
    return counts, {name: count for name, count in counts.items() if count > MAX_QUERIES}


@pytest.mark.django_db
def test_every_public_page_kind_stays_within_the_query_budget_at_demo_size_and_at_ten_times(demo_province, settings):
    settings.SITE_CHROME_SECONDS = 600  # as with a shared cache: a slow request must not outlive the entries
    counts, over = over_budget(demo_province)
    assert len(counts) >= 20, counts  # the demo has every kind of page
    assert over == {}, f"demo size: {over}"

    multiply_content(demo_province.root_page, FACTOR)
    counts_x10, over_x10 = over_budget(demo_province)
    assert over_x10 == {}, f"×{FACTOR}: {over_x10}"
    grown = {name: (counts[name], count) for name, count in counts_x10.items() if count > counts.get(name, 0)}
    assert grown == {}, f"query counts grew with the content: {grown}"
