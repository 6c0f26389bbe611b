"""Every dataset of the open-data API answers what its public page lists: the same items, in the same order, on
the same pages with the same counts, for each of the page's filters, per portal and on the provincial portal
(province-wide, and for one portal with `cong`). Drafts and citizens' personal data never appear."""

import datetime
from urllib.parse import urlparse

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from comments.models import CitizenInput, Kind, Status, TicketStatus
from decree.articles import ArticleIndexPage, ArticlePage
from decree.consultation import ConsultationIndexPage
from decree.services import ServiceCatalogPage, ServiceLevel
from decree.statistics import StatisticsIndexPage
from opendata.datasets import DATASETS

from ..comments.test_board_answers import qa_of
from ..decree.calendar_builders import make_calendar, make_entry, make_schedule
from ..decree.test_consultation import make_consultation
from ..decree.test_services import make_service
from ..decree.test_statistics import Document, make_release
from .test_api import api

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)
MONDAY = datetime.date(2025, 3, 17)  # ISO week 2025-W12
PHONE = "0912 345 678"


def publish_article(section, title, date, publish=True):
    article = ArticlePage(title=title, lead=f"Tóm tắt {title}", body=[], date=date, locale=section.locale,
                          live=publish)
    section.add_child(instance=article)
    revision = article.save_revision()
    if publish:
        revision.publish()
    return article


def fill(portal, section, data_file, tag):
    """A few published items and one draft in every listed section of `portal`."""
    news = section(portal, "news")
    for index, (year, month) in enumerate(((2024, 5), (2025, 3), (2025, 3), (2025, 7))):
        publish_article(news, f"Tin {tag} {index}", timezone.make_aware(datetime.datetime(year, month, 10 + index)))
    publish_article(news, f"Tin nháp {tag}", timezone.now(), publish=False)

    consultations = section(portal, "consultation")
    for index, (open_in, lasts) in enumerate(((-5, 30), (-20, 30), (10, 30), (-60, 10), (-3, 2))):
        make_consultation(consultations, title=f"Dự thảo {tag} {index}", open_in=open_in, lasts=lasts)
    make_consultation(consultations, title=f"Dự thảo nháp {tag}", publish=False)

    catalogue = section(portal, "services")
    for index, (sector, title, level) in enumerate((
        ("Đất đai", "Đăng ký biến động", ServiceLevel.FULL),
        ("Xây dựng", "Cấp giấy phép xây dựng", ServiceLevel.PARTIAL),
        ("Đất đai", "Cấp sổ đỏ lần đầu", ServiceLevel.PARTIAL), ("Ấn phẩm", "Cấp phép xuất bản", ServiceLevel.FULL),
    )):
        make_service(catalogue, title=f"{title} ({tag})", code=f"{tag}.{index}", sector=sector, level=level)
    make_service(catalogue, title=f"Thủ tục nháp {tag}", code=f"{tag}.nhap", publish=False)

    statistics = section(portal, "statistics")
    for index, (start, end) in enumerate((((2024, 1, 1), (2024, 12, 31)), ((2025, 1, 1), (2025, 3, 31)),
                                          ((2025, 4, 1), (2025, 6, 30)))):
        make_release(statistics, data_file, title=f"Số liệu {tag} {index}", start=start, end=end)
    make_release(statistics, data_file, title=f"Số liệu nháp {tag}", publish=False)

    calendar = make_calendar(section(portal, "direction"), title=f"Lịch công tác {tag}")
    make_schedule(calendar, MONDAY, [
        make_entry(MONDAY + DAY, hour=14, content=f"Tiếp công dân {tag}", chair="Phó Giám đốc Lê Văn Ba"),
        make_entry(MONDAY, hour=8, content=f"Giao ban {tag}"),
        make_entry(MONDAY, hour=7, content=f"Chào cờ {tag}", chair="Phó Giám đốc Lê Văn Ba"),
    ])
    make_schedule(calendar, MONDAY + 7 * DAY, [make_entry(MONDAY + 8 * DAY, content=f"Hội nghị {tag}")])
    make_schedule(calendar, MONDAY + 14 * DAY, [make_entry(MONDAY + 14 * DAY, content=f"Nháp {tag}")], live=False)
    return calendar


