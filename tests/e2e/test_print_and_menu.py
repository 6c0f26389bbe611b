"""Printing keeps the agency's name (black on white, not the screen's white on the accent colour), and the
phone menu button reads «Danh mục»."""

import pytest

from .conftest import DEFAULT_TIMEOUT_MS

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_the_printout_shows_the_agency_name_and_the_phone_menu_says_danh_muc(live_province, live_server, browser):
    context = browser.new_context(locale="vi-VN", viewport={"width": 360, "height": 780})
    context.set_default_timeout(DEFAULT_TIMEOUT_MS)
    tab = context.new_page()
    tab.goto(f"{live_server.url}/")
    assert tab.locator(".nav-toggle").inner_text().strip().endswith("Danh mục")
    tab.emulate_media(media="print")
    name = tab.locator(".brand-name")
    assert name.is_visible() and name.inner_text().strip().upper() == "ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM"
    colours = name.evaluate("""element => {
        let background = "rgba(0, 0, 0, 0)";
        for (let node = element; node && background === "rgba(0, 0, 0, 0)"; node = node.parentElement) {
            background = getComputedStyle(node).backgroundColor;
            if (getComputedStyle(node).backgroundImage !== "none") background = "image";
        }
        return [getComputedStyle(element).color, background];
    }""")
    assert colours[0] == "rgb(0, 0, 0)", colours
    assert colours[1] in ("rgba(0, 0, 0, 0)", "rgb(255, 255, 255)"), colours
    context.close()
