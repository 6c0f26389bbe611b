from django import template
from wagtail.models import Site

from component_portals.models import ComponentPortal, PortalStatus

register = template.Library()


@register.inclusion_tag("component_portals/archived_banner.html", takes_context=True)
def archived_portal_banner(context):
    """«Cổng này đã hợp nhất vào …» or «đã được lưu trữ» on every page of an archived portal."""
    site = Site.find_for_request(context["request"])
    portal = (
        ComponentPortal.objects.filter(site=site, status=PortalStatus.ARCHIVED).select_related("successor__site").first()
        if site else None
    )
    return {"portal": portal}
