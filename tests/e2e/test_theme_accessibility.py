"""The citizen's side in a real browser, over the whole demo province (`seed_demo`) in the live server's
database: the provincial portal with an item of every page type of decree/, five component portals, and the
English pages of the provincial portal and of so-khcn:

- axe-core finds no serious or critical violation of WCAG 2.0/2.1 A and AA on the home page, a section
  listing and an article of every demo portal, a page of every decree page type, the legal document register
  with filters applied, search results, the question form showing a validation error, the site map and every
  English page;
- the Nu Html Checker (vnu.jar, the npm package `vnu-jar`, run with Java once for all pages) finds no error;
- at 360 px nothing scrolls sideways, and no page load asks another host for anything;
- screenshots of the provincial home page and a department's article at 360 and 1280 px land in
  `screenshots/` (README: Theme and accessibility).

The menu and the text-size control are driven by keyboard and touch in tests of their own.
"""

import json
import os
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from .conftest import DEFAULT_TIMEOUT_MS, _unavailable, ensure_platform_base, run_axe

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "screenshots"
VNU_JAR = ROOT / ".tools" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
PHONE = {"width": 360, "height": 780}
DESKTOP = {"width": 1280, "height": 900}
# page name -> screenshot file name (without the width)
SCREENSHOT_PAGES = {"tinh-lam-vien-trang-chu": "trang-chu", "so-khcn-bai-viet": "so-khcn-bai-viet"}


@pytest.fixture
def demo_portals(live_server):
    """The whole demo province of `seed_demo` (the provincial portal on `localhost`, five component portals on
    `<slug>.localhost`, English pages of two of them), its sites moved to the live server's port."""
    from django.core.management import call_command
    from wagtail.models import Site

    from demo.province import PROVINCE, seed_demo

    # The suite's own portals (also on `localhost`) may still be in the database: start from an empty one.
    call_command("flush", interactive=False, verbosity=0)
    ensure_platform_base()
    portals, _logins = seed_demo()
    Site.objects.update(port=urlsplit(live_server.url).port)
    province = next(portal for portal in portals if portal.slug == PROVINCE.slug)
    return province, [portal for portal in portals if portal.pk != province.pk]


def origin(live_server, host="localhost"):
    return live_server.url.replace("localhost", host, 1)


def portal_pages(live_server, portal):
    """A portal's home page, its news listing and its latest article."""
    from decree.articles import ArticlePage

    base = origin(live_server, portal.site.hostname)
    pages = [(f"{portal.slug}-trang-chu", f"{base}/")]
    article = ArticlePage.objects.live().descendant_of(portal.root_page).order_by("-date").first()
    if article is not None:
        pages.append((f"{portal.slug}-chuyen-muc", f"{base}{article.get_parent().relative_url(portal.site)}"))
        pages.append((f"{portal.slug}-bai-viet", f"{base}{article.relative_url(portal.site)}"))
    return pages


def english_pages(live_server, portal):
    """The live English pages of a portal (the demo translates the home, introduction, contacts and services)."""
    from wagtail.models import Locale, Page

    english_home = Page.objects.get(pk=portal.root_page_id).get_translation_or_none(
        Locale.objects.get(language_code="en")
    )
    if english_home is None or not english_home.live:
        return []
    base = origin(live_server, portal.site.hostname)
    return [
        (f"{portal.slug}-en-{page.slug}", f"{base}{page.relative_url(portal.site)}")
        for page in [english_home, *english_home.get_children().live()]
    ]


def pages_to_check(live_server, province, component_portals):
    """(name, url) of every page the checks run on: every page type on the provincial portal, the filtered
    register, search and the site map; the home page, a listing and an article of every demo portal; and
    every English page."""
    from wagtail.models import Page

    from decree.documents import LegalDocumentPage

    base = origin(live_server)
    pages = [
        ("so-do-cong", f"{base}/so-do-cong/"),
        ("tim-kiem", f"{base}/search/?q=chuyen+doi+so"),
    ]
    document = LegalDocumentPage.objects.live().descendant_of(province.root_page).order_by("pk").first()
    register = document.get_parent().specific
    pages.append((
        "so-van-ban-loc",
        f"{base}{register.relative_url(province.site)}?nam={document.issue_date.year}&trang-thai={document.status}",
    ))
    decree_pages = (
        Page.objects.live().descendant_of(province.root_page).filter(content_type__app_label="decree")
        .order_by("content_type_id", "path")
    )
    seen_types = set()
    for page in decree_pages:
        if page.content_type_id in seen_types:
            continue
        seen_types.add(page.content_type_id)
        pages.append((f"loai-{page.content_type.model}", f"{base}{page.relative_url(province.site)}"))
    for portal in (province, *component_portals):
        pages += portal_pages(live_server, portal) + english_pages(live_server, portal)
    return pages


