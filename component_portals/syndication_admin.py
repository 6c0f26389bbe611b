"""The editorial board's queue of articles proposed for the provincial portal."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .models import Syndication, SyndicationStatus
from .syndication import APPROVED_ACTION, CHANGED_ACTION, REJECTED_ACTION, can_decide, decide

RECENT_DECISIONS = 20


class BoardQueueView(WagtailAdminTemplateMixin, TemplateView):
    """An admin screen of the editorial board only (syndication, cross-portal replacement of documents)."""

    def dispatch(self, request, *args, **kwargs):
        if not can_decide(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]


class SyndicationQueueView(BoardQueueView):
    template_name = "component_portals/admin/syndication_queue.html"
    page_title = gettext_lazy("Bài đề nghị đưa lên cổng tỉnh")
    header_icon = "upload"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        proposals = Syndication.objects.select_related("article", "portal", "decided_by")
        context["proposed"] = proposals.filter(status=SyndicationStatus.PROPOSED, article__live=True)
        context["decided"] = proposals.exclude(status=SyndicationStatus.PROPOSED).order_by("-decided_at")[
            :RECENT_DECISIONS
        ]
        return context


@require_POST
def decide_view(request, pk, decision):
    if not can_decide(request.user):
        raise PermissionDenied
    syndication = get_object_or_404(Syndication.objects.select_related("article"), pk=pk)
    if decision not in ("duyet", "tu-choi"):
        raise Http404
    approve = decision == "duyet"
    decide(syndication, request.user, approve)
    if approve:
        messages.success(request, _("Đã duyệt đưa «%(title)s» lên cổng tỉnh.") % {"title": syndication.article.title})
    else:
        messages.success(request, _("Đã từ chối đưa «%(title)s» lên cổng tỉnh.") % {"title": syndication.article.title})
    return redirect("component_portals_syndication")


@hooks.register("register_admin_urls")
def register_syndication_urls():
    return [
        path("dua-len-cong-tinh/", SyndicationQueueView.as_view(), name="component_portals_syndication"),
        path(
            "dua-len-cong-tinh/<int:pk>/<str:decision>/",
            decide_view,
            name="component_portals_syndication_decide",
        ),
    ]


class BoardMenuItem(MenuItem):
    def is_shown(self, request):
        return can_decide(request.user)


@hooks.register("register_admin_menu_item")
def register_syndication_menu_item():
    return BoardMenuItem(
        gettext_lazy("Đưa lên cổng tỉnh"), reverse("component_portals_syndication"), icon_name="upload", order=210
    )


@hooks.register("register_log_actions")
def register_syndication_actions(actions):
    actions.register_action(APPROVED_ACTION, gettext_lazy("Duyệt đưa lên cổng tỉnh"), gettext_lazy("Đã duyệt đưa lên cổng tỉnh"))
    actions.register_action(REJECTED_ACTION, gettext_lazy("Từ chối đưa lên cổng tỉnh"), gettext_lazy("Đã từ chối đưa lên cổng tỉnh"))
    actions.register_action(
        CHANGED_ACTION, gettext_lazy("Bài đã duyệt được sửa"),
        gettext_lazy("Bài đã đưa lên cổng tỉnh được sửa: chờ Ban biên tập duyệt lại"),
    )
