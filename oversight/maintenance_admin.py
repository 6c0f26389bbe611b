"""Admin of planned-maintenance notices: the board and superusers only, through a permission policy of their own
rather than Django model permissions (no group needs to be granted anything)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.generic import CreateView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from component_portals.roles import BoardOnlyPermissionPolicy

from .maintenance import MaintenanceNotice

register_permission_policy(MaintenanceNotice, BoardOnlyPermissionPolicy(MaintenanceNotice))


class AddNoticeView(CreateView):
    def save_instance(self):
        self.form.instance.created_by = self.request.user
        return super().save_instance()


class MaintenanceNoticeViewSet(ModelViewSet):
    model = MaintenanceNotice
    icon = "warning"
    menu_label = _("Thông báo bảo trì")
    menu_name = "maintenance-notices"
    menu_order = 210
    add_to_admin_menu = True
    url_prefix = "thong-bao-bao-tri"
    form_fields = ["title", "starts_at", "ends_at", "message"]
    list_display = ["title", "starts_at", "ends_at", "created_by"]
    ordering = ["-starts_at"]

    add_view_class = AddNoticeView


@hooks.register("register_admin_viewset")
def register_maintenance_viewset():
    return MaintenanceNoticeViewSet("maintenance_notices")
