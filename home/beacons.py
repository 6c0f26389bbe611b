"""The anonymous POST endpoints a page calls about itself (the view counter, «useful?» ratings).

They carry no CSRF token, so the page stays cacheable. Instead the page gives them its own token (a signature of
its id, the same for every visitor), and a browser request coming from another site is refused: another site
can neither make its visitors vote nor count views, and a script has to fetch each page it wants to touch."""

from functools import wraps

from django.core import signing
from django.http import HttpResponseForbidden
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

PAGE_TOKEN_FIELD = "ma-trang"
PAGE_TOKEN_SALT = "home.page-token"
SAME_SITE_FETCHES = {"same-origin", "none"}


def page_token(page_id):
    return signing.dumps(page_id, salt=PAGE_TOKEN_SALT, compress=False)


def page_token_matches(token, page_id):
    try:
        return signing.loads(token or "", salt=PAGE_TOKEN_SALT) == page_id
    except signing.BadSignature:
        return False


def from_same_origin(request):
    """False when the browser says the request comes from another origin (Sec-Fetch-Site, then Origin)."""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None:
        return fetch_site in SAME_SITE_FETCHES
    origin = request.headers.get("Origin")
    if origin is None:
        return True
    return url_has_allowed_host_and_scheme(origin, allowed_hosts={request.get_host()})


def page_post(view):
    """Refuses a POST about page `page_id` without the page's own token or from another origin (the view
    itself answers other methods)."""

    @wraps(view)
    def checked(request, page_id, *args, **kwargs):
        if request.method == "POST" and not (
            from_same_origin(request) and page_token_matches(request.POST.get(PAGE_TOKEN_FIELD), page_id)
        ):
            return HttpResponseForbidden(_("Yêu cầu không đến từ trang này của cổng."))
        return view(request, page_id, *args, **kwargs)

    return checked
