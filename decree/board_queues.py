"""The editorial board's decision queues: one screen per kind of request that waits for the board (articles
proposed for the provincial portal, replacements of another portal's legal document). Each lists what waits,
with «Duyệt» / «Từ chối», and the latest decisions; a subclass says which requests, how deciding one changes
them and what to tell the board (syndication_admin.py, replacement_admin.py)."""

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from component_portals.roles import BoardRequiredMixin, is_board

RECENT_DECISIONS = 20
DECISIONS = {"duyet": True, "tu-choi": False}
PROPOSED = "proposed"  # the waiting status of every queue's model


class BoardQueueView(BoardRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    """GET lists the queue; POST to `<pk>/<duyet|tu-choi>/` decides one request."""

    url_name = ""  # the queue's URL name; its decisions are posted to `decide_url_name`
    decide_url_name = ""
    select_related = ()
    waiting = {}  # what else a waiting request must satisfy to be listed (its page still live)
    only_waiting_decidable = False  # True: a decided request cannot be decided again

    def requests(self):
        raise NotImplementedError

    def decide(self, item, user, approve):
        raise NotImplementedError

    def decision_message(self, item, approve):
        raise NotImplementedError

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        requests = self.requests().select_related(*self.select_related, "decided_by")
        context["proposed"] = requests.filter(status=PROPOSED, **self.waiting)
        context["decided"] = requests.exclude(status=PROPOSED).order_by("-decided_at")[:RECENT_DECISIONS]
        context["decide_url_name"] = self.decide_url_name
        return context

    def post(self, request, pk, decision):
        if decision not in DECISIONS:
            raise Http404
        decidable = self.requests().select_related(*self.select_related)
        if self.only_waiting_decidable:
            decidable = decidable.filter(status=PROPOSED)
        item = get_object_or_404(decidable, pk=pk)
        self.decide(item, request.user, DECISIONS[decision])
        messages.success(request, self.decision_message(item, DECISIONS[decision]))
        return redirect(self.url_name)

    @classmethod
    def urls(cls, prefix):
        return [
            path(prefix, cls.as_view(http_method_names=["get", "head"]), name=cls.url_name),
            path(f"{prefix}<int:pk>/<str:decision>/", cls.as_view(http_method_names=["post"]),
                 name=cls.decide_url_name),
        ]


class BoardMenuItem(MenuItem):
    def is_shown(self, request):
        return is_board(request.user)
