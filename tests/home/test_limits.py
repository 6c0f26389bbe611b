"""The per-address limits and the captcha answers live in the `limits` cache, which no other traffic can
evict: filling the default cache (or the limits cache itself) with unrelated keys changes nothing."""

import pytest
from django.core.cache import cache, caches
from django.db import connection

from comments.models import CitizenInput
from home.beacons import PAGE_TOKEN_FIELD, page_token
from home.limits import RateLimit
from home.models import PageRating, PageViewCount
from home.ratings import VOTES_PER_ADDRESS_PER_HOUR
from home.visits import VIEWS_OF_A_PAGE_PER_ADDRESS_PER_HOUR
from tests.comments.conftest import BROWSER, article, fresh_cache_and_queue, input_url, send  # noqa: F401 (fixtures)
from tests.factories import add_standard_page

pytestmark = pytest.mark.django_db


def flood(alias, count=2000):
    store = caches[alias]
    store.set_many({f"flood:{number}": "x" * 50 for number in range(count)})


def test_comment_limit_holds_after_the_caches_are_flooded(client_factory, send, portal_a, article):
    for number in range(5):
        assert send(client_factory(), portal_a, article, body=f"Ý kiến thứ {number}").status_code == 200
    assert send(client_factory(), portal_a, article, body="Ý kiến thứ 6").status_code == 429
    flood("default")
    flood("limits")
    for number in range(3):
        assert send(client_factory(), portal_a, article, body=f"Thêm {number}").status_code == 429
    assert CitizenInput.objects.count() == 5


def test_a_captcha_answer_survives_a_flooded_default_cache(client, send, portal_a, article, settings):
    settings.CAPTCHA_TEST_MODE = False
    form = client.get(input_url(article, fragment=True), HTTP_HOST=portal_a.site.hostname)
    token = form.content.decode().split('name="captcha_token" value="')[1].split('"')[0]
    answer = caches["limits"].get(f"comments:captcha:{token}")
    flood("default")
    cache.clear()  # even a restart of the per-process cache
    response = send(client, portal_a, article, captcha_token=token, captcha_answer=answer.lower())
    assert response.status_code == 200
    assert CitizenInput.objects.count() == 1


def test_rating_limit_holds_after_the_default_cache_is_flooded(client_factory, portal_a):
    news = add_standard_page(portal_a.root_page, title="Thông báo tuyển dụng")
    data = {"huu-ich": "co", PAGE_TOKEN_FIELD: page_token(news.pk)}
    for _number in range(VOTES_PER_ADDRESS_PER_HOUR):
        client_factory().post(f"/danh-gia/{news.pk}/", data, HTTP_HOST=portal_a.site.hostname)
    flood("default")
    cache.clear()
    for _number in range(20):
        response = client_factory().post(f"/danh-gia/{news.pk}/", data, HTTP_HOST=portal_a.site.hostname)
        assert response.status_code == 429
    assert PageRating.objects.count() == VOTES_PER_ADDRESS_PER_HOUR


def test_a_rating_needs_the_pages_own_token_and_no_other_site(client, portal_a):
    news = add_standard_page(portal_a.root_page, title="Thông báo tuyển dụng")
    other = add_standard_page(portal_a.root_page, title="Trang khác")
    url, host = f"/danh-gia/{news.pk}/", portal_a.site.hostname
    assert client.post(url, {"huu-ich": "co"}, HTTP_HOST=host).status_code == 403
    assert client.post(url, {"huu-ich": "co", PAGE_TOKEN_FIELD: page_token(other.pk)}, HTTP_HOST=host).status_code == 403
    good = {"huu-ich": "co", PAGE_TOKEN_FIELD: page_token(news.pk)}
    # Another site's page making its visitors vote: the browser says where the request comes from.
    assert client.post(url, good, HTTP_HOST=host, HTTP_SEC_FETCH_SITE="cross-site").status_code == 403
    assert client.post(url, good, HTTP_HOST=host, HTTP_ORIGIN="https://evil.example").status_code == 403
    assert not PageRating.objects.exists()
    assert client.post(url, good, HTTP_HOST=host, HTTP_SEC_FETCH_SITE="same-origin").status_code == 200
    assert client.post(url, good, HTTP_HOST=host, HTTP_ORIGIN=f"http://{host}").status_code == 200


def test_view_beacon_is_limited_per_address_when_the_cookie_is_dropped(client_factory, portal_a):
    news = add_standard_page(portal_a.root_page, title="Thông báo tuyển dụng")
    data = {PAGE_TOKEN_FIELD: page_token(news.pk)}
    for _number in range(VIEWS_OF_A_PAGE_PER_ADDRESS_PER_HOUR + 20):
        client_factory().post(f"/luot-xem/{news.pk}/", data, HTTP_HOST=portal_a.site.hostname, HTTP_USER_AGENT=BROWSER)
    assert PageViewCount.objects.get(page=news).views == VIEWS_OF_A_PAGE_PER_ADDRESS_PER_HOUR
    other_address = client_factory().post(f"/luot-xem/{news.pk}/", data, HTTP_HOST=portal_a.site.hostname,
                                          HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="198.51.100.9")
    assert other_address.status_code == 204
    assert PageViewCount.objects.get(page=news).views == VIEWS_OF_A_PAGE_PER_ADDRESS_PER_HOUR + 1


def test_view_beacon_without_the_pages_token_is_refused(client, portal_a):
    news = add_standard_page(portal_a.root_page, title="Thông báo tuyển dụng")
    response = client.post(f"/luot-xem/{news.pk}/", HTTP_HOST=portal_a.site.hostname, HTTP_USER_AGENT=BROWSER)
    assert response.status_code == 403
    assert not PageViewCount.objects.exists()


# serialized_rollback: the flush after the test then recreates no content types with new ids, which would
# break the next test that restores the database from its snapshot (the migration tests).
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_database_counter_is_atomic_across_threads():
    """Parallel requests of one address cannot slip past the limit (each thread has its own connection;
    SQLite's shared in-memory test database locks whole tables instead, so this runs on PostgreSQL)."""
    if connection.vendor != "postgresql":
        pytest.skip("needs a database server: the in-memory SQLite test database refuses parallel writers")
    from concurrent.futures import ThreadPoolExecutor

    from django.db import connections

    limit = RateLimit("test-burst", 5, 600)

    def hit(_number):
        try:
            return limit.hit("same-address")
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(hit, range(40)))
    assert results.count(True) == 5
