"""The editorial board's queue of requests to replace another portal's legal document («Thay thế văn bản
liên cổng»), and the publication hook that files them (decree/document_references.py)."""

from django.core.exceptions import PermissionDenied
from django.dispatch import receiver
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail import hooks
from wagtail.admin import messages
from wagtail.signals import page_published

from component_portals.syndication import can_decide
from component_portals.syndication_admin import BoardMenuItem, BoardQueueView

from .document_references import (
    APPROVED_ACTION, REJECTED_ACTION, REQUESTED_ACTION, ReplacementRequest, ReplacementStatus, file_requests,
    log_on_both,
)
from .documents import LegalDocumentPage

RECENT_DECISIONS = 20


@receiver(page_published, sender=LegalDocumentPage)
def file_replacement_requests(sender, instance, revision=None, **kwargs):
    file_requests(instance, getattr(revision, "user", None))


def decide(replacement, user, approve):
    replacement.status = ReplacementStatus.APPROVED if approve else ReplacementStatus.REJECTED
    replacement.decided_by = user
    replacement.decided_at = timezone.now()
    replacement.save(update_fields=["status", "decided_by", "decided_at"])
    log_on_both(replacement, APPROVED_ACTION if approve else REJECTED_ACTION, user)


class ReplacementQueueView(BoardQueueView):
    template_name = "decree/admin/replacement_queue.html"
    page_title = gettext_lazy("Đề nghị thay thế văn bản của cổng khác")
    header_icon = "doc-full"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        requests = ReplacementRequest.objects.select_related(
            "replacing__issuer", "replaced__issuer", "requested_by", "decided_by"
        )
        context["proposed"] = requests.filter(status=ReplacementStatus.PROPOSED, replacing__live=True)
        context["decided"] = requests.exclude(status=ReplacementStatus.PROPOSED).order_by("-decided_at")[
            :RECENT_DECISIONS
        ]
        return context


@require_POST
def decide_view(request, pk, decision):
    if not can_decide(request.user):
        raise PermissionDenied
    if decision not in ("duyet", "tu-choi"):
        raise Http404
    replacement = get_object_or_404(
        ReplacementRequest.objects.select_related("replacing", "replaced"), pk=pk, status=ReplacementStatus.PROPOSED
    )
    approve = decision == "duyet"
    decide(replacement, request.user, approve)
    template = _("Đã duyệt: %(replacing)s thay thế %(replaced)s.") if approve else _(
        "Đã từ chối đề nghị %(replacing)s thay thế %(replaced)s."
    )
    messages.success(request, template % {
        "replacing": replacement.replacing.number, "replaced": replacement.replaced.number,
    })
    return redirect("decree_replacement_queue")


@hooks.register("register_admin_urls")
def register_replacement_urls():
    return [
        path("thay-the-van-ban/", ReplacementQueueView.as_view(), name="decree_replacement_queue"),
        path("thay-the-van-ban/<int:pk>/<str:decision>/", decide_view, name="decree_replacement_decide"),
    ]


@hooks.register("register_admin_menu_item")
def register_replacement_menu_item():
    return BoardMenuItem(
        gettext_lazy("Thay thế văn bản liên cổng"), reverse("decree_replacement_queue"), icon_name="doc-full",
        order=215,
    )


@hooks.register("register_log_actions")
def register_replacement_actions(actions):
    actions.register_action(
        REQUESTED_ACTION, gettext_lazy("Đề nghị thay thế văn bản của cổng khác"),
        gettext_lazy("Đã đề nghị thay thế văn bản của cổng khác"),
    )
    actions.register_action(
        APPROVED_ACTION, gettext_lazy("Duyệt thay thế văn bản liên cổng"),
        gettext_lazy("Ban biên tập đã duyệt thay thế văn bản liên cổng"),
    )
    actions.register_action(
        REJECTED_ACTION, gettext_lazy("Từ chối thay thế văn bản liên cổng"),
        gettext_lazy("Ban biên tập đã từ chối thay thế văn bản liên cổng"),
    )
