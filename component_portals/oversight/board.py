"""The editorial board's queue across the province: pages waiting in a workflow task the board may approve,
articles proposed for the provincial portal, citizen input awaiting moderation, questions near or past their
due date, and the maintenance notices being shown. Citizen input is read only when the comments app has the
expected shape."""

import datetime

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import TaskState

from decree.syndication import Syndication, SyndicationStatus

from ..roles import BOARD_GROUP, BoardRequiredMixin
from .maintenance import announced_notices
from .scorecard import citizen_input_model

QUEUE_LIMIT = 100
NEAR_DUE_DAYS = 3


def board_queue(today=None):
    today = today or timezone.localdate()
    tasks = (
        TaskState.objects.filter(status=TaskState.STATUS_IN_PROGRESS, task__groupapprovaltask__groups__name=BOARD_GROUP)
        .select_related("workflow_state__base_content_type", "task")
        .order_by("started_at")
        .distinct()[:QUEUE_LIMIT]
    )
    pages = []
    for state in tasks:
        page_id = state.workflow_state.object_id
        pages.append({"title": str(state.revision.object_str if state.revision_id else page_id),
                      "url": reverse("wagtailadmin_pages:edit", args=[page_id]), "since": state.started_at})
    syndications = Syndication.objects.filter(status=SyndicationStatus.PROPOSED).select_related("article", "portal")[
        :QUEUE_LIMIT
    ]
    pending, questions = None, None
    model = citizen_input_model()
    if model is not None:
        try:
            from comments.models import Kind, Status, TicketStatus

            pending = list(model.objects.filter(status=Status.PENDING).select_related("portal").order_by("created_at")[:QUEUE_LIMIT])
            questions = list(
                model.objects.filter(kind=Kind.QUESTION, due_date__lte=today + datetime.timedelta(days=NEAR_DUE_DAYS))
                .exclude(status__in=[Status.REJECTED, Status.SPAM])
                .exclude(ticket_status=TicketStatus.ANSWERED)
                .select_related("portal").order_by("due_date")[:QUEUE_LIMIT]
            )
        except Exception:  # noqa: BLE001 - the comments app may change under us; the queue degrades
            pending, questions = None, None
    return {"pages": pages, "syndications": list(syndications), "pending": pending, "questions": questions,
            "maintenance": list(announced_notices()), "today": today}


class BoardQueueView(BoardRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "component_portals/oversight/board_queue.html"
    page_title = gettext_lazy("Việc chờ Ban biên tập")
    header_icon = "tasks"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(board_queue())
        return context
