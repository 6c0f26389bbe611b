"""«Thông tin này có hữu ích không?»: anonymous, one vote per visitor and page, aggregates in the scorecard."""

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache

from home.beacons import PAGE_TOKEN_FIELD, page_token
from home.models import HomePage, PageRating
from home.ratings import VISITOR_COOKIE, VOTES_PER_ADDRESS_PER_HOUR
from oversight.scorecard import build_scorecard
from oversight.tables import ranking_header, ranking_row
from tests.factories import add_standard_page

from .conftest import TODAY


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def news_item(section, portal_a):
    return add_standard_page(section(portal_a, "news"), title="Thông báo tuyển dụng")


def vote(client, portal, page, answer, **headers):
    data = {"huu-ich": answer, PAGE_TOKEN_FIELD: page_token(page.pk)}
    return client.post(f"/danh-gia/{page.pk}/", data, HTTP_HOST=portal.site.hostname, **headers)


@pytest.mark.django_db
def test_a_vote_is_stored_anonymously_and_thanked(client, portal_a, news_item):
    response = vote(client, portal_a, news_item, "co")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text() == "Cảm ơn bạn đã đánh giá"
    back = soup.find("a", string="Quay lại «Thông báo tuyển dụng»")
    assert back is not None and news_item.url.endswith(back["href"])
    rating = PageRating.objects.get()
    assert (rating.page_id, rating.useful) == (news_item.pk, True)
    cookie = response.cookies[VISITOR_COOKIE]
    assert cookie["path"] == "/danh-gia/" and cookie["httponly"]
    assert cookie.value not in rating.visitor  # only a keyed hash is kept


def test_the_same_visitor_voting_again_changes_the_vote_instead_of_adding_one(client, portal_a, news_item):
    vote(client, portal_a, news_item, "co")
    response = vote(client, portal_a, news_item, "khong", HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    assert "Cảm ơn" in response.json()["message"]
    assert PageRating.objects.count() == 1
    assert PageRating.objects.get().useful is False


def test_different_visitors_each_count_once(client_factory, portal_a, news_item):
    for answer in ("co", "co", "khong"):
        vote(client_factory(), portal_a, news_item, answer)
    assert PageRating.objects.filter(page=news_item).count() == 3
    assert PageRating.objects.filter(page=news_item, useful=True).count() == 2


def test_a_forged_visitor_cookie_is_replaced(client, portal_a, news_item):
    client.cookies[VISITOR_COOKIE] = "<script>"
    response = vote(client, portal_a, news_item, "co")
    assert response.status_code == 200
    assert response.cookies[VISITOR_COOKIE].value.isalnum()


@pytest.mark.parametrize("answer", ["", "yes", "co' OR 1=1", "<b>co</b>"])
def test_an_unknown_answer_is_refused(client, portal_a, news_item, answer):
    assert vote(client, portal_a, news_item, answer).status_code == 400
    assert not PageRating.objects.exists()


def test_pages_that_take_no_rating_are_refused(client, portal_a, portal_b, section):
    home = HomePage.objects.get(pk=portal_a.root_page_id)
    draft = add_standard_page(section(portal_a, "news"), title="Bản nháp", publish=False, live=False)
    other_portal_page = add_standard_page(section(portal_b, "news"), title="Tin của xã")
    assert vote(client, portal_a, home, "co").status_code == 400
    assert vote(client, portal_a, draft, "co").status_code == 400
    assert vote(client, portal_a, other_portal_page, "co").status_code == 400
    assert vote(client, portal_a, HomePage(pk=999999), "co").status_code == 400
    assert not PageRating.objects.exists()


def test_only_post_is_accepted(client, portal_a, news_item):
    assert client.get(f"/danh-gia/{news_item.pk}/", HTTP_HOST=portal_a.site.hostname).status_code == 405


def test_one_address_is_limited_even_when_it_drops_its_cookie(client_factory, portal_a, news_item):
    for _number in range(VOTES_PER_ADDRESS_PER_HOUR):
        assert vote(client_factory(), portal_a, news_item, "co").status_code == 200
    assert vote(client_factory(), portal_a, news_item, "co").status_code == 429
    assert PageRating.objects.count() == VOTES_PER_ADDRESS_PER_HOUR


def test_content_pages_ask_and_home_pages_do_not(client, portal_a, news_item):
    page = client.get(news_item.url, HTTP_HOST=portal_a.site.hostname)
    form = BeautifulSoup(page.content, "html.parser").select_one("form.page-rating")
    assert form is not None and form["action"] == f"/danh-gia/{news_item.pk}/"
    assert form.legend.get_text() == "Thông tin này có hữu ích không?"
    assert [button["value"] for button in form.select("button")] == ["co", "khong"]
    assert not page.cookies  # the page itself stays cacheable
    home = client.get("/", HTTP_HOST=portal_a.site.hostname)
    assert BeautifulSoup(home.content, "html.parser").select_one("form.page-rating") is None


def test_the_scorecard_shows_ratings_only_as_aggregates(client_factory, portal_a, portal_b, news_item, section):
    document_section = section(portal_a, "documents")
    for answer in ("co", "co", "co", "khong"):
        vote(client_factory(), portal_a, news_item, answer)
    vote(client_factory(), portal_a, document_section, "khong")
    rows = {row.portal.slug: row for row in build_scorecard(today=TODAY)}
    row = rows[portal_a.slug]
    assert (row.ratings, row.useful, row.useful_percent) == (5, 3, 60)
    cells = {cell.category.key: cell for cell in row.cells}
    assert (cells["news"].ratings, cells["news"].useful) == (4, 3)
    assert (cells["documents"].ratings, cells["documents"].useful) == (1, 0)
    assert rows[portal_b.slug].ratings == 0 and rows[portal_b.slug].useful_percent is None
    exported = dict(zip(ranking_header(), ranking_row(row)))
    assert exported["Lượt đánh giá"] == 5 and exported["Hữu ích (%)"] == 60
    assert dict(zip(ranking_header(), ranking_row(rows[portal_b.slug])))["Hữu ích (%)"] == ""
