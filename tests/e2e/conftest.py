"""Shared fixtures of the browser tests (Playwright driving the system Chromium).

`browser` (one per session) and `page` (a fresh context and tab per test). Tests that drive the site use
pytest-django's `live_server`, whose transactional database does not keep what other tests left: provision
what the test needs inside it (see `live_province`). Without /usr/bin/chromium (or the playwright package)
the tests are skipped with the reason, except on CI (env CI=true), where they fail.
"""

import os
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
DEFAULT_TIMEOUT_MS = 20_000
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BLOCKING_IMPACTS = {"serious", "critical"}


def _unavailable(reason):
    if os.environ.get("CI", "").strip().lower() == "true":
        pytest.fail(f"Browser tests cannot run on CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        _unavailable(f"Chromium not found at {CHROMIUM} (install the `chromium` package); browser tests skipped.")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("The `playwright` Python package is not installed (pip install -r requirements-dev.txt).")
    # Playwright's sync API keeps an event loop in this thread; Django's ORM, used by the test itself to
    # arrange and check data, would otherwise refuse to run next to it. The live server has its own thread.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
            yield chromium
            chromium.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def page(browser):
    """A tab in a fresh browser context (no cookies), Vietnamese, phone-sized viewports left to the test."""
    context = browser.new_context(locale="vi-VN", viewport={"width": 1280, "height": 900})
    context.set_default_timeout(DEFAULT_TIMEOUT_MS)
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture
def new_page(browser):
    """More tabs, each in its own fresh context: new_page() (e.g. a citizen and a moderator side by side)."""
    contexts = []

    def _new_page():
        context = browser.new_context(locale="vi-VN", viewport={"width": 1280, "height": 900})
        context.set_default_timeout(DEFAULT_TIMEOUT_MS)
        contexts.append(context)
        return context.new_page()

    yield _new_page
    for context in contexts:
        context.close()


def ensure_platform_base():
    """What the migrations create and a transactional test's flush removes: the page tree root, the root
    collection, the locales and the global roles."""
    from django.conf import settings
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Collection, Locale, Page

    from component_portals.roles import grant_global_roles

    locale, _created = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    if not Page.objects.filter(depth=1).exists():
        Page(
            title="Root", draft_title="Root", slug="root", path="0001", depth=1, numchild=0, url_path="/",
            locale=locale, content_type=ContentType.objects.get_for_model(Page),
        ).save(clean=False)
    if not Collection.objects.filter(depth=1).exists():
        Collection.add_root(name="Root")
    # wagtail-localize's «submit translation» permission hangs off a content type of no model, made by its
    # migration 0006; post_migrate after a flush does not bring it back, and provisioning grants it.
    from django.contrib.auth.models import Permission

    content_type, _created = ContentType.objects.get_or_create(app_label="wagtail_localize", model="translation")
    Permission.objects.get_or_create(
        content_type=content_type, codename="submit_translation", defaults={"name": "Can submit translations"}
    )
    grant_global_roles()
    # the flush emptied the tables, not the cache: Wagtail's cached site root paths would name deleted sites
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def live_province(live_server):
    """The provincial portal on `localhost` (the default site, so it answers the live server's address),
    created or repaired for this test."""
    from component_portals.models import PortalKind
    from component_portals.provisioning import provision_portal

    ensure_platform_base()
    return provision_portal(
        name="Ủy ban nhân dân tỉnh Thử Nghiệm", slug="tinh", kind=PortalKind.PROVINCE, hostname="localhost",
        name_en="Test Province",
    )


def run_axe(tab):
    """The serious and critical WCAG 2.0/2.1 A and AA violations axe-core finds on the tab's page."""
    try:
        from axe_playwright_python.sync_playwright import Axe
    except ImportError:
        _unavailable("The `axe-playwright-python` package is not installed (pip install -r requirements-dev.txt).")

    results = Axe().run(tab, options={"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]})
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} — "
        + "; ".join(node["html"][:160] for node in violation["nodes"][:3])
        for violation in results.response["violations"]
        if violation["impact"] in BLOCKING_IMPACTS
    ]


def admin_sign_in(tab, base_url, user, password="MatKhau@2026"):
    """Signs `user` in to the admin as a person does: the password, then (for the roles that need it) the code of
    their authenticator app, enrolled here if they have none. Leaves the tab on the admin's dashboard."""
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from accounts.second_factor import requires_second_factor
    from tests.factories import current_code, enrol_second_factor

    tab.goto(f"{base_url}/admin/login/")
    tab.fill("input[name=username]", user.username)
    tab.fill("input[name=password]", password)
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None and requires_second_factor(user):
        device = enrol_second_factor(user)
    tab.locator("form button[type=submit]").first.click()
    if device is not None:
        tab.wait_for_url(f"{base_url}/admin/xac-thuc-hai-buoc/?next=*")
        tab.fill("input[name=code]", current_code(device))
        tab.locator("form button[type=submit]").first.click()
    tab.wait_for_function("url => location.href === url", arg=f"{base_url}/admin/")
    tab.wait_for_load_state("domcontentloaded")
