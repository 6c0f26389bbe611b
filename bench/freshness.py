"""Publish-to-visible through the caching proxy (`make bench`, from bench/serving.py, or alone): an editor
publishes a new title in another process (as the admin's worker would), while one reader per page kind polls
that page through Varnish until it shows the change. Two articles: one of the provincial portal (the
article, its section, the portal home, the section's RSS feed, /sitemap.xml) and the demo's department
article syndicated on the provincial home (the same on its own portal, plus the provincial home, which shows
the text the board approved: the board approves right after the publish, and that page is counted from the
approval). A title shows in the page and its feed; the site map lists no title, so it counts as fresh when
its Last-Modified is the new publish's. Each step is timed: publish started → committed → purge sent →
visible on each page; the median of BENCH_PUBLISHES (5) publishes of each article. Timings only.

Alone (gunicorn behind Varnish on BENCH_PORT_BASE+3 and +2, the demo database of bench/serving.py):
    BENCH_SERVING_DIR=/tmp/bench-serving .venv/bin/python bench/freshness.py
BENCH_REWARM_THREADS="0 2" compares publishes without and with re-warming the proxy after the purge
(home/rewarm.py), interleaved; BENCH_LATE_READER_SECONDS (1) when the late readers arrive.
"""

import json
import os
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from email.utils import parsedate_to_datetime
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
PUBLISHES = int(os.environ.get("BENCH_PUBLISHES", 5))
POLL_SECONDS = 0.05
GIVE_UP_SECONDS = 30
LATE_SECONDS = float(os.environ.get("BENCH_LATE_READER_SECONDS", 1))
# Re-warm threads of the publishing process (home/rewarm.py) to compare, interleaved: "0 2" compares none and 2.
REWARM = os.environ.get("BENCH_REWARM_THREADS", "2").split()

DESCRIBE = """
import json, sys, django
django.setup()
from wagtail.models import Site
from decree.articles import ArticlePage
from decree.syndication import Syndication

def described(article, **extra):
    site = article.get_site()
    host = site.hostname if site.port in (80, 443) else f"{site.hostname}:{site.port}"
    section = article.get_parent().specific
    pages = [("page", host, article.relative_url(site), "title"),
             ("section", host, section.relative_url(site), "title"),
             ("portal home", host, site.root_page.relative_url(site), "title"),
             ("feed", host, section.relative_url(site) + "rss/", "title"),
             ("sitemap", host, "/sitemap.xml", "last-modified")]
    return {"pk": article.pk, "title": article.title.split(" (cập nhật")[0], "pages": pages, **extra}

province = Site.objects.get(is_default_site=True)
article = ArticlePage.objects.live().descendant_of(province.root_page).get(slug=sys.argv[1])
syndicated = Syndication.objects.filter(approved_revision__isnull=False).order_by("pk").first().article.specific
home = province.root_page
host = province.hostname if province.port in (80, 443) else f"{province.hostname}:{province.port}"
print(json.dumps({
    "provincial article": described(article),
    "syndicated article": described(syndicated, province_home=("province home", host, home.relative_url(province),
                                                                 "title")),
}))
"""

PUBLISH = """
import json, sys, time, django
django.setup()
from django.contrib.auth import get_user_model
from django.db import transaction
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from decree.articles import ArticlePage
from decree.syndication import Syndication, decide

stamps = {}
purge = PurgeBatch.purge

def stamp(name):
    stamps.setdefault(name, time.time())
    print(json.dumps({name: stamps[name]}), flush=True)

def timed_purge(self, *args, **kwargs):
    step = "approval " if "approval committed" in stamps else ""
    stamp(step + "purge started")
    purge(self, *args, **kwargs)
    stamp(step + "purge sent")

PurgeBatch.purge = timed_purge
article = ArticlePage.objects.get(pk=int(sys.argv[1]))
article.title = sys.argv[2]
stamp("started")
with transaction.atomic():
    transaction.on_commit(lambda: stamp("committed"))
    article.save_revision().publish()
if sys.argv[3] == "approve":
    with transaction.atomic():
        transaction.on_commit(lambda: stamp("approval committed"))
        decide(Syndication.objects.get(article_id=article.pk), get_user_model().objects.get(username="banbientap"),
               approve=True)
"""


def fetch(port, host, path):
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers={"Host": host})
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.headers, response.read().decode()


def is_fresh(check, marker, since, headers, body):
    if check == "title":
        return marker in body
    modified = headers.get("Last-Modified")
    return modified is not None and parsedate_to_datetime(modified).timestamp() >= int(since)


def reader(port, page, marker, since, start, seen):
    """An anonymous reader of one page from `start` on, asking again until it shows the change: when it did,
    and how long the reader's first request took."""
    kind, host, path, check = page
    time.sleep(max(0, start - time.time()))
    first = None
    while time.time() - since < GIVE_UP_SECONDS:
        asked = time.time()
        headers, body = fetch(port, host, path)
        first = first if first is not None else time.time() - asked
        if is_fresh(check, marker, since, headers, body):
            seen[kind] = {"at": time.time(), "first request": first}
            return
        time.sleep(POLL_SECONDS)


