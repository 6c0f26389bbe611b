"""`/sitemap.xml` and `/robots.txt` of every portal.

Wagtail's own sitemap walks only the site's root page in the active language (wagtail issue 12420), so the
English pages of a portal would be missing. This one lists the live, public pages of every language of the
requesting site's portal, each with `xhtml:link` alternates to its translations (and `x-default`, the
Vietnamese page), and never a page of another site. Its query count does not depend on the number of pages.

Past SITEMAP_SPLIT_AT pages (5,000 by default) `/sitemap.xml` becomes a sitemap index of one sitemap per
section, `/sitemap-<section slug>.xml` (the home pages in `/sitemap-trang-chu.xml`), each split again into
`?p=2`, ... past that many addresses.
"""

from collections import defaultdict

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Max, Q
from django.db.models.functions import Coalesce
from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils.functional import cached_property
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import index as wagtail_sitemap_index_view
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap_view
from wagtail.models import Page, Site

from .models import site_pages

HOME_SITEMAP = "trang-chu"


class PortalSitemap(Sitemap):
    @cached_property
    def paginator(self):
        """Counted once, whether the view asks (to decide on splitting) or Django's sitemap view does."""
        return Paginator(self._items(), self.limit)

    def items(self):
        return (
            site_pages(self.get_wagtail_site())
            .select_related("locale")
            .order_by("path")
            .only("pk", "path", "depth", "url_path", "translation_key", "locale__language_code",
                  "last_published_at", "latest_revision_created_at")
        )

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        translations = defaultdict(list)
        for translation in (
            site_pages(self.get_wagtail_site())
            .filter(translation_key__in={item.translation_key for item in pages})
            .select_related("locale")
            .order_by("locale__language_code")
            .only("pk", "path", "url_path", "translation_key", "locale__language_code")
        ):
            translations[translation.translation_key].append(translation)

        urls, last_mods = [], set()
        for item in pages:
            url_info = {"item": item, "location": item.get_full_url(self.request), "lastmod": self.lastmod(item)}
            group = translations[item.translation_key]
            if len(group) > 1:
                alternates = {t.locale.language_code: t.get_full_url(self.request) for t in group}
                url_info["alternates"] = [{"lang_code": code, "location": url} for code, url in alternates.items()]
                if settings.LANGUAGE_CODE in alternates:
                    url_info["alternates"].append({"lang_code": "x-default", "location": alternates[settings.LANGUAGE_CODE]})
            urls.append(url_info)
            last_mods.add(url_info["lastmod"])
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls


class PartSitemap(PortalSitemap):
    """The pages of one part of a portal, in every language: the home pages (`section_key` None), or one
    section (by the translation key shared by its translations) and everything under it."""

    def __init__(self, request, section_key=None):
        super().__init__(request)
        self.section_key = section_key
        self.limit = settings.SITEMAP_SPLIT_AT

    def items(self):
        pages = super().items()
        site = self.get_wagtail_site()
        if self.section_key is None:
            return pages.filter(depth=site.root_page.depth)
        in_section = Q(pk__in=[])
        for path in Page.objects.filter(translation_key=self.section_key).values_list("path", flat=True):
            in_section |= Q(path__startswith=path)
        return pages.filter(in_section)

    def get_latest_lastmod(self):
        """One aggregate instead of Django's walk through every item."""
        return self.items().aggregate(latest=Max(Coalesce("last_published_at", "latest_revision_created_at")))["latest"]


def portal_parts(request):
    """{sitemap name: PartSitemap} of the requesting site: the home pages, then each section by its slug."""
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    parts = {HOME_SITEMAP: PartSitemap(request)}
    for slug, key in site.root_page.get_children().order_by("path").values_list("slug", "translation_key"):
        parts[slug] = PartSitemap(request, key)
    return parts


@require_GET
@cache_control(public=True, max_age=60 * 15)
def sitemap_xml(request):
    whole = PortalSitemap(request)
    if whole.paginator.count > settings.SITEMAP_SPLIT_AT:
        return wagtail_sitemap_index_view(request, sitemaps=portal_parts(request), sitemap_url_name="sitemap_part")
    return wagtail_sitemap_view(request, sitemaps={"pages": whole})


@require_GET
@cache_control(public=True, max_age=60 * 15)
def sitemap_part_xml(request, section):
    parts = portal_parts(request)
    if section not in parts:
        raise Http404
    return wagtail_sitemap_view(request, sitemaps={section: parts[section]})


# Addresses that robots have no business in: the admin, and the endpoints of citizen input, view counting and
# ratings (they answer POST only).
ROBOTS_DISALLOW = ("/admin/", "/y-kien/", "/luot-xem/", "/danh-gia/")


@require_GET
def robots_txt(request):
    sitemap_url = request.build_absolute_uri(reverse("sitemap_xml"))
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in ROBOTS_DISALLOW), "", f"Sitemap: {sitemap_url}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
