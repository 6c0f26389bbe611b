"""Moderation of citizen input in the Wagtail admin: the queue (filters, bulk decisions), one item with its
reply box and history, the pending count on the dashboard, and the holiday list (board only).

Every view starts from `moderatable_items(user)`: an item of a portal the user does not moderate does not
exist for them (404), whatever URL they type; a user who moderates nothing is refused (roles.py).
"""

from datetime import timedelta
from functools import wraps

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_POST
from wagtail.admin import messages
from wagtail.admin.ui.components import Component
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import registry as log_registry
from wagtail.models import Page

from component_portals.archived_admin import is_archived, read_only_message
from component_portals.models import ComponentPortal, PortalStatus
from component_portals.roles import APPROVER, portals_for

from .forms import AnswerForm, BulkDecisionForm, ForwardForm, ModerationFilterForm, ReplyForm
from .moderation import DECISIONS, answer_and_publish, decide, forward, save_reply
from .models import CitizenInput, Holiday, Kind, Status, TicketStatus
from .permissions import can_moderate, moderatable_items

ITEMS_PER_PAGE = 50
DECISION_MESSAGES = {
    Status.APPROVED: gettext_lazy("Đã duyệt %(count)d mục."),
    Status.REJECTED: gettext_lazy("Đã không duyệt %(count)d mục."),
    Status.SPAM: gettext_lazy("Đã đánh dấu %(count)d mục là thư rác."),
}


def require_moderator(request):
    if not can_moderate(request.user):
        raise PermissionDenied


def scoped_item(request, pk):
    return get_object_or_404(moderatable_items(request.user).select_related("portal", "page"), pk=pk)


def refuse_archived(view):
    """The input of an archived portal can be read, not decided on, answered or forwarded."""

    @wraps(view)
    def wrapped(request, pk, *args, **kwargs):
        require_moderator(request)
        item = scoped_item(request, pk)
        if is_archived(item.portal):
            messages.error(request, read_only_message(item.portal))
            return redirect("comments_admin:item", item.pk)
        return view(request, pk, *args, **kwargs)

    return wrapped


def safe_next(request, default):
    target = request.POST.get("next") or request.GET.get("next")
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()},
                                                  require_https=request.is_secure()):
        return target
    return default


def filter_items(items, data):
    if data.get("portal"):
        items = items.filter(portal=data["portal"])
    if data.get("kind"):
        items = items.filter(kind=data["kind"])
    if data.get("status"):
        items = items.filter(status=data["status"])
    age = data.get("age")
    now = timezone.now()
    if age == "1":
        items = items.filter(created_at__gte=now - timedelta(days=1))
    elif age == "7":
        items = items.filter(created_at__gte=now - timedelta(days=7))
    elif age == "older7":
        items = items.filter(created_at__lt=now - timedelta(days=7))
    elif age == "older30":
        items = items.filter(created_at__lt=now - timedelta(days=30))
    return items


def admin_context(request, title, **context):
    return {
        "page_title": title,
        "header_title": title,
        "header_icon": "comment",
        "breadcrumbs_items": [
            {"url": reverse("wagtailadmin_home"), "label": _("Trang chủ")},
            {"url": "", "label": title},
        ],
        **context,
    }


@require_GET
def queue(request):
    require_moderator(request)
    portals = portals_for(request.user, APPROVER).order_by("kind", "name")
    data = request.GET if request.GET else {"status": Status.PENDING}
    form = ModerationFilterForm(data, portals=portals)
    form.is_valid()  # invalid fields (e.g. a portal outside the user's scope) are simply not applied
    items = filter_items(moderatable_items(request.user), form.cleaned_data).select_related(
        "portal", "page", "moderated_by"
    )
    page_obj = Paginator(items, ITEMS_PER_PAGE).get_page(request.GET.get("p"))
    query = request.GET.copy()
    query.pop("p", None)
    return TemplateResponse(request, "comments/admin/queue.html", admin_context(
        request, _("Ý kiến công dân"),
        filter_form=form,
        page_obj=page_obj,
        items=page_obj.object_list,
        query_string=query.urlencode(),
        decisions=DECISIONS,
        show_portal=portals.count() > 1,
        today=timezone.localdate(),
    ))


