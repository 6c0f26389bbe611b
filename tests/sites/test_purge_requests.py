"""The caching proxy is told to forget exactly the addresses that show a changed page (a fake proxy on
port 8153 records the requests; tests/sites/test_varnish.py runs the real one)."""

import time
from datetime import date
from urllib.parse import quote

import pytest

from decree.syndication import Syndication, SyndicationStatus, decide
from decree.documents import DocumentType, Issuer, LegalDocumentIndexPage, LegalDocumentPage
from home.models import PortalSettings

from ..factories import add_article, news_section
from .fake_proxy import FakeProxy

pytestmark = pytest.mark.django_db

FAKE_PROXY_PORT = 8153


@pytest.fixture
def proxy(settings, page_cache):
    with FakeProxy(FAKE_PROXY_PORT) as fake:
        settings.WAGTAILFRONTENDCACHE = {
            **settings.WAGTAILFRONTENDCACHE,
            "proxy": {"BACKEND": "home.cache_backends.VarnishBackend", "LOCATION": fake.url},
        }
        yield fake


def path_of(page, portal):
    return quote(page.relative_url(portal.site), safe="/%")


def portal_listings(*extra):
    return {"/", "/sitemap.xml", "/search/", "/so-do-cong/", *extra}


def test_publishing_an_article_purges_it_and_every_listing_of_its_portal_and_the_province_search(
    proxy, portal_a, province, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        article = add_article(portal_a, "Sở A công bố kế hoạch năm")
    news_page = news_section(portal_a)
    news = path_of(news_page, portal_a)
    assert proxy.purged(portal_a.site.hostname) == portal_listings(
        path_of(article, portal_a), news, news + "rss/", f"/sitemap-{news_page.slug}.xml"
    )
    # The province-wide search lists every portal; the provincial home shows no unsyndicated article.
    assert proxy.purged(province.site.hostname) == {"/sitemap.xml", "/search/", "/so-do-cong/"}


def test_publishing_a_provincial_article_purges_its_section_feed_the_home_and_the_sitemaps(
    proxy, province, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        article = add_article(province, "Tỉnh công bố kế hoạch năm")
    news_page = news_section(province)
    news = path_of(news_page, province)
    assert proxy.purged(province.site.hostname) == portal_listings(
        path_of(article, province), news, news + "rss/", f"/sitemap-{news_page.slug}.xml"
    )


def test_a_new_text_of_a_syndicated_article_purges_the_provincial_home_and_its_own_feed_and_sitemap(
    proxy, portal_a, province, django_capture_on_commit_callbacks
):
    article = add_article(portal_a, "Sở A đưa tin lên cổng tỉnh", propose_to_province=True)
    decide(Syndication.objects.get(article=article), None, approve=True)
    proxy.received.clear()
    article.title = "Sở A đưa tin lên cổng tỉnh (bản sửa)"
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    news = path_of(news_section(portal_a), portal_a)
    assert {path_of(article, portal_a), news, news + "rss/", "/", "/sitemap.xml"} <= proxy.purged(
        portal_a.site.hostname)
    assert {"/", "/sitemap.xml", "/search/"} <= proxy.purged(province.site.hostname)


def test_after_a_publish_the_proxy_is_asked_again_for_every_purged_address_the_page_first(
    proxy, settings, portal_a, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {
        **settings.WAGTAILFRONTENDCACHE, "proxy": {**settings.WAGTAILFRONTENDCACHE["proxy"], "REWARM_THREADS": 1},
    }
    with django_capture_on_commit_callbacks(execute=True):
        article = add_article(portal_a, "Sở A đăng tin mới")
    purged = proxy.asked("PURGE")
    for _ in range(100):
        if len(proxy.asked("GET")) >= len(purged):
            break
        time.sleep(0.05)
    asked = proxy.asked("GET")
    assert sorted(asked) == sorted(purged)
    assert asked[0][1] == path_of(article, portal_a)
    assert asked[1][1] == path_of(news_section(portal_a), portal_a)  # its ancestors next, nearest first


def test_a_move_is_not_followed_by_re_warming(proxy, settings, portal_a, django_capture_on_commit_callbacks):
    """A move purges a whole subtree, at addresses that now redirect: readers fetch what they need."""
    settings.WAGTAILFRONTENDCACHE = {
        **settings.WAGTAILFRONTENDCACHE, "proxy": {**settings.WAGTAILFRONTENDCACHE["proxy"], "REWARM_THREADS": 1},
    }
    article = add_article(portal_a, "Sở A chuyển bài")
    proxy.received.clear()
    with django_capture_on_commit_callbacks(execute=True):
        article.move(news_section(portal_a), pos="last-child")
    time.sleep(0.3)
    assert proxy.asked("PURGE") and proxy.asked("GET") == []


def test_approving_syndication_purges_the_provincial_home(proxy, login, portal_a, province,
                                                           django_capture_on_commit_callbacks):
    article = add_article(portal_a, "Sở A đề nghị đưa tin lên cổng tỉnh", propose_to_province=True)
    syndication = Syndication.objects.get(article=article)
    assert syndication.status == SyndicationStatus.PROPOSED
    proxy.received.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = login("board").post(f"/admin/dua-len-cong-tinh/{syndication.pk}/duyet/")
    assert response.status_code == 302, response.status_code
    assert "/" in proxy.purged(province.site.hostname)
    assert path_of(article, portal_a) in proxy.purged(portal_a.site.hostname)


def test_a_legal_document_purges_the_province_wide_register(proxy, portal_a, province,
                                                            django_capture_on_commit_callbacks):
    register = LegalDocumentIndexPage.objects.child_of(portal_a.root_page).get()
    province_register = LegalDocumentIndexPage.objects.child_of(province.root_page).get()
    document = LegalDocumentPage(
        title="Quyết định ban hành quy chế", number="12/2026/QĐ-UBND", summary="Ban hành quy chế làm việc.",
        document_type=DocumentType.objects.get_or_create(name="Quyết định", defaults={"abbreviation": "QĐ"})[0],
        issuer=Issuer.objects.get_or_create(name="Sở Thử Nghiệm A")[0],
        issue_date=date(2026, 11, 20), effective_date=date(2026, 12, 1), locale=register.locale,
    )
    register.add_child(instance=document)
    with django_capture_on_commit_callbacks(execute=True):
        document.save_revision().publish()
    assert path_of(province_register, province) in proxy.purged(province.site.hostname)
    assert path_of(register, portal_a) in proxy.purged(portal_a.site.hostname)


def test_changed_settings_ban_the_whole_portal(proxy, portal_a, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        settings_ = PortalSettings.for_site(portal_a.site)
        settings_.email = "vanphong@so-a.gov.vn"
        settings_.save()
    assert [(method, host) for method, host, _path in proxy.received] == [("BAN", portal_a.site.hostname)]


def test_nothing_is_purged_before_the_change_is_committed(proxy, portal_a, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        add_article(portal_a, "Bài chưa được lưu hẳn")
    assert proxy.received == []
    assert callbacks
