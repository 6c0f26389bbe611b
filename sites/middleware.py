from urllib.parse import urlsplit

from django.conf import settings
from django.http import Http404
from wagtail.models import Site


class PermissionsPolicyMiddleware:
    """Adds settings.PERMISSIONS_POLICY: browser features (camera, microphone, location...) no page may use."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class AdminScriptPolicyMiddleware:
    """The admin's Content-Security-Policy allows inline scripts (still only from this host): Wagtail's page
    editor writes some inline, and its chooser modals run the scripts of the HTML they load. Public pages keep
    the nonce-only policy of settings.CONTENT_SECURITY_POLICY."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path_info.startswith(settings.ADMIN_PATH_PREFIX):
            response._csp_replace = {"script-src": ["'self'", "'unsafe-inline'"]}
        return response


class UnknownHostMiddleware:
    """A host no portal's Site names gets 404 instead of the provincial portal (Wagtail's fallback to the default
    site), unless settings.SERVE_UNKNOWN_HOSTS. /healthz answers on any allowed host (load balancers)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.SERVE_UNKNOWN_HOSTS and request.path_info != "/healthz" \
                and not request.path_info.startswith((settings.STATIC_URL, settings.ADMIN_PATH_PREFIX)):
            hostnames = {urlsplit(path.root_url).hostname for path in Site.get_site_root_paths()}
            if request.get_host().rsplit(":", 1)[0].lower() not in hostnames:
                request.unknown_host = True  # the 404 page then shows no portal's name (sites/errors.py)
                raise Http404
        return self.get_response(request)
