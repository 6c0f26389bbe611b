from django import template
from wagtail.models import Site

from component_portals.models import ComponentPortal, PortalStatus
from home.chrome import site_cached

register = template.Library()


@register.inclusion_tag("component_portals/archived_banner.html", takes_context=True)
def archived_portal_banner(context):
    """«Cổng này đã hợp nhất vào …» or «đã được lưu trữ» on every page of an archived portal."""
    request = context["request"]
    site = Site.find_for_request(request)
    portal = site_cached(request, "archived_portal", lambda: (
        ComponentPortal.objects.filter(site=site, status=PortalStatus.ARCHIVED).select_related("successor__site").first()
        if site else None
    ))
    return {"portal": portal}
