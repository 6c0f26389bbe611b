from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail.models import Site

from .models import site_pages
from .templatetags.portal_tags import portal_root
from .visits import COUNTER_PATH, SEEN_COOKIE, SEEN_LIMIT, count_view, is_bot, seen_pages


@csrf_exempt  # a beacon carries no token; the only effect is a bounded, deduplicated counter
@never_cache
@require_POST
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
    count_view(page_id)
    seen = (seen + [page_id])[-SEEN_LIMIT:]
    # Scoped to the counter so that page requests carry no cookie and stay cacheable.
    response.set_cookie(SEEN_COOKIE, ".".join(map(str, seen)), path=COUNTER_PATH, httponly=True, samesite="Lax",
                        secure=request.is_secure())
    return response


SITEMAP_ITEMS_PER_SECTION = 10


def portal_sitemap(request):
    """Sơ đồ cổng: the portal's sections and their latest pages, for people (the XML one is for robots)."""
    root = portal_root(request)
    if root is None:
        raise Http404
    sections = [
        (section, list(section.get_children().live().public().order_by("-first_published_at")[:SITEMAP_ITEMS_PER_SECTION]))
        for section in root.get_children().live().public()
    ]
    return TemplateResponse(request, "home/portal_sitemap.html", {"root": root, "sections": sections})
