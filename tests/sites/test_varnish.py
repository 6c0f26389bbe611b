"""The real caching proxy from Debian (varnishd, deploy/varnish/portal.vcl) in front of the application:
anonymous readers get Varnish's copy, a publish reaches them at once, a logged-in editor is never served
from it. Needs varnishd (`apt-get install varnish`, which .ci/run does); skipped without it, except on CI."""

import os
import shutil
import subprocess
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from pytest_django.live_server_helper import LiveServer

from ..factories import add_article, news_section

VARNISH_PORT = 8151
APPLICATION_PORT = 8152
# The two-server test uses ports of its own: a stopped live server's port may linger in TIME_WAIT.
FIRST_OF_TWO_PORT = 8161
SECOND_APPLICATION_PORT = 8162
REWARMED_APPLICATION_PORT = 8163  # the re-warming test's live server: a port of its own, as above
VCL = Path(django_settings.BASE_DIR) / "deploy" / "varnish" / "portal.vcl"

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.live]


def varnishd():
    path = shutil.which("varnishd") or ("/usr/sbin/varnishd" if Path("/usr/sbin/varnishd").exists() else None)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("varnishd is missing on CI (.ci/run installs the Debian package varnish)")
        pytest.skip("varnishd is not installed (apt-get install varnish)")
    return path


def balanced_vcl(ports):
    """deploy/varnish/portal.vcl with its one backend replaced by a round-robin director over `ports`."""
    vcl = VCL.read_text()
    start = vcl.index("backend default {")
    end = vcl.index("\n}\n", start) + 3
    template = vcl[start:end]
    backends = "".join(template.replace("backend default", f"backend app{port}").replace('"8000"', f'"{port}"')
                       for port in ports)
    director = "".join(f"    application.add_backend(app{port});\n" for port in ports)
    vcl = vcl[:start] + backends + (
        "\nsub vcl_init {\n    new application = directors.round_robin();\n" + director + "}\n"
    ) + vcl[end:]
    vcl = vcl.replace("import std;", "import std;\nimport directors;")
    return vcl.replace("sub vcl_recv {\n", "sub vcl_recv {\n    set req.backend_hint = application.backend();\n", 1)


@pytest.fixture
def application():
    server = LiveServer(f"127.0.0.1:{APPLICATION_PORT}")
    yield [APPLICATION_PORT]
    server.stop()


@pytest.fixture
def two_applications():
    ports = [FIRST_OF_TWO_PORT, SECOND_APPLICATION_PORT]
    servers = [LiveServer(f"127.0.0.1:{port}") for port in ports]
    yield ports
    for server in servers:
        server.stop()


@pytest.fixture
def varnish(application, settings, page_cache):
    settings.APP_PAGE_CACHE = False  # Varnish alone caches here
    yield from run_varnish(application, settings)


@pytest.fixture
def varnish_rewarmed(settings, page_cache):
    """Varnish before a live server of its own, re-warmed after every publish (one address at a time: on
    SQLite the live server shares the test's in-memory connection, which takes one request at a time)."""
    server = LiveServer(f"127.0.0.1:{REWARMED_APPLICATION_PORT}")
    settings.APP_PAGE_CACHE = False
    for _ in run_varnish([REWARMED_APPLICATION_PORT], settings):
        settings.WAGTAILFRONTENDCACHE["proxy"] = {**settings.WAGTAILFRONTENDCACHE["proxy"], "REWARM_THREADS": 1}
        yield
    server.stop()


@pytest.fixture
def varnish_before_two(two_applications, settings, page_cache):
    yield from run_varnish(two_applications, settings)


def run_varnish(ports, settings):
    with tempfile.TemporaryDirectory(prefix="varnish-test-") as workdir:
        Path(workdir).chmod(0o755)  # varnishd reads the VCL as the `varnish` user
        vcl = Path(workdir) / "portal.vcl"
        vcl.write_text(balanced_vcl(ports))
        vcl.chmod(0o644)
        process = subprocess.Popen(
            [varnishd(), "-F", "-n", str(Path(workdir) / "instance"), "-a", f"127.0.0.1:{VARNISH_PORT}", "-f", str(vcl),
             "-s", "malloc,32m", "-p", "default_ttl=0"],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        )
        try:
            wait_until_listening(process)
            settings.WAGTAILFRONTENDCACHE = {
                **settings.WAGTAILFRONTENDCACHE,
                "proxy": {"BACKEND": "home.cache_backends.VarnishBackend", "LOCATION": f"http://127.0.0.1:{VARNISH_PORT}"},
            }
            yield
        finally:
            process.terminate()
            process.wait(timeout=10)


