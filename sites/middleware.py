from django.conf import settings


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
