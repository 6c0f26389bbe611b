"""Provisioning learns a portal's sections through the `portal_sections` hook that decree fills
(component_portals/sections.py), not by importing decree."""

from dataclasses import replace

import pytest
from wagtail import hooks

from component_portals.models import PortalKind
from component_portals.provisioning import provision_portal
from component_portals.sections import SECTIONS_HOOK, required_sections
from decree.categories import CATEGORY_BY_KEY, categories_for

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("kind", PortalKind.values)
def test_the_required_sections_are_decrees_categories(kind):
    assert required_sections(kind) == categories_for(kind)


def test_provisioning_creates_every_section_the_hook_declares(province):
    extra = replace(CATEGORY_BY_KEY["news"], key="extra", slug="chuyen-muc-them", title="Chuyên mục thêm")
    with hooks.register_temporarily(SECTIONS_HOOK, lambda: [extra]):
        portal = provision_portal(name="Sở Mới", slug="so-moi", kind=PortalKind.DEPARTMENT, parent=province)
    sections = {page.specific.category_key: page for page in portal.root_page.get_children()}
    assert set(sections) == {category.key for category in categories_for(PortalKind.DEPARTMENT)} | {"extra"}
    assert (sections["extra"].slug, sections["extra"].title) == ("chuyen-muc-them", "Chuyên mục thêm")
