"""The ranking expectations of test_ranking.py, met through the search backend's own API (the path an
OpenSearch cluster takes, README «OpenSearch or Elasticsearch»): candidates by the backend's relevance,
re-ranked by exact diacritics in search/views.py.

- `this_database`: the backend API of this test run's own database (on PostgreSQL this is not the path
  production takes; on SQLite it is), so the path is exercised on every run;
- `cluster`: an OpenSearch cluster at SEARCH_TEST_URL with the settings of sites/settings/search_backends.py
  (needs opensearch-py); skipped where no cluster is available.
"""

import os
import uuid

import pytest
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from search.views import stored_texts

from sites.settings.search_backends import cluster_backend
from tests.search.test_ranking import (  # noqa: F401  (collected here again, through the backend's API)
    test_exact_diacritics_first_then_folded_matches,
    test_more_exact_words_rank_higher,
    test_portal_scope_and_province_scope_rank_alike,
    test_title_match_ranks_above_body_match,
    test_tone_mark_placement_counts_as_exact,
)
from tests.search import test_ranking
from tests.search.test_search import get, publish_article

pytestmark = pytest.mark.django_db


@pytest.fixture(params=["this_database", "cluster"], autouse=True)
def through_the_backend_api(request, settings, monkeypatch):
    monkeypatch.setattr("search.views.ranks_in_database", lambda: False)
    if request.param == "this_database":
        yield
        return
    url = os.environ.get("SEARCH_TEST_URL")
    if not url:
        pytest.skip("no OpenSearch cluster: set SEARCH_TEST_URL (e.g. http://127.0.0.1:9200)")
    pytest.importorskip("opensearchpy")
    settings.WAGTAILSEARCH_BACKENDS = {"default": cluster_backend(url, index_prefix=f"portal_test_{uuid.uuid4().hex[:8]}_")}
    index = get_search_backend().get_index_for_model(Page)
    index.reset()
    monkeypatch.setattr(test_ranking, "get", lambda *args, **params: (index.refresh(), get(*args, **params))[1])
    yield
    index.delete()


def test_a_page_without_an_index_row_is_described_from_its_own_text(portal_a):
    """A cluster keeps no index rows in the database: the text to re-rank and quote comes from the page."""
    article = publish_article(portal_a, "Lịch tiếp công dân tháng 12", "Lãnh đạo tiếp công dân ngày thứ Năm.")
    IndexEntry.objects.all().delete()
    title, body = stored_texts([article])[article.pk]
    assert title == "Lịch tiếp công dân tháng 12"
    assert "Lãnh đạo tiếp công dân ngày thứ Năm." in body