def item_context(request, item, reply_form=None, forward_form=None):
    if reply_form is None:
        reply_form = ReplyForm(item=item, initial={"reply": item.reply, "general_interest": item.general_interest})
    if forward_form is None and item.is_question:
        forward_form = ForwardForm(portals=forward_targets(item))
    history = log_registry.get_logs_for_instance(item).select_related("user").order_by("-timestamp")
    return admin_context(
        request, str(item),
        item=item,
        reply_form=reply_form,
        forward_form=forward_form,
        published=item.is_question and CitizenInput.objects.published_questions(item.portal).filter(pk=item.pk).exists(),
        history=history,
        today=timezone.localdate(),
    )


@require_GET
def item_detail(request, pk):
    require_moderator(request)
    item = scoped_item(request, pk)
    return TemplateResponse(request, "comments/admin/item.html", item_context(request, item))


@require_GET
def item_attachment(request, pk):
    """A citizen's attached file, for the moderators of the item's portal only, always as a download."""
    require_moderator(request)
    item = scoped_item(request, pk)
    if not item.attachment:
        raise Http404
    try:
        handle = item.attachment.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    extension = item.attachment.name.rsplit(".", 1)[-1]
    response = FileResponse(handle, as_attachment=True, filename=f"tep-dinh-kem-{item.pk}.{extension}")
    response["Cache-Control"] = "private, no-store"
    return response


@require_POST
@refuse_archived
def item_decide(request, pk, decision):
    require_moderator(request)
    item = scoped_item(request, pk)
    status = DECISIONS.get(decision)
    if status is None:
        raise Http404
    decide(item, request.user, status)
    messages.success(request, DECISION_MESSAGES[status] % {"count": 1})
    return redirect(safe_next(request, reverse("comments_admin:item", args=[item.pk])))


@require_POST
@refuse_archived
def item_reply(request, pk):
    require_moderator(request)
    item = scoped_item(request, pk)
    form = ReplyForm(request.POST, item=item)
    if not form.is_valid():
        messages.error(request, _("Chưa lưu được trả lời. Vui lòng sửa các lỗi bên dưới."))
        return TemplateResponse(request, "comments/admin/item.html", item_context(request, item, form))
    saved = save_reply(
        item, request.user, form.cleaned_data["reply"],
        ticket_status=form.cleaned_data.get("ticket_status") or None,
        general_interest=form.cleaned_data.get("general_interest") if item.is_question else None,
    )
    if saved:
        messages.success(request, _("Đã lưu trả lời."))
    else:
        messages.info(request, _("Không có thay đổi nào để lưu."))
    return redirect("comments_admin:item", item.pk)


@require_POST
def bulk_decide(request):
    require_moderator(request)
    back = safe_next(request, reverse("comments_admin:queue"))
    form = BulkDecisionForm(request.POST, decisions=DECISIONS)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return redirect(back)
    status, ids = DECISIONS[form.cleaned_data["decision"]], form.cleaned_data["ids"]
    if not ids:
        messages.warning(request, _("Chưa chọn mục nào."))
        return redirect(back)
    items = list(moderatable_items(request.user).filter(pk__in=ids).select_related("portal"))
    if len(items) != len(ids):
        # Some ids are not the user's to decide on: refuse the whole request, change nothing.
        raise PermissionDenied
    archived = next((item.portal for item in items if is_archived(item.portal)), None)
    if archived is not None:
        messages.error(request, read_only_message(archived))
        return redirect(back)
    for item in items:
        decide(item, request.user, status)
    messages.success(request, DECISION_MESSAGES[status] % {"count": len(items)})
    return redirect(back)


