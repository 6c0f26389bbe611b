"""Old addresses keep working: every request to a retired hostname answers 301.

- The hostname of a portal merged into another: a site-specific Wagtail redirect recorded by the merge
  (every page, section feed and home, in every language) gives the moved page; any other path (the
  sitemap, robots.txt, a question look-up) goes to the same path on the successor's hostname.
- The old hostname of a renamed portal: the same path on the portal's current hostname.
The admin, static files and documents are served on every hostname and never redirected. A request to a
hostname some Site serves costs no query here (Wagtail looks the Site up once per request anyway); only an
unknown hostname is looked up among the retired ones.
"""

from django.http import HttpResponsePermanentRedirect
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Site

from .models import RetiredHostname

PASS_THROUGH_PREFIXES = ("/admin/", "/static/", "/media/", "/documents/", "/healthz")
MAX_SUCCESSORS = 10


def current_portal(portal):
    """The portal that now answers for `portal`: itself, or the last successor of a chain of merges."""
    for _step in range(MAX_SUCCESSORS):
        if not portal.successor_id:
            break
        portal = portal.successor
    return portal


def retired_address_response(request):
    if request.path.startswith(PASS_THROUGH_PREFIXES):
        return None
    hostname = request.get_host().split(":")[0].lower()
    site = Site.find_for_request(request)
    if site is not None and site.hostname == hostname:
        return None
    retired = (
        RetiredHostname.objects.select_related("portal__site", "portal__successor__site")
        .filter(hostname=hostname).first()
    )
    if retired is None:
        return None
    portal = retired.portal
    if portal.successor_id and portal.site_id:
        paths = {Redirect.normalise_path(request.get_full_path()), Redirect.normalise_path(request.path)}
        redirect = Redirect.objects.filter(site_id=portal.site_id, old_path__in=paths).order_by("-old_path").first()
        if redirect is not None and redirect.link:
            return HttpResponsePermanentRedirect(redirect.link)
    successor = current_portal(portal)
    if not successor.site_id or successor.site.hostname == hostname:
        return None
    return HttpResponsePermanentRedirect(successor.site.root_url + request.get_full_path())


class RetiredHostnameMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return retired_address_response(request) or self.get_response(request)
