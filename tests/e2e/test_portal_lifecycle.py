"""In Chromium: the superuser merges a portal from the admin (preview, then confirm) and the old address
lands on the moved page; an archived portal shows its banner at 360 px and 1280 px with no axe violation."""

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect
from wagtail.models import Site

from component_portals.lifecycle import archive_portal
from component_portals.models import PortalKind
from component_portals.provisioning import provision_portal

from ..factories import add_article
from ..factories import UserFactory
from .conftest import admin_sign_in, run_axe

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
PASSWORD = "MatKhau@2026"


pytestmark = pytest.mark.e2e


def shot(tab, name):
    SCREENSHOTS.mkdir(exist_ok=True)
    tab.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


@pytest.fixture
def two_communes(live_server, live_province):
    """A former commune on 127.0.0.1 (Chromium reaches it like `localhost`), merged into the province."""
    old = provision_portal(name="Ủy ban nhân dân xã Đạ Sar (cũ)", slug="xa-da-sar", kind=PortalKind.COMMUNE,
                           parent=live_province, hostname="127.0.0.1")
    Site.objects.update(port=urlsplit(live_server.url).port)
    return old, live_province


@pytest.mark.django_db(transaction=True)
def test_superuser_merges_from_the_admin_and_the_old_address_follows(live_server, two_communes, page):
    old, new = two_communes
    article = add_article(old, "Xã Đạ Sar thu hoạch cà phê vụ 2024")
    superuser = UserFactory(username="quantri", is_superuser=True, is_staff=True, password=PASSWORD)
    admin_sign_in(page, live_server.url, superuser, PASSWORD)
    page.goto(f"{live_server.url}/admin/component-portals/")
    page.click(f"a[href='/admin/component-portals/{old.slug}/merge/']")
    page.select_option("select[name=into]", new.slug)
    page.click("text=Xem trước kế hoạch")
    expect(page.locator("text=Xã Đạ Sar thu hoạch cà phê vụ 2024")).to_have_count(1)  # waits for the plan
    shot(page, "merge-preview-1280")
    page.set_viewport_size({"width": 360, "height": 800})
    shot(page, "merge-preview-360")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.click("text=Xác nhận thực hiện")
    expect(page.locator("text=Đã hợp nhất «Ủy ban nhân dân xã Đạ Sar (cũ)»")).not_to_have_count(0)
    shot(page, "merge-done-1280")
    assert "Đã hợp nhất «Ủy ban nhân dân xã Đạ Sar (cũ)»" in page.content()
    old_article_url = live_server.url.replace("localhost", "127.0.0.1") + article.url_path[len("/xa-da-sar"):]
    response = page.goto(old_article_url)
    assert response.ok and page.url.startswith(f"{live_server.url}/tin-tuc-su-kien/")
    assert page.locator("h1").inner_text() == "Xã Đạ Sar thu hoạch cà phê vụ 2024"
    page.set_viewport_size({"width": 360, "height": 800})
    shot(page, "merged-article-on-new-portal-360")


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("width", [360, 1280])
def test_archived_portal_shows_its_banner_without_axe_violations(live_server, two_communes, page, width):
    old, _new = two_communes
    archive_portal(old.slug)
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(live_server.url.replace("localhost", "127.0.0.1") + "/")
    banner = page.locator(".archived-notice")
    assert banner.is_visible() and "Cổng này đã được lưu trữ và không còn cập nhật." in banner.inner_text()
    shot(page, f"archived-banner-{width}")
    assert run_axe(page) == []
