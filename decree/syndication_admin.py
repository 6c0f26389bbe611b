"""The editorial board's queue of articles proposed for the provincial portal (board_queues.py)."""

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks

from .board_queues import BoardMenuItem, BoardQueueView
from .syndication import APPROVED_ACTION, CHANGED_ACTION, REJECTED_ACTION, Syndication, decide


class SyndicationQueueView(BoardQueueView):
    template_name = "decree/admin/syndication_queue.html"
    page_title = gettext_lazy("Bài đề nghị đưa lên cổng tỉnh")
    header_icon = "upload"
    # URL names of before the move to decree, kept.
    url_name = "component_portals_syndication"
    decide_url_name = "component_portals_syndication_decide"
    select_related = ("article", "portal")
    waiting = {"article__live": True}

    def requests(self):
        return Syndication.objects.all()

    def decide(self, item, user, approve):
        decide(item, user, approve)

    def decision_message(self, item, approve):
        if approve:
            return _("Đã duyệt đưa «%(title)s» lên cổng tỉnh.") % {"title": item.article.title}
        return _("Đã từ chối đưa «%(title)s» lên cổng tỉnh.") % {"title": item.article.title}


@hooks.register("register_admin_urls")
def register_syndication_urls():
    return SyndicationQueueView.urls("dua-len-cong-tinh/")


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