def question_page_url(live_server, province):
    from decree.qa import QuestionIndexPage

    section = QuestionIndexPage.objects.live().descendant_of(province.root_page).get()
    return f"{origin(live_server)}{section.relative_url(province.site)}"


def show_question_form_error(page):
    """Fill the question form as a person would, with a wrong captcha answer, and send it."""
    form = page.locator("form.ci-form")
    form.wait_for()
    form.get_by_label("Họ và tên").fill("Lê Thị Thu")
    form.get_by_label("Thư điện tử").fill("thu.le@example.com")
    form.get_by_label("Tiêu đề câu hỏi").fill("Thủ tục cấp giấy phép xây dựng nhà ở")
    form.locator("select[name=field]").select_option(label="Xây dựng, nhà ở")
    form.locator("textarea").first.fill("Xin hỏi hồ sơ cấp giấy phép xây dựng nhà ở riêng lẻ gồm những gì?")
    form.get_by_label("Mã xác nhận").fill("SAI")
    page.wait_for_timeout(1200)  # the form refuses instant posts
    form.get_by_role("button", name="Gửi câu hỏi").click()
    page.locator("[aria-invalid=true]").first.wait_for()


def new_tab(browser, viewport, **options):
    context = browser.new_context(locale="vi-VN", viewport=viewport, **options)
    context.set_default_timeout(DEFAULT_TIMEOUT_MS)
    return context, context.new_page()


def settled(tab):
    """Wait until the citizen-input fragments a page loads have arrived."""
    from playwright.sync_api import expect

    # A locator, not a string of JavaScript: the Content-Security-Policy forbids evaluating strings.
    expect(tab.locator("[aria-busy=true]")).to_have_count(0)


def run_vnu(files):
    """Errors of the Nu Html Checker for each file, in one Java run."""
    java = shutil.which("java")
    if java is None:
        _unavailable("Java not found (install default-jre-headless); the Nu Html Checker cannot run.")
    if not VNU_JAR.exists():
        _unavailable(f"{VNU_JAR.relative_to(ROOT)} missing (`make tools`: npm ci --prefix .tools).")
    result = subprocess.run(
        [java, "-jar", str(VNU_JAR), "--format", "json", "--errors-only", *map(str, files)],
        capture_output=True, text=True, timeout=300,
    )
    messages = json.loads(result.stderr or result.stdout)["messages"]
    errors = {}
    for message in messages:
        if message["type"] == "error" or message.get("subType") == "fatal":
            name = Path(urlsplit(message.get("url", "")).path).name
            errors.setdefault(name, []).append(f"line {message.get('lastLine')}: {message['message']}")
    return errors


def test_every_demo_page_passes_axe_and_the_nu_html_checker_and_fits_a_phone(
    live_server, demo_portals, browser, tmp_path, settings
):
    """One test over one seeded demo province (seeding is the slow part): desktop checks, then phone checks."""
    settings.COMMENTS_MIN_SUBMIT_SECONDS = 1
    province, component_portals = demo_portals
    pages = pages_to_check(live_server, province, component_portals)
    assert len([name for name, _url in pages if name.startswith("loai-")]) >= 25  # every decree page type
    assert len([name for name, _url in pages if name.endswith("-trang-chu")]) == 6  # every demo portal
    assert len([name for name, _url in pages if "-en-" in name]) >= 8  # English pages of two portals
    SCREENSHOTS.mkdir(exist_ok=True)
    check_axe_and_nu_html_checker(live_server, province, pages, browser, tmp_path)
    check_phone_width_and_other_hosts(live_server, province, component_portals, pages, browser)


