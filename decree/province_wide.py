"""Sections that span the whole province on the provincial portal (the legal document register, the
procedure catalogue): they list the items of every active portal's section of the same kind, and can be
filtered by portal; on any other portal they list the portal's own items."""

import django_filters
from django.db.models.functions import Substr
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from component_portals.models import ComponentPortal
from home.chrome import site_cached
from home.listing import ListingFilterSet
from home.text import vietnamese_sort_key

# The province first, then departments, communes, wards, special zones and archived districts, in the portal filter.
PORTAL_KIND_ORDER = ("province", "department", "commune", "ward", "special_zone", "district")


class ProvinceWideSection:
    """A mixin for a section page: `items_of(Model, request)` is the section's own live items, or on the
    provincial portal those of every active portal in the section's language."""

    def get_portal(self, request=None):
        """The portal of this section, looked up once per request."""
        cache = getattr(request, "_decree_section_portals", None) if request is not None else None
        if cache is None:
            cache = {}
            if request is not None:
                request._decree_section_portals = cache
        if self.pk not in cache:
            root_path = self.path[: Page.steplen * 2]
            root = Page.objects.filter(path=root_path).values("translation_key")
            cache[self.pk] = (
                ComponentPortal.objects.filter(root_page__translation_key__in=root).select_related("root_page").first()
            )
        return cache[self.pk]

    def province_wide_scope(self, request):
        """(whether the section lists every portal's items, the active portals with their home paths), kept
        with the site's menu (home/chrome.py)."""

        def scope():
            portal = self.get_portal(request)
            province_wide = portal is not None and portal.is_province
            return province_wide, self.active_portals() if province_wide else []

        return site_cached(request, f"province_wide_scope:{self.pk}", scope)

    def is_province_wide(self, request=None):
        return self.province_wide_scope(request)[0]

    def active_portals(self):
        """The active portals with the path of their home page in this section's language."""
        kind_order = {kind: index for index, kind in enumerate(PORTAL_KIND_ORDER)}
        portals = sorted(
            ComponentPortal.objects.active().select_related("root_page").exclude(root_page=None),
            key=lambda portal: (kind_order.get(portal.kind, len(kind_order)), vietnamese_sort_key(portal.name)),
        )
        paths = dict(
            Page.objects.filter(
                depth=2, locale_id=self.locale_id,
                translation_key__in=[portal.root_page.translation_key for portal in portals],
            ).values_list("translation_key", "path")
        )
        return [(portal, paths[portal.root_page.translation_key]) for portal in portals
                if portal.root_page.translation_key in paths]

    def items_of(self, model, request=None, portals=None):
        """Every published item of the section (of the province, when province-wide), before any filter."""
        province_wide, active_portals = self.province_wide_scope(request)
        if not province_wide:
            return model.objects.live().public().child_of(self)
        if portals is None:
            portals = active_portals
        return (
            model.objects.live().public()
            .filter(locale_id=self.locale_id)
            .annotate(portal_root_path=Substr("path", 1, Page.steplen * 2))
            .filter(portal_root_path__in=[path for _portal, path in portals])
        )


class ProvinceWideFilter(ListingFilterSet):
    """The filters of a province-wide section, with `portal`: one of the active portals (`portals`, pairs of
    a portal and the path of its home page), by slug."""

    portal = django_filters.ChoiceFilter(choices=(), label=_("Cổng thông tin"), method="in_portal")

    def __init__(self, *args, portals=(), **kwargs):
        self.portal_paths = {portal.slug: path for portal, path in portals}
        super().__init__(*args, **kwargs)
        self.filters["portal"].extra["choices"] = [(slug, slug) for slug in self.portal_paths]

    def in_portal(self, items, name, slug):
        return items.filter(path__startswith=self.portal_paths[slug])
