"""A portal a citizen would choose, in a real browser over the seeded demo province (`seed_demo`):

- on every page of the demo that shows a table (one page of each page type on every demo portal), at 360 px
  and at 1280 px, no word, date, time or document number of a cell is broken across lines, measured on the
  rendered text (the distinct line boxes of each word's Range), and nothing scrolls sideways at 360 px;
- every download link of the provincial register answers 200 with a PDF;
- the home page's blocks render with their photos and alt text; the new page kinds (home blocks, register
  with «Tải về», calendar filtered by leader, the province-wide procedure catalogue searched, an article
  with «Tin liên quan») pass axe at 360 and 1280 px;
- screenshots of every table page kind and every new page kind land in `screenshots/`.

One test over one seeded demo province, since seeding is the slow part.
"""

from urllib.parse import quote, urlsplit

import pytest

from .conftest import DEFAULT_TIMEOUT_MS, run_axe
from .test_theme_accessibility import SCREENSHOTS, demo_portals, origin  # noqa: F401 (a fixture)

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 360, "height": 780}
DESKTOP = {"width": 1280, "height": 900}

# For every word of a table cell (and every <time> and .nowrap value inside one), on how many lines it renders;
# returns those rendered on more than one, with the cell's column label.
BROKEN_VALUES_JS = """() => {
    const lineCount = (range) => new Set(
        Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0).map((r) => Math.round(r.bottom))
    ).size;
    const broken = [];
    for (const cell of document.querySelectorAll('main td, main th')) {
        if (cell.offsetWidth < 2) continue;  // a visually hidden header row
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const match of node.textContent.matchAll(/\\S+/g)) {
                const range = document.createRange();
                range.setStart(node, match.index);
                range.setEnd(node, match.index + match[0].length);
                if (lineCount(range) > 1) broken.push(match[0]);
            }
        }
        for (const value of cell.querySelectorAll('time, .nowrap')) {
            const range = document.createRange();
            range.selectNodeContents(value);
            if (lineCount(range) > 1) broken.push(value.textContent.trim());
        }
        if (cell.matches('.nowrap')) {
            const range = document.createRange();
            range.selectNodeContents(cell);
            if (lineCount(range) > 1) broken.push(cell.textContent.trim());
        }
    }
    return broken;
}"""


def table_pages(live_server, portals):
    """(name, url) of one live page of every page type on every portal whose page shows a table."""
    from django.test import Client
    from wagtail.models import Page

    pages = []
    for portal in portals:
        client = Client(HTTP_HOST=portal.site.hostname)
        seen = set()
        for page in Page.objects.live().descendant_of(portal.root_page, inclusive=True).order_by("content_type_id", "path"):
            if page.content_type_id in seen:
                continue
            seen.add(page.content_type_id)
            path = page.relative_url(portal.site)
            if b"<table" in client.get(path).content:
                pages.append((f"{portal.slug}-{page.content_type.model}", f"{origin(live_server, portal.site.hostname)}{path}"))
        pages.append((f"{portal.slug}-so-do-cong", f"{origin(live_server, portal.site.hostname)}/so-do-cong/"))
    return pages


def new_tab(browser, viewport, **options):
    context = browser.new_context(locale="vi-VN", viewport=viewport, **options)
    context.set_default_timeout(DEFAULT_TIMEOUT_MS)
    return context, context.new_page()


def test_the_demo_province_reads_well_on_a_phone_and_a_desktop(live_server, demo_portals, browser):  # noqa: F811
    province, component_portals = demo_portals
    check_no_table_value_breaks(live_server, [province, *component_portals], browser)
    check_register_downloads(live_server, province, browser)
    check_new_pages(live_server, province, browser)


def check_no_table_value_breaks(live_server, portals, browser):
    pages = table_pages(live_server, portals)
    kinds = {name.split("-", 2)[-1] for name, _url in pages}
    assert {"legaldocumentindexpage", "weeklyschedulepage", "servicecatalogpage", "contactdirectorypage"} <= {
        name.rsplit("-", 1)[-1] for name, _url in pages
    }, kinds
    SCREENSHOTS.mkdir(exist_ok=True)
    broken, overflowing, shot = {}, {}, set()
    for viewport, options in ((PHONE, {"is_mobile": True, "has_touch": True}), (DESKTOP, {})):
        context, tab = new_tab(browser, viewport, **options)
        for name, url in pages:
            response = tab.goto(url)
            assert response.status == 200, url
            found = tab.evaluate(BROKEN_VALUES_JS)
            if found:
                broken[f"{name}@{viewport['width']}"] = found[:8]
            if viewport is PHONE and tab.evaluate("document.documentElement.scrollWidth") > PHONE["width"]:
                overflowing[name] = tab.evaluate("document.documentElement.scrollWidth")
            kind = name.rsplit("-", 1)[-1]
            if (kind, viewport["width"]) not in shot:
                shot.add((kind, viewport["width"]))
                tab.screenshot(path=SCREENSHOTS / f"bang-{kind}-{viewport['width']}.png", full_page=True)
        context.close()
    assert broken == {}, "\n".join(f"{name}: {values}" for name, values in broken.items())
    assert overflowing == {}, overflowing
    assert len(pages) >= 30 and all(urlsplit(url).path for _name, url in pages)