def wait_until_listening(process):
    for _ in range(100):
        if process.poll() is not None:
            pytest.fail(f"varnishd stopped: {process.stdout.read().decode()}")
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{VARNISH_PORT}/healthz", timeout=1)
            return
        except OSError:
            time.sleep(0.1)
    pytest.fail("varnishd did not start listening")


def fetch(host, path, cookie=None):
    request = urllib.request.Request(f"http://127.0.0.1:{VARNISH_PORT}{path}", headers={"Host": host})
    if cookie:
        request.add_header("Cookie", cookie)
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.headers, response.read().decode()


def test_varnish_serves_anonymous_pages_and_forgets_them_on_publish(varnish, live_portals, login):
    _province, portal_a = live_portals
    host = portal_a.site.hostname
    news = news_section(portal_a).relative_url(portal_a.site)
    add_article(portal_a, "Bài đầu tiên qua Varnish")
    headers, first = fetch(host, news)
    assert headers["X-Cache"] == "MISS"
    headers, again = fetch(host, news + "?trang=1")
    headers, again = fetch(host, news)
    assert headers["X-Cache"] == "HIT" and again == first
    assert "Set-Cookie" not in headers

    title = "Tin mới xuất bản thấy ngay qua Varnish"
    article = add_article(portal_a, title)  # committed at once: the purge is sent
    for path in (news, news + "?trang=1", "/"):
        headers, html = fetch(host, path)
        assert title in html, path
    headers, html = fetch(host, article.relative_url(portal_a.site))
    assert headers["X-Cache"] == "MISS" and title in html

    editor = login("editor", portal_a)
    session = editor.cookies[django_settings.SESSION_COOKIE_NAME].value
    for _ in range(2):
        headers, html = fetch(host, news, cookie=f"{django_settings.SESSION_COOKIE_NAME}={session}")
        assert headers["X-Cache"] == "MISS"
        assert "private" in headers["Cache-Control"]


def test_after_a_publish_varnish_is_re_warmed_before_any_reader_asks(varnish_rewarmed, live_portals):
    """With REWARM_THREADS the purged pages are fetched again through Varnish at once (home/rewarm.py): the
    first reader after the publish gets the new text from the cache."""
    _province, portal_a = live_portals
    host = portal_a.site.hostname
    news = news_section(portal_a).relative_url(portal_a.site)
    add_article(portal_a, "Bài trước khi sửa")
    for path in (news, "/", news + "rss/"):
        fetch(host, path)
    title = "Tin mới đã có sẵn trong Varnish"
    article = add_article(portal_a, title)  # committed at once: the purge, then the re-warming
    for _ in range(600):
        if not any(thread.name == "cache-rewarm" for thread in threading.enumerate()):
            break
        time.sleep(0.05)
    for path in (article.relative_url(portal_a.site), news, "/", news + "rss/"):
        headers, text = fetch(host, path)
        assert headers["X-Cache"] == "HIT" and title in text, path


def fetch_direct(port, host, path):
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers={"Host": host})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.read().decode()


def test_two_application_servers_behind_varnish_serve_the_same_content(varnish_before_two, two_applications,
                                                                        live_portals):
    """Two application servers sharing the database and the cache, behind one Varnish (round robin): a
    publish handled by either is seen through Varnish and on both servers at once."""
    _province, portal_a = live_portals
    host = portal_a.site.hostname
    news = news_section(portal_a).relative_url(portal_a.site)
    for number in range(2):
        title = f"Tin số {number} trên hai máy chủ"
        add_article(portal_a, title)
        pages = [fetch_direct(port, host, news) for port in two_applications]
        assert all(title in html for html in pages)
        assert pages[0] == pages[1]
        for _ in range(len(two_applications) + 1):
            headers, html = fetch(host, news)
            assert title in html and html == pages[0]