def check_axe_and_nu_html_checker(live_server, province, pages, browser, tmp_path):
    context, tab = new_tab(browser, DESKTOP)
    violations, saved = {}, []
    for name, url in pages:
        response = tab.goto(url, wait_until="networkidle")
        assert response.status == 200, url
        settled(tab)
        found = run_axe(tab)
        if found:
            violations[name] = found
        html_file = tmp_path / f"{name}.html"
        html_file.write_text(response.text(), encoding="utf-8")
        saved.append(html_file)
        if name in SCREENSHOT_PAGES:
            tab.screenshot(path=SCREENSHOTS / f"{SCREENSHOT_PAGES[name]}-1280.png", full_page=True)

    tab.goto(question_page_url(live_server, province))
    show_question_form_error(tab)
    found = run_axe(tab)
    if found:
        violations["hoi-dap-loi"] = found
    invalid = tab.locator("[aria-invalid=true]").first
    error_ids = invalid.get_attribute("aria-describedby").split()
    errors_described = [tab.locator(f"[id='{error_id}']").inner_text().strip() for error_id in error_ids
                        if error_id.endswith("_error")]
    assert errors_described and all(errors_described)  # the message is tied to its field
    question_file = tmp_path / "hoi-dap-loi.html"
    question_file.write_text("<!DOCTYPE html>\n" + tab.evaluate("document.documentElement.outerHTML"), encoding="utf-8")
    saved.append(question_file)
    context.close()

    assert violations == {}, json.dumps(violations, ensure_ascii=False, indent=1)
    errors = run_vnu(saved)
    assert errors == {}, json.dumps(errors, ensure_ascii=False, indent=1)


def check_phone_width_and_other_hosts(live_server, province, component_portals, pages, browser):
    """At 360 px no page scrolls sideways, and no page load asks a host other than the portals' own."""
    allowed = {urlsplit(origin(live_server, portal.site.hostname)).netloc for portal in (province, *component_portals)}
    outside, overflowing = [], {}
    context, tab = new_tab(browser, PHONE, has_touch=True, is_mobile=True)
    tab.on("request", lambda request: (
        outside.append(request.url)
        if urlsplit(request.url).scheme not in {"data", "blob"} and urlsplit(request.url).netloc not in allowed
        else None
    ))
    for name, url in pages + [("hoi-dap", question_page_url(live_server, province))]:
        tab.goto(url, wait_until="networkidle")
        width = tab.evaluate("document.documentElement.scrollWidth")
        if width > PHONE["width"]:
            overflowing[name] = width
        if name in SCREENSHOT_PAGES:
            tab.screenshot(path=SCREENSHOTS / f"{SCREENSHOT_PAGES[name]}-360.png", full_page=True)
    context.close()

    assert overflowing == {}, overflowing
    assert outside == [], outside


@pytest.fixture
def province_home(live_province, live_server):
    return f"{live_server.url}/"


def menu_state(tab):
    toggle = tab.locator("[data-nav-toggle]")
    return toggle.get_attribute("aria-expanded"), tab.locator("#main-menu").is_visible()


def test_the_phone_menu_opens_and_closes_with_the_keyboard(province_home, browser):
    context, tab = new_tab(browser, PHONE)
    tab.goto(province_home)
    toggle = tab.locator("[data-nav-toggle]")
    assert menu_state(tab) == ("false", False)

    toggle.focus()
    tab.keyboard.press("Enter")
    assert menu_state(tab) == ("true", True)
    tab.keyboard.press("Space")
    assert menu_state(tab) == ("false", False)

    tab.keyboard.press("Enter")
    tab.keyboard.press("Tab")  # into the menu
    assert tab.evaluate("document.activeElement.closest('#main-menu') !== null")
    tab.keyboard.press("Escape")
    assert menu_state(tab) == ("false", False)
    assert tab.evaluate("document.activeElement.hasAttribute('data-nav-toggle')")
    context.close()


def test_the_phone_menu_opens_and_closes_with_a_tap(province_home, browser):
    context, tab = new_tab(browser, PHONE, has_touch=True, is_mobile=True)
    tab.goto(province_home)
    toggle = tab.locator("[data-nav-toggle]")

    toggle.tap()
    assert menu_state(tab) == ("true", True)
    box = tab.locator("#main-menu > li > a").first.bounding_box()
    assert box["height"] >= 44  # a touch target a finger can hit
    toggle.tap()
    assert menu_state(tab) == ("false", False)
    context.close()


def test_the_text_size_buttons_enlarge_the_text_and_the_choice_is_remembered(province_home, browser):
    context, tab = new_tab(browser, DESKTOP)
    tab.goto(province_home)
    font_size = "parseFloat(getComputedStyle(document.documentElement).fontSize)"
    assert tab.evaluate(font_size) == 16

    tab.get_by_role("button", name="Tăng cỡ chữ").focus()
    tab.keyboard.press("Enter")
    tab.get_by_role("button", name="Tăng cỡ chữ").click()
    assert tab.evaluate(font_size) == 20

    tab.reload()
    assert tab.evaluate(font_size) == 20  # remembered in localStorage, applied before the first paint
    tab.get_by_role("button", name="Cỡ chữ mặc định").click()
    assert tab.evaluate(font_size) == 16
    tab.reload()
    assert tab.evaluate(font_size) == 16
    context.close()
