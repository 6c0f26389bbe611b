"""The editorial board's queue of requests to replace another portal's legal document («Thay thế văn bản
liên cổng», board_queues.py), and the publication hook that files them (decree/document_references.py)."""

from django.dispatch import receiver
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.signals import page_published

from .board_queues import BoardMenuItem, BoardQueueView
from .document_references import (
    APPROVED_ACTION, REJECTED_ACTION, REQUESTED_ACTION, ReplacementRequest, ReplacementStatus, file_requests,
    log_on_both,
)
from .documents import LegalDocumentPage


@receiver(page_published, sender=LegalDocumentPage)
def file_replacement_requests(sender, instance, revision=None, **kwargs):
    file_requests(instance, getattr(revision, "user", None))


class ReplacementQueueView(BoardQueueView):
    template_name = "decree/admin/replacement_queue.html"
    page_title = gettext_lazy("Đề nghị thay thế văn bản của cổng khác")
    header_icon = "doc-full"
    url_name = "decree_replacement_queue"
    decide_url_name = "decree_replacement_decide"
    select_related = ("replacing__issuer", "replaced__issuer", "requested_by")
    waiting = {"replacing__live": True}
    only_waiting_decidable = True

    def requests(self):
        return ReplacementRequest.objects.all()

    def decide(self, item, user, approve):
        item.status = ReplacementStatus.APPROVED if approve else ReplacementStatus.REJECTED
        item.decided_by = user
        item.decided_at = timezone.now()
        item.save(update_fields=["status", "decided_by", "decided_at"])
        log_on_both(item, APPROVED_ACTION if approve else REJECTED_ACTION, user)

    def decision_message(self, item, approve):
        template = _("Đã duyệt: %(replacing)s thay thế %(replaced)s.") if approve else _(
            "Đã từ chối đề nghị %(replacing)s thay thế %(replaced)s."
        )
        return template % {"replacing": item.replacing.number, "replaced": item.replaced.number}


@hooks.register("register_admin_urls")
def register_replacement_urls():
    return ReplacementQueueView.urls("thay-the-van-ban/")


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
