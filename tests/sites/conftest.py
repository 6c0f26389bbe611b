import uuid

import pytest
from django.core.cache import cache

from decree.articles import ArticleIndexPage, ArticlePage

PAGE_CACHE_SECONDS = 600


@pytest.fixture
def page_cache(settings):
    """The application's page cache on, in a cache of its own (with REDIS_URL it may be shared)."""
    settings.PAGE_CACHE_SECONDS = PAGE_CACHE_SECONDS
    settings.APP_PAGE_CACHE = True
    settings.CACHES = {
        alias: {**config, "KEY_PREFIX": f"{config.get('KEY_PREFIX', '')}page-cache-test-{uuid.uuid4().hex}"}
        for alias, config in settings.CACHES.items()
    }
    yield cache


def news_section(portal):
    return ArticleIndexPage.objects.child_of(portal.root_page).get(category_key="news")


def add_article(portal, title, publish=True, **fields):
    news = news_section(portal)
    article = ArticlePage(title=title, lead=f"Tóm tắt: {title}", body=[], locale=news.locale, **fields)
    news.add_child(instance=article)
    revision = article.save_revision()
    if publish:
        revision.publish()
    article.refresh_from_db()
    return article
