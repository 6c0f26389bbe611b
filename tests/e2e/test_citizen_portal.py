"""A portal a citizen would choose, in a real browser over the seeded demo province (`seed_demo`):

- on every page of the demo that shows a table (one page of each page type on every demo portal), at 360 px
  and at 1280 px, no word, date, time or document number of a cell is broken across lines, measured on the
  rendered text (the distinct line boxes of each word's Range), and nothing scrolls sideways at 360 px;
- screenshots of every table page kind land in `screenshots/`.
"""

from urllib.parse import urlsplit

import pytest

from .conftest import DEFAULT_TIMEOUT_MS
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


def test_no_table_value_breaks_inside_at_360_and_1280_px(live_server, demo_portals, browser):  # noqa: F811
    province, component_portals = demo_portals
    portals = [province, *component_portals]
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
