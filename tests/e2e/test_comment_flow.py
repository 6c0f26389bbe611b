"""A citizen comments on an article like a person would (the form loads into the page, the captcha is
answered), is told the comment awaits moderation, an approver approves it in the Wagtail admin, and the
comment is published under the article."""

from pathlib import Path

import pytest

from comments.models import CitizenInput, Status
from tests.factories import make_user

from .conftest import admin_sign_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

# The article template with `{% citizen_input_form page "comment" %}`, as the lead wires it into
# decree/templates/decree/article_page.html (harmless once the real template has it too).
TEMPLATES_WITH_PLACEHOLDER = Path(__file__).resolve().parent.parent / "comments" / "templates"
COMMENT = "Đề nghị Sở công khai lịch tiếp công dân định kỳ hằng tháng trên cổng thông tin."


@pytest.fixture
def article(live_province, settings):
    from decree.articles import ArticleIndexPage, ArticlePage

    settings.TEMPLATES = [
        {**settings.TEMPLATES[0], "DIRS": [TEMPLATES_WITH_PLACEHOLDER, *settings.TEMPLATES[0]["DIRS"]]}
    ]
    settings.COMMENTS_MIN_SUBMIT_SECONDS = 1
    news = ArticleIndexPage.objects.child_of(live_province.root_page).get(category_key="news")
    article = ArticlePage(
        title="Tỉnh triển khai cổng dịch vụ công trực tuyến mới", slug="cong-dich-vu-cong-moi",
        lead="Người dân nộp hồ sơ trực tuyến từ tháng sau.", body=[], locale=news.locale,
    )
    news.add_child(instance=article)
    article.save_revision().publish()
    return article


def test_comment_is_moderated_and_published(live_server, live_province, article, page, new_page):
    article_url = f"{live_server.url}{article.relative_url(live_province.site)}"
    approver = make_user("approver", live_province, username="duyet.tinh")

    # A citizen reads the article; the form arrives in the placeholder.
    page.goto(article_url)
    section = page.locator("section.citizen-input")
    section.get_by_label("Họ và tên").fill("Nguyễn Thị Hoa")
    section.get_by_label("Thư điện tử").fill("hoa.nguyen@example.com")
    section.get_by_label("Ý kiến của bạn").fill(COMMENT)
    section.get_by_label("Mã xác nhận").fill("PASSED")
    page.wait_for_timeout(1200)  # a person takes a moment; the form refuses instant posts
    section.get_by_role("button", name="Gửi ý kiến").click()

    message = section.locator(".ci-message")
    message.wait_for()
    assert "đang chờ kiểm duyệt" in message.inner_text()
    assert page.url == article_url  # sent without leaving the article
    item = CitizenInput.objects.get()
    assert item.status == Status.PENDING and item.body == COMMENT

    # Nothing is shown before approval.
    page.reload()
    page.locator("[data-approved-count]").wait_for()
    assert page.locator("[data-approved-count]").inner_text() == "0"
    assert COMMENT not in page.content()

    # The approver signs in to the admin, finds the comment in the queue and approves it.
    admin = new_page()
    admin_sign_in(admin, live_server.url, approver)  # password, then the code of the approver's app
    assert admin.locator("[data-pending-count]").get_attribute("data-pending-count") == "1"
    admin.goto(f"{live_server.url}/admin/y-kien-cong-dan/")
    admin.get_by_role("link", name=COMMENT[:60]).click()
    admin.get_by_role("button", name="Duyệt", exact=True).click()
    admin.locator("[data-status]").wait_for()
    assert "Đã duyệt" in admin.locator("[data-status]").inner_text()
    item.refresh_from_db()
    assert item.status == Status.APPROVED and item.moderated_by_id == approver.pk

    # The citizen (and everyone) now sees it under the article.
    reader = new_page()
    reader.goto(article_url)
    reader.locator(".ci-item").first.wait_for()
    assert reader.locator("[data-approved-count]").inner_text() == "1"
    assert COMMENT in reader.locator(".ci-item .ci-body").inner_text()
    assert "Nguyễn Thị Hoa" in reader.locator(".ci-item .ci-author").inner_text()
    assert "hoa.nguyen@example.com" not in reader.content()


# Google's script is replaced by a stand-in and every request leaving the machine is refused: the browser
# side of reCAPTCHA is exercised without contacting Google (the server-side verification is replaced too).
RECAPTCHA_STAND_IN = """
window.grecaptcha = {
  ready: function (callback) { callback(); },
  execute: function (siteKey, options) { return Promise.resolve("token-v3:" + siteKey + ":" + options.action); },
  render: function (element, options) {
    var response = document.createElement("textarea");
    response.name = "g-recaptcha-response";
    response.value = "token-v2:" + options.sitekey;
    response.hidden = true;
    element.appendChild(response);
    element.setAttribute("data-rendered", "1");
    return 0;
  }
};
if (window.citizenInputRecaptchaLoaded) { window.citizenInputRecaptchaLoaded(); }
"""


@pytest.mark.parametrize("version", ["v2", "v3"])
def test_recaptcha_forms_work_without_contacting_google(
    live_server, live_province, article, page, monkeypatch, version
):
    from django_recaptcha.client import RecaptchaResponse

    from comments.captcha import RECAPTCHA_ACTION
    from home.models import PortalSettings

    portal_settings = PortalSettings.for_site(live_province.site)
    portal_settings.recaptcha_site_key = "khoa-trang-thu"
    portal_settings.recaptcha_secret_key = "khoa-bi-mat-thu"
    portal_settings.recaptcha_version = version
    portal_settings.save()
    verified = []

    def fake_verify(recaptcha_response, private_key, remoteip):
        verified.append((recaptcha_response, private_key))
        return RecaptchaResponse(is_valid=True, extra_data={"score": 0.9}, action=RECAPTCHA_ACTION)

    monkeypatch.setattr("comments.captcha.recaptcha_client.submit", fake_verify)
    outside = []

    def route(request_route):
        url = request_route.request.url
        if "/recaptcha/api.js" in url:
            return request_route.fulfill(status=200, content_type="application/javascript", body=RECAPTCHA_STAND_IN)
        if not url.startswith(live_server.url):
            outside.append(url)
            return request_route.abort()
        return request_route.continue_()

    page.route("**/*", route)
    page.goto(f"{live_server.url}{article.relative_url(live_province.site)}")
    section = page.locator("section.citizen-input")
    section.get_by_label("Họ và tên").fill("Phạm Văn Minh")
    section.get_by_label("Thư điện tử").fill("minh.pham@example.com")
    section.get_by_label("Ý kiến của bạn").fill("Góp ý qua biểu mẫu có reCAPTCHA.")
    if version == "v2":
        section.locator("[data-recaptcha-v2][data-rendered]").wait_for(state="attached")
    page.wait_for_timeout(1200)
    section.get_by_role("button", name="Gửi ý kiến").click()
    section.locator(".ci-message").wait_for()
    assert "đang chờ kiểm duyệt" in section.locator(".ci-message").inner_text()
    expected = "token-v2:khoa-trang-thu" if version == "v2" else f"token-v3:khoa-trang-thu:{RECAPTCHA_ACTION}"
    assert verified == [(expected, "khoa-bi-mat-thu")]
    assert CitizenInput.objects.get().author_name == "Phạm Văn Minh"
    assert outside == []  # nothing else tried to leave the machine
