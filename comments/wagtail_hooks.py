from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import register_permission_policy

from component_portals.models import ComponentPortal
from component_portals.roles import BoardOnlyPermissionPolicy
from home.chrome import site_cached

from . import admin_views
from .models import CitizenInput, Holiday
from .moderation import LOG_ACTIONS
from .permissions import can_moderate

# Before the viewset asks for it: only the board and superusers edit holidays.
register_permission_policy(Holiday, BoardOnlyPermissionPolicy(Holiday))

admin_urls = (
    [
        path("", admin_views.queue, name="queue"),
        path("hang-loat/", admin_views.bulk_decide, name="bulk"),
        path("<int:pk>/", admin_views.item_detail, name="item"),
        path("<int:pk>/tep-dinh-kem/", admin_views.item_attachment, name="attachment"),
        path("<int:pk>/tra-loi/", admin_views.item_reply, name="reply"),
        path("<int:pk>/tra-loi-va-cong-bo/", admin_views.item_answer, name="answer"),
        path("<int:pk>/chuyen-cong/", admin_views.item_forward, name="forward"),
        path("<int:pk>/<str:decision>/", admin_views.item_decide, name="decide"),
    ],
    "comments_admin",
)


@hooks.register("register_admin_urls")
def register_moderation_urls():
    return [path("y-kien-cong-dan/", include(admin_urls))]


@hooks.register("register_admin_viewset")
def register_holiday_viewset():
    return admin_views.holiday_viewset


class ModeratorMenuItem(MenuItem):
    def is_shown(self, request):
        return can_moderate(request.user)


@hooks.register("register_admin_menu_item")
def register_moderation_menu_item():
    return ModeratorMenuItem(_("Ý kiến công dân"), reverse("comments_admin:queue"), icon_name="comment", order=205)


@hooks.register("construct_homepage_panels")
def add_pending_panel(request, panels):
    if can_moderate(request.user):
        panels.append(admin_views.PendingInputPanel(request))


@hooks.register("register_log_actions")
def register_moderation_actions(actions):
    for action, label, message in LOG_ACTIONS:
        actions.register_action(action, label, message)


@hooks.register("construct_portal_home_context")
def add_answered_questions(home, request, context):
    """The latest answered questions of general interest, for the home page's «Hỏi đáp» block."""
    count = context.get("home_blocks", {}).get("answered_questions")
    if not count:
        return
    portal = site_cached(request, "home_portal", lambda: ComponentPortal.objects.filter(
        root_page__translation_key=home.translation_key).first())
    # Shared with the site's chrome: a moderator's decision or reply forgets it (comments/moderation.py).
    context["answered_questions"] = site_cached(request, "home_answered_questions", lambda: (
        list(CitizenInput.objects.published_questions(portal).select_related("page").order_by("-replied_at")[:count])
        if portal is not None else []
    ))
