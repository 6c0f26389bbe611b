"""The board's and the monitor's day in the Vietnamese admin, in Chromium (issue 11 items 5 and 6): the board
answers and publishes a question in one step and forwards another to the portal that must answer it; the
citizen sees the published answer; the monitor opens the scorecard, whose charts draw real bars, on a
1280 px screen and on a 360 px phone."""

import datetime
from pathlib import Path

import pytest

from tests.e2e.conftest import admin_sign_in
from tests.factories import make_user

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
PASSWORD = "MatKhau@2026"
ANSWER = "Hồ sơ gồm đơn đề nghị theo mẫu, bản sao giấy tờ về đất và hai bộ bản vẽ thiết kế."


def sign_in(tab, live_server, user):
    admin_sign_in(tab, live_server.url, user, PASSWORD)


@pytest.fixture
def second_portal(live_province):
    from component_portals.provisioning import provision_portal

    return provision_portal(name="Sở Xây dựng", slug="so-xay-dung", kind="department", parent=live_province)


def ask(portal, subject, code):
    from django.utils import timezone

    from comments.models import CitizenInput, Kind, TicketStatus
    from decree.qa import QuestionIndexPage

    qa = QuestionIndexPage.objects.child_of(portal.root_page).get(category_key="qa")
    return CitizenInput.objects.create(
        portal=portal, page=qa, kind=Kind.QUESTION, subject=subject, body=f"{subject}: xin hướng dẫn cụ thể.",
        author_name="Phạm Văn Minh", author_email="minh.pham@example.com", ticket_code=code,
        ticket_status=TicketStatus.RECEIVED, due_date=timezone.localdate() + datetime.timedelta(days=10),
    )


def test_the_board_answers_and_publishes_in_one_step_and_forwards_another(
    live_server, live_province, second_portal, page, new_page
):
    from comments.models import CitizenInput, Status, TicketStatus

    SCREENSHOTS.mkdir(exist_ok=True)
    published = ask(live_province, "Hồ sơ cấp phép xây dựng nhà ở", "HD-ABCD-2345")
    forwarded = ask(live_province, "Quy hoạch khu dân cư phía Bắc", "HD-EFGH-6789")
    board = make_user("board", username="bbt.tinh", password=PASSWORD)
    sign_in(page, live_server, board)

    # The board's queue names each question with its sender and leads to it.
    page.goto(f"{live_server.url}/admin/giam-sat/ban-bien-tap/")
    assert "gửi bởi Phạm Văn Minh" in page.locator("main").inner_text()
    page.get_by_role("link", name="Hồ sơ cấp phép xây dựng nhà ở").first.click()
    page.get_by_label("Trả lời chính thức").fill(ANSWER)
    page.get_by_role("button", name="Trả lời và công bố").click()
    page.locator("[data-published]").wait_for()
    assert page.locator("[data-published]").inner_text() == "Đã công bố trong chuyên mục Hỏi đáp"
    assert page.locator("[data-status]").inner_text().startswith("Đã duyệt")
    page.screenshot(path=SCREENSHOTS / "board-answered-1280.png", full_page=True)
    published.refresh_from_db()
    assert (published.status, published.ticket_status, published.general_interest) == (
        Status.APPROVED, TicketStatus.ANSWERED, True,
    )

    # The other question belongs to the department: forwarded, with the step in its history.
    page.goto(f"{live_server.url}/admin/giam-sat/ban-bien-tap/")
    page.get_by_role("link", name="Quy hoạch khu dân cư phía Bắc").first.click()
    page.get_by_label("Chuyển cho cổng").select_option(label="Sở Xây dựng")
    page.get_by_role("button", name="Chuyển câu hỏi").click()
    page.get_by_text("Đã chuyển câu hỏi cho Sở Xây dựng trả lời.").wait_for()
    page.screenshot(path=SCREENSHOTS / "board-forwarded-1280.png", full_page=True)
    assert "Đã chuyển câu hỏi cho cổng khác trả lời" in page.locator("main").inner_text()
    assert CitizenInput.objects.get(pk=forwarded.pk).portal == second_portal

    # The citizen reads the published answer on the province's Hỏi đáp page; the forwarded one is not there.
    citizen = new_page()
    qa = published.page
    citizen.goto(f"{live_server.url}{qa.relative_url(live_province.site)}")
    answered = citizen.locator("section.answered-questions")
    answered.wait_for()
    assert ANSWER in answered.inner_text()
    assert "Quy hoạch khu dân cư phía Bắc" not in answered.inner_text()
    citizen.set_viewport_size({"width": 360, "height": 800})
    citizen.screenshot(path=SCREENSHOTS / "citizen-answer-360.png", full_page=True)


