"""The Content-Security-Policy in a real browser: public pages (the rating and view counter included) and the
admin's page editor, image chooser and preview work with the policy on, and the browser reports no violation."""

import pytest

from .conftest import admin_sign_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

COLLECT_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", function (event) {
  window.__cspViolations.push(event.violatedDirective + " " + event.blockedURI + " " + (event.sourceFile || "")
                              + ":" + event.lineNumber);
});
"""


@pytest.fixture
def article(live_server, live_province):
    from decree.articles import ArticleIndexPage, ArticlePage

    news = ArticleIndexPage.objects.child_of(live_province.root_page).get(category_key="news")
    article = ArticlePage(title="Tỉnh mở rộng dịch vụ công trực tuyến", slug="dich-vu-cong", lead="Thêm 120 thủ tục.",
                          body=[], locale=news.locale)
    news.add_child(instance=article)
    article.save_revision().publish()
    return article


def violations(tab):
    return tab.evaluate("window.__cspViolations || []")


def test_public_page_works_under_the_policy(live_server, live_province, article, page, caplog):
    from home.models import PageRating

    page.add_init_script(COLLECT_VIOLATIONS)
    with page.expect_response(lambda response: "/luot-xem/" in response.url) as beacon:
        response = page.goto(f"{live_server.url}{article.relative_url(live_province.site)}")
    assert beacon.value.status == 204  # the counter accepted the page's token (headless browsers are not counted)
    assert "script-src 'self' 'nonce-" in response.headers["content-security-policy"]
    assert "camera=()" in response.headers["permissions-policy"]
    assert page.evaluate("document.documentElement.dataset.textSize === undefined")
    page.get_by_role("button", name="Có", exact=True).click()
    page.locator("form.page-rating [role=status]:not(:empty)").wait_for()
    assert PageRating.objects.filter(page=article).exists()
    assert violations(page) == []
    assert "CSP violation" not in caplog.text


def test_admin_editor_chooser_and_preview_work_under_the_policy(live_server, live_province, article, new_page, caplog):
    from tests.factories import make_user

    board = make_user("board", username="banbientap")
    tab = new_page()
    tab.add_init_script(COLLECT_VIOLATIONS)
    admin_sign_in(tab, live_server.url, board)
    tab.goto(f"{live_server.url}/admin/pages/{article.pk}/edit/")
    tab.locator("#id_title").fill("Tỉnh mở rộng dịch vụ công trực tuyến toàn trình")
    # A chooser opens in its modal (scripts loaded by the admin).
    tab.goto(f"{live_server.url}/admin/pages/{article.pk}/edit/")
    tab.locator("button[data-chooser-action-choose]:visible").first.click()
    tab.locator(".modal-content").wait_for()
    tab.locator(".modal-content input[type=search], .modal-content input[name=q]").first.wait_for()
    tab.keyboard.press("Escape")
    # Preview in the side panel.
    tab.goto(f"{live_server.url}/admin/pages/{article.pk}/edit/")
    tab.locator("[data-side-panel-toggle='preview']").click()
    tab.locator("iframe[title]").first.wait_for()
    tab.wait_for_timeout(1500)
    tab.screenshot(path="screenshots/csp-admin-editor-1280.png")
    assert violations(tab) == []
    assert "CSP violation" not in caplog.text
