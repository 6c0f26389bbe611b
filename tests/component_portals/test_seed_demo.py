"""`seed_demo` builds the demo province of DESIGN.md, fills every mandatory category on every portal, and
can run again without duplicating anything. Seeding is slow, so one test seeds once and checks it all."""

import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page, Revision, Site

from component_portals.demo import COMPONENT_PORTALS, PROVINCE, read_demo_article
from component_portals.models import ComponentPortal, PortalKind, Syndication, SyndicationStatus
from decree.articles import ArticlePage
from decree.categories import categories_for
from home.models import HomePage
from search.text import fold

SECTIONS_WITHOUT_ITEMS = {"intro", "contacts", "qa"}


def host(portal):
    """Request headers for a portal's site; the demo sites carry the development port, which Wagtail
    matches against the server port."""
    return {"HTTP_HOST": f"{portal.site.hostname}:{portal.site.port}", "SERVER_PORT": str(portal.site.port)}


def snapshot():
    return (Page.objects.count(), Revision.objects.count(), Site.objects.count(),
            ComponentPortal.objects.count(), get_user_model().objects.count(), Syndication.objects.count())


def check_portals():
    demo = ComponentPortal.objects.filter(slug__in=[PROVINCE.slug] + [p.slug for p in COMPONENT_PORTALS])
    kinds = [portal.kind for portal in demo]
    assert kinds.count(PortalKind.PROVINCE) == 1
    assert kinds.count(PortalKind.DEPARTMENT) >= 3
    assert kinds.count(PortalKind.COMMUNE) + kinds.count(PortalKind.DISTRICT) >= 2
    assert demo.filter(name="Sở Khoa học và Công nghệ").exists()
    province = demo.get(kind=PortalKind.PROVINCE)
    assert province.site.hostname == "localhost"
    for portal in demo.exclude(pk=province.pk):
        assert portal.site.hostname == f"{portal.slug}.localhost"
        assert portal.parent == province
    return list(demo)


def check_every_category_has_content(client, portal):
    home = HomePage.objects.get(pk=portal.root_page_id)
    sections = {getattr(page, "category_key", ""): page for page in home.get_children().live().specific()}
    for category in categories_for(portal.kind):
        section = sections[category.key]
        response = client.get(section.url_path[len(home.url_path) - 1:], **host(portal))
        assert response.status_code == 200, (portal.slug, category.key)
        if category.key in SECTIONS_WITHOUT_ITEMS:
            continue
        item = section.get_children().live().first()
        assert item is not None, f"{portal.slug}: {category.key} is empty"
        item_response = client.get(item.url_path[len(home.url_path) - 1:], **host(portal))
        assert item_response.status_code == 200, (portal.slug, category.key, item.title)


def check_demo_article(province):
    source = read_demo_article()
    article = ArticlePage.objects.live().get(title=source.title)
    assert article.path.startswith(province.root_page.path)
    text = article.lead + str(article.body)
    assert "687/UBND-VX" in text
    assert source.paragraphs[-1] in text
    assert "Mã bảo mật" not in text and "Ý kiến bạn đọc" not in text
    assert article.date.year == 2013


def check_demo_article_found_without_diacritics(client, province):
    title = read_demo_article().title
    response = client.get("/search/", {"q": fold(title)}, **host(province))
    results = BeautifulSoup(response.content, "html.parser").select(".search-result h2 a")
    assert results, "no search result for the demo article"
    assert results[0].get_text().strip() == title


def check_users():
    users = get_user_model().objects
    assert users.get(username="admin").is_superuser
    assert users.get(username="bientap.khcn").groups.filter(portal_as_editors__slug="so-khcn").exists()
    assert users.get(username="duyet.khcn").groups.filter(portal_as_approvers__slug="so-khcn").exists()
    assert users.get(username="banbientap").groups.filter(name="Ban biên tập").exists()
    assert users.get(username="giamsat").groups.filter(name="Giám sát").exists()


@pytest.mark.django_db
def test_seed_demo_builds_the_demo_province_and_is_idempotent(client):
    output = io.StringIO()
    call_command("seed_demo", stdout=output)
    for username in ("admin", "bientap.khcn", "duyet.khcn", "banbientap", "giamsat"):
        assert username in output.getvalue()
    assert "LamVien@2026" in output.getvalue()

    portals = check_portals()
    province = next(portal for portal in portals if portal.is_province)
    for portal in portals:
        check_every_category_has_content(client, portal)
    check_demo_article(province)
    check_users()
    approved = Syndication.objects.get(status=SyndicationStatus.APPROVED)
    assert approved.article.title in client.get("/", **host(province)).content.decode()

    check_demo_article_found_without_diacritics(client, province)

    before = snapshot()
    call_command("seed_demo", stdout=io.StringIO())
    assert snapshot() == before
