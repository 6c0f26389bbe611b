"""The citizen's side of questions beyond the form: looking a question up by its ticket code, and the images of
the self-hosted captcha the forms show."""

from django.http import Http404, HttpResponse, JsonResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods
from wagtail.models import Site

from component_portals.models import ComponentPortal
from home.limits import client_ip, keyed_hash

from . import captcha
from .forms import TicketLookupForm
from .models import CitizenInput, Kind, Status
from .protection import captcha_refresh_limit, lookup_limit
from .views import in_site_language


@never_cache
@require_GET
def captcha_image(request, token):
    text = captcha.challenge_text(token)
    if text is None:
        raise Http404
    return HttpResponse(captcha.render_image(text), content_type="image/png")


@never_cache
@require_GET
def captcha_refresh(request):
    if not captcha_refresh_limit().hit(keyed_hash(client_ip(request))):
        return JsonResponse({"error": _("Bạn đổi mã quá nhiều lần. Vui lòng thử lại sau ít phút.")}, status=429)
    token = captcha.new_image_challenge()
    return JsonResponse({"token": token, "image": reverse("comments:captcha_image", args=[token])})


def current_portal(request):
    site = Site.find_for_request(request)
    portal = ComponentPortal.objects.filter(site=site).first() if site else None
    if portal is None:
        raise Http404
    return portal


@csrf_exempt  # a look-up changes nothing; POST keeps the email address out of URLs and logs
@never_cache
@require_http_methods(["GET", "POST"])
@in_site_language
def ticket_lookup(request):
    portal = current_portal(request)
    status = 200
    message = ""
    result = None
    if request.method == "POST":
        form = TicketLookupForm(request.POST)
        if not lookup_limit().hit(keyed_hash(client_ip(request))):
            status = 429
            message = _("Bạn đã tra cứu quá nhiều lần trong thời gian ngắn. Vui lòng thử lại sau ít phút.")
        elif form.is_valid():
            result = (
                CitizenInput.objects.filter(
                    portal=portal, kind=Kind.QUESTION, ticket_code=form.cleaned_data["ticket_code"],
                    author_email__iexact=form.cleaned_data["author_email"],
                )
                .exclude(status=Status.SPAM)
                .first()
            )
            if result is None:
                message = _(
                    "Không tìm thấy câu hỏi nào có mã tra cứu và thư điện tử này trên cổng. Vui lòng kiểm tra lại."
                )
    else:
        form = TicketLookupForm(initial={"ticket_code": request.GET.get("ma", "")[:20]})
    return TemplateResponse(
        request, "comments/lookup.html",
        {"form": form, "result": result, "message": message, "portal": portal},
        status=status,
    )
