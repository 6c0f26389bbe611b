"""A portal's home page is composed of blocks: by default featured news with its photo, latest news,
public-service banners, «Văn bản mới», «Lịch công tác tuần này», answered questions, a gallery and (on the
province) the component portals; an editor's layout replaces the default; no headline appears twice; an
article shows its photo's caption and «Tin liên quan»."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from comments.models import CitizenInput, Kind, Status, TicketStatus
from decree.syndication import Syndication, decide
from decree.articles import ArticlePage
from decree.calendar import ScheduleEntry, WeeklySchedulePage, WorkCalendarPage, monday_of
from demo.seeders.images import ALT_TEXT, CAPTION, demo_image
from decree.documents import DocumentType, Issuer, LegalDocumentPage
from home.models import HomePage
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def article(portal, section, title, image=None, days_ago=0, **fields):
    news = section(portal, "news")
    return publish(news, ArticlePage(
        title=title, lead=f"Tóm tắt: {title}", body=[], locale=news.locale,
        date=timezone.now() - datetime.timedelta(days=days_ago),
        image=image, image_alt=ALT_TEXT if image else "", image_caption=CAPTION if image else "", **fields,
    ))


def home_soup(client, portal):
    response = client.get("/", HTTP_HOST=portal.site.hostname)
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


@pytest.fixture
def filled(province, portal_a, section):
    """The province with a photo article, plain articles, a document, this week's calendar and an answered
    question; portal A with an article of the same title proposed and approved for the province."""
    photo = demo_image(province, "Minh họa thử nghiệm", seed="thu-nghiem")
    article(province, section, "Khai mạc Hội chợ nông sản Lâm Viên", image=photo, days_ago=1)
    for index in range(3):
        article(province, section, f"Tin tỉnh số {index}", days_ago=2 + index)
    article(province, section, "Hội nghị chuyển đổi số", days_ago=6)
    copy = article(portal_a, section, "Hội nghị chuyển đổi số", days_ago=5, propose_to_province=True)
    decide(Syndication.objects.get(article=copy), make_user("board"), approve=True)
    register = section(province, "documents")
    publish(register, LegalDocumentPage(
        title="Quyết định số 12/2026/QĐ-UBND", number="12/2026/QĐ-UBND", issue_date=datetime.date(2026, 3, 2),
        effective_date=datetime.date(2026, 3, 2), summary="Ban hành quy chế phối hợp", locale=register.locale,
        document_type=DocumentType.objects.get_or_create(name="Quyết định")[0],
        issuer=Issuer.objects.get_or_create(name="Ủy ban nhân dân tỉnh Thử Nghiệm")[0],
    ))
    calendar = publish(section(province, "direction"), WorkCalendarPage(title="Lịch công tác của lãnh đạo"))
    today = timezone.localdate()
    publish(calendar, WeeklySchedulePage(
        title="Lịch tuần này", week_start=monday_of(today),
        entries=[ScheduleEntry(day=today, start_time=datetime.time(23, 0), content="Trực ban tết",
                               chair="Đồng chí Hoàng Minh Khôi, Chủ tịch UBND tỉnh")],
    ))
    questions = section(province, "qa")
    CitizenInput.objects.create(
        portal=province, page=questions, kind=Kind.QUESTION, status=Status.APPROVED, author_name="Lê Thu",
        author_email="thu@example.com", subject="Hồ sơ cấp phép xây dựng gồm những gì?", body="Xin hỏi...",
        reply="Gồm đơn và bản vẽ.", replied_at=timezone.now(), ticket_status=TicketStatus.ANSWERED,
        general_interest=True, ticket_code="HD-TEST-1",
    )
    return province


def test_a_new_portals_home_shows_the_default_blocks_with_data(client, filled, portal_a, section):
    soup = home_soup(client, filled)
    headings = [h2.get_text(strip=True) for h2 in soup.select(".home-blocks h2")]
    assert headings == ["Tin nổi bật", "Tin mới", "Dịch vụ công trực tuyến", "Văn bản mới", "Lịch công tác tuần này",
                        "Hỏi đáp", "Thư viện ảnh", "Cổng thông tin thành phần"]
    featured = soup.select_one(".featured-news")
    assert featured.select_one("h3").get_text(strip=True) == "Khai mạc Hội chợ nông sản Lâm Viên"
    assert featured.select_one("img")["alt"] == ALT_TEXT and CAPTION in featured.get_text()
    documents = soup.select_one(".new-documents").get_text(" ", strip=True)
    assert "12/2026/QĐ-UBND" in documents and "Ngày ban hành 02/03/2026" in documents
    assert "Trực ban tết" in soup.select_one(".week-calendar").get_text()
    assert "Hồ sơ cấp phép xây dựng gồm những gì?" in soup.select_one(".answered-questions").get_text()
    banners = soup.select(".service-banners a")
    assert banners[0]["href"] == "https://dichvucong.gov.vn/"
    assert banners[1]["href"].endswith(section(filled, "services").relative_url(filled.site))
    assert all(img.get("alt") for img in soup.select(".home-blocks img"))


def test_no_headline_appears_twice_on_the_home_page(client, filled):
    text = home_soup(client, filled).select_one(".home-blocks")
    titles = [a.get_text(strip=True) for a in text.select(".featured-news h3 a, .latest-news h3 a")]
    assert titles.count("Hội nghị chuyển đổi số") == 1
    assert "Khai mạc Hội chợ nông sản Lâm Viên" not in [a.get_text(strip=True) for a in text.select(".latest-news h3 a")]


def test_an_editors_layout_replaces_the_default(client, filled):
    home = HomePage.objects.get(pk=filled.root_page_id)
    home.layout = [("latest_news", {"heading": "Tin hoạt động", "count": 2}), ("new_documents", {"heading": "", "count": 1})]
    home.save_revision().publish()
    soup = home_soup(client, filled)
    assert [h2.get_text(strip=True) for h2 in soup.select(".home-blocks h2")] == ["Tin hoạt động", "Văn bản mới"]
    assert len(soup.select(".latest-news li")) == 2
    assert soup.select_one(".featured-news") is None and soup.select_one(".service-banners") is None


def test_the_home_page_query_count_does_not_grow_with_content(client, filled, section):
    def count():
        with CaptureQueriesContext(connection) as queries:
            home_soup(client, filled)
        return len(queries)

    home_soup(client, filled)
    small = count()
    for index in range(8):
        article(filled, section, f"Tin thêm {index}", image=demo_image(filled, f"Ảnh {index}", seed=index), days_ago=3)
    home_soup(client, filled)  # the new photos' renditions are made once, on the first view
    assert count() == small


def test_an_article_shows_its_caption_and_related_news_sharing_a_keyword(client, province, section):
    photo = demo_image(province, "Minh họa bài", seed="bai")
    main = article(province, section, "Tập huấn chữ ký số", image=photo)
    main.tags.add("chuyển đổi số")
    main.save_revision().publish()
    related = article(province, section, "Hội thảo dữ liệu số", days_ago=3)
    related.tags.add("chuyển đổi số")
    related.save_revision().publish()
    article(province, section, "Tin không liên quan", days_ago=1)
    html = client.get(main.relative_url(province.site), HTTP_HOST=province.site.hostname).content.decode()
    soup = BeautifulSoup(html, "html.parser")
    assert soup.select_one(".article-image figcaption").get_text(strip=True) == CAPTION
    items = [a.get_text(strip=True) for a in soup.select(".related-articles h3 a")]
    assert items[0] == "Hội thảo dữ liệu số" and "Tập huấn chữ ký số" not in items
    assert "Tin không liên quan" in items  # then the latest of the section
