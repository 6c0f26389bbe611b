"""Benchmark of the oversight scorecard: 500 portals × 200 pages, generated with bulk inserts (not through
provisioning, which would take far longer), then the scorecard timed.

    make bench                       # SQLite file in /tmp
    BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench make bench   # an EMPTY, throwaway database

The target database is migrated and filled; never point it at a database you care about.
"""

import datetime
import os
import random
import statistics
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
DEFAULT_DB = Path("/tmp/bench-scorecard.sqlite3")
os.environ["DATABASE_URL"] = os.environ.get("BENCH_DATABASE_URL") or f"sqlite:///{DEFAULT_DB}"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sites.settings.dev")
PORTALS = int(os.environ.get("BENCH_PORTALS", 500))
PAGES = int(os.environ.get("BENCH_PAGES", 200))
RUNS = 5

BASE36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def step(number):
    text = ""
    for _ in range(4):
        number, digit = divmod(number, 36)
        text = BASE36[digit] + text
    return text


def main():
    if not os.environ.get("BENCH_DATABASE_URL") and DEFAULT_DB.exists():
        DEFAULT_DB.unlink()
    import django

    django.setup()
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone
    from wagtail.models import Locale, Page

    from component_portals.models import ComponentPortal
    from decree.categories import categories_for
    from home.models import PageRating, PageViewCount, StandardPage
    from oversight.scorecard import build_scorecard

    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    print(f"migrate: {time.perf_counter() - started:.1f} s")

    started = time.perf_counter()
    random.seed(7)
    locale = Locale.objects.get_or_create(language_code="vi")[0]
    root = Page.objects.get(depth=1)
    now = timezone.now()
    item_type = ContentType.objects.get_for_model(StandardPage)
    categories = categories_for("department")
    section_types = {c.key: apps.get_model(c.section_type) for c in categories}
    section_ct = {key: ContentType.objects.get_for_model(model) for key, model in section_types.items()}
    start_index = root.get_children().count() + 1

    def page(path, title, content_type, age_days):
        when = now - datetime.timedelta(days=age_days)
        return Page(
            path=path, depth=len(path) // 4, numchild=0, title=title, draft_title=title, slug=f"p{path.lower()}",
            content_type=content_type, live=True, locale=locale, url_path=f"/{path.lower()}/",
            first_published_at=when, last_published_at=when, latest_revision_created_at=when,
        )

    with transaction.atomic():
        homes = [page(root.path + step(start_index + i), f"Cổng {i}", item_type, 30) for i in range(PORTALS)]
        Page.objects.bulk_create(homes, batch_size=1000)
        homes = list(Page.objects.filter(depth=2, path__in=[h.path for h in homes]).order_by("path"))
        ComponentPortal.objects.bulk_create(
            [ComponentPortal(name=f"Cổng thử tải {i:03d}", slug=f"bench-{i}", kind="department", root_page=home)
             for i, home in enumerate(homes)], batch_size=1000,
        )
        sections, items = [], []
        for home in homes:
            for index, category in enumerate(categories, start=1):
                sections.append((category.key, page(home.path + step(index), category.key, section_ct[category.key], 60)))
            for number in range(PAGES):
                index = random.randrange(len(categories)) + 1
                path = home.path + step(index) + step(number + 1)
                items.append(page(path, f"Tin {number}", item_type, random.randrange(0, 400)))
        Page.objects.bulk_create([s for _key, s in sections], batch_size=1000)
        ids = dict(Page.objects.filter(depth=3).values_list("path", "id"))
        done = set()
        for key, model in section_types.items():
            # Multi-table inheritance: one row in every table between Page and the section type.
            chain = [m for m in reversed(model._meta.get_parent_list()) if m is not Page] + [model]
            for table_model in chain:
                rows = []
                for k, s in sections:
                    if k != key or (table_model, ids[s.path]) in done:
                        continue
                    done.add((table_model, ids[s.path]))
                    row = table_model(category_key=k)
                    for field in table_model._meta.local_concrete_fields:
                        if field.one_to_one and getattr(field.remote_field, "parent_link", False):
                            setattr(row, field.attname, ids[s.path])
                    rows.append(row)
                if rows:
                    table_model._base_manager._insert(
                        rows, fields=table_model._meta.local_concrete_fields, using="default"
                    )
        Page.objects.bulk_create(items, batch_size=2000)
        item_ids = list(Page.objects.filter(depth=4).values_list("id", flat=True))
        today = timezone.localdate()
        PageViewCount.objects.bulk_create(
            [PageViewCount(page_id=pk, day=today - datetime.timedelta(days=random.randrange(30)), views=random.randrange(1, 50))
             for pk in random.sample(item_ids, min(len(item_ids), 20000))],
            batch_size=2000, ignore_conflicts=True,
        )
        PageRating.objects.bulk_create(
            [PageRating(page_id=pk, visitor=f"{number:064x}", useful=random.random() < 0.7)
             for number, pk in enumerate(random.sample(item_ids, min(len(item_ids), 20000)))],
            batch_size=2000,
        )
        if connection.vendor == "sqlite" and os.environ.get("BENCH_DEBUG"):
            with connection.cursor() as cursor:
                cursor.execute("PRAGMA foreign_key_check")
                print(cursor.fetchall()[:5])
    print(f"generated {PORTALS} portals × {PAGES} pages ({Page.objects.count()} pages) in "
          f"{time.perf_counter() - started:.1f} s on {connection.vendor}")

    timings = []
    for _run in range(RUNS):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            rows = build_scorecard()
            timings.append(time.perf_counter() - started)
    print(f"scorecard: {len(rows)} portals, {len(queries)} queries; "
          f"median {statistics.median(timings) * 1000:.0f} ms, best {min(timings) * 1000:.0f} ms over {RUNS} runs")


if __name__ == "__main__":
    main()
