"""Article sections (news, direction, dissemination): the article page, the section index with its
year, month and tag filters and pagination, and the section's RSS 2.0 feed."""

import datetime
import re

import feedparser
import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents.models import Document
from wagtail.rich_text import RichText

from decree.articles import ArticleIndexPage, ArticlePage, DirectionIndexPage
from demo.seeders import articles as articles_demo
from tests.factories import make_image


def local(year, month, day, hour=9, minute=0):
    return timezone.make_aware(datetime.datetime(year, month, day, hour, minute))


def make_article(section, title="Hội nghị triển khai nhiệm vụ chuyển đổi số", date=None, tags=(), live=True,
                 **fields):
    defaults = dict(
        lead="Sáng nay, lãnh đạo cơ quan chủ trì hội nghị triển khai nhiệm vụ chuyển đổi số năm 2025.",
        body=[("paragraph", RichText("<p>Hội nghị thống nhất các nhiệm vụ trọng tâm.</p>"))],
        date=date or local(2025, 3, 10),
    )
    defaults.update(fields)
    article = ArticlePage(title=title, live=live, **defaults)
    for tag in tags:
        article.tags.add(tag)
    section.add_child(instance=article)
    if live:
        article.save_revision().publish()
        article.refresh_from_db()
    else:
        article.save_revision()
    return article


@pytest.fixture
def news(portal_a, section):
    return section(portal_a, "news")


def path(page):
    """The page's address on its own site, as its templates write it."""
    return page.relative_url(page.get_site())


def get(client, url, portal, query=""):
    response = client.get(url + query, HTTP_HOST=portal.site.hostname)
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def listed_titles(html):
    return re.findall(r'<h2 class="item-title"><a href="[^"]*">([^<]*)</a></h2>', html)


# Section types --------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_article_sections_are_article_indexes(portal_a, section):
    assert type(section(portal_a, "news")) is ArticleIndexPage
    assert type(section(portal_a, "dissemination")) is ArticleIndexPage
    assert type(section(portal_a, "direction")) is DirectionIndexPage
    assert ArticlePage.can_create_at(section(portal_a, "direction"))
    assert not ArticlePage.can_create_at(section(portal_a, "documents"))


# The article page -----------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_an_article_renders_every_field(client, portal_a, news):
    image = make_image()
    document = Document.objects.create(
        title="Kế hoạch chuyển đổi số năm 2025", file=ContentFile(b"%PDF-1.4 demo", name="ke-hoach-cds.pdf"),
    )
    article = make_article(
        news,
        date=local(2025, 3, 10, 14, 30),
        author="Nguyễn Thị Lan",
        source="Văn phòng Sở",
        image=image,
        image_alt="Lãnh đạo Sở phát biểu tại hội nghị",
        body=[("paragraph", RichText("<p>Hội nghị thống nhất 12 nhiệm vụ trọng tâm của năm.</p>"))],
        attachments=[("document", {"document": document, "title": "Kế hoạch số 45/KH-SKHCN"})],
        tags=["chuyển đổi số", "hội nghị"],
    )
    html = get(client, path(article), portal_a)
    assert html.count("<h1") == 1
    for value in (
        article.title,
        "Sáng nay, lãnh đạo cơ quan chủ trì hội nghị triển khai nhiệm vụ chuyển đổi số năm 2025.",
        "10/03/2025 14:30",
        "Nguyễn Thị Lan",
        "Văn phòng Sở",
        "Hội nghị thống nhất 12 nhiệm vụ trọng tâm của năm.",
        "Kế hoạch số 45/KH-SKHCN",
        document.url,
        'alt="Lãnh đạo Sở phát biểu tại hội nghị"',
        "chuyển đổi số",
        "hội nghị",
        f'{path(news)}?the=chuy%E1%BB%83n%20%C4%91%E1%BB%95i%20s%E1%BB%91',
    ):
        assert value in html, value


@pytest.mark.django_db
@pytest.mark.parametrize("alt", ["", "   "])
def test_an_image_without_alt_text_is_refused(news, alt):
    article = make_article(news, image=make_image(), image_alt="Toàn cảnh hội nghị")
    article.image_alt = alt
    with pytest.raises(ValidationError) as error:
        article.full_clean()
    assert error.value.message_dict["image_alt"] == ["Hãy mô tả ảnh đại diện cho người khiếm thị."]


@pytest.mark.django_db
def test_an_image_with_alt_text_or_no_image_is_accepted(news):
    make_article(news, image=make_image(), image_alt="Toàn cảnh hội nghị").full_clean()
    make_article(news, title="Bài không có ảnh", image_alt="").full_clean()


# The index: filters and pagination ------------------------------------------------------------------------


