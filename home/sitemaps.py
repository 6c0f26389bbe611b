"""`/sitemap.xml` and `/robots.txt` of every portal.

Wagtail's own sitemap walks only the site's root page in the active language (wagtail issue 12420), so the
English pages of a portal would be missing. This one lists the live, public pages of every language of the
requesting site's portal, each with `xhtml:link` alternates to its translations (and `x-default`, the
Vietnamese page), and never a page of another site. Its query count does not depend on the number of pages.
"""

from collections import defaultdict

from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap_view

from .models import site_pages


class PortalSitemap(Sitemap):
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


@require_GET
@cache_control(public=True, max_age=60 * 15)
def sitemap_xml(request):
    return wagtail_sitemap_view(request, sitemaps={"pages": PortalSitemap})


# Addresses that robots have no business in: the admin, and the endpoints of citizen input, view counting and
# ratings (they answer POST only).
ROBOTS_DISALLOW = ("/admin/", "/y-kien/", "/luot-xem/", "/danh-gia/")


@require_GET
def robots_txt(request):
    sitemap_url = request.build_absolute_uri(reverse("sitemap_xml"))
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in ROBOTS_DISALLOW), "", f"Sitemap: {sitemap_url}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
