"""Self-contained and light: static files are served by whitenoise under hashed names with a far-future,
immutable cache header (production storage), and the CSS and JavaScript a page loads stay within the budget
of 150 KB compressed."""

import gzip
import json
import os
import subprocess
import sys

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.management import call_command
from django.templatetags.static import static
from django.test import RequestFactory, override_settings
from whitenoise.middleware import WhiteNoiseMiddleware

from sites.settings import base as base_settings

BUDGET_BYTES = 150 * 1024
ONE_YEAR = 365 * 24 * 60 * 60
PRODUCTION_STORAGE = "whitenoise.storage.CompressedManifestStaticFilesStorage"


def test_production_serves_static_files_through_whitenoise_with_hashed_compressed_storage():
    script = (
        "import django, json; django.setup(); from django.conf import settings; "
        "print(json.dumps([settings.STORAGES['staticfiles']['BACKEND'], settings.MIDDLEWARE]))"
    )
    environment = {
        **os.environ, "DJANGO_SETTINGS_MODULE": "sites.settings.production", "SECRET_KEY": "x" * 50,
        "ALLOWED_HOSTS": "lamvien.gov.vn",
        "WAGTAILADMIN_BASE_URL": "https://lamvien.gov.vn",
    }
    environment.pop("CAPTCHA_TEST_MODE", None)
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=settings.BASE_DIR, env=environment, capture_output=True, text=True,
        check=True,
    )
    storage, middleware = json.loads(result.stdout.strip().splitlines()[-1])

    assert storage == PRODUCTION_STORAGE
    assert middleware.index("whitenoise.middleware.WhiteNoiseMiddleware") == (
        middleware.index("django.middleware.security.SecurityMiddleware") + 1
    )
    assert base_settings.STORAGES["staticfiles"]["BACKEND"] == PRODUCTION_STORAGE  # the test settings copy it


def test_a_hashed_static_file_is_served_compressed_with_an_immutable_one_year_cache_header(tmp_path):
    # The production storage, collecting only the project's own files (the admin's would take minutes).
    with override_settings(
        STATIC_ROOT=tmp_path,
        STATICFILES_FINDERS=["django.contrib.staticfiles.finders.FileSystemFinder"],
        STORAGES={**settings.STORAGES, "staticfiles": {"BACKEND": PRODUCTION_STORAGE}},
        WHITENOISE_AUTOREFRESH=False,
        WHITENOISE_USE_FINDERS=False,
    ):
        call_command("collectstatic", interactive=False, verbosity=0)
        url = static("css/portal.css")
        middleware = WhiteNoiseMiddleware(lambda request: pytest.fail("whitenoise did not answer"))
        response = middleware(RequestFactory().get(url, HTTP_ACCEPT_ENCODING="gzip, br"))

    assert url != "/static/css/portal.css" and url.startswith("/static/css/portal.") and url.endswith(".css")
    assert response.status_code == 200
    cache_control = {part.strip().split("=")[0]: part.strip() for part in response["Cache-Control"].split(",")}
    assert "immutable" in cache_control and "public" in cache_control
    assert int(cache_control["max-age"].split("=")[1]) >= ONE_YEAR
    assert response["Content-Encoding"] in {"gzip", "br"}
    assert "Accept-Encoding" in response["Vary"]


def static_path(url):
    assert url.startswith(settings.STATIC_URL), url
    return finders.find(url[len(settings.STATIC_URL):].split("?")[0])


def compressed_size(path):
    with open(path, "rb") as file:
        return len(gzip.compress(file.read(), compresslevel=9))


def css_and_js_bytes(html):
    soup = BeautifulSoup(html, "html.parser")
    urls = [link["href"] for link in soup.select("link[rel~=stylesheet]")] + [script["src"] for script in soup.select("script[src]")]
    inline = sum(len(gzip.compress(tag.encode())) for tag in soup.select("style, script:not([src])") if tag.string)
    return sum(compressed_size(static_path(url)) for url in set(urls)) + inline


@pytest.mark.django_db
def test_css_and_javascript_of_every_kind_of_page_stay_under_150_kb_compressed(client, portal_a):
    from decree.articles import ArticleIndexPage, ArticlePage

    news = ArticleIndexPage.objects.child_of(portal_a.root_page).get(category_key="news")
    article = ArticlePage(title="Bài viết thử", slug="bai-viet-thu", lead="Tóm tắt.", body=[], locale=news.locale)
    news.add_child(instance=article)
    article.save_revision().publish()
    paths = [
        "/", "/tin-tuc-su-kien/", "/tin-tuc-su-kien/bai-viet-thu/", "/van-ban/?nam=2025", "/hoi-dap/",
        "/so-do-cong/", "/search/?q=van+ban",
    ]
    sizes = {}
    for path in paths:
        response = client.get(path, HTTP_HOST=portal_a.site.hostname)
        assert response.status_code == 200, path
        sizes[path] = css_and_js_bytes(response.content)

    assert max(sizes.values()) < BUDGET_BYTES, sizes
    assert sizes["/tin-tuc-su-kien/bai-viet-thu/"] > 0
