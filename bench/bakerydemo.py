"""The portal's uncached pages side by side with Wagtail's bakerydemo (`make bench`, after bench/serving.py).

bakerydemo is obtained at bench time, never kept in this repository: BAKERYDEMO_DIR if set (a checkout),
else `git clone --depth 1 https://github.com/wagtail/bakerydemo` into the bench work folder. It gets its own
venv there (its requirements/base.txt plus whitenoise and gunicorn, with BAKERYDEMO_PYTHON or the first
python3.13/python3.12 found: it needs Python ≥ 3.12), `load_initial_data` into its own SQLite file,
collectstatic, and runs under gunicorn with the portal's flags (sync workers, GUNICORN_WORKERS, production
settings). Anything missing: a message says what, and the comparison is skipped.

Per round, in rotated order: wrk on the portal's uncached home, article and register and on bakerydemo's
home and a blog post (req/s), then the server CPU each costs per request (utime+stime of the gunicorn master
and workers from /proc, reaped workers included, over `wrk -t1 -c2`): the CPU figure moves least when the
shared machine is loaded. Ratios «portal page ÷ bakerydemo page» (req/s, and bakerydemo's CPU ÷ the
portal's, so both read "times faster") are taken within a round, then the median.

    BAKERYDEMO_DIR, BAKERYDEMO_PYTHON, BENCH_ROUNDS, BENCH_SECONDS, BENCH_CONNECTIONS, BENCH_CPU_SECONDS
Ports BENCH_PORT_BASE+10 (portal) and +11 (bakerydemo). Every process started here is stopped at the end.
"""

import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

import serving

BAKERY_REPOSITORY = "https://github.com/wagtail/bakerydemo"
BAKERY_WORK = serving.WORK / "bakerydemo"
BAKERY_SOURCE = Path(os.environ.get("BAKERYDEMO_DIR") or BAKERY_WORK / "src")
BAKERY_VENV = BAKERY_WORK / "venv"
BAKERY_DATABASE = BAKERY_WORK / "bakerydemo.sqlite3"
PORTAL_PORT = serving.PORT + 10
BAKERY_PORT = serving.PORT + 11
CPU_SECONDS = int(os.environ.get("BENCH_CPU_SECONDS", 8))
BLOG_POST = "/blog/wild-yeast/"

# (name, port, host, path)
TARGETS = [
    ("portal home", PORTAL_PORT, serving.HOST, "/"),
    ("portal article", PORTAL_PORT, serving.HOST, serving.ARTICLE),
    ("portal register ?loai=4", PORTAL_PORT, serving.HOST, "/van-ban/?loai=4"),
    ("bakerydemo home", BAKERY_PORT, "localhost", "/"),
    ("bakerydemo blog post", BAKERY_PORT, "localhost", BLOG_POST),
]
# BENCH_BEFORE_DIR: another checkout of the portal (e.g. `git worktree add /tmp/before main`), measured in the
# same rounds on the same database, to see what a change gained.
BEFORE_DIR = os.environ.get("BENCH_BEFORE_DIR")
BEFORE_PORT = serving.PORT + 12
if BEFORE_DIR:
    TARGETS += [(f"before: {name.removeprefix('portal ')}", BEFORE_PORT, host, path)
                for name, port, host, path in TARGETS if port == PORTAL_PORT]
COMPARISONS = [
    ("home ÷ bakerydemo home", "portal home", "bakerydemo home"),
    ("article ÷ bakerydemo blog post", "portal article", "bakerydemo blog post"),
    ("register ÷ bakerydemo home", "portal register ?loai=4", "bakerydemo home"),
    ("register ÷ bakerydemo blog post", "portal register ?loai=4", "bakerydemo blog post"),
]
if BEFORE_DIR:
    COMPARISONS += [("before: home ÷ bakerydemo home", "before: home", "bakerydemo home"),
                    ("before: article ÷ bakerydemo blog post", "before: article", "bakerydemo blog post"),
                    ("before: register ÷ bakerydemo home", "before: register ?loai=4", "bakerydemo home")]
GOAL = 5


class Unavailable(Exception):
    """bakerydemo cannot be set up here; the message says why."""


def run(command, **kwargs):
    result = subprocess.run(command, capture_output=True, text=True, **kwargs)
    if result.returncode:
        raise Unavailable(f"{' '.join(map(str, command[:4]))} … failed:\n{result.stderr[-2000:]}")
    return result.stdout


def bakery_python():
    candidates = [os.environ.get("BAKERYDEMO_PYTHON"), "python3.13", "python3.12"]
    for candidate in filter(None, candidates):
        path = shutil.which(candidate)
        if path and subprocess.run([path, "-c", "import sys; assert sys.version_info >= (3, 12)"],
                                   capture_output=True).returncode == 0:
            return path
    raise Unavailable("bakerydemo needs Python ≥ 3.12 (set BAKERYDEMO_PYTHON)")


