"""Every portal gets one section of the right type per mandatory category, and page type rules keep
items inside their sections."""

import pytest
from django.apps import apps
from wagtail.models import Page

from component_portals.provisioning import provision_portal
from decree.articles import ArticlePage
from decree.categories import CATEGORIES, categories_for
from home.models import HomePage, StandardPage


def sections_of(portal):
    return {page.category_key: page for page in HomePage.objects.get(pk=portal.root_page_id).get_children().specific()
            if getattr(page, "category_key", "")}


def reprovision(portal):
    return provision_portal(name=portal.name, slug=portal.slug, kind=portal.kind, hostname=portal.site.hostname,
                            parent=portal.parent)


@pytest.mark.django_db
@pytest.mark.parametrize("portal_fixture", ["province", "portal_a", "portal_b"])
def test_each_portal_has_one_section_of_the_real_type_per_category(request, portal_fixture):
    portal = request.getfixturevalue(portal_fixture)
    sections = sections_of(portal)
    expected = categories_for(portal.kind)
    assert set(sections) == {category.key for category in expected}
    for category in expected:
        section = sections[category.key]
        assert type(section) is apps.get_model(category.section_type)
        assert section.slug == category.slug
        assert section.live


@pytest.mark.django_db
def test_gazette_exists_only_on_the_provincial_portal(province, portal_a, portal_b):
    assert "gazette" in sections_of(province)
    assert "gazette" not in sections_of(portal_a)
    assert "gazette" not in sections_of(portal_b)


def make_placeholder(portal, key, with_content=False):
    category = next(category for category in CATEGORIES if category.key == key)
    real = sections_of(portal)[key]
    real.delete()
    home = HomePage.objects.get(pk=portal.root_page_id)
    placeholder = StandardPage(title=str(category.title), slug=category.slug, category_key=key, locale=home.locale)
    home.add_child(instance=placeholder)
    placeholder.save_revision().publish()
    if with_content:
        child = StandardPage(title="Trang biên tập viên đã viết", slug="trang-da-viet", locale=home.locale)
        placeholder.add_child(instance=child)
        child.save_revision().publish()
    return placeholder


@pytest.mark.django_db
def test_repair_replaces_an_empty_placeholder_section_with_its_real_type(portal_a):
    make_placeholder(portal_a, "projects")
    reprovision(portal_a)
    section = sections_of(portal_a)["projects"]
    assert type(section).__name__ == "ProjectIndexPage"
    assert section.slug == "du-an-dau-thau"
    assert not StandardPage.objects.filter(category_key="projects", path__startswith=portal_a.root_page.path).exists()


@pytest.mark.django_db
def test_repair_keeps_a_placeholder_that_holds_content(portal_a):
    placeholder = make_placeholder(portal_a, "projects", with_content=True)
    reprovision(portal_a)
    assert Page.objects.filter(pk=placeholder.pk).exists()
    assert Page.objects.filter(slug="trang-da-viet").exists()
    real = [page for page in HomePage.objects.get(pk=portal_a.root_page_id).get_children().specific()
            if type(page).__name__ == "ProjectIndexPage"]
    assert len(real) == 1


@pytest.mark.django_db
def test_item_pages_can_only_be_created_inside_their_section(portal_a):
    home = HomePage.objects.get(pk=portal_a.root_page_id)
    sections = sections_of(portal_a)
    assert not ArticlePage.can_create_at(home)
    assert ArticlePage.can_create_at(sections["news"])
    assert not ArticlePage.can_create_at(sections["documents"])
    for section in sections.values():
        assert not type(section).can_create_at(section)
