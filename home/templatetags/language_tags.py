"""The languages of the current page: the language switch and the `hreflang` alternates of the page head."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Locale, Page, Site

from home.chrome import page_cached, site_cached

register = template.Library()

LANGUAGE_NAMES = dict(settings.LANGUAGES)  # each language named in itself: «Tiếng Việt», «English»


def page_translations(request, page):
    """The live translations of `page`, itself included, in the order of LANGUAGES: dicts with the language
    code, the language's own name, the relative and the absolute URL, and whether it is `page` itself.
    Remembered for the rest of the request (the head and the header both ask) and shared per page until
    anything is published (home/chrome.py)."""
    if not isinstance(page, Page) or not page.pk:
        return []
    cache = getattr(request, "_page_translations", {}) if request is not None else {}
    if page.pk not in cache:
        cache[page.pk] = page_cached(request, page.pk, "translations", lambda: live_translations(request, page))
        if request is not None:
            request._page_translations = cache
    return cache[page.pk]


def live_translations(request, page):
    translations = {
        translation.locale.language_code: translation
        for translation in page.get_translations(inclusive=True).live().select_related("locale")
    }
    return [
        {
            "code": code,
            "name": LANGUAGE_NAMES[code],
            "url": translations[code].get_url(request),
            "full_url": translations[code].get_full_url(request),
            "current": translations[code].pk == page.pk,
        }
        for code, _name in settings.LANGUAGES
        if code in translations
    ]


def view_translations(request):
    """For a view that is not a page (search, the site map): the same address, query included, in every
    language the portal's home page is published in. Nothing for addresses outside the language prefixes
    and for pages that were not found."""
    match = getattr(request, "resolver_match", None)
    if request is None or request.method != "GET" or match is None or match.url_name == "wagtail_serve":
        return []
    site = Site.find_for_request(request)
    if site is None:
        return []
    published = set(
        site.root_page.get_translations(inclusive=True).live().values_list("locale__language_code", flat=True)
    )
    path, active = request.get_full_path(), get_language()
    translations = [
        {"code": code, "name": LANGUAGE_NAMES[code], "url": translate_url(path, code), "current": code == active}
        for code, _name in settings.LANGUAGES
        if code in published
    ]
    if len({translation["url"] for translation in translations}) < 2:
        return []
    return translations


@register.inclusion_tag("home/includes/language_switch.html", takes_context=True)
def language_switch(context):
    """Links to the page in the other languages it exists in; nothing when it exists in one language only.
    Views that are not pages link their own address in the languages of the portal."""
    request, page = context.get("request"), context.get("page")
    if isinstance(page, Page):
        translations = page_translations(request, page)
    else:
        translations = view_translations(request)
    return {"translations": translations if len(translations) > 1 else []}


@register.inclusion_tag("home/includes/alternates.html", takes_context=True)
def language_alternates(context):
    """`<link rel="alternate" hreflang>` for every language of the page, and `x-default` (the Vietnamese page)."""
    translations = page_translations(context.get("request"), context.get("page"))
    if len(translations) < 2:
        return {"alternates": []}
    default = next((t for t in translations if t["code"] == settings.LANGUAGE_CODE), None)
    return {"alternates": translations, "default": default}


@register.simple_tag(takes_context=True)
def page_language(context):
    """The language of the page being shown (its locale), else the active language."""
    page = context.get("page")
    if isinstance(page, Page) and page.locale_id:
        codes = site_cached(context.get("request"), "locale_codes", lambda: dict(Locale.objects.values_list("pk", "language_code")))
        return codes.get(page.locale_id) or page.locale.language_code
    return context.get("LANGUAGE_CODE") or settings.LANGUAGE_CODE