def bakery_environment():
    return {
        **{key: value for key, value in os.environ.items() if key not in ("DATABASE_URL", "REDIS_URL", "VIRTUAL_ENV")},
        "DJANGO_SETTINGS_MODULE": "bakerydemo.settings.production", "DJANGO_SECRET_KEY": "bench-" + "x" * 50,
        "DJANGO_ALLOWED_HOSTS": "localhost,127.0.0.1", "DATABASE_NAME": str(BAKERY_DATABASE),
        "DJANGO_LOG_LEVEL": "WARNING", "PYTHONPATH": str(BAKERY_SOURCE),
        "SECURE_SSL_REDIRECT": "False", "SECURE_HSTS_SECONDS": "0",
    }


def set_up_bakerydemo():
    """Clone (unless BAKERYDEMO_DIR), venv, data and static files; each step once per work folder."""
    BAKERY_WORK.mkdir(parents=True, exist_ok=True)
    if not (BAKERY_SOURCE / "manage.py").exists():
        if os.environ.get("BAKERYDEMO_DIR"):
            raise Unavailable(f"BAKERYDEMO_DIR={BAKERY_SOURCE} holds no bakerydemo checkout")
        print(f"cloning {BAKERY_REPOSITORY} into {BAKERY_SOURCE}…", flush=True)
        run(["git", "clone", "--quiet", "--depth", "1", BAKERY_REPOSITORY, str(BAKERY_SOURCE)])
    python = BAKERY_VENV / "bin" / "python"
    if not (BAKERY_VENV / ".installed").exists():
        print("installing bakerydemo's requirements into its own venv (a few minutes)…", flush=True)
        run([bakery_python(), "-m", "venv", str(BAKERY_VENV)])
        run([str(python), "-m", "pip", "install", "--quiet", "-r", str(BAKERY_SOURCE / "requirements" / "base.txt"),
             "whitenoise", "gunicorn"])
        (BAKERY_VENV / ".installed").touch()
    env = bakery_environment()
    if not BAKERY_DATABASE.exists():
        print("loading bakerydemo's initial data…", flush=True)
        run([str(python), "manage.py", "migrate", "--noinput"], cwd=BAKERY_SOURCE, env=env)
        run([str(python), "manage.py", "load_initial_data"], cwd=BAKERY_SOURCE, env=env)
    run([str(python), "manage.py", "collectstatic", "--noinput"], cwd=BAKERY_SOURCE, env=env)
    revision = subprocess.run(["git", "-C", str(BAKERY_SOURCE), "log", "-1", "--format=%h %cs"],
                              capture_output=True, text=True).stdout.strip() or "(not a git checkout)"
    versions = run([str(python), "-c", "import sys, django, wagtail; print(sys.version.split()[0], "
                    "django.get_version(), wagtail.__version__)"], env=env).split()
    return f"bakerydemo {revision}, Python {versions[0]}, Django {versions[1]}, Wagtail {versions[2]}"


def start_bakerydemo():
    return subprocess.Popen(
        [str(BAKERY_VENV / "bin" / "gunicorn"), "--workers", serving.WORKERS, "--worker-class", "sync",
         "--threads", "1", "--max-requests", "2000", "--max-requests-jitter", "200", "--preload",
         "--access-logfile", "/dev/null", "--no-control-socket", "--bind", f"127.0.0.1:{BAKERY_PORT}", "bakerydemo.wsgi:application"],
        cwd=BAKERY_SOURCE, env=bakery_environment(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def process_cpu_seconds(master_pid):
    """CPU seconds of a gunicorn master and its workers, live and reaped (a recycled worker's time moves into
    the master's cutime/cstime)."""
    ticks = 0
    for stat_path in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat_path.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid, parent = int(stat_path.parent.name), int(fields[1])
        if pid == master_pid:
            ticks += sum(int(value) for value in fields[11:15])  # utime stime cutime cstime
        elif parent == master_pid:
            ticks += int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")


def wrk_requests(port, host, path, connections, seconds, threads=2):
    result = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "30s", "-H", f"Host: {host}",
         f"http://127.0.0.1:{port}{path}"],
        capture_output=True, text=True, check=True,
    )
    requests = int(re.search(r"(\d+) requests in", result.stdout).group(1))
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", result.stdout).group(1))
    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", result.stdout))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", result.stdout)
    return requests, rate, errors + (int(non_2xx.group(1)) if non_2xx else 0)


