"""The public side of citizen input.

Pages that take input (articles, consultations, the Q&A section) stay cacheable: they only carry a
placeholder, filled by a small script from the endpoint here, which is never cached. The same endpoint
serves a standalone page when opened without JavaScript (the placeholder's link), and answers the form's
POST either as a fragment (script) or as that page (no script).

The endpoint sets no cookie and uses no session: the captcha answer sits in the shared cache under a random
token and a signed form token says which page and kind the form was issued for and when. The endpoint is
therefore exempt from Django's CSRF check (which needs a cookie): nobody's credentials are involved in
posting, and a cross-site post must solve the captcha like any other.
"""

import secrets
from functools import wraps

from django.conf import settings
from django.core.paginator import Paginator
from django.db import IntegrityError, transaction
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods
from wagtail.models import Page, Site

from component_portals.models import ComponentPortal, PortalStatus
from home.limits import client_ip, keyed_hash

from . import captcha
from .forms import CitizenInputForm
from .models import USER_AGENT_MAX_LENGTH, CitizenInput, Kind, Status, TicketStatus
from .protection import TokenCheck, check_form_token, issue_form_token, submission_limit
from .tasks import enqueue_after_commit, notify_moderators
from .workdays import answer_due_date


def in_site_language(view):
    """The forms speak the platform's language (Vietnamese), whatever language the browser asks for: these
    addresses carry no language prefix, and a page whose `lang` says English around Vietnamese text would
    mislead screen readers."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        with translation.override(settings.LANGUAGE_CODE):
            response = view(request, *args, **kwargs)
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
        response["Content-Language"] = settings.LANGUAGE_CODE
        return response

    return wrapper


KIND_SLUGS = {"binh-luan": Kind.COMMENT, "gop-y": Kind.CONSULTATION, "cau-hoi": Kind.QUESTION}
SLUG_FOR_KIND = {kind: slug for slug, kind in KIND_SLUGS.items()}
ITEMS_PER_PAGE = 20
FRAGMENT_HEADER = "X-Citizen-Input"
TICKET_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def input_url(page_id, kind):
    return reverse("comments:input", args=[page_id, SLUG_FOR_KIND[kind]])


def not_accepting_message(kind):
    return {
        Kind.COMMENT: _("Bài viết này hiện không nhận ý kiến bạn đọc."),
        Kind.CONSULTATION: _(
            "Dự thảo này hiện không trong thời gian lấy ý kiến (chưa mở hoặc đã kết thúc), nên không nhận góp ý."
        ),
        Kind.QUESTION: _("Chuyên mục này hiện không nhận câu hỏi."),
    }[kind]


def archived_message(portal):
    if portal.successor_id:
        return _("Cổng này đã hợp nhất vào «%(successor)s» nên không nhận ý kiến, câu hỏi mới; vui lòng gửi tại "
                 "cổng đó.") % {"successor": portal.successor.name}
    return _("Cổng này đã được lưu trữ nên không nhận ý kiến, câu hỏi mới.")


def success_message(kind):
    if kind == Kind.QUESTION:
        return _(
            "Câu hỏi của bạn đã được tiếp nhận và đang chờ kiểm duyệt. "
            "Hãy lưu lại mã tra cứu dưới đây để theo dõi."
        )
    return _(
        "Cảm ơn bạn! Ý kiến của bạn đã được gửi và đang chờ kiểm duyệt; "
        "ý kiến chỉ hiển thị công khai sau khi được duyệt."
    )


def resolve_target(request, page_id):
    """The page and its portal, if the page is live, public and belongs to the site of this request."""
    site = Site.find_for_request(request)
    page = Page.objects.live().public().filter(pk=page_id).first()
    if site is None or page is None:
        raise Http404
    portal = ComponentPortal.objects.for_page(page)
    if portal is None or portal.site_id != site.pk:
        raise Http404
    page = page.specific
    if not callable(getattr(page, "accepts_citizen_input", None)):
        raise Http404
    return page, portal


def accepts(page, portal, kind):
    return portal.status == PortalStatus.ACTIVE and bool(page.accepts_citizen_input(kind))


class InputContext:
    """Everything one rendering of the form and list needs."""

    def __init__(self, request, page, portal, kind):
        self.request = request
        self.page = page
        self.portal = portal
        self.kind = kind
        self.accepting = accepts(page, portal, kind)
        self.fragment = request.GET.get("fragment") == "1"
        self.show_list = request.GET.get("list") != "0"
        self.captcha = captcha.captcha_config(request)

    @property
    def refusal(self):
        if self.portal.status != PortalStatus.ACTIVE:
            return archived_message(self.portal)
        return not_accepting_message(self.kind)

    @property
    def action_url(self):
        url = input_url(self.page.pk, self.kind)
        return f"{url}?{urlencode({'list': '0'})}" if not self.show_list else url

    def render(self, form=None, *, status=200, message="", level="error", created=None):
        request = self.request
        if form is None:
            form = CitizenInputForm(kind=self.kind, initial={"form_token": issue_form_token(self.page.pk, self.kind)})
        captcha_token = ""
        if self.accepting and created is None and not self.captcha.is_recaptcha:
            captcha_token = captcha.new_image_challenge()
            if form.is_bound:
                form.data = form.data.copy()
                form.data["captcha_token"] = captcha_token
                form.data["captcha_answer"] = ""
            else:
                form.initial["captcha_token"] = captcha_token
        context = {
            "target_page": self.page,
            "portal": self.portal,
            "kind": self.kind,
            "kind_label": Kind(self.kind).label,
            "accepting": self.accepting,
            "not_accepting_message": "" if self.accepting else self.refusal,
            "form": form,
            "captcha": self.captcha,
            "captcha_image_url": reverse("comments:captcha_image", args=[captcha_token]) if captcha_token else "",
            "captcha_refresh_url": reverse("comments:captcha_refresh"),
            "action_url": self.action_url,
            "message": message,
            "message_level": level,
            "created": created,
            "lookup_url": reverse("comments:lookup"),
            # The browser keeps what is typed under this key until the server confirms it (citizen-input.js).
            "draft_key": input_url(self.page.pk, self.kind),
            "fragment": self.fragment,
            "show_list": self.show_list,
            "heading_tag": "h3" if self.fragment else "h2",
        }
        if self.show_list:
            items = (
                CitizenInput.objects.published_for(self.page, self.kind)
                .only("author_name", "subject", "body", "created_at", "reply", "replied_at", "kind")
                .order_by("-created_at", "-pk")
            )
            paginator = Paginator(items, ITEMS_PER_PAGE)
            context["items_page"] = paginator.get_page(request.GET.get("trang"))
            context["items_count"] = paginator.count
        template = "comments/fragment.html" if self.fragment else "comments/standalone.html"
        response = TemplateResponse(request, template, context, status=status)
        response[FRAGMENT_HEADER] = "1"
        return response


@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
@in_site_language
def citizen_input(request, page_id, kind_slug):
    kind = KIND_SLUGS.get(kind_slug)
    if kind is None:
        raise Http404
    page, portal = resolve_target(request, page_id)
    context = InputContext(request, page, portal, kind)
    if request.method == "GET":
        return context.render()
    return submit(request, context)


def submit(request, context):
    page, kind = context.page, context.kind
    form = CitizenInputForm(request.POST, request.FILES, kind=kind)
    token_state = check_form_token(request.POST.get("form_token"), page.pk, kind)

    if token_state == TokenCheck.FORGED:
        return context.render(
            _fresh_token(form, page, kind), status=400,
            message=_(
                "Biểu mẫu không hợp lệ hoặc đã bị thay đổi nên chưa được gửi. "
                "Nội dung bạn nhập vẫn còn bên dưới; vui lòng gửi lại."
            ),
        )
    if not context.accepting:
        return context.render(form, status=403, message=context.refusal)
    if form.honeypot_filled:
        return context.render(
            form, status=400,
            message=_(
                "Chưa gửi được: một ô ẩn dùng để chặn phần mềm gửi tự động đã bị điền. Nếu bạn không dùng "
                "phần mềm tự động, hãy tắt chức năng tự điền biểu mẫu của trình duyệt rồi gửi lại."
            ),
        )
    if token_state == TokenCheck.TOO_FAST:
        return context.render(
            form, status=400,
            message=_(
                "Bạn bấm gửi quá nhanh sau khi mở biểu mẫu. "
                "Vui lòng kiểm tra lại nội dung, chờ vài giây rồi gửi lại."
            ),
        )
    if token_state == TokenCheck.EXPIRED:
        return context.render(
            _fresh_token(form, page, kind),
            message=_(
                "Biểu mẫu đã mở quá lâu nên đã hết hạn. "
                "Nội dung bạn nhập vẫn còn; vui lòng nhập mã xác nhận mới rồi gửi lại."
            ),
        )
    ip = client_ip(request)
    ip_hash = keyed_hash(ip)
    limit = submission_limit()
    if limit.exhausted(ip_hash):
        return _rate_limited(context, form, limit)

    fields_valid = form.is_valid()
    captcha_ok = _check_captcha(request, context, form, ip)
    if captcha_ok is None:  # Google unreachable
        context.captcha = captcha.captcha_config(request)  # now the self-hosted fallback
        return context.render(
            form,
            message=_(
                "Không kết nối được dịch vụ xác minh reCAPTCHA của Google nên chưa gửi được. Nội dung bạn nhập "
                "vẫn được giữ nguyên; vui lòng nhập mã xác nhận trong hình bên dưới rồi gửi lại."
            ),
        )
    if not (fields_valid and captcha_ok):
        return context.render(form, message=_("Chưa gửi được. Vui lòng sửa các mục được đánh dấu bên dưới."))
    if not limit.hit(ip_hash):
        return _rate_limited(context, form, limit)

    item = _store(form, context, ip_hash, request.headers.get("User-Agent", ""))
    enqueue_after_commit(notify_moderators, item.pk)
    return context.render(message=success_message(kind), level="success", created=item)


def _fresh_token(form, page, kind):
    form.data = form.data.copy()
    form.data["form_token"] = issue_form_token(page.pk, kind)
    return form


def _rate_limited(context, form, limit):
    minutes = max(1, round(limit.retry_after() / 60))
    response = context.render(
        form, status=429,
        message=_(
            "Bạn đã gửi quá nhiều lần trong thời gian ngắn. Vui lòng thử lại sau khoảng %(minutes)d phút; "
            "nội dung bạn nhập vẫn được giữ bên dưới."
        ) % {"minutes": minutes},
    )
    response["Retry-After"] = str(limit.retry_after())
    return response


def _check_captcha(request, context, form, ip):
    """True when solved, False when not (the error is on the form), None when Google cannot be reached."""
    config = context.captcha
    if config.is_recaptcha:
        response_token = request.POST.get(captcha.RECAPTCHA_RESPONSE_FIELD, "")
        if not response_token:
            form.add_error(None, _("Vui lòng xác nhận bạn không phải là người máy (reCAPTCHA)."))
            return False
        try:
            solved = captcha.verify_recaptcha(config, response_token, ip)
        except captcha.RecaptchaUnavailable:
            return None
        if not solved:
            form.add_error(None, _("Xác minh reCAPTCHA không thành công. Vui lòng thử lại."))
        return solved
    answer = request.POST.get("captcha_answer", "").strip()
    token = request.POST.get("captcha_token", "")
    if not answer:
        captcha.check_image_answer(token, "")  # used up all the same
        form.add_error("captcha_answer", _("Vui lòng nhập mã xác nhận trong hình."))
        return False
    if not captcha.check_image_answer(token, answer):
        form.add_error("captcha_answer", _("Mã xác nhận không đúng hoặc đã hết hạn. Vui lòng nhập mã trong hình mới."))
        return False
    return True


def _store(form, context, ip_hash, user_agent):
    data = form.cleaned_data
    item = CitizenInput(
        portal=context.portal,
        page_id=context.page.pk,
        kind=context.kind,
        status=Status.PENDING,
        author_name=data["author_name"].strip(),
        author_email=data["author_email"],
        subject=data.get("subject", "").strip(),
        phone=data.get("phone", ""),
        field=data.get("field", ""),
        attachment=data.get("attachment") or None,
        body=data["body"],
        ip_hash=ip_hash,
        user_agent=user_agent[:USER_AGENT_MAX_LENGTH],
    )
    if context.kind != Kind.QUESTION:
        item.save()
        return item
    item.ticket_status = TicketStatus.RECEIVED
    item.due_date = answer_due_date(timezone.localdate())
    for _attempt in range(5):
        item.ticket_code = new_ticket_code()
        try:
            with transaction.atomic():
                item.save()
            return item
        except IntegrityError:
            item.pk = None
    raise RuntimeError("Could not allocate a unique ticket code")


def new_ticket_code():
    code = "".join(secrets.choice(TICKET_ALPHABET) for _ in range(8))
    return f"HD-{code[:4]}-{code[4:]}"