@pytest.fixture
def dated_articles(news):
    make_article(news, "Tin tháng 3 năm 2025", local(2025, 3, 5), tags=["chuyển đổi số"])
    make_article(news, "Tin tháng 4 năm 2025", local(2025, 4, 20), tags=["cải cách hành chính"])
    make_article(news, "Tin tháng 3 năm 2024", local(2024, 3, 15), tags=["chuyển đổi số", "hội nghị"])
    make_article(news, "Tin đầu năm 2025 lúc nửa đêm", local(2025, 1, 1, 0, 30))  # 31/12/2024 in UTC
    make_article(news, "Bản nháp tháng 3 năm 2025", local(2025, 3, 6), live=False)


@pytest.mark.django_db
def test_the_index_lists_live_articles_newest_first_with_dates_and_leads(client, portal_a, news, dated_articles):
    html = get(client, path(news), portal_a)
    assert listed_titles(html) == [
        "Tin tháng 4 năm 2025", "Tin tháng 3 năm 2025", "Tin đầu năm 2025 lúc nửa đêm", "Tin tháng 3 năm 2024",
    ]
    assert "20/04/2025" in html
    assert "Sáng nay, lãnh đạo cơ quan" in html
    assert 'label for="filter-year"' in html and 'label for="filter-month"' in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query, titles",
    [
        ("?nam=2025", ["Tin tháng 4 năm 2025", "Tin tháng 3 năm 2025", "Tin đầu năm 2025 lúc nửa đêm"]),
        ("?nam=2024", ["Tin tháng 3 năm 2024"]),
        ("?nam=2025&thang=3", ["Tin tháng 3 năm 2025"]),
        ("?nam=2025&thang=1", ["Tin đầu năm 2025 lúc nửa đêm"]),  # the local date, not the UTC one
        ("?nam=2024&thang=12", []),
        ("?thang=3", ["Tin tháng 4 năm 2025", "Tin tháng 3 năm 2025", "Tin đầu năm 2025 lúc nửa đêm",
                      "Tin tháng 3 năm 2024"]),  # a month without a year is ignored
        ("?the=chuyển đổi số", ["Tin tháng 3 năm 2025", "Tin tháng 3 năm 2024"]),
        ("?the=chuyển đổi số&nam=2024", ["Tin tháng 3 năm 2024"]),
        ("?the=không có thẻ này", []),
    ],
)
def test_the_index_filters_by_year_month_and_tag(client, portal_a, news, dated_articles, query, titles):
    html = get(client, path(news), portal_a, query)
    assert listed_titles(html) == titles
    if not titles:
        assert "Chưa có bài viết nào phù hợp." in html


@pytest.mark.django_db
def test_the_year_filter_offers_only_years_with_articles(client, portal_a, news, dated_articles):
    html = get(client, path(news), portal_a)
    years = re.findall(r'<option value="(\d{4})"', html)
    assert years == ["2025", "2024"]
    html = get(client, path(news), portal_a, "?nam=2025&thang=3")
    assert '<option value="2025" selected>' in html
    assert '<option value="3" selected>' in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    ["?nam=abc", "?nam=-1", "?nam=99999999999", "?thang=13", "?thang=0", "?nam=2025&thang=abc", "?trang=-1",
     "?trang=0", "?trang=abc", "?trang=99999", "?trang=1.5", "?nam=%00", "?nam=2025&thang=13", "?thang=-3"],
)
def test_malformed_filters_give_a_page_not_an_error(client, portal_a, news, dated_articles, query):
    html = get(client, path(news), portal_a, query)
    assert listed_titles(html)


@pytest.mark.django_db
def test_an_overlong_tag_is_cut_and_gives_an_empty_list(client, portal_a, news, dated_articles):
    html = get(client, path(news), portal_a, "?the=" + "x" * 5000)
    assert "Chưa có bài viết nào phù hợp." in html


@pytest.mark.django_db
def test_malformed_year_and_month_are_ignored(client, portal_a, news, dated_articles):
    assert len(listed_titles(get(client, path(news), portal_a, "?nam=abc&thang=13"))) == 4
    assert listed_titles(get(client, path(news), portal_a, "?nam=2025&thang=13")) == [
        "Tin tháng 4 năm 2025", "Tin tháng 3 năm 2025", "Tin đầu năm 2025 lúc nửa đêm",
    ]


@pytest.mark.django_db
def test_the_index_paginates_twelve_per_page(client, portal_a, news):
    for i in range(13):
        make_article(news, f"Bài số {i:02d}", local(2025, 1, 1 + i))
    first = get(client, path(news), portal_a)
    assert listed_titles(first) == [f"Bài số {i:02d}" for i in range(12, 0, -1)]
    assert "Trang 1/2" in first
    assert 'href="?trang=2"' in first
    second = get(client, path(news), portal_a, "?trang=2")
    assert listed_titles(second) == ["Bài số 00"]
    assert 'href="?trang=1"' in second
    assert listed_titles(get(client, path(news), portal_a, "?trang=99999")) == ["Bài số 00"]  # the last page
    assert listed_titles(get(client, path(news), portal_a, "?trang=abc")) == listed_titles(first)


