"""The editorial board's queue across the province: pages waiting in a workflow task the board may approve,
articles proposed for the provincial portal, citizen input awaiting moderation, questions near or past their
due date (comments/queries.py), and the maintenance notices being shown."""

import datetime

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import TaskState

from comments.queries import oldest_pending_input, questions_due_by
from component_portals.roles import BOARD_GROUP, BoardRequiredMixin
from decree.syndication import Syndication, SyndicationStatus

from .maintenance import announced_notices

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
    pending = oldest_pending_input(QUEUE_LIMIT)
    questions = questions_due_by(today + datetime.timedelta(days=NEAR_DUE_DAYS), QUEUE_LIMIT)
    return {"pages": pages, "syndications": list(syndications), "pending": pending, "questions": questions,
            "maintenance": list(announced_notices()), "today": today}


class BoardQueueView(BoardRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "oversight/board_queue.html"
    page_title = gettext_lazy("Việc chờ Ban biên tập")
    header_icon = "tasks"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(board_queue())
        return context