def wait_until_idle(master_pid, limit=120):
    """Until the server has answered the requests still queued from the last wrk run (wrk stops sending,
    the sync workers go on rendering what their listen queue holds): they would count in the next figure."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        before = process_cpu_seconds(master_pid)
        time.sleep(0.5)
        if process_cpu_seconds(master_pid) - before < 0.02:
            return


def cpu_ms_per_request(master_pid, port, host, path):
    wait_until_idle(master_pid)
    before = process_cpu_seconds(master_pid)
    requests, _rate, _errors = wrk_requests(port, host, path, connections=2, seconds=CPU_SECONDS, threads=1)
    return (process_cpu_seconds(master_pid) - before) * 1000 / max(requests, 1)


def measure(masters):
    """{target: {"rate": [...], "cpu": [...], "errors": n, "load": [...]}} over interleaved rounds."""
    results = {name: {"rate": [], "cpu": [], "errors": 0, "load": []} for name, *_rest in TARGETS}
    for round_number in range(serving.ROUNDS):
        shift = round_number % len(TARGETS)
        for name, port, host, path in TARGETS[shift:] + TARGETS[:shift]:
            result = results[name]
            for master in masters.values():
                wait_until_idle(master)
            result["load"].append(os.getloadavg()[0])
            wrk_requests(port, host, path, serving.CONNECTIONS, serving.SECONDS)  # warm-up, not counted
            wait_until_idle(masters[port])
            _requests, rate, errors = wrk_requests(port, host, path, serving.CONNECTIONS, serving.SECONDS)
            result["rate"].append(rate)
            result["errors"] += errors
            result["cpu"].append(cpu_ms_per_request(masters[port], port, host, path))
        print(f"round {round_number + 1}/{serving.ROUNDS} done (load {os.getloadavg()[0]:.1f})", flush=True)
    return results


def report(results, description):
    load = [value for result in results.values() for value in result["load"]]
    print(f"\nPortal uncached ÷ bakerydemo, {serving.ROUNDS} interleaved rounds; wrk -t2 -c{serving.CONNECTIONS} "
          f"{serving.SECONDS} s, CPU over wrk -t1 -c2 {CPU_SECONDS} s; gunicorn {serving.WORKERS} sync workers each;"
          f" load average {min(load):.1f}–{max(load):.1f}\n{description}")
    print("| target | req/s median (min–max) | server CPU ms/request median (min–max) | errors |")
    print("|---|---|---|---|")
    for name, result in results.items():
        rate, cpu = result["rate"], result["cpu"]
        print(f"| {name} | {statistics.median(rate):,.1f} ({min(rate):,.1f}–{max(rate):,.1f}) |"
              f" {statistics.median(cpu):.1f} ({min(cpu):.1f}–{max(cpu):.1f}) | {result['errors']} |")
    print("\n| portal page ÷ bakerydemo page | req/s ratio, median of rounds (per round) |"
          " CPU ratio (bakerydemo CPU ÷ portal CPU), median (per round) | goal | met |")
    print("|---|---|---|---|---|")
    for label, ours, theirs in COMPARISONS:
        rates = [a / b for a, b in zip(results[ours]["rate"], results[theirs]["rate"])]
        cpus = [b / a for a, b in zip(results[ours]["cpu"], results[theirs]["cpu"])]
        shown = lambda values: f"{statistics.median(values):.2f} ({', '.join(f'{v:.2f}' for v in values)})"
        met = "yes" if min(statistics.median(rates), statistics.median(cpus)) >= GOAL else "no"
        print(f"| {label} | {shown(rates)} | {shown(cpus)} | ≥ {GOAL} | {met} |")


def main():
    if not shutil.which("wrk"):
        sys.exit("wrk is missing (apt-get install wrk)")
    try:
        description = set_up_bakerydemo()
    except Unavailable as reason:
        print(f"\nbakerydemo comparison skipped: {reason}")
        return
    serving.prepare()
    processes = [serving.gunicorn(PORTAL_PORT, PAGE_CACHE_SECONDS="0"), start_bakerydemo()]
    if BEFORE_DIR:
        processes.append(subprocess.Popen(
            [serving.GUNICORN, "-c", "deploy/gunicorn.conf.py", "--bind", f"127.0.0.1:{BEFORE_PORT}", "sites.wsgi:application"],
            cwd=BEFORE_DIR, env=serving.environment(PAGE_CACHE_SECONDS="0"), stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL, start_new_session=True,
        ))
    try:
        for _name, port, host, path in TARGETS:
            serving.wait_for(port, path, host)
        masters = {PORTAL_PORT: processes[0].pid, BAKERY_PORT: processes[1].pid}
        if BEFORE_DIR:
            masters[BEFORE_PORT] = processes[2].pid
        results = measure(masters)
    finally:
        for process in processes:
            os.killpg(process.pid, signal.SIGTERM)
        for process in processes:
            process.wait(timeout=30)
    report(results, description)


if __name__ == "__main__":
    main()