def scoped_question(request, pk):
    require_moderator(request)
    item = scoped_item(request, pk)
    if not item.is_question:
        raise Http404
    return item


def item_with_errors(request, item, message, **forms):
    messages.error(request, message)
    return TemplateResponse(request, "comments/admin/item.html", item_context(request, item, **forms), status=400)


@require_POST
@refuse_archived
def item_answer(request, pk):
    """«Trả lời và công bố»: the reply, the approval and the publication of a question in one step."""
    item = scoped_question(request, pk)
    form = AnswerForm(request.POST, item=item)
    if not form.is_valid():
        return item_with_errors(request, item, _("Chưa công bố được trả lời. Vui lòng sửa các lỗi bên dưới."),
                                reply_form=form)
    answer_and_publish(item, request.user, form.cleaned_data["reply"])
    messages.success(request, _("Đã trả lời và công bố câu hỏi trong chuyên mục Hỏi đáp của %(portal)s.")
                     % {"portal": item.portal.name})
    return redirect("comments_admin:item", item.pk)


def question_page(portal):
    """The section of `portal` that takes questions (its Hỏi đáp), if it has one."""
    if portal.root_page_id is None:
        return None
    sections = Page.objects.child_of(portal.root_page).live().specific()
    return next((page for page in sections if callable(getattr(page, "accepts_citizen_input", None))
                 and page.accepts_citizen_input(Kind.QUESTION)), None)


def forward_targets(item):
    return ComponentPortal.objects.filter(status=PortalStatus.ACTIVE).exclude(pk=item.portal_id).order_by("kind", "name")


@require_POST
@refuse_archived
def item_forward(request, pk):
    """Hand a question to the portal that must answer it; the sender may no longer see it afterwards."""
    item = scoped_question(request, pk)
    form = ForwardForm(request.POST, portals=forward_targets(item))
    if not form.is_valid():
        return item_with_errors(request, item, _("Chưa chuyển được câu hỏi. Vui lòng sửa các lỗi bên dưới."),
                                forward_form=form)
    portal = form.cleaned_data["portal"]
    forward(item, request.user, portal, question_page(portal) or item.page)
    messages.success(request, _("Đã chuyển câu hỏi cho %(portal)s trả lời.") % {"portal": portal.name})
    if moderatable_items(request.user).filter(pk=item.pk).exists():
        return redirect("comments_admin:item", item.pk)
    return redirect("comments_admin:queue")


# The dashboard.

class PendingInputPanel(Component):
    name = "citizen_input_pending"
    template_name = "comments/admin/dashboard_panel.html"
    order = 105

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        items = moderatable_items(self.request.user)
        pending = items.filter(status=Status.PENDING).count()
        overdue = items.filter(
            kind=Kind.QUESTION, due_date__lt=timezone.localdate(),
            ticket_status__in=[TicketStatus.RECEIVED, TicketStatus.IN_PROGRESS],
        ).exclude(status__in=[Status.SPAM, Status.REJECTED]).count()
        return {
            "pending": pending,
            "overdue": overdue,
            "pending_message": ngettext(
                "%(count)d ý kiến công dân đang chờ duyệt", "%(count)d ý kiến công dân đang chờ duyệt", pending
            ) % {"count": pending},
            "queue_url": reverse("comments_admin:queue"),
        }


# Holidays: the board keeps the list of days off that the answer deadline skips.

class HolidayViewSet(ModelViewSet):
    model = Holiday
    icon = "date"
    menu_label = gettext_lazy("Ngày nghỉ lễ")
    add_to_settings_menu = True
    url_prefix = "ngay-nghi-le"
    name = "holidays"
    form_fields = ["date", "name"]
    list_display = ["date", "name"]
    ordering = ["-date"]


holiday_viewset = HolidayViewSet()
