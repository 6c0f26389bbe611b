"""Content ×N for the query budgets (tests/sites/test_query_budgets.py) and `make bench`: every live page
below a portal's sections that has no children of its own gets N-1 published copies beside it, so that every
listing, register, feed and site map of the portal lists N times as many items.

Copies are saved as pages (not through Wagtail's copy, which would also copy revisions and logs): same
fields, a new slug, live; their inline lists (a schedule's entries, a unit's staff) stay with the original.

Run as a script (`make bench`), it copies the demo database of bench/serving.py to a ×BENCH_FACTOR one
(BENCH_CONTENT_DATABASE, default /tmp/bench-serving/demo-x10.sqlite3; made once), multiplies the
provincial portal there and prints the queries of one page of every kind at both sizes.
"""

import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

from django.db import transaction

SECTION_DEPTH = 3  # a portal's home is at depth 2, its sections below it


@transaction.atomic
def multiply_content(root, factor):
    """Add `factor - 1` copies of every live childless page below the sections of `root`; returns how many."""
    from wagtail.models import Page  # here: the module also runs as a script, before Django is set up

    originals = [
        page.specific
        for page in Page.objects.descendant_of(root).filter(depth__gt=SECTION_DEPTH, numchild=0, live=True)
        .order_by("path")
    ]
    added = 0
    for page in originals:
        parent = page.get_parent()
        for number in range(1, factor):
            copy = page.specific_class.objects.get(pk=page.pk)
            copy.pk = copy.id = copy.page_ptr_id = None
            copy.path, copy.depth, copy.numchild = None, None, 0
            copy.slug = f"{page.slug}-{number}"
            copy.url_path = None
            copy.translation_key = uuid.uuid4()
            copy.latest_revision = copy.live_revision = None
            copy._state.adding = True
            parent.add_child(instance=copy)
            parent.refresh_from_db(fields=["numchild", "path"])
            added += 1
    return added


COUNT = """
import sys, django
django.setup()
from urllib.parse import urlsplit
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site
province = Site.objects.get(is_default_site=True).root_page
urls = {}
for page in Page.objects.descendant_of(province, inclusive=True).live().filter(
        locale__language_code="vi").order_by("path").specific(defer=True):
    urls.setdefault(type(page).__name__, page.get_full_url())
client = Client()
for name, url in sorted(urls.items()):
    parts = urlsplit(url)
    host = {"HTTP_HOST": parts.netloc, "SERVER_PORT": str(parts.port or 80)}
    client.get(parts.path, **host)
    with CaptureQueriesContext(connection) as queries:
        client.get(parts.path, **host)
    print(name, len(queries))
"""


def counts(database, base_dir):
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}", "DJANGO_SETTINGS_MODULE": "sites.settings.dev",
           "APP_PAGE_CACHE": "0", "SITE_CHROME_SECONDS": "600", "PYTHONPATH": str(base_dir)}
    result = subprocess.run([sys.executable, "-c", COUNT], cwd=base_dir, env=env, capture_output=True, text=True,
                            check=True)
    return dict((name, int(count)) for name, count in (line.split() for line in result.stdout.splitlines()))


def main():
    base_dir = Path(__file__).resolve().parent.parent
    factor = int(os.environ.get("BENCH_FACTOR", 10))
    demo = Path(os.environ.get("BENCH_SERVING_DIR", "/tmp/bench-serving")) / "demo.sqlite3"
    target = Path(os.environ.get("BENCH_CONTENT_DATABASE", demo.with_name(f"demo-x{factor}.sqlite3")))
    if not demo.exists():
        sys.exit(f"{demo} is missing: run bench/serving.py first (it seeds the demo)")
    if not target.exists():
        shutil.copy(demo, target)
        env = {**os.environ, "DATABASE_URL": f"sqlite:///{target}", "DJANGO_SETTINGS_MODULE": "sites.settings.dev",
               "PYTHONPATH": str(base_dir)}
        code = ("import django, sys; django.setup()\nfrom wagtail.models import Site\nfrom bench.content import "
                "multiply_content\nprint(multiply_content(Site.objects.get(is_default_site=True).root_page, "
                f"{factor}))")
        added = subprocess.run([sys.executable, "-c", code], cwd=base_dir, env=env, capture_output=True, text=True,
                               check=True).stdout.strip()
        print(f"content ×{factor}: {added} pages added to the provincial portal in {target}")
    small, large = counts(demo, base_dir), counts(target, base_dir)
    print(f"\nQueries per uncached page (application cache off), demo size and ×{factor}; goal ≤ 12, flat")
    print(f"| page kind | demo | ×{factor} |")
    print("|---|---|---|")
    for name in sorted(small):
        print(f"| {name} | {small[name]} | {large.get(name, '')} |")
    worst = max(max(small.values()), max(large.values()))
    grown = [name for name in small if large.get(name, 0) > small[name]]
    print(f"| goal: every kind ≤ 12 and flat | max {worst} | {'grew: ' + ', '.join(grown) if grown else 'flat'} |")


if __name__ == "__main__":
    main()
