"""What every public page carries: Dublin Core metadata, breadcrumbs, last update, print and save, and a
view counter that keeps the page cacheable."""

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from wagtail.models import Locale

from home.beacons import PAGE_TOKEN_FIELD, page_token
from home.models import PageViewCount
from home.visits import SEEN_COOKIE
from tests.factories import add_standard_page

BROWSER = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/130.0 Mobile Safari/537.36"


@pytest.fixture
def article(portal_a):
    section = portal_a.root_page.get_children().get(slug="tin-tuc-su-kien")
    return add_standard_page(section, title="Hội thảo chuyển đổi số", slug="hoi-thao", intro="Tóm tắt hội thảo.")


def page_html(client, portal, path):
    response = client.get(path, HTTP_HOST=portal.site.hostname)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.django_db
def test_dublin_core_metadata_names_the_agency_and_the_page(client, portal_a, article):
    soup = page_html(client, portal_a, "/tin-tuc-su-kien/hoi-thao/")
    meta = {tag["name"]: tag["content"] for tag in soup.select('meta[name^="DC."]')}
    assert meta["DC.title"] == "Hội thảo chuyển đổi số"
    assert meta["DC.creator"] == portal_a.name
    assert meta["DC.publisher"] == portal_a.name
    assert meta["DC.description"] == "Tóm tắt hội thảo."
    assert meta["DC.identifier"].endswith("/tin-tuc-su-kien/hoi-thao/")
    article.refresh_from_db()
    assert meta["DC.date"] == timezone.localtime(article.first_published_at).date().isoformat()
    assert meta["DC.language"] == "vi"


@pytest.mark.django_db
def test_breadcrumbs_last_update_print_and_save_are_shown(client, portal_a, article):
    soup = page_html(client, portal_a, "/tin-tuc-su-kien/hoi-thao/")
    crumbs = [item.get_text(strip=True) for item in soup.select(".breadcrumbs li")]
    assert crumbs == [portal_a.name, "Tin tức, sự kiện", "Hội thảo chuyển đổi số"]
    assert soup.select_one(".last-updated time")["datetime"]
    assert soup.select_one("[data-print]")
    assert soup.select_one('a[href="?luu=1"]')


@pytest.mark.django_db
def test_save_link_downloads_the_page_as_a_file(client, portal_a, article):
    response = client.get("/tin-tuc-su-kien/hoi-thao/?luu=1", HTTP_HOST=portal_a.site.hostname)
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="hoi-thao.html"'
    assert "Hội thảo chuyển đổi số" in response.content.decode()


@pytest.mark.django_db
def test_page_response_for_anonymous_visitors_is_cacheable(client, portal_a, article):
    response = client.get("/tin-tuc-su-kien/hoi-thao/", HTTP_HOST=portal_a.site.hostname)
    assert not response.cookies
    cache_control = response.get("Cache-Control", "")
    assert "private" not in cache_control and "no-cache" not in cache_control


def beacon(client, portal, page, user_agent=BROWSER):
    return client.post(f"/luot-xem/{page.pk}/", {PAGE_TOKEN_FIELD: page_token(page.pk)}, HTTP_HOST=portal.site.hostname,
                       HTTP_USER_AGENT=user_agent)


def views_of(page):
    return sum(PageViewCount.objects.filter(page=page).values_list("views", flat=True))


@pytest.mark.django_db
def test_view_is_counted_once_per_visitor_session(client, portal_a, article):
    assert beacon(client, portal_a, article).status_code == 204
    assert beacon(client, portal_a, article).status_code == 204
    assert views_of(article) == 1
    assert str(article.pk) in client.cookies[SEEN_COOKIE].value
    assert client.cookies[SEEN_COOKIE]["path"] == "/luot-xem/"


@pytest.mark.django_db
def test_each_visitor_counts(client_factory, portal_a, article):
    for _ in range(3):
        beacon(client_factory(), portal_a, article)
    assert views_of(article) == 3


@pytest.mark.django_db
@pytest.mark.parametrize("user_agent", ["Googlebot/2.1 (+http://www.google.com/bot.html)", "curl/8.5.0", ""])
def test_bots_are_not_counted(client, portal_a, article, user_agent):
    assert beacon(client, portal_a, article, user_agent).status_code == 204
    assert views_of(article) == 0


@pytest.mark.django_db
def test_view_of_another_portals_page_is_refused(client, portal_b, article):
    assert beacon(client, portal_b, article).status_code == 400
    assert views_of(article) == 0


@pytest.mark.django_db
def test_view_of_unpublished_page_is_refused(client, portal_a, article):
    article.unpublish()
    assert beacon(client, portal_a, article).status_code == 400
    assert views_of(article) == 0


@pytest.mark.django_db
def test_view_counter_only_accepts_post(client, portal_a, article):
    response = client.get(f"/luot-xem/{article.pk}/", HTTP_HOST=portal_a.site.hostname)
    assert response.status_code == 405


@pytest.mark.django_db
def test_view_of_the_portals_english_page_is_counted(client, portal_a):
    english_home = portal_a.root_page.get_translation(Locale.objects.get(language_code="en"))
    assert beacon(client, portal_a, english_home).status_code == 204
    assert views_of(english_home) == 1
