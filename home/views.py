from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail.models import Page, Site

from .beacons import page_post
from .chrome import site_cached
from .limits import RateLimit, client_ip, keyed_hash
from .models import site_pages
from .templatetags.portal_tags import portal_root
from .visits import (
    COUNTER_PATH, SEEN_COOKIE, SEEN_LIMIT, VIEWS_OF_A_PAGE_PER_ADDRESS_PER_HOUR, VIEWS_PER_ADDRESS_PER_HOUR, count_view,
    is_bot, seen_pages,
)


@csrf_exempt  # no CSRF token: the page's own token instead (home/beacons.py); the effect is a bounded counter
@never_cache
@require_POST
@page_post
def record_view(request, page_id):
    response = HttpResponse(status=204)
    if is_bot(request.headers.get("User-Agent", "")):
        return response
    site = Site.find_for_request(request)
    if site is None or not site_pages(site).filter(pk=page_id).exists():
        return HttpResponseBadRequest()
    seen = seen_pages(request)
    if page_id in seen:
        return response
    # A visitor who drops the cookie after every view is still counted a bounded number of times per address.
    address = keyed_hash(client_ip(request))
    if not RateLimit(f"views:{page_id}", VIEWS_OF_A_PAGE_PER_ADDRESS_PER_HOUR, 3600).hit(address):
        return response
    if not RateLimit("views", VIEWS_PER_ADDRESS_PER_HOUR, 3600).hit(address):
        return response
    count_view(page_id)
    seen = (seen + [page_id])[-SEEN_LIMIT:]
    # Scoped to the counter so that page requests carry no cookie and stay cacheable.
    response.set_cookie(SEEN_COOKIE, ".".join(map(str, seen)), path=COUNTER_PATH, httponly=True, samesite="Lax",
                        secure=request.is_secure())
    return response


SITEMAP_ITEMS_PER_SECTION = 10


def sitemap_sections(request):
    """(the portal's home, [(section, its latest pages)]), kept with the site's menu (home/chrome.py)."""
    root = portal_root(request)
    if root is None:
        return None, []
    return root, [
        (section, list(section.get_children().live().public().order_by("-first_published_at")[:SITEMAP_ITEMS_PER_SECTION]))
        for section in root.get_children().live().public()
    ]


def portal_sitemap(request):
    """Sơ đồ cổng: the portal's sections and their latest pages, for people (the XML one is for robots)."""
    root, sections = site_cached(request, "portal_sitemap", lambda: sitemap_sections(request))
    if root is None:
        raise Http404
    return TemplateResponse(request, "home/portal_sitemap.html", {"root": root, "sections": sections})


ENGLISH_PREFIX = "/en/"


def vietnamese_page_for(request):
    """The live Vietnamese page at the address after /en/ on the requesting portal, or None."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    path = request.path[len(ENGLISH_PREFIX):]
    return Page.objects.live().public().filter(url_path=site.root_page.url_path + path).first()
