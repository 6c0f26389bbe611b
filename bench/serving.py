"""Benchmark of production serving (`make bench`, after the scorecard): the portal under gunicorn with
production settings, uncached, from its own page cache and from Varnish, against two reference servers on
the same machine in the same run (nginx serving the saved home page as a static file, a trivial Django view
returning the same bytes). wrk measures every target once per round, the order rotated each round; ratios
are taken within a round, then the median. Timings only: nothing here passes or fails.

    BENCH_SERVING_DATABASE_URL=sqlite:////tmp/bench-serving/demo.sqlite3   (default; seeded when missing)
    BENCH_ROUNDS=3 BENCH_SECONDS=10 BENCH_CONNECTIONS=32 GUNICORN_WORKERS=2

Ports 8155-8160 (override BENCH_PORT_BASE). Every process started here is stopped at the end.
"""

import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
WORK = Path(os.environ.get("BENCH_SERVING_DIR", "/tmp/bench-serving"))
DATABASE_URL = os.environ.get("BENCH_SERVING_DATABASE_URL") or f"sqlite:///{WORK / 'demo.sqlite3'}"
ROUNDS = int(os.environ.get("BENCH_ROUNDS", 3))
SECONDS = int(os.environ.get("BENCH_SECONDS", 10))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", 32))
WORKERS = os.environ.get("GUNICORN_WORKERS", "2")
PORT = int(os.environ.get("BENCH_PORT_BASE", 8155))
PORTS = {"uncached": PORT, "app_cache": PORT + 1, "varnish": PORT + 2, "behind_varnish": PORT + 3,
         "nginx": PORT + 4, "trivial": PORT + 5}
PYTHON = str(BASE_DIR / ".venv" / "bin" / "python")
GUNICORN = str(BASE_DIR / ".venv" / "bin" / "gunicorn")
HOST = "localhost"
ARTICLE = "/tin-tuc-su-kien/hoi-nghi-trien-khai-nhiem-vu-chuyen-doi-so/"

# (name, port key, path)
TARGETS = [
    ("home, uncached", "uncached", "/"),
    ("article, uncached", "uncached", ARTICLE),
    ("register ?loai=4, uncached", "uncached", "/van-ban/?loai=4"),
    ("search scope=all, uncached", "uncached", "/search/?q=nghi%20dinh&scope=all"),
    ("home, application cache", "app_cache", "/"),
    ("home, Varnish", "varnish", "/"),
    ("nginx static file", "nginx", "/home.html"),
    ("trivial Django view", "trivial", "/"),
]
GOALS = [
    ("anonymous page from the reverse-proxy cache ÷ nginx static", "home, Varnish", "nginx static file", 0.5),
    ("anonymous page from the application cache ÷ trivial Django", "home, application cache", "trivial Django view", 0.5),
]


def environment(**extra):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "sites.settings.production", "SECRET_KEY": "bench-" + "x" * 50,
        "ALLOWED_HOSTS": "localhost,.localhost,127.0.0.1", "SECURE_SSL_REDIRECT": "0", "SECURE_HSTS_SECONDS": "0",
        "WAGTAILADMIN_BASE_URL": "http://localhost",
        "DATABASE_URL": DATABASE_URL, "STATIC_ROOT": str(WORK / "static"), "LOG_LEVEL": "WARNING",
        "GUNICORN_WORKERS": WORKERS, "GUNICORN_ACCESS_LOG": "/dev/null",
    }
    env.pop("REDIS_URL", None)  # the cache is chosen here, not by the caller's environment
    if os.environ.get("BENCH_REDIS_URL"):
        env["REDIS_URL"] = os.environ["BENCH_REDIS_URL"]
    env.update(extra)
    return env