def publish_once(port, environment, article, approve, delay):
    """One publish; a reader on every page that shows it, from `delay` seconds after the commit (after the
    approval for the provincial home). Returns {kind: (seconds from that commit to the change shown, the
    reader's first request)}, and the steps."""
    marker = f"{article['title']} (cập nhật {time.time():.0f})"
    pages = list(article["pages"]) + ([article["province_home"]] if approve else [])
    for _kind, host, path, _check in pages:  # every page is in the proxy's cache when the editor publishes
        fetch(port, host, path)
    since, stamps, seen, readers = time.time(), {}, {}, []
    process = subprocess.Popen([sys.executable, "-c", PUBLISH, str(article["pk"]), marker,
                                "approve" if approve else "-"],
                               cwd=BASE_DIR, env=environment, stdout=subprocess.PIPE, text=True)
    for line in process.stdout:
        stamps.update(json.loads(line))
        commit = next(iter(set(json.loads(line)) & {"committed", "approval committed"}), None)
        for page in pages if commit else ():
            if (page[0] == "province home") == (commit == "approval committed"):
                readers.append(threading.Thread(target=reader, args=(
                    port, page, marker, since, stamps[commit] + delay, seen)))
                readers[-1].start()
    if process.wait():
        raise RuntimeError("the publish failed")
    for thread in readers:
        thread.join()
    visible = {}
    for kind, *_rest in pages:
        start = stamps["approval committed"] if kind == "province home" else stamps["committed"]
        visible[kind] = (seen[kind]["at"] - start, seen[kind]["first request"]) if kind in seen else (None, None)
    steps = {"publish (started → committed)": stamps["committed"] - stamps["started"],
             "purge (committed → sent)": stamps["purge sent"] - stamps["committed"]}
    return visible, steps


def median(values):
    values = [value for value in values if value is not None]
    return statistics.median(values) if values else None


def measure(port, environment):
    """Publishes each demo article 2 × BENCH_PUBLISHES times, interleaved: readers from the commit on, and
    readers arriving LATE_SECONDS after it. Prints the table; returns {article: {kind: median seconds}}."""
    described = subprocess.run([sys.executable, "-c", DESCRIBE, "hoi-nghi-trien-khai-nhiem-vu-chuyen-doi-so"],
                               cwd=BASE_DIR, env=environment, capture_output=True, text=True, check=True)
    articles = json.loads(described.stdout.splitlines()[-1])
    runs = {(name, threads, delay): [] for name in articles for threads in REWARM for delay in (0, LATE_SECONDS)}
    for _number in range(PUBLISHES):
        for name, threads, delay in runs:
            article, env = articles[name], {**environment, "CACHE_REWARM_THREADS": threads}
            runs[name, threads, delay].append(publish_once(port, env, article, "province_home" in article, delay))
    load = " ".join(open("/proc/loadavg").read().split()[:3])
    print(f"\nPublish → visible to anonymous readers through Varnish: median (min–max) of {PUBLISHES} publishes, "
          f"seconds from the commit; load average {load}")
    print(f"| article | page | re-warm threads | visible, readers from the commit | first request of a reader "
          f"{LATE_SECONDS:g} s after the commit | not shown in 30 s |")
    print("|---|---|---|---|---|---|")
    medians = {}
    for name in articles:
        medians[name] = {}
        for threads in REWARM:
            now, late = runs[name, threads, 0], runs[name, threads, LATE_SECONDS]
            for kind in now[0][0]:
                visible = [result[0][kind][0] for result in now]
                first = [result[0][kind][1] for result in late]
                medians[name][kind] = median(visible)
                failed = sum(value is None for value in visible + first)
                print(f"| {name} | {kind} | {threads} | {spread(visible)} | {spread(first)} | {failed} |")
            for step in now[0][1]:
                values = [result[1][step] for result in now + late]
                print(f"| {name} | step: {step} | {threads} | {spread(values)} | | |")
    return medians


def spread(values):
    values = [value for value in values if value is not None]
    return f"{statistics.median(values):.2f} ({min(values):.2f}–{max(values):.2f})" if values else "–"


def main():
    sys.path.insert(0, str(BASE_DIR / "bench"))
    import serving  # noqa: PLC0415 - serving.py also imports this module

    serving.prepare()
    varnish_port, application_port = serving.PORTS["varnish"], serving.PORTS["behind_varnish"]
    work = Path(serving.tempfile.mkdtemp(prefix="bench-freshness-"))
    work.chmod(0o755)
    vcl = work / "portal.vcl"
    vcl.write_text((BASE_DIR / "deploy/varnish/portal.vcl").read_text()
                   .replace('.port = "8000";', f'.port = "{application_port}";'))
    vcl.chmod(0o644)
    processes = [
        serving.gunicorn(application_port, PAGE_CACHE_SECONDS="600", APP_PAGE_CACHE="0"),
        subprocess.Popen(["varnishd", "-F", "-n", str(work / "varnish"), "-a", f"127.0.0.1:{varnish_port}",
                          "-f", str(vcl), "-s", "malloc,128m", "-p", "default_ttl=0"],
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True),
    ]
    try:
        serving.wait_for(application_port)
        serving.wait_for(varnish_port)
        measure(varnish_port, serving.environment(
            PAGE_CACHE_SECONDS="600", CACHE_PURGE_URL=f"http://127.0.0.1:{varnish_port}", PYTHONPATH=str(BASE_DIR)))
    finally:
        for process in processes:
            os.killpg(process.pid, serving.signal.SIGTERM)
        for process in processes:
            process.wait(timeout=30)
        serving.shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
