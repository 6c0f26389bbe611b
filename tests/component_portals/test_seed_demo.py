"""`seed_demo` builds the demo province of DESIGN.md and can run again without duplicating anything."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page, Revision, Site

from component_portals.demo import COMPONENT_PORTALS, PROVINCE, read_demo_article
from component_portals.models import ComponentPortal, PortalKind
from decree.articles import ArticlePage


@pytest.fixture
def seeded(db):
    call_command("seed_demo", stdout=open("/dev/null", "w"))


def snapshot():
    return (Page.objects.count(), Revision.objects.count(), Site.objects.count(),
            ComponentPortal.objects.count(), get_user_model().objects.count())


@pytest.mark.django_db
def test_demo_province_has_the_portals_design_md_asks_for(seeded):
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


@pytest.mark.django_db
def test_demo_article_is_published_on_the_provincial_portal(seeded):
    source = read_demo_article()
    article = ArticlePage.objects.live().get(title=source.title)
    province = ComponentPortal.objects.get(slug=PROVINCE.slug)
    assert article.path.startswith(province.root_page.path)
    assert "687/UBND-VX" in str(article.body)
    assert "Mã bảo mật" not in str(article.body)
    assert article.date.year == 2013


@pytest.mark.django_db
def test_demo_has_one_user_per_role(seeded):
    users = get_user_model().objects
    assert users.get(username="admin").is_superuser
    assert users.get(username="bientap.khcn").groups.filter(portal_as_editors__slug="so-khcn").exists()
    assert users.get(username="duyet.khcn").groups.filter(portal_as_approvers__slug="so-khcn").exists()
    assert users.get(username="banbientap").groups.filter(name="Ban biên tập").exists()
    assert users.get(username="giamsat").groups.filter(name="Giám sát").exists()


@pytest.mark.django_db
def test_seed_demo_prints_the_logins(db, capsys):
    call_command("seed_demo")
    output = capsys.readouterr().out
    for username in ("admin", "bientap.khcn", "duyet.khcn", "banbientap", "giamsat"):
        assert username in output
    assert "LamVien@2026" in output


@pytest.mark.django_db
def test_seed_demo_twice_changes_nothing(seeded):
    before = snapshot()
    call_command("seed_demo", stdout=open("/dev/null", "w"))
    assert snapshot() == before
