import datetime

import pytest
from django.utils import timezone
from wagtail.models import Page

from home.models import HomePage
from tests.factories import add_standard_page

TODAY = datetime.date(2026, 6, 15)


@pytest.fixture
def section():
    def _section(portal, key):
        home = HomePage.objects.get(pk=portal.root_page_id)
        return next(page for page in home.get_children().specific() if getattr(page, "category_key", "") == key)

    return _section


@pytest.fixture
def add_item(section):
    """A live page in category `key` of `portal`, published `age` days before TODAY."""

    def _add(portal, key, age=0, title="Tin thử nghiệm"):
        page = add_standard_page(section(portal, key), title=title)
        when = timezone.make_aware(datetime.datetime.combine(TODAY - datetime.timedelta(days=age), datetime.time(10)))
        Page.objects.filter(pk=page.pk).update(first_published_at=when, last_published_at=when)
        return page

    return _add
