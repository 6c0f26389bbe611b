"""«Thông tin này có hữu ích không?»: an anonymous yes/no rating on every content page, one vote per visitor
and page, shown only as aggregates in the oversight scorecard. The model, PageRating, is in models.py.

A visitor is a random identifier in a cookie scoped to the rating URL (pages themselves carry no cookie and
stay cacheable); only a keyed hash of it is stored, never an address. Voting again changes the visitor's vote
instead of adding one. A per-address limit stops a script that throws its cookie away after every vote.
"""

import secrets

from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail.models import Site

from .counters import update_or_insert
from .limits import RateLimit, client_ip, keyed_hash
from .models import PageRating, site_pages

VISITOR_COOKIE = "portal_rater"
RATING_PATH = "/danh-gia/"
VISITOR_COOKIE_AGE = 365 * 24 * 60 * 60
VOTES_PER_ADDRESS_PER_HOUR = 60
ANSWERS = {"co": True, "khong": False}


def visitor_key(raw_id):
    return keyed_hash(f"rating:{raw_id}")


def record_rating(page_id, raw_visitor_id, useful):
    """Store the visitor's vote on the page, replacing an earlier one."""
    lookup = {"page_id": page_id, "visitor": visitor_key(raw_visitor_id)}
    update_or_insert(PageRating, lookup, {"useful": useful}, {"useful": useful})


def page_accepts_rating(page):
    return bool(getattr(page.specific_class, "accepts_rating", False))


def rating_limit():
    return RateLimit("rating", VOTES_PER_ADDRESS_PER_HOUR, 60 * 60)


def _page_of_site(request, page_id):
    """The live, public page `page_id` if it belongs to the requesting portal (any language), else None."""
    site = Site.find_for_request(request)
    return site_pages(site).filter(pk=page_id).first() if site is not None else None


@csrf_exempt  # anonymous and idempotent per visitor: a forged request can only cast the victim's one vote
@never_cache
@require_POST
def rate_page(request, page_id):
    page = _page_of_site(request, page_id)
    answer = request.POST.get("huu-ich", "")
    if page is None or not page_accepts_rating(page) or answer not in ANSWERS:
        return HttpResponseBadRequest(_("Yêu cầu đánh giá không hợp lệ."))
    wants_json = "application/json" in request.headers.get("Accept", "")
    if not rating_limit().hit(keyed_hash(client_ip(request))):
        if wants_json:
            return JsonResponse({"message": str(_("Bạn đã gửi quá nhiều đánh giá, hãy thử lại sau."))}, status=429)
        return HttpResponse(_("Bạn đã gửi quá nhiều đánh giá, hãy thử lại sau."), status=429)

    raw_id = request.COOKIES.get(VISITOR_COOKIE, "")
    if not (16 <= len(raw_id) <= 64 and raw_id.isalnum()):
        raw_id = secrets.token_hex(16)
    record_rating(page.pk, raw_id, ANSWERS[answer])

    thanks = _("Cảm ơn bạn đã đánh giá. Ý kiến của bạn giúp cơ quan cải thiện thông tin.")
    if wants_json:
        response = JsonResponse({"message": str(thanks)})
    else:
        response = TemplateResponse(
            request, "home/rating_thanks.html", {"rated_page": page.specific, "message": thanks}
        )
    response.set_cookie(VISITOR_COOKIE, raw_id, max_age=VISITOR_COOKIE_AGE, path=RATING_PATH, httponly=True,
                        samesite="Lax", secure=request.is_secure())
    return response
