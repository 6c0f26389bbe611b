"""Two-factor sign-in to the admin (django-otp): who must use it, and the middleware that asks for it.

After the password (Wagtail's login, guarded by django-axes), a user with a confirmed device must enter a
code from the authenticator app or a recovery code before any other admin page opens; approvers, the board,
the monitor and superusers without a device are sent to enrol first. Editors may enrol (account menu)."""

from django.db.models import Q
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django_otp import user_has_device

from component_portals.roles import GLOBAL_GROUP_NAMES

# Admin views that open between the password and the second factor.
OPEN_BEFORE_SECOND_FACTOR = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "accounts_verify",
    "accounts_enrol",
}


def requires_second_factor(user):
    """Approvers of any portal, the board, the monitor and superusers."""
    if user.is_superuser:
        return True
    return user.groups.filter(
        Q(name__in=GLOBAL_GROUP_NAMES.values()) | Q(portal_as_approvers__isnull=False)
    ).exists()


class SecondFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or user.is_verified():
            return None
        if not request.path_info.startswith(reverse("wagtailadmin_home")):
            return None
        if request.resolver_match.view_name in OPEN_BEFORE_SECOND_FACTOR:
            return None
        if user_has_device(user):
            target = "accounts_verify"
        elif requires_second_factor(user):
            target = "accounts_enrol"
        else:
            return None
        return redirect(f"{reverse(target)}?{urlencode({'next': request.get_full_path()})}")
