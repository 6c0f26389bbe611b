"""Admin integration of the decree app."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import Site

from home.chrome import site_cached

from . import cache_purge, replacement_admin, syndication_admin  # noqa: F401  (purge rules, board queues)
from .categories import CATEGORIES, primary_menu_slugs
from .calendar import WorkCalendarPage
from .documents import LegalDocumentPage
from .services import ServiceCatalogPage


@hooks.register("portal_sections")
def mandatory_categories():
    """Every portal gets one section per category that applies to its kind (component_portals/sections.py)."""
    return CATEGORIES


@hooks.register("describe_search_results")
def show_issue_dates(results_by_pk):
    """A legal document found by search shows its number and issue date, not the day it was put online."""
    rows = LegalDocumentPage.objects.filter(pk__in=list(results_by_pk)).values_list("pk", "number", "issue_date")
    for pk, number, issue_date in rows:
        results_by_pk[pk].update(
            number=number, date=issue_date, date_iso=issue_date.isoformat(), date_label=_("Ngày ban hành")
        )


@hooks.register("primary_menu_section_slugs")
def sections_in_the_main_menu():
    """The categories with a `menu_position` (decree/categories.py) in the main menu of every portal."""
    return primary_menu_slugs()


@hooks.register("portal_menu_links")
def work_calendar_in_the_menu(root):
    """The leaders' work calendar in the main menu of every portal that has one (it lives deep in the
    direction section, where citizens would not look for it)."""
    calendar = WorkCalendarPage.objects.live().public().descendant_of(root).first()
    return [(_("Lịch công tác"), calendar)] if calendar else []


@hooks.register("construct_portal_home_context")
def add_documents_and_calendar(home, request, context):
    """«Văn bản mới» and «Lịch công tác tuần này» on a portal's home page, when its layout has them."""
    wanted = context.get("home_blocks", {})
    if "new_documents" in wanted:
        context["new_documents"] = site_cached(request, "home_new_documents", lambda: list(
            LegalDocumentPage.objects.live().public().descendant_of(home).select_related("document_type")
            .order_by("-issue_date", "-pk")[: wanted["new_documents"]]
        ))
    if "week_calendar" in wanted:
        calendar = site_cached(
            request, "home_calendar", lambda: WorkCalendarPage.objects.live().public().descendant_of(home).first()
        )
        context["week_calendar"] = calendar
        # The week's engagements from today on: shared for the day (they are the children of published pages).
        context["week_entries"] = site_cached(
            request, f"home_week_entries:{timezone.localdate().isoformat()}",
            lambda: calendar.upcoming_entries(wanted["week_calendar"]) if calendar else [],
        )
    if "service_banners" in wanted:
        context["province_services"] = site_cached(request, "province_services", lambda: province_service_catalogue(home))


def province_service_catalogue(home):
    """The provincial portal's procedure catalogue in the home's language (the province-wide one)."""
    default_site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if default_site is None:
        return None
    province_home = default_site.root_page.get_translation_or_none(home.locale) or default_site.root_page
    return ServiceCatalogPage.objects.live().child_of(province_home).first()
