"""The admin of an agency's official opens in the agency's own portal: the dashboard counts and links its pages,
the «Trang» menu and the page choosers (the rich-text link chooser too) start at its home page. Users of every
portal (the board, the monitor, superusers) keep Wagtail's whole tree. Which pages a user may see or choose is
access.py's concern."""

from django.urls import path
from wagtail import hooks
from wagtail.admin.auth import require_admin_access
from wagtail.admin.site_summary import PagesSummaryItem
from wagtail.admin.views.chooser import BrowseView
from wagtail.admin.wagtail_hooks import ExplorerMenuItem
from wagtail.models import Page

from .roles import portals_for, sees_all_portals


def own_home(user):
    """The home page (Vietnamese) of the one portal `user` works on, or None for users of every portal."""
    if not hasattr(user, "_portal_own_home"):
        home = None
        if user.is_authenticated and not sees_all_portals(user):
            portals = list(portals_for(user).select_related("root_page")[:2])
            home = portals[0].root_page if len(portals) == 1 else None
        user._portal_own_home = home
    return user._portal_own_home


class PortalPagesSummaryItem(PagesSummaryItem):
    """«N trang» on the dashboard: the pages of the agency's portal, linking to its home in the explorer."""

    def get_context_data(self, parent_context):
        home = own_home(self.request.user)
        if home is None:
            return super().get_context_data(parent_context)
        return {
            "root_page": home,
            "total_pages": Page.objects.descendant_of(home, inclusive=True).count(),
            "site_name": home.get_site().site_name if home.get_site() else home.title,
        }


@hooks.register("construct_homepage_summary_items", order=1)
def count_the_agencys_pages(request, summary_items):
    for index, item in enumerate(summary_items):
        if type(item) is PagesSummaryItem:
            summary_items[index] = PortalPagesSummaryItem(request)


class PortalExplorerMenuItem(ExplorerMenuItem):
    """The «Trang» menu, opening at the agency's home page."""

    def get_context(self, request):
        context = super().get_context(request)
        home = own_home(request.user)
        if home is not None:
            context["start_page_id"] = home.pk
        return context

    def render_component(self, request):
        component = super().render_component(request)
        home = own_home(request.user)
        if home is not None and hasattr(component, "start_page_id"):
            component.start_page_id = home.pk
            component.url = f"{self.url}{home.pk}/"
        return component


@hooks.register("construct_main_menu")
def open_the_explorer_at_the_agencys_home(request, menu_items):
    for index, item in enumerate(menu_items):
        if type(item) is ExplorerMenuItem:
            menu_items[index] = PortalExplorerMenuItem(
                item.label, item.url, name=item.name, icon_name=item.icon_name, order=item.order
            )


class PortalPageChooserView(BrowseView):
    """The page chooser (and the rich-text link chooser) opened without a starting page starts at the
    agency's home instead of the tree root listing every portal."""

    def get(self, request, parent_page_id=None):
        home = own_home(request.user)
        if parent_page_id is None and home is not None and not request.GET.get("page_type"):
            parent_page_id = home.pk
        return super().get(request, parent_page_id)


# Mounted in sites/urls.py before Wagtail's admin, whose own address it takes over.
chooser_urls = [
    path("admin/choose-page/", require_admin_access(PortalPageChooserView.as_view()), name="portal_choose_page"),
]
