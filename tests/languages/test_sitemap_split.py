"""Past SITEMAP_SPLIT_AT pages, `/sitemap.xml` is an index of one sitemap per section (each split into
`?p=` pages past that many addresses); together they list exactly what the single sitemap listed."""

import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import add_article, news_section

from .conftest import section, translate
from .test_sitemap import NS, sitemap

pytestmark = pytest.mark.django_db


def locations(client, portal, url):
    parts = urlsplit(url)
    response = client.get(f"{parts.path}?{parts.query}" if parts.query else parts.path, HTTP_HOST=portal.site.hostname)
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return root, [element.text for element in root.findall("s:*/s:loc", NS)]


def test_a_large_portal_gets_a_sitemap_index_of_its_sections(client, portal_a, settings):
    translate(section(portal_a, "intro"))
    for number in range(4):
        add_article(portal_a, f"Tin số {number}")
    whole = set(sitemap(client, portal_a))
    settings.SITEMAP_SPLIT_AT = 3

    index, parts = locations(client, portal_a, "/sitemap.xml")
    assert index.tag == f"{{{NS['s']}}}sitemapindex"
    root = portal_a.site.root_url
    news = news_section(portal_a)
    assert f"{root}/sitemap-trang-chu.xml" in parts
    assert f"{root}/sitemap-{news.slug}.xml" in parts and f"{root}/sitemap-{news.slug}.xml?p=2" in parts
    assert f"{root}/sitemap-gioi-thieu.xml" in parts

    listed = []
    for part in parts:
        _root, urls = locations(client, portal_a, part)
        assert 0 < len(urls) <= 3, part
        listed += urls
    assert sorted(listed) == sorted(whole)
    _root, intro = locations(client, portal_a, f"{root}/sitemap-gioi-thieu.xml")
    assert set(intro) == {f"{root}/gioi-thieu/", f"{root}/en/introduction/"}
    assert client.get("/sitemap-khong-co.xml", HTTP_HOST=portal_a.site.hostname).status_code == 404


def test_the_sitemap_index_query_count_does_not_grow_with_pages(client, portal_a, settings):
    settings.SITEMAP_SPLIT_AT = 2

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/sitemap.xml", HTTP_HOST=portal_a.site.hostname).status_code == 200
        return len(captured)

    for number in range(3):
        add_article(portal_a, f"Bài thứ {number}")
    before = queries()
    for number in range(3, 9):
        add_article(portal_a, f"Bài thứ {number}")
    assert queries() == before
