"""An official's day in the Vietnamese admin, in Chromium, through the real admin of the live server:

- an editor of a department creates a news article and a legal document, typing dates the Vietnamese way
  («25/11/2026 08:30», «25/11/2026», «1/12/2026»), and sends each for approval with «Gửi duyệt»;
- the department's approver opens them from the dashboard and publishes each with «Duyệt và xuất bản»;
- the stored dates are 25 November and 1 December, the page addresses are ASCII (folded titles);
- the approver saves the legal document again untouched (draft, then publish) and the dates do not move;
- no screen they open shows English interface text, and no screen asks another host for anything (Gravatar
  was one); the board and the monitor open their screens under the same two checks.

Screenshots of the editor's form and the approver's review at 360 and 1280 px land in `screenshots/`.
"""

import datetime
from pathlib import Path

import pytest
from django.utils import timezone
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from .admin_steps import (
    PASSWORD,
    OtherHosts,
    add_paragraph,
    choose_snippet,
    english_on_screen,
    log_in,
    type_date,
    type_title,
)
from .conftest import ensure_platform_base

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
ARTICLE = "Quyết định số 125/QĐ-UBND về đẩy mạnh chuyển đổi số"
DOCUMENT = "Quyết định số 126/QĐ-SKHCN ban hành Quy chế làm việc"


@pytest.fixture
def department(live_province):
    from component_portals.models import PortalKind
    from component_portals.provisioning import provision_portal
    from component_portals.users import assign_role
    from decree.documents import DocumentType, Issuer

    portal = provision_portal(
        name="Sở Khoa học và Công nghệ", slug="so-khcn", kind=PortalKind.DEPARTMENT, parent=live_province,
    )
    for username, role, slug in (("bientap", "editor", portal.slug), ("duyet", "approver", portal.slug),
                                 ("banbientap", "board", ""), ("giamsat", "monitor", "")):
        assign_role(username=username, role=role, portal_slug=slug, password=PASSWORD, validate=False)
    DocumentType.objects.get_or_create(name="Quyết định", defaults={"abbreviation": "QĐ"})
    Issuer.objects.get_or_create(name="Sở Khoa học và Công nghệ")
    return portal


def section(portal, key):
    from wagtail.models import Page

    return next(page for page in Page.objects.get(pk=portal.root_page_id).get_children().specific()
                if getattr(page, "category_key", "") == key)


def screenshot(tab, name):
    SCREENSHOTS.mkdir(exist_ok=True)
    for width, height in ((1280, 900), (360, 780)):
        tab.set_viewport_size({"width": width, "height": height})
        tab.screenshot(path=str(SCREENSHOTS / f"{name}-{width}.png"), full_page=width == 360)
    tab.set_viewport_size({"width": 1280, "height": 900})


class Screens:
    """Checks every screen a tab lands on: English interface text and requests to other hosts."""

    def __init__(self, tab, base_url):
        self.tab = tab
        self.other_hosts = OtherHosts(tab, base_url)
        self.english = {}
        # what people wrote, read once: the test thread must not query while the live server writes
        from wagtail.models import Page

        self.written = set(Page.objects.values_list("title", flat=True)) | {
            ARTICLE, DOCUMENT, "bientap", "duyet", "banbientap", "giamsat"
        }

    def check(self):
        self.tab.wait_for_load_state("networkidle")
        found = english_on_screen(self.tab, self.written)
        if found:
            self.english[self.tab.url] = found

    def assert_clean(self):
        assert self.english == {}, f"English interface text: {self.english}"
        assert self.other_hosts.requests == [], f"requests to other hosts: {self.other_hosts.requests}"


def submit(tab, title):
    """«Gửi duyệt»; the admin goes back to the section and says «Đã tạo và gửi duyệt trang …». The message is
    waited for: the navigation that follows the click may not be the last."""
    with tab.expect_navigation(timeout=60_000):
        tab.get_by_role("button", name="Gửi duyệt").click()
    try:
        tab.locator(".messages", has_text=f"Đã tạo và gửi duyệt trang «{title}»").first.wait_for(timeout=30_000)
    except PlaywrightTimeoutError:
        errors = [
            (element.get_attribute("id"), element.inner_text().strip())
            for element in tab.locator("[data-field-errors]").all() if element.inner_text().strip()
        ]
        messages = " ".join(tab.locator(".messages").all_inner_texts())
        pytest.fail(f"the form was refused: {errors} {messages} at {tab.url}")