def prepare():
    WORK.mkdir(parents=True, exist_ok=True)
    dev = {**os.environ, "DATABASE_URL": DATABASE_URL, "DJANGO_SETTINGS_MODULE": "sites.settings.dev"}
    if DATABASE_URL.startswith("sqlite") and not Path(DATABASE_URL.removeprefix("sqlite:///")).exists():
        print("seeding the demo province (a few minutes)…", flush=True)
        subprocess.run([PYTHON, "manage.py", "migrate", "--noinput"], cwd=BASE_DIR, env=dev, check=True,
                       stdout=subprocess.DEVNULL)
        subprocess.run([PYTHON, "manage.py", "seed_demo"], cwd=BASE_DIR, env=dev, check=True, stdout=subprocess.DEVNULL)
    subprocess.run([PYTHON, "manage.py", "collectstatic", "--noinput"], cwd=BASE_DIR, env=environment(),
                   check=True, stdout=subprocess.DEVNULL)


def gunicorn(port, app="sites.wsgi:application", **env):
    return subprocess.Popen(
        [GUNICORN, "-c", "deploy/gunicorn.conf.py", "--bind", f"127.0.0.1:{port}", app],
        cwd=BASE_DIR, env=environment(**env), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def wait_for(port, path="/", host=HOST):
    for _ in range(300):
        try:
            request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers={"Host": host})
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.read()
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"nothing answers on port {port}")


def start_servers(tmp):
    processes = [
        gunicorn(PORTS["uncached"], PAGE_CACHE_SECONDS="0"),
        gunicorn(PORTS["app_cache"], PAGE_CACHE_SECONDS="600", APP_PAGE_CACHE="1"),
        gunicorn(PORTS["behind_varnish"], PAGE_CACHE_SECONDS="600", APP_PAGE_CACHE="0"),
    ]
    home = wait_for(PORTS["uncached"])
    (tmp / "www").mkdir()
    (tmp / "www" / "home.html").write_bytes(home)
    (tmp / "home.html").write_bytes(home)
    processes.append(gunicorn(PORTS["trivial"], app="bench.trivial_django:application", TRIVIAL_BODY=str(tmp / "home.html")))
    nginx_conf = tmp / "nginx.conf"
    nginx_conf.write_text(
        f"worker_processes 2; pid {tmp}/nginx.pid; error_log {tmp}/nginx-error.log; daemon off;\n"
        f"events {{ worker_connections 1024; }}\n"
        f"http {{ access_log off; client_body_temp_path {tmp}; proxy_temp_path {tmp}; fastcgi_temp_path {tmp};"
        f" uwsgi_temp_path {tmp}; scgi_temp_path {tmp}; keepalive_requests 100000; default_type text/html;"
        f" server {{ listen 127.0.0.1:{PORTS['nginx']}; root {tmp}/www; }} }}\n"
    )
    processes.append(subprocess.Popen(["nginx", "-c", str(nginx_conf)], start_new_session=True))
    tmp.chmod(0o755)
    vcl = tmp / "portal.vcl"
    vcl.write_text((BASE_DIR / "deploy/varnish/portal.vcl").read_text()
                   .replace('.port = "8000";', f'.port = "{PORTS["behind_varnish"]}";'))
    vcl.chmod(0o644)
    processes.append(subprocess.Popen(
        ["varnishd", "-F", "-n", str(tmp / "varnish"), "-a", f"127.0.0.1:{PORTS['varnish']}", "-f", str(vcl),
         "-s", "malloc,128m", "-p", "default_ttl=0"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    ))
    for key in ("app_cache", "behind_varnish", "trivial", "nginx"):
        wait_for(PORTS[key], "/home.html" if key == "nginx" else "/")
    wait_for(PORTS["varnish"])
    return processes


def wrk(port, path):
    result = subprocess.run(
        ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{SECONDS}s", "--timeout", "30s", "-H", f"Host: {HOST}",
         f"http://127.0.0.1:{port}{path}"],
        capture_output=True, text=True, check=True,
    )
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", result.stdout).group(1))
    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", result.stdout))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", result.stdout)
    return rate, errors + (int(non_2xx.group(1)) if non_2xx else 0)


