"""The application's page cache: anonymous readers share a stored copy of each page, and see a change
published in the admin on every page that shows it; nothing personal is ever stored or shared."""

from pathlib import Path

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.http import urlencode

from comments.models import CitizenInput, Kind, Status
from decree.syndication import Syndication
from home.models import PortalSettings

from ..factories import add_article, news_section
from .conftest import PAGE_CACHE_SECONDS

pytestmark = pytest.mark.django_db

COMMENTS_TEMPLATES = Path(__file__).parent.parent / "comments" / "templates"


def get(client, portal, path):
    response = client.get(path, HTTP_HOST=portal.site.hostname)
    assert response.status_code == 200, (path, response.status_code)
    return response


def listing_paths(portal, title):
    """Every address of a portal that lists its newest article."""
    news = news_section(portal).relative_url(portal.site)
    return ["/", news, f"{news}rss/", "/sitemap.xml", "/so-do-cong/", "/search/?" + urlencode({"q": title})]


def test_an_anonymous_page_is_stored_once_and_shared(client, client_factory, page_cache, portal_a):
    article = add_article(portal_a, "Hội nghị triển khai chuyển đổi số")
    path = article.relative_url(portal_a.site)
    first = get(client, portal_a, path)
    assert first["X-Page-Cache"] == "miss"
    assert f"s-maxage={PAGE_CACHE_SECONDS}" in first["Cache-Control"] and "public" in first["Cache-Control"]
    with CaptureQueriesContext(connection) as queries:
        second = get(client_factory(), portal_a, path)
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert len(queries) == 0  # a stored page is served without the database
    # Each query is its own entry; the English prefix is another address (tests/languages cover /en/).
    assert get(client, portal_a, path + "?luu=1")["X-Page-Cache"] == "miss"


def test_anonymous_pages_set_no_cookie(client, page_cache, portal_a, province):
    article = add_article(portal_a, "Thông báo lịch tiếp công dân")
    paths = [article.relative_url(portal_a.site), *listing_paths(portal_a, "công dân")]
    for path in paths:
        for attempt in ("miss", "hit"):
            response = get(client, portal_a, path)
            assert response["X-Page-Cache"] == attempt, path
            assert not response.cookies, (path, response.cookies)
            assert "Set-Cookie" not in response, path


def test_a_published_article_shows_at_once_on_every_page_that_lists_it(
    client, login, page_cache, portal_a, django_capture_on_commit_callbacks
):
    title = "Khai trương trung tâm dữ liệu tỉnh"
    for path in listing_paths(portal_a, title):
        get(client, portal_a, path)
        assert get(client, portal_a, path)["X-Page-Cache"] == "hit"

    draft = add_article(portal_a, title, publish=False)
    approver = login("approver", portal_a)
    bulk_publish = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish")) + f"?id={draft.pk}"
    with django_capture_on_commit_callbacks(execute=True):
        response = approver.post(bulk_publish, {"include_descendants": ""})
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.live

    for path in listing_paths(portal_a, title):
        html = get(client, portal_a, path).content.decode()
        assert (draft.full_url if path == "/sitemap.xml" else title) in html, path
    assert title in get(client, portal_a, draft.relative_url(portal_a.site)).content.decode()


def test_unpublished_moved_and_deleted_pages_leave_every_listing(
    client, login, page_cache, portal_a, django_capture_on_commit_callbacks
):
    approver = login("approver", portal_a)
    titles = {"unpublish": "Bài sẽ gỡ xuống", "move": "Bài sẽ chuyển mục", "delete": "Bài sẽ bị xóa"}
    articles = {action: add_article(portal_a, title) for action, title in titles.items()}
    news = news_section(portal_a)
    news_path = news.relative_url(portal_a.site)
    for path in ("/", news_path):
        html = get(client, portal_a, path).content.decode()
        assert all(title in html for title in titles.values())
    old_move_path = articles["move"].relative_url(portal_a.site)
    get(client, portal_a, old_move_path)

    direction = news.get_siblings().type(news.specific_class).exclude(pk=news.pk).first()
    with django_capture_on_commit_callbacks(execute=True):
        assert approver.post(reverse("wagtailadmin_pages:unpublish", args=[articles["unpublish"].pk])).status_code == 302
        assert approver.post(reverse("wagtailadmin_pages:delete", args=[articles["delete"].pk])).status_code == 302
        if direction is not None:
            response = approver.post(reverse("wagtailadmin_pages:move_confirm", args=[articles["move"].pk, direction.pk]))
            assert response.status_code == 302

    gone = [articles["unpublish"], articles["delete"]]
    for path in ("/", news_path, "/sitemap.xml"):
        html = get(client, portal_a, path).content.decode()
        assert not any(article.title in html or article.full_url in html for article in gone), path
        if direction is not None and path == news_path:
            assert titles["move"] not in html
    if direction is not None:
        # Wagtail leaves a redirect at the old address; the cached page is gone.
        assert client.get(old_move_path, HTTP_HOST=portal_a.site.hostname).status_code in (301, 302, 404)
        assert titles["move"] in get(client, portal_a, direction.relative_url(portal_a.site)).content.decode()