def editor_creates_and_submits(tab, base, screens, department):
    log_in(tab, base, "bientap")
    screens.check()
    tab.goto(f"{base}/admin/pages/add/decree/articlepage/{section(department, 'news').pk}/")
    type_title(tab, ARTICLE)
    type_date(tab, "id_date", "25/11/2026 08:30", "id_lead")
    tab.locator("#id_lead").fill("Tỉnh đẩy mạnh chuyển đổi số trong các cơ quan nhà nước.")
    add_paragraph(tab, "body", "Nội dung bài viết về chuyển đổi số.")
    screens.check()
    submit(tab, ARTICLE)
    screens.check()

    tab.goto(f"{base}/admin/pages/add/decree/legaldocumentpage/{section(department, 'documents').pk}/")
    type_title(tab, DOCUMENT)
    tab.locator("#id_number").fill("126/QĐ-SKHCN")
    choose_snippet(tab, "document_type", "Quyết định")
    choose_snippet(tab, "issuer", "Sở Khoa học và Công nghệ")
    type_date(tab, "id_issue_date", "25/11/2026", "id_summary")
    type_date(tab, "id_effective_date", "1/12/2026", "id_summary")
    tab.locator("#id_summary").fill("Ban hành Quy chế làm việc của Sở.")
    screenshot(tab, "quan-tri-bien-tap-van-ban")
    screens.check()
    submit(tab, DOCUMENT)
    tab.context.clear_cookies()


def approver_publishes(tab, base, screens, title):
    tab.goto(f"{base}/admin/")
    screens.check()
    tab.get_by_role("link", name=title).first.click()
    tab.get_by_role("button", name="Duyệt và xuất bản").wait_for()
    screens.check()
    with tab.expect_navigation(timeout=60_000):
        tab.get_by_role("button", name="Duyệt và xuất bản").click()
    assert "/edit/" not in tab.url, [
        (element.get_attribute("id"), element.inner_text().strip())
        for element in tab.locator("[data-field-errors]").all() if element.inner_text().strip()
    ]
    screens.check()


def test_editor_and_approver_publish_with_day_first_dates_and_ascii_addresses(page, live_server, department):
    from decree.articles import ArticlePage
    from decree.documents import LegalDocumentPage

    base = live_server.url
    screens = Screens(page, base)
    editor_creates_and_submits(page, base, screens, department)

    log_in(page, base, "duyet")
    approver_publishes(page, base, screens, ARTICLE)
    approver_publishes(page, base, screens, DOCUMENT)

    article = ArticlePage.objects.get(title=ARTICLE)
    document = LegalDocumentPage.objects.get(title=DOCUMENT)
    assert article.live and document.live
    assert timezone.localtime(article.date).replace(tzinfo=None) == datetime.datetime(2026, 11, 25, 8, 30)
    assert (document.issue_date, document.effective_date) == (datetime.date(2026, 11, 25), datetime.date(2026, 12, 1))
    assert article.slug == "quyet-dinh-so-125qd-ubnd-ve-day-manh-chuyen-doi-so"
    assert document.slug == "quyet-dinh-so-126qd-skhcn-ban-hanh-quy-che-lam-viec"
    assert document.url_path.isascii() and article.url_path.isascii()

    # saved again untouched: a draft, then published; 1 December stays 1 December
    page.goto(f"{base}/admin/pages/{document.pk}/edit/")
    screenshot(page, "quan-tri-duyet-van-ban")
    with page.expect_navigation():  # to the edit form again, its scripts run (the menu opens only then)
        page.get_by_role("button", name="Lưu bản nháp").click()
    page.get_by_text(f"Đã cập nhật trang «{DOCUMENT}»").wait_for()
    draft = document.get_latest_revision_as_object()
    assert (draft.issue_date, draft.effective_date) == (datetime.date(2026, 11, 25), datetime.date(2026, 12, 1))
    page.locator("footer .dropdown-toggle, [data-w-dropdown-target=toggle]").last.click()
    page.get_by_role("button", name="Xuất bản").click()
    page.get_by_text(f"Đã xuất bản trang «{DOCUMENT}»").wait_for()
    document.refresh_from_db()
    assert (document.issue_date, document.effective_date) == (datetime.date(2026, 11, 25), datetime.date(2026, 12, 1))
    screens.assert_clean()


def test_board_and_monitor_screens_are_vietnamese_and_load_nothing_from_other_hosts(page, live_server, department):
    from django.urls import reverse

    base = live_server.url
    screens = Screens(page, base)
    for username, urls in (
        ("banbientap", ["wagtailadmin_home", "wagtailadmin_explore_root", "comments_admin:queue",
                        "oversight:board_queue", "wagtailadmin_account"]),
        ("giamsat", ["wagtailadmin_home", "oversight:index", "oversight:rules", "wagtailadmin_account"]),
    ):
        log_in(page, base, username)
        for name in urls:
            page.goto(base + reverse(name))
            screens.check()
        page.context.clear_cookies()
    screens.assert_clean()
