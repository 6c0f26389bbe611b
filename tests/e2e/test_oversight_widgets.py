"""What the oversight issue adds to every portal page, in a real browser: the «useful?» question answered
without leaving the page, and the planned-maintenance banner, both free of accessibility violations."""

import datetime

import pytest

from .conftest import run_axe

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def article_url(live_server, live_province):
    from decree.articles import ArticleIndexPage, ArticlePage

    news = ArticleIndexPage.objects.child_of(live_province.root_page).get(category_key="news")
    article = ArticlePage(title="Tỉnh mở rộng dịch vụ công trực tuyến toàn trình", slug="dich-vu-cong-toan-trinh",
                          lead="Thêm 120 thủ tục được giải quyết trực tuyến.", body=[], locale=news.locale)
    news.add_child(instance=article)
    article.save_revision().publish()
    return f"{live_server.url}{article.relative_url(live_province.site)}"


def test_a_reader_answers_the_useful_question_without_leaving_the_page(article_url, page):
    from home.models import PageRating

    page.goto(article_url)
    rating = page.locator("form.page-rating")
    assert rating.locator("legend").inner_text() == "Thông tin này có hữu ích không?"
    assert run_axe(page) == []
    rating.get_by_role("button", name="Có", exact=True).click()
    status = rating.locator("[role=status]")
    status.wait_for()
    page.locator("form.page-rating [role=status]:not(:empty)").wait_for()  # no string evaluation: the CSP forbids eval
    assert status.inner_text().startswith("Cảm ơn bạn đã đánh giá.")
    assert page.url == article_url
    assert rating.locator("fieldset").is_hidden()
    assert list(PageRating.objects.values_list("useful", flat=True)) == [True]

    page.reload()  # the same visitor changes their mind: still one vote
    page.locator("form.page-rating").get_by_role("button", name="Không", exact=True).click()
    page.locator("form.page-rating [role=status]:not(:empty)").wait_for()  # no string evaluation: the CSP forbids eval
    assert list(PageRating.objects.values_list("useful", flat=True)) == [False]


def test_the_maintenance_banner_shows_until_the_restore_time(live_server, live_province, page):
    from django.utils import timezone

    from oversight.models import MaintenanceNotice

    now = timezone.now()
    MaintenanceNotice.objects.create(title="Nâng cấp máy chủ", starts_at=now + datetime.timedelta(days=10),
                                     ends_at=now + datetime.timedelta(days=10, hours=4))
    MaintenanceNotice.objects.create(title="Đợt bảo trì đã xong", starts_at=now - datetime.timedelta(days=3),
                                     ends_at=now - datetime.timedelta(days=3) + datetime.timedelta(hours=2))
    page.goto(f"{live_server.url}/")
    banner = page.get_by_role("complementary", name="Thông báo bảo trì")
    assert banner.is_visible()
    assert "Thông báo bảo trì: Nâng cấp máy chủ." in banner.inner_text()
    assert "Đợt bảo trì đã xong" not in page.content()
    assert run_axe(page) == []
