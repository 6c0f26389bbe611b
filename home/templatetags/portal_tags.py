from django import template
from wagtail.models import Page, Site

register = template.Library()

# Sections that Circular 32/2017 Điều 16 (or common sense) puts in the main menu, by their catalogue slug.
PRIMARY_SECTION_SLUGS = ("gioi-thieu", "tin-tuc-su-kien", "van-ban", "dich-vu-cong", "hoi-dap", "lien-he")


def portal_root(request):
    """The current portal's home page in the active language (falls back to the default language)."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    return site.root_page.localized


@register.inclusion_tag("home/includes/navigation.html", takes_context=True)
def portal_navigation(context):
    request = context["request"]
    root = portal_root(request)
    sections = list(root.get_children().live().in_menu()) if root else []
    by_slug = {section.slug: section for section in sections}
    return {
        "request": request,
        "root": root,
        "primary": [by_slug[slug] for slug in PRIMARY_SECTION_SLUGS if slug in by_slug],
        "sections": sections,
        "current": context.get("page"),
    }


@register.simple_tag(takes_context=True)
def portal_root_page(context):
    return portal_root(context["request"])


@register.filter
def is_ancestor_or_self(section, page):
    return isinstance(page, Page) and page.path.startswith(section.path)


@register.simple_tag(takes_context=True)
def provincial_portal_site(context):
    """The provincial portal (the default site) when the current site is a component portal, else None."""
    current = Site.find_for_request(context["request"])
    default = Site.objects.filter(is_default_site=True).first()
    return default if default and current and default.pk != current.pk else None
