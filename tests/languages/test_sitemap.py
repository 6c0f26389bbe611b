"""`/sitemap.xml` lists the requesting site's live pages in every language with their alternates; `/robots.txt`
points to it."""

import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from tests.factories import add_standard_page

from .conftest import section, translate

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def sitemap(client, portal):
    response = client.get("/sitemap.xml", HTTP_HOST=portal.site.hostname)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    return {
        url.find("s:loc", NS).text: {
            link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NS)
        }
        for url in root.findall("s:url", NS)
    }


@pytest.mark.django_db
def test_sitemap_lists_pages_in_every_language_with_alternates(client, portal_a):
    translate(section(portal_a, "intro"))
    root = portal_a.site.root_url
    urls = sitemap(client, portal_a)

    alternates = {"vi": f"{root}/gioi-thieu/", "en": f"{root}/en/introduction/", "x-default": f"{root}/gioi-thieu/"}
    assert urls[f"{root}/gioi-thieu/"] == alternates
    assert urls[f"{root}/en/introduction/"] == alternates
    assert urls[f"{root}/"] == {"vi": f"{root}/", "en": f"{root}/en/", "x-default": f"{root}/"}
    assert f"{root}/en/" in urls
    # A page that exists in one language only has no alternates.
    assert urls[f"{root}/van-ban/"] == {}


@pytest.mark.django_db
def test_sitemap_never_lists_another_sites_pages(client, portal_a, portal_b, province):
    add_standard_page(portal_b.root_page, title="Thông báo riêng của xã B", slug="thong-bao-rieng-xa-b")
    translate(section(portal_b, "intro"))
    urls = sitemap(client, portal_a)
    assert urls and all(url.startswith(f"{portal_a.site.root_url}/") for url in urls)
    hrefs = [href for alternates in urls.values() for href in alternates.values()]
    assert all(href.startswith(f"{portal_a.site.root_url}/") for href in hrefs)
    assert not any("thong-bao-rieng-xa-b" in url for url in urls)
    assert any("thong-bao-rieng-xa-b" in url for url in sitemap(client, portal_b))


@pytest.mark.django_db
def test_sitemap_leaves_out_drafts_unpublished_and_private_pages(client, portal_a):
    add_standard_page(portal_a.root_page, title="Bản nháp", slug="ban-nhap", publish=False, live=False)
    add_standard_page(portal_a.root_page, title="Đã gỡ", slug="da-go").unpublish()
    private = add_standard_page(portal_a.root_page, title="Nội bộ", slug="noi-bo")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    urls = sitemap(client, portal_a)
    for slug in ("ban-nhap", "da-go", "noi-bo"):
        assert not any(f"/{slug}/" in url for url in urls)


def count_queries(client, portal):
    client.get("/", HTTP_HOST=portal.site.hostname)  # warm the site lookup caches, as on a running server
    with CaptureQueriesContext(connection) as queries:
        sitemap(client, portal)
    return len(queries)


@pytest.mark.django_db
def test_sitemap_query_count_does_not_grow_with_pages_or_translations(client, portal_a):
    before = count_queries(client, portal_a)
    parent = section(portal_a, "intro").get_parent()
    for index in range(15):
        page = add_standard_page(parent, title=f"Trang số {index}", slug=f"trang-so-{index}")
        if index % 3 == 0:
            translate(page)
    translate(section(portal_a, "contacts"))
    after = count_queries(client, portal_a)
    assert after == before
    assert after <= 8


@pytest.mark.django_db
def test_robots_txt_points_to_the_requesting_hosts_sitemap(client, portal_a, province):
    for portal in (portal_a, province):
        response = client.get("/robots.txt", HTTP_HOST=portal.site.hostname)
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/plain")
        lines = response.content.decode().splitlines()
        assert f"Sitemap: http://{portal.site.hostname}/sitemap.xml" in lines
        assert "Disallow: /admin/" in lines
    assert client.get("/robots.txt", HTTP_HOST="so-a.localhost:8000").content.decode().count(
        "Sitemap: http://so-a.localhost:8000/sitemap.xml"
    ) == 1


@pytest.mark.django_db
def test_sitemap_and_robots_live_outside_the_language_prefix(client, portal_a):
    assert client.get("/en/sitemap.xml", HTTP_HOST=portal_a.site.hostname).status_code == 404
