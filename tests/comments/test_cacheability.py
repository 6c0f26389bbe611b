"""The article page stays cacheable for anonymous visitors: the form and the captcha come from the
uncached endpoint, so the placeholder adds no cookie, no Vary header and no CSRF token to the page.

(The page already varies on Cookie without us: base.html's Wagtail user bar reads request.user. Anonymous
visitors send no cookie, since nothing of ours sets one, so they still share one cached copy.)"""

import pytest
from bs4 import BeautifulSoup

from comments.models import Status

from ..factories import add_article, make_item


pytestmark = pytest.mark.django_db


@pytest.fixture
def baseline_vary(client, portal_a):
    """The Vary header of an article page with comments off: the shipped template without the placeholder."""
    article = add_article(portal_a, "Bài đối chứng", allow_comments=False)
    response = client.get(article.relative_url(portal_a.site), HTTP_HOST=portal_a.site.hostname)
    assert b"data-citizen-input" not in response.content
    return response.get("Vary", "")


def assert_cacheable(response, baseline_vary):
    assert response.status_code == 200
    assert not response.cookies
    assert response.get("Vary", "") == baseline_vary
    cache_control = response.get("Cache-Control", "")
    assert "private" not in cache_control and "no-cache" not in cache_control and "no-store" not in cache_control
    html = response.content.decode()
    assert "csrfmiddlewaretoken" not in html
    assert "captcha" not in html.lower()


def test_article_with_the_form_placeholder_is_cacheable(client, portal_a, article, baseline_vary):
    response = client.get(article.relative_url(portal_a.site), HTTP_HOST=portal_a.site.hostname)
    assert_cacheable(response, baseline_vary)
    soup = BeautifulSoup(response.content, "html.parser")
    placeholder = soup.select_one("[data-citizen-input]")
    endpoint = placeholder["data-citizen-input"]
    assert endpoint == f"/y-kien/{article.pk}/binh-luan/"
    assert placeholder.select_one(f'a[href="{endpoint}"]')  # works without JavaScript
    assert soup.select_one('script[src$="comments/citizen-input.js"]')
    # The form itself (with its captcha and token) is fetched by the script; the cached page holds none.
    assert not placeholder.select_one("form")
    assert not soup.select('form[action^="/y-kien/"]')


def test_article_stays_cacheable_after_a_visitor_used_the_form(client, send, portal_a, article, baseline_vary):
    client.get(f"/y-kien/{article.pk}/binh-luan/?fragment=1", HTTP_HOST=portal_a.site.hostname)
    send(client, portal_a, article)
    assert_cacheable(client.get(article.relative_url(portal_a.site), HTTP_HOST=portal_a.site.hostname),
                     baseline_vary)


def test_article_with_comments_off_and_none_approved_shows_no_placeholder(client, portal_a, baseline_vary):
    article = add_article(portal_a, "Bài tắt bình luận", allow_comments=False)
    response = client.get(article.relative_url(portal_a.site), HTTP_HOST=portal_a.site.hostname)
    assert_cacheable(response, baseline_vary)
    assert b"data-citizen-input" not in response.content
    make_item(portal_a, article, status=Status.APPROVED)
    response = client.get(article.relative_url(portal_a.site), HTTP_HOST=portal_a.site.hostname)
    assert b"data-citizen-input" in response.content  # earlier approved comments stay visible


def test_the_endpoint_sets_no_cookie_even_for_a_post(client, send, portal_a, article):
    assert not client.get(f"/y-kien/{article.pk}/binh-luan/", HTTP_HOST=portal_a.site.hostname).cookies
    response = send(client, portal_a, article)
    assert response.status_code == 200 and not response.cookies
    assert "no-store" in response["Cache-Control"]
