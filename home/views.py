from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail.models import Page, Site

from .visits import COUNTER_PATH, SEEN_COOKIE, SEEN_LIMIT, count_view, is_bot, seen_pages


@csrf_exempt  # a beacon carries no token; the only effect is a bounded, deduplicated counter
@never_cache
@require_POST
def record_view(request, page_id):
    response = HttpResponse(status=204)
    if is_bot(request.headers.get("User-Agent", "")):
        return response
    site = Site.find_for_request(request)
    page = Page.objects.live().public().filter(pk=page_id).only("path", "depth").first()
    if site is None or page is None:
        return HttpResponseBadRequest()
    if not page.path.startswith(site.root_page.path):
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