@pytest.fixture
def record(portal_a, portal_b, province, section, monkeypatch):
    for model in (ArticleIndexPage, ConsultationIndexPage, ServiceCatalogPage, StatisticsIndexPage):
        monkeypatch.setattr(model, "items_per_page", 2)
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: datetime.date(2025, 7, 15))
    data_file = Document.objects.create(title="Bảng số liệu", file="so-lieu.csv")
    return {portal.slug: fill(portal, section, data_file, portal.slug) for portal in (portal_a, portal_b, province)}


def listed(client, portal, page, **params):
    """The items the public page lists, as (host, path), in order."""
    response = client.get(page.relative_url(portal.site), params, HTTP_HOST=portal.site.hostname)
    assert response.status_code == 200
    main = BeautifulSoup(response.content.decode(), "html.parser").select_one("main")
    prefix = page.relative_url(portal.site)
    items = []
    for link in main.select("a[href]"):
        url = urlparse(link["href"])
        item = (url.hostname or portal.site.hostname, url.path)
        if (not url.query and url.path.startswith(prefix) and url.path not in (prefix, prefix + "rss/")
                and item not in items):
            items.append(item)
    return items


def answered(client, portal, slug, **params):
    body = api(client, portal, f"{slug}/", **params).json()
    return [(urlparse(item["url"]).hostname, urlparse(item["url"]).path) for item in body["results"]], body


def assert_same_pages(client, portal, page, slug, asked=None, **params):
    """Every page of the dataset (asked of `asked`, by default the page's own portal) equals the same page of
    the public section of `portal`; returns every item listed."""
    asked, extra = (asked, {"cong": portal.slug}) if asked else (portal, {})
    everything = []
    body = api(client, asked, f"{slug}/", **params, **extra).json()
    for number in range(1, body["pages"] + 1):
        items = listed(client, portal, page, trang=number, **params)
        assert answered(client, asked, slug, trang=number, **params, **extra)[0] == items, (slug, params, number)
        everything += items
    assert body["count"] == len(everything)
    # the page past the last shows the last one again: the page has as many pages as the dataset
    assert listed(client, portal, page, trang=body["pages"] + 1, **params) == items
    return everything


SECTION_FILTERS = {
    ("tin-tuc", "news"): [{}, {"nam": "2025"}, {"nam": "2025", "thang": "3"}, {"nam": "2023"}],
    ("lay-y-kien", "consultation"): [{}, {"trang-thai": "open"}, {"trang-thai": "upcoming"}, {"trang-thai": "closed"}],
    ("thu-tuc", "services"): [{}, {"q": "cấp"}, {"linh-vuc": "Đất đai"}, {"muc-do": ServiceLevel.FULL}],
    ("thong-ke", "statistics"): [{}, {"nam": "2025"}, {"nam": "2024"}],
}


@pytest.mark.parametrize("slug, key", SECTION_FILTERS)
def test_each_dataset_lists_what_its_page_lists_for_every_filter(client, portal_a, record, section, slug, key):
    for params in SECTION_FILTERS[(slug, key)]:
        items = assert_same_pages(client, portal_a, section(portal_a, key), slug, **params)
        assert params or len(items) >= 3


@pytest.mark.parametrize("slug, key", [("tin-tuc", "news"), ("lay-y-kien", "consultation"),
                                       ("thong-ke", "statistics")])