def check_register_downloads(live_server, province, browser):
    """Every document of the first page of the provincial register has a «Tải về» link to a working PDF."""
    from decree.documents import LegalDocumentIndexPage

    register = LegalDocumentIndexPage.objects.child_of(province.root_page).get()
    context, tab = new_tab(browser, DESKTOP)
    tab.goto(f"{origin(live_server)}{register.relative_url(province.site)}")
    rows = tab.locator("table.document-register tbody tr")
    assert rows.count() == 20
    for index in range(rows.count()):
        links = rows.nth(index).locator('td[data-label="Tải về"] a[download]')
        assert links.count() >= 1, rows.nth(index).inner_text()
        href = links.first.get_attribute("href")
        response = tab.request.get(f"{origin(live_server)}{href}" if href.startswith("/") else href)
        assert response.status == 200, href
        assert response.headers["content-type"] == "application/pdf", href
        assert response.body().startswith(b"%PDF-"), href
    context.close()


# The natural width of an image once it has loaded (lazy images load when scrolled into view).
LOADED_WIDTH_JS = """element => element.complete && element.naturalWidth ? element.naturalWidth : new Promise(
    (resolve) => { element.addEventListener("load", () => resolve(element.naturalWidth));
                   element.addEventListener("error", () => resolve(0)); })"""


def new_page_urls(live_server, province):
    """(name, url) of every new page kind on the provincial portal."""
    from decree.articles import ArticlePage
    from decree.calendar import WorkCalendarPage
    from decree.documents import LegalDocumentIndexPage
    from decree.qa import QuestionIndexPage
    from decree.services import ServiceCatalogPage

    base = origin(live_server)
    calendar = WorkCalendarPage.objects.descendant_of(province.root_page).get()
    leader = calendar.leaders()[0]
    article = ArticlePage.objects.live().descendant_of(province.root_page).exclude(image=None).order_by("-date").first()
    return [
        ("trang-chu-khoi", f"{base}/"),
        ("so-van-ban-tai-ve", f"{base}{LegalDocumentIndexPage.objects.child_of(province.root_page).get().relative_url(province.site)}"),
        ("lich-cong-tac-lanh-dao", f"{base}{calendar.relative_url(province.site)}?lanh-dao={quote(leader)}"),
        ("thu-tuc-toan-tinh", f"{base}{ServiceCatalogPage.objects.child_of(province.root_page).get().relative_url(province.site)}?q=c%E1%BA%A5p"),
        ("bai-viet-tin-lien-quan", f"{base}{article.relative_url(province.site)}"),
        ("hoi-dap-bieu-mau", f"{base}{QuestionIndexPage.objects.child_of(province.root_page).get().relative_url(province.site)}"),
        ("en-tin-tuc-chua-dich", f"{base}/en/tin-tuc-su-kien/"),
        ("en-trang-chu", f"{base}/en/"),
    ]


def check_new_pages(live_server, province, browser):
    violations = {}
    for viewport in (PHONE, DESKTOP):
        context, tab = new_tab(browser, viewport)
        for name, url in new_page_urls(live_server, province):
            response = tab.goto(url, wait_until="networkidle")
            assert response.status == 200, url
            tab.wait_for_function("document.querySelectorAll('[aria-busy=true]').length === 0")
            found = run_axe(tab)
            if found:
                violations[f"{name}@{viewport['width']}"] = found
            tab.screenshot(path=SCREENSHOTS / f"{name}-{viewport['width']}.png", full_page=True)
            if name == "trang-chu-khoi":
                images = tab.locator(".home-blocks img")
                assert images.count() >= 3
                for index in range(images.count()):
                    image = images.nth(index)
                    assert image.get_attribute("alt"), image.evaluate("element => element.outerHTML")
                    image.scroll_into_view_if_needed()
                    assert image.evaluate(LOADED_WIDTH_JS) > 0, image.get_attribute("src")
                for heading in ("Tin nổi bật", "Văn bản mới", "Lịch công tác tuần này", "Thư viện ảnh"):
                    assert tab.get_by_role("heading", name=heading).count() == 1, heading
        context.close()
    assert violations == {}, violations
