import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import HomePage


@pytest.fixture
def section():
    """The section page of a category on a portal, as its specific type: section(portal_a, "documents")."""

    def _section(portal, key):
        home = HomePage.objects.get(pk=portal.root_page_id)
        return next(
            page for page in home.get_children().specific() if getattr(page, "category_key", "") == key
        )

    return _section


@pytest.fixture
def count_queries():
    """The number of queries one GET makes: count_queries(client, url, host)."""

    def _count(client, url, host):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url, HTTP_HOST=host)
        assert response.status_code == 200, response.status_code
        return len(queries)

    return _count
