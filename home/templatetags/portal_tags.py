import datetime
import re

from django import template
from django.conf import settings
from django.db.models import OuterRef, Subquery
from django.template.loader import render_to_string
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import Page, Site

from home.beacons import page_token
from home.chrome import site_cached
from home.templatetags.chrome_tags import fragment

register = template.Library()

# The hook through which the app that defines the categories names the sections of the main menu: a function
# returning their slugs in menu order (home imports no other app).
PRIMARY_SECTIONS_HOOK = "primary_menu_section_slugs"


def primary_section_slugs():
    return [slug for section_slugs in hooks.get_hooks(PRIMARY_SECTIONS_HOOK) for slug in section_slugs()]


def portal_root(request):
    """The current portal's home page in the active language (falls back to the default language)."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    return site.root_page.localized


def default_locale_slug():
    """The slug of a page's translation in the default language, for annotating a page queryset."""
    return Subquery(
        Page.objects.filter(translation_key=OuterRef("translation_key"), locale__language_code=settings.LANGUAGE_CODE)
        .values("slug")[:1]
    )


def navigation(request):
    """(portal home, its sections in the menu, the (label, page) pairs other apps add to the menu)."""
    root = portal_root(request)
    if root is None:
        return None, [], []
    sections = list(root.get_children().live().in_menu().annotate(default_slug=default_locale_slug()))
    menu_links = [link for add_links in hooks.get_hooks("portal_menu_links") for link in add_links(root)]
    return root, sections, menu_links


@register.simple_tag(takes_context=True)
def portal_navigation(context):
    """The main menu. Its HTML is shared per site, language and the entries marked as the current page's."""
    request, current = context["request"], context.get("page")
    root, sections, menu_links = site_cached(request, "navigation", lambda: navigation(request))
    # A translated section may have a translated slug («introduction»); it is primary if its original is.
    by_slug = {section.default_slug or section.slug: section for section in sections}
    primary = [by_slug[slug] for slug in primary_section_slugs() if slug in by_slug]
    marked = [page.pk for page in primary + [link for _label, link in menu_links] if is_ancestor_or_self(page, current)]
    at_home = root is not None and getattr(current, "pk", None) == root.pk
    return fragment(request, f"navigation:{int(at_home)}:{','.join(map(str, marked))}", lambda: render_to_string(
        "home/includes/navigation.html",
        {"request": request, "root": root, "primary": primary, "menu_links": menu_links, "sections": sections,
         "current": current},
    ))


@register.filter
def is_ancestor_or_self(section, page):
    return isinstance(page, Page) and page.path.startswith(section.path)


@register.simple_tag(takes_context=True)
def provincial_portal_site(context):
    """The provincial portal (the default site) when the current site is a component portal, else None."""
    request = context["request"]
    current = Site.find_for_request(request)
    default = site_cached(request, "default_site", lambda: Site.objects.filter(is_default_site=True).first())
    return default if default and current and default.pk != current.pk else None


def _filter_choice(option, value_attribute=None):
    """(value, label) of one option of a listing filter, whatever the view handed the template: a (value,
    label) pair, a date (its year), a model instance (its primary key, or `value_attribute`, and its name)
    or a plain value."""
    if isinstance(option, (tuple, list)) and len(option) == 2:
        return option
    if isinstance(option, datetime.date):
        return option.year, option.year
    if hasattr(option, "pk"):
        return getattr(option, value_attribute or "pk"), getattr(option, "name", None) or str(option)
    return option, option


@register.inclusion_tag("home/includes/filter_select.html")
def filter_select(field_id, name, label, options, selected=None, all_label=None, value_attribute=None):
    """One labelled <select> of a listing's filter form: `{% filter_select "filter-year" "nam" _("Năm") years
    filters.year %}`. The first option, «Tất cả» (or `all_label`), removes the filter; model instances give
    their primary key as the value unless `value_attribute` names another attribute."""
    selected = "" if selected is None else str(selected)
    choices = []
    for option in options:
        value, option_label = _filter_choice(option, value_attribute)
        choices.append((value, option_label, selected != "" and str(value) == selected))
    return {
        "field_id": field_id,
        "name": name,
        "label": label,
        "all_label": all_label or _("Tất cả"),
        "choices": choices,
    }


@register.simple_tag(takes_context=True)
def page_share_url(context):
    """The address of the current page without its query string, for the share links."""
    request = context.get("request")
    return request.build_absolute_uri(request.path) if request is not None else ""


@register.simple_tag
def page_post_token(page):
    """The page's own token for its view counter and rating form (home/beacons.py)."""
    return page_token(page.pk)


# A word with a digit in it: the only words that may need to be kept on one line.
CODE_TOKEN = re.compile(r"\S*\d\S*")
CODE_JOINERS = frozenset("/-–—:")


@register.filter(needs_autoescape=True)
def keep_codes(text, autoescape=True):
    """Text in which every number joined by a slash or a dash («45/QĐ-SKHCN», «2023–2024», «08:00-11:00»)
    is kept on one line, so a table cell never breaks a document number or a period inside."""
    escape = conditional_escape if autoescape else (lambda value: value)
    text = str(text)
    pieces, last = [], 0
    for match in CODE_TOKEN.finditer(text):
        token = match.group(0)
        if not CODE_JOINERS.isdisjoint(token):
            pieces += [escape(text[last:match.start()]), f'<span class="nowrap">{escape(token)}</span>']
            last = match.end()
    pieces.append(escape(text[last:]))
    return mark_safe("".join(pieces))