def query_counts():
    """Queries per uncached page, counted in-process (production settings, page cache off)."""
    code = (
        "from django.test import Client; from django.db import connection;"
        "from django.test.utils import CaptureQueriesContext; import sys\n"
        "client = Client()\n"
        "for path in sys.argv[1:]:\n"
        "    client.get(path, HTTP_HOST='localhost')\n"
        "    with CaptureQueriesContext(connection) as q: client.get(path, HTTP_HOST='localhost')\n"
        "    print(len(q))\n"
    )
    paths = [path for name, key, path in TARGETS if key == "uncached"]
    result = subprocess.run([PYTHON, "-c", "import django; django.setup()\n" + code, *paths], cwd=BASE_DIR,
                            env=environment(PAGE_CACHE_SECONDS="0", PYTHONPATH=str(BASE_DIR)),
                            capture_output=True, text=True, check=True)
    return dict(zip(paths, map(int, result.stdout.split())))


def publish_visibility():
    """Seconds from a publish's commit until Varnish shows it on every page that shows it (bench/freshness.py:
    the article, its section, the portal home, the feed, the site map; the provincial home when syndicated):
    the worst page kind's median."""
    import freshness  # noqa: PLC0415 - bench/freshness.py, next to this script

    env = environment(PAGE_CACHE_SECONDS="600", CACHE_PURGE_URL=f"http://127.0.0.1:{PORTS['varnish']}",
                      PYTHONPATH=str(BASE_DIR))
    medians = freshness.measure(PORTS["varnish"], env)
    values = [value for kinds in medians.values() for value in kinds.values()]
    return None if None in values else max(values)


def main():
    for tool in ("wrk", "nginx", "varnishd"):
        if not shutil.which(tool) and not Path("/usr/sbin", tool).exists():
            sys.exit(f"{tool} is missing (apt-get install wrk nginx varnish)")
    prepare()
    tmp = Path(tempfile.mkdtemp(prefix="bench-serving-"))
    processes = start_servers(tmp)
    try:
        rates = {name: [] for name, _key, _path in TARGETS}
        errors = dict.fromkeys(rates, 0)
        for round_number in range(ROUNDS):
            order = TARGETS[round_number % len(TARGETS):] + TARGETS[:round_number % len(TARGETS)]
            for name, key, path in order:
                wrk(PORTS[key], path)  # warm-up, not counted
                rate, failed = wrk(PORTS[key], path)
                rates[name].append(rate)
                errors[name] += failed
            print(f"round {round_number + 1}/{ROUNDS} done (load {os.getloadavg()[0]:.1f})", flush=True)
        queries = query_counts()
        visible_after = publish_visibility()
    finally:
        for process in processes:
            os.killpg(process.pid, signal.SIGTERM)
        for process in processes:
            process.wait(timeout=30)
        shutil.rmtree(tmp, ignore_errors=True)

    print(f"\nServing, {ROUNDS} interleaved rounds × {SECONDS} s, wrk -t2 -c{CONNECTIONS}, gunicorn {WORKERS} workers")
    print("| target | req/s median | min–max | errors | queries |")
    print("|---|---|---|---|---|")
    paths = {name: path for name, _key, path in TARGETS}
    for name, values in rates.items():
        print(f"| {name} | {statistics.median(values):,.0f} | {min(values):,.0f}–{max(values):,.0f} | {errors[name]} |"
              f" {queries.get(paths[name], '') if name.endswith('uncached') else ''} |")
    print("\n| goal | ratio (median of per-round ratios) | goal | met |")
    print("|---|---|---|---|")
    for label, page, reference, goal in GOALS:
        ratio = statistics.median(a / b for a, b in zip(rates[page], rates[reference]))
        print(f"| {label} | {ratio:.2f} | ≥ {goal} | {'yes' if ratio >= goal else 'no'} |")
    worst = max(queries.values())
    print(f"| queries on the uncached pages measured | max {worst} | ≤ 12 | {'yes' if worst <= 12 else 'no'} |")
    shown = "not within 60 s" if visible_after is None else f"{visible_after:.2f} s"
    print(f"| a publish visible through Varnish (every page kind showing it, worst median) | {shown} | ≤ 2 s |"
          f" {'yes' if visible_after is not None and visible_after <= 2 else 'no'} |")
    print("| uncached pages ÷ bakerydemo | measured next, by bench/bakerydemo.py | ≥ 5 | – |")


if __name__ == "__main__":
    main()
