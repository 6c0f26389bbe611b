"""Soak (`make bench`, after serving): the portal under gunicorn with production settings and its page cache,
SOAK_SECONDS (default 600) of mixed anonymous traffic (SOAK_READERS threads over the home, sections, an
article, the register, search and the site maps) while an editor publishes a change of an article every
SOAK_PUBLISH_EVERY seconds. Prints the errors (any answer other than 200, any failed connection) and the
resident memory of the gunicorn processes sampled along the way. Goal: zero errors, memory flat.

    SOAK_SECONDS=60 .venv/bin/python bench/soak.py

Uses the database of bench/serving.py (BENCH_SERVING_DATABASE_URL, seeded when missing). Port 8260
(SOAK_PORT). Every process started here is stopped at the end.
"""

import itertools
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from serving import ARTICLE, BASE_DIR, HOST, PYTHON, environment, gunicorn, prepare, wait_for  # noqa: E402

# The editor's publish, in a process of its own as the admin's would be: a new title for the article.
PUBLISH = """
import sys, django
django.setup()
from wagtail.models import Site
from decree.articles import ArticlePage
province = Site.objects.get(is_default_site=True).root_page
article = ArticlePage.objects.descendant_of(province).get(slug=sys.argv[1])
article.title = sys.argv[2]
article.save_revision().publish()
"""

SECONDS = int(os.environ.get("SOAK_SECONDS", 600))
READERS = int(os.environ.get("SOAK_READERS", 8))
PUBLISH_EVERY = float(os.environ.get("SOAK_PUBLISH_EVERY", 5))
PORT = int(os.environ.get("SOAK_PORT", 8260))
SAMPLE_EVERY = max(1, SECONDS // 20)
PATHS = [
    "/", ARTICLE, "/tin-tuc-su-kien/", "/van-ban/", "/van-ban/?loai=4", "/dich-vu-cong/", "/hoi-dap/",
    "/search/?q=k%E1%BA%BF+ho%E1%BA%A1ch", "/search/?q=nghi+dinh&scope=all", "/sitemap.xml", "/so-do-cong/",
    "/chi-dao-dieu-hanh/lich-cong-tac/", "/en/",
]


def rss_kib(group_id):
    """Resident memory of every process of the process group, in KiB."""
    total = 0
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            if os.getpgid(int(status.parent.name)) != group_id:
                continue
            total += next(int(line.split()[1]) for line in status.read_text().splitlines() if line.startswith("VmRSS"))
        except (OSError, StopIteration, ValueError):
            continue
    return total


def reader(stop, counts, errors, offset):
    for path in itertools.islice(itertools.cycle(PATHS), offset, None):
        if stop.is_set():
            return
        request = urllib.request.Request(f"http://127.0.0.1:{PORT}{path}", headers={"Host": HOST})
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                response.read()
                ok = response.status == 200
        except (urllib.error.URLError, OSError) as error:
            ok = False
            errors.append(f"{path}: {error}")
        counts["requests"] += 1
        if not ok:
            counts["errors"] += 1


def editor(stop, counts, errors):
    slug = ARTICLE.strip("/").split("/")[-1]
    env = environment(PAGE_CACHE_SECONDS="600", PYTHONPATH=str(BASE_DIR))
    for number in itertools.count(1):
        if stop.wait(PUBLISH_EVERY):
            return
        title = f"Hội nghị triển khai nhiệm vụ chuyển đổi số (lần {number})"
        result = subprocess.run([PYTHON, "-c", PUBLISH, slug, title], cwd=BASE_DIR, env=env, capture_output=True,
                                text=True)
        counts["publishes"] += 1
        if result.returncode:
            counts["publish_errors"] += 1
            errors.append(result.stderr.strip().splitlines()[-1] if result.stderr.strip() else "publish failed")


def main():
    prepare()
    server = gunicorn(PORT, PAGE_CACHE_SECONDS="600", APP_PAGE_CACHE="1")
    try:
        wait_for(PORT)
        stop = threading.Event()
        counts = dict.fromkeys(("requests", "errors", "publishes", "publish_errors"), 0)
        errors = []
        threads = [threading.Thread(target=reader, args=(stop, counts, errors, n)) for n in range(READERS)]
        threads.append(threading.Thread(target=editor, args=(stop, counts, errors)))
        for thread in threads:
            thread.start()
        samples, started = [], time.monotonic()
        while time.monotonic() - started < SECONDS:
            time.sleep(SAMPLE_EVERY)
            samples.append((time.monotonic() - started, rss_kib(server.pid)))
            print(f"  {samples[-1][0]:5.0f} s  {counts['requests']} requests  RSS {samples[-1][1] / 1024:.0f} MiB",
                  flush=True)
        stop.set()
        for thread in threads:
            thread.join()
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    settled = samples[len(samples) // 4:] or samples  # the first quarter is the workers warming up
    growth = settled[-1][1] / settled[0][1] if settled and settled[0][1] else float("nan")
    print(f"\nSoak, {SECONDS} s, {READERS} readers, a publish every {PUBLISH_EVERY:g} s (noisy, shared machine)")
    print("| goal | measured | goal | met |")
    print("|---|---|---|---|")
    print(f"| errors ({counts['requests']} requests, {counts['publishes']} publishes) | "
          f"{counts['errors']} + {counts['publish_errors']} publish | 0 | "
          f"{'yes' if counts['errors'] + counts['publish_errors'] == 0 else 'no'} |")
    print(f"| RSS of gunicorn, last ÷ first after warm-up | {growth:.2f} "
          f"({settled[0][1] / 1024:.0f} → {settled[-1][1] / 1024:.0f} MiB) | ≤ 1.10 | {'yes' if growth <= 1.10 else 'no'} |")
    for error in errors[:10]:
        print(f"  error: {error}")


if __name__ == "__main__":
    main()