def test_the_provincial_home_shows_a_syndicated_article_once_the_board_approves_it(
    client, login, page_cache, portal_a, province, django_capture_on_commit_callbacks
):
    title = "Sở A ra mắt cổng dịch vụ công mới"
    with django_capture_on_commit_callbacks(execute=True):
        article = add_article(portal_a, title, propose_to_province=True)
    assert title not in get(client, province, "/").content.decode()
    assert get(client, province, "/")["X-Page-Cache"] == "hit"
    syndication = Syndication.objects.get(article=article)
    with django_capture_on_commit_callbacks(execute=True):
        response = login("board").post(reverse("component_portals_syndication_decide", args=[syndication.pk, "duyet"]))
    assert response.status_code == 302
    assert title in get(client, province, "/").content.decode()


def test_an_approved_comment_shows_on_its_article_at_once(
    client, login, page_cache, portal_a, django_capture_on_commit_callbacks, settings
):
    """Comments load from their uncached endpoint, but the article shows the comments block only once one is
    approved (comments closed): the decision must reach the cached article."""
    # The article template with the comments placeholder, as tests/comments wires it.
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [COMMENTS_TEMPLATES, *settings.TEMPLATES[0]["DIRS"]]}]
    article = add_article(portal_a, "Bài đã đóng ý kiến", allow_comments=False)
    path = article.relative_url(portal_a.site)
    item = CitizenInput.objects.create(
        page=article, portal=portal_a, kind=Kind.COMMENT, status=Status.PENDING, author_name="Trần Thị Bình",
        author_email="binh@example.com", body="Ý kiến rất thiết thực cho người dân vùng cao.",
    )
    assert b"data-citizen-input" not in get(client, portal_a, path).content
    assert get(client, portal_a, path)["X-Page-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        response = login("approver", portal_a).post(reverse("comments_admin:decide", args=[item.pk, "duyet"]))
    assert response.status_code == 302
    assert b"data-citizen-input" in get(client, portal_a, path).content


def test_changed_portal_settings_show_on_every_page_of_the_portal(
    client, page_cache, portal_a, django_capture_on_commit_callbacks
):
    article = add_article(portal_a, "Bài có chân trang")
    paths = ["/", article.relative_url(portal_a.site)]
    for path in paths:
        get(client, portal_a, path)
    settings_ = PortalSettings.for_site(portal_a.site)
    with django_capture_on_commit_callbacks(execute=True):
        settings_.phone = "0263 3999 888"
        settings_.save()
    for path in paths:
        response = get(client, portal_a, path)
        assert response["X-Page-Cache"] == "miss" and "0263 3999 888" in response.content.decode(), path


def test_a_logged_in_editor_never_gets_or_leaves_a_cached_page(client, login, page_cache, portal_a):
    article = add_article(portal_a, "Bài cho biên tập viên")
    path = article.relative_url(portal_a.site)
    get(client, portal_a, path)
    editor = login("editor", portal_a)
    for _ in range(2):
        response = get(editor, portal_a, path)
        assert "X-Page-Cache" not in response
        assert "private" in response["Cache-Control"] and "s-maxage" not in response["Cache-Control"]
    cache.clear()
    get(editor, portal_a, path)
    assert get(client, portal_a, path)["X-Page-Cache"] == "miss"  # the editor's copy was not stored


def test_a_form_with_errors_is_never_cached(client, page_cache, portal_a):
    article = add_article(portal_a, "Bài có biểu mẫu ý kiến", allow_comments=True)
    url = f"/y-kien/{article.pk}/binh-luan/?fragment=1"
    response = client.post(url, {"author_name": "", "body": ""}, HTTP_HOST=portal_a.site.hostname)
    assert response.status_code in (200, 400)
    assert "X-Page-Cache" not in response
    assert "no-cache" in response["Cache-Control"] or "private" in response["Cache-Control"]
    for _ in range(2):
        response = client.get(url, HTTP_HOST=portal_a.site.hostname)
        assert "X-Page-Cache" not in response and "s-maxage" not in response.get("Cache-Control", "")


def test_wagtail_site_root_paths_are_read_once_per_request(client, portal_a, monkeypatch):
    article = add_article(portal_a, "Bài đếm lượt đọc bộ nhớ đệm")
    reads = []
    original_get = cache.get

    def counting_get(key, *args, **kwargs):
        if key == "wagtail_site_root_paths":
            reads.append(key)
        return original_get(key, *args, **kwargs)

    monkeypatch.setattr(cache, "get", counting_get)
    for path in ("/", article.relative_url(portal_a.site), news_section(portal_a).relative_url(portal_a.site)):
        reads.clear()
        get(client, portal_a, path)
        assert len(reads) <= 1, (path, len(reads))