BARS_DRAW = """() => [...document.querySelectorAll('figure.oversight-chart svg rect')].map(rect => {
    const box = rect.getBoundingClientRect();
    return {width: rect.getAttribute('width'), height: rect.getAttribute('height'), x: rect.getAttribute('x'),
            y: rect.getAttribute('y'), drawnWidth: box.width, drawnHeight: box.height};
})"""


@pytest.mark.parametrize("width", [1280, 360])
def test_the_monitor_sees_charts_with_bars_at_every_width(live_server, live_province, second_portal, page, width):
    from django.utils import timezone

    from oversight.models import ScoreSnapshot
    from decree.articles import ArticleIndexPage
    from tests.factories import add_standard_page

    SCREENSHOTS.mkdir(exist_ok=True)
    news = ArticleIndexPage.objects.child_of(second_portal.root_page).get(category_key="news")
    add_standard_page(news, title="Sở Xây dựng công bố quy hoạch chung")  # this month's bar on its drill-down
    today = timezone.localdate()
    for weeks, score in ((4, 40.5), (2, 52.25), (0, 61.0)):
        ScoreSnapshot.objects.create(portal=second_portal, day=today - datetime.timedelta(weeks=weeks), score=score)
    monitor = make_user("monitor", username="giam.sat", password=PASSWORD)
    page.set_viewport_size({"width": width, "height": 900})
    sign_in(page, live_server, monitor)
    page.goto(f"{live_server.url}/admin/giam-sat/")
    page.locator("#oversight-ranking").wait_for()
    from component_portals.models import ComponentPortal

    bars = page.evaluate(BARS_DRAW)
    assert len(bars) == ComponentPortal.objects.filter(status="active").count()  # one per portal
    for bar in bars:
        assert all(float(bar[name]) >= 0 for name in ("width", "height", "x", "y"))
        assert bar["drawnWidth"] > 1 and bar["drawnHeight"] > 1
    trend = page.locator("figure.oversight-chart polyline").get_attribute("points")
    assert [float(number) for point in trend.split() for number in point.split(",")]
    # Nothing sticks out of the screen: the ranking fits (cards on a phone), wide tables scroll in place.
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    ranking = page.locator("#oversight-ranking")
    assert ranking.bounding_box()["width"] <= width
    # the whole ranking is in view: no column hidden behind a horizontal scroll bar
    assert ranking.evaluate("table => table.parentElement.scrollWidth <= table.parentElement.clientWidth")
    page.screenshot(path=SCREENSHOTS / f"scorecard-{width}.png", full_page=True)

    page.get_by_role("link", name="Sở Xây dựng").first.click()
    page.locator("#oversight-portal-categories").wait_for()
    assert page.locator("a", has_text="Sửa").count() == 0  # the monitor edits nothing
    bars = page.evaluate(BARS_DRAW)
    assert bars and any(bar["drawnWidth"] > 1 for bar in bars)
    assert len(page.locator("figure.oversight-chart circle").all()) == 3
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.screenshot(path=SCREENSHOTS / f"portal-{width}.png", full_page=True)