@pytest.mark.django_db
def test_pagination_links_keep_the_filters(client, portal_a, news):
    for i in range(13):
        make_article(news, f"Bài tháng 2 số {i:02d}", local(2025, 2, 1 + i), tags=["thi đua"])
    html = get(client, path(news), portal_a, "?nam=2025&thang=2&the=thi đua")
    match = re.search(r'href="\?([^"]*trang=2)"', html)
    assert match
    next_query = match.group(1).replace("&amp;", "&")
    assert "nam=2025" in next_query and "thang=2" in next_query and "the=" in next_query
    assert listed_titles(get(client, path(news), portal_a, "?" + next_query)) == ["Bài tháng 2 số 00"]


# RSS ------------------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_section_feed_is_valid_rss_2(client, portal_a, news, dated_articles):
    response = client.get(path(news) + "rss/", HTTP_HOST=portal_a.site.hostname)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.version == "rss20"
    assert news.title in feed.feed.title
    assert feed.feed.link.endswith(path(news))
    titles = [entry.title for entry in feed.entries]
    assert titles == ["Tin tháng 4 năm 2025", "Tin tháng 3 năm 2025", "Tin đầu năm 2025 lúc nửa đêm",
                      "Tin tháng 3 năm 2024"]
    for entry in feed.entries:
        assert entry.link.startswith("http://so-a.localhost")
        assert entry.published_parsed is not None
        assert entry.summary
    first = feed.entries[0]
    assert first.published_parsed[:3] == (2025, 4, 20)
    assert [tag.term for tag in feed.entries[1].tags] == ["chuyển đổi số"]


@pytest.mark.django_db
def test_the_section_head_links_its_feed(client, portal_a, news, section):
    for page in (news, section(portal_a, "direction"), section(portal_a, "dissemination")):
        html = get(client, path(page), portal_a)
        head = html.split("</head>")[0]
        assert re.search(rf'<link rel="alternate" type="application/rss\+xml" [^>]*href="{path(page)}rss/"', head)


@pytest.mark.django_db
def test_a_feed_of_an_empty_section_is_still_valid(client, portal_a, section):
    response = client.get(path(section(portal_a, "dissemination")) + "rss/", HTTP_HOST=portal_a.site.hostname)
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0
    assert feed.entries == []


# Query budgets --------------------------------------------------------------------------------------------


def add_articles(section, count, start):
    image = make_image()
    for i in range(count):
        make_article(
            section, f"Bài viết {start + i}", local(2024, 1 + (start + i) % 12, 1 + (start + i) % 28),
            tags=["chuyển đổi số", f"thẻ {i % 4}"],
            image=image if i % 2 else None, image_alt="Ảnh minh họa" if i % 2 else "",
        )


@pytest.mark.django_db
def test_article_query_counts_do_not_grow_with_articles(client, portal_a, news, count_queries):
    host = portal_a.site.hostname
    add_articles(news, 3, 0)
    item = ArticlePage.objects.child_of(news).first()
    urls = {"index": path(news), "filtered": path(news) + "?nam=2024&the=chuyển đổi số", "item": path(item),
            "feed": path(news) + "rss/"}
    for url in urls.values():
        count_queries(client, url, host)  # warm caches and create the image renditions
    small = {name: count_queries(client, url, host) for name, url in urls.items()}
    add_articles(news, 27, 3)
    for url in urls.values():
        count_queries(client, url, host)
    big = {name: count_queries(client, url, host) for name, url in urls.items()}
    assert big == small


# Demo content ---------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_demo_articles_fill_each_article_section_idempotently(client, portal_a, section):
    articles_demo.seed(portal_a)
    sections = {key: section(portal_a, key) for key in ("news", "direction", "dissemination")}
    counts = {key: ArticlePage.objects.child_of(page).live().count() for key, page in sections.items()}
    assert counts["news"] >= 8 and counts["direction"] >= 4 and counts["dissemination"] >= 4
    articles_demo.seed(portal_a)
    assert {key: ArticlePage.objects.child_of(page).count() for key, page in sections.items()} == counts

    news_articles = ArticlePage.objects.child_of(sections["news"])
    months = {(article.date.year, article.date.month) for article in news_articles}
    assert len(months) >= 6
    assert all(article.date <= timezone.now() for article in news_articles)
    assert all(article.date >= timezone.now() - datetime.timedelta(days=370) for article in news_articles)
    assert all(article.tags.exists() for article in news_articles)
    for article in ArticlePage.objects.descendant_of(portal_a.root_page):
        article.full_clean()
    feed = feedparser.parse(client.get(path(sections["news"]) + "rss/", HTTP_HOST=portal_a.site.hostname).content)
    assert feed.bozo == 0 and len(feed.entries) == counts["news"]
