"""The real caching proxy from Debian (varnishd, deploy/varnish/portal.vcl) in front of the application:
anonymous readers get Varnish's copy, a publish reaches them at once, a logged-in editor is never served
from it. Needs varnishd (`apt-get install varnish`, which .ci/run does); skipped without it, except on CI."""

import os
import shutil
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from pytest_django.live_server_helper import LiveServer

from .conftest import add_article, news_section

VARNISH_PORT = 8151
APPLICATION_PORT = 8152
VCL = Path(django_settings.BASE_DIR) / "deploy" / "varnish" / "portal.vcl"

pytestmark = [pytest.mark.django_db(transaction=True)]


def varnishd():
    path = shutil.which("varnishd") or ("/usr/sbin/varnishd" if Path("/usr/sbin/varnishd").exists() else None)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("varnishd is missing on CI (.ci/run installs the Debian package varnish)")
        pytest.skip("varnishd is not installed (apt-get install varnish)")
    return path


@pytest.fixture
def application():
    server = LiveServer(f"127.0.0.1:{APPLICATION_PORT}")
    yield server
    server.stop()


@pytest.fixture
def varnish(application, settings, page_cache):
    settings.APP_PAGE_CACHE = False  # Varnish alone caches here
    with tempfile.TemporaryDirectory(prefix="varnish-test-") as workdir:
        Path(workdir).chmod(0o755)  # varnishd reads the VCL as the `varnish` user
        vcl = Path(workdir) / "portal.vcl"
        vcl.write_text(VCL.read_text().replace('.port = "8000";', f'.port = "{APPLICATION_PORT}";'))
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


def test_varnish_serves_anonymous_pages_and_forgets_them_on_publish(varnish, portal_a, login):
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
