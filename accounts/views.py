"""The admin screens of two-factor sign-in and of locked accounts."""

from axes.models import AccessAttempt
from axes.utils import reset as axes_reset
from django.conf import settings
from django.db.models import Max, Sum
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from django_otp import match_token
from wagtail.admin import messages
from wagtail.admin.views.account import PasswordResetView

from component_portals.roles import is_board, role_required
from home.limits import RateLimit, client_ip, keyed_hash

from .devices import confirmed_totp_device, new_recovery_codes, pending_totp_device, qr_svg, secret_of
from .forms import CodeForm
from .second_factor import requires_second_factor


def _next_url(request):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return reverse("wagtailadmin_home")


def verify(request):
    """The second step of signing in: a code from the app or a recovery code."""
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = match_token(request.user, form.cleaned_data["code"])
        if device is not None:
            otp_login(request, device)
            return redirect(_next_url(request))
        form.add_error("code", _("Mã không đúng hoặc đã dùng. Sau nhiều lần sai, hãy chờ ít phút rồi thử lại."))
    return TemplateResponse(request, "accounts/verify.html", {"form": form, "next": _next_url(request)})


def enrol(request):
    """Set up the authenticator app: scan the QR code (or type the secret), confirm with a code, receive the
    recovery codes once."""
    if confirmed_totp_device(request.user) is not None:
        return TemplateResponse(request, "accounts/enrolled.html", {
            "required": requires_second_factor(request.user),
        })
    device = pending_totp_device(request.user)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["code"]):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            otp_login(request, device)
            codes = new_recovery_codes(request.user)
            return TemplateResponse(request, "accounts/recovery_codes.html", {"codes": codes, "next": _next_url(request)})
        form.add_error("code", _("Mã không đúng. Kiểm tra giờ trên điện thoại rồi nhập mã đang hiển thị."))
    return TemplateResponse(request, "accounts/enrol.html", {
        "form": form, "qr_svg": qr_svg(device), "secret": secret_of(device), "next": _next_url(request),
        "required": requires_second_factor(request.user),
    })


@require_POST
def regenerate_recovery_codes(request):
    if confirmed_totp_device(request.user) is None:
        return redirect("accounts_enrol")
    codes = new_recovery_codes(request.user)
    return TemplateResponse(request, "accounts/recovery_codes.html", {"codes": codes, "next": reverse("wagtailadmin_home")})


def _locked(field):
    since = timezone.now() - settings.AXES_COOLOFF_TIME
    return (
        AccessAttempt.objects.filter(attempt_time__gte=since).exclude(**{f"{field}__isnull": True})
        .values(field).annotate(failures=Sum("failures_since_start"), last=Max("attempt_time"))
        .filter(failures__gte=settings.AXES_FAILURE_LIMIT).order_by("-last")
    )


@role_required(is_board)
def locked_accounts(request):
    """Accounts and addresses refused after too many failed logins; the board and superusers unlock them."""
    return TemplateResponse(request, "accounts/locked_accounts.html", {
        "usernames": _locked("username"), "addresses": _locked("ip_address"),
        "minutes": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60),
    })


@require_POST
@role_required(is_board)
def unlock(request):
    username, address = request.POST.get("username", ""), request.POST.get("ip_address", "")
    if username:
        axes_reset(username=username)
        messages.success(request, _("Đã mở khóa tài khoản «%(name)s».") % {"name": username})
    elif address:
        axes_reset(ip=address)
        messages.success(request, _("Đã mở khóa địa chỉ %(address)s.") % {"address": address})
    return redirect("accounts_locked")


PASSWORD_RESETS_PER_ADDRESS_PER_HOUR = 5
PASSWORD_RESETS_PER_EMAIL_PER_HOUR = 3


def password_reset(request):
    """Wagtail's «Quên mật khẩu», limited per address and per email so it cannot flood a mailbox or the mail
    server."""
    if request.method == "POST":
        email = request.POST.get("email", "").strip().lower()[:254]
        by_address = RateLimit("password-reset", PASSWORD_RESETS_PER_ADDRESS_PER_HOUR, 3600)
        by_email = RateLimit("password-reset-email", PASSWORD_RESETS_PER_EMAIL_PER_HOUR, 3600)
        if not by_address.hit(keyed_hash(client_ip(request))) or not by_email.hit(keyed_hash(email)):
            response = TemplateResponse(request, "accounts/password_reset_limited.html", status=429)
            response["Retry-After"] = str(by_address.retry_after())
            return response
    return PasswordResetView.as_view()(request)