def test_province_wide_datasets_span_every_portal_in_the_pages_order(client, province, portal_a, portal_b, record,
                                                                    section, slug, key):
    per_portal = {}
    for portal in (province, portal_a, portal_b):
        per_portal[portal.slug] = assert_same_pages(client, portal, section(portal, key), slug, asked=province)
        if portal != province:
            assert assert_same_pages(client, portal, section(portal, key), slug) == per_portal[portal.slug]
    every_page, number, body = [], 1, {"next": True}
    while body["next"]:
        items, body = answered(client, province, slug, trang=number)
        every_page += items
        number += 1
    assert body["count"] == len(every_page) == sum(len(items) for items in per_portal.values())
    assert set(every_page) == {item for items in per_portal.values() for item in items}
    for items in per_portal.values():  # each portal's items keep their page's order within the whole
        assert [item for item in every_page if item in items] == items


def test_the_province_wide_procedures_equal_the_province_catalogue(client, province, portal_a, portal_b, record,
                                                                   section):
    catalogue = section(province, "services")
    for params in ({}, {"co-quan": portal_a.slug}, {"linh-vuc": "Đất đai"}, {"q": "phép", "co-quan": province.slug}):
        items = assert_same_pages(client, province, catalogue, "thu-tuc", **params)
        assert params or {host for host, _path in items} == {province.hostname, portal_a.hostname, portal_b.hostname}


def without_meta(item):
    return {key: value for key, value in item.items() if key != "meta"}


def week_rows(client, portal, calendar, **params):
    response = client.get(calendar.relative_url(portal.site), params, HTTP_HOST=portal.site.hostname)
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    cells = soup.select("table.work-calendar td[data-label='Nội dung']")
    return [cell.get_text(strip=True) for cell in cells]


@pytest.mark.parametrize("params", [{"tuan": "2025-W12"}, {"ngay": "2025-03-27"}, {"tuan": "2025-W12",
                                    "lanh-dao": "Phó Giám đốc Lê Văn Ba"}, {"tuan": "2025-W14"},
                                    {"tuan": "2025-W12", "lanh-dao": "Người không chủ trì"}])
def test_the_calendar_dataset_gives_the_week_the_calendar_shows(client, portal_a, province, record, params):
    rows = week_rows(client, portal_a, record[portal_a.slug], **params)
    body = api(client, portal_a, "lich-cong-tac/", **params).json()
    assert [entry["content"] for week in body["results"] for entry in week["entries"]] == rows
    assert body["count"] == (1 if rows else 0)
    on_province = api(client, province, "lich-cong-tac/", cong=portal_a.slug, **params).json()
    assert [without_meta(week) for week in on_province["results"]] == [without_meta(week) for week in body["results"]]


def test_the_calendar_dataset_lists_every_published_week_newest_first(client, portal_a, province, record):
    weeks = [week["week_start"] for week in api(client, portal_a, "lich-cong-tac/").json()["results"]]
    assert weeks == ["2025-03-24", "2025-03-17"]
    assert api(client, province, "lich-cong-tac/").json()["count"] == 6


def test_no_draft_and_no_citizens_data_in_any_dataset_anywhere(client, province, portal_a, record):
    question = CitizenInput.objects.create(
        portal=portal_a, page=qa_of(portal_a), kind=Kind.QUESTION, status=Status.APPROVED, general_interest=True,
        ticket_status=TicketStatus.ANSWERED, ticket_code="HD-RIEN-GTU2", subject="Giờ tiếp công dân",
        body=f"Xin gọi lại cho tôi theo số {PHONE}.", author_name="Phạm Văn Riêng", author_email="rieng@example.com",
        phone=PHONE, reply="Sở tiếp công dân sáng thứ Năm.",
    )
    answers = []
    for portal in (province, portal_a):
        for slug in DATASETS:
            body = api(client, portal, f"{slug}/").json()
            answers.append(str(body))
            answers += [str(api(client, portal, f"{slug}/{item['id']}/").json()) for item in body["results"]]
        answers += [api(client, portal, f"van-ban.{fmt}").getvalue().decode() for fmt in ("csv", "json")]
    everything = "\n".join(answers)
    assert "Sở Thử Nghiệm A" in everything and "Tin so-a 3" in everything
    for private in (PHONE, "0912345678", question.author_name, question.author_email, question.ticket_code, "nháp",
                    "Nháp so-a"):
        assert private not in everything, private
