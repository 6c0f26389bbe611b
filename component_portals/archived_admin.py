"""An archived portal is read-only: no page of it may be created, edited, published, moved, copied or deleted
in the admin, whoever asks (restore_portal makes it editable again)."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail import hooks

from .models import ComponentPortal, PortalStatus


def _refuse_if_archived(request, page):
    portal = ComponentPortal.objects.for_page(page)
    if portal is None or portal.status != PortalStatus.ARCHIVED:
        return None
    messages.error(request, _("Cổng «%(name)s» đã được lưu trữ nên chỉ được xem, không được thay đổi.")
                   % {"name": portal.name})
    return redirect("wagtailadmin_explore", page.get_parent().pk if page.depth > 2 else page.pk)


@hooks.register("before_create_page")
def refuse_creating_in_archived_portal(request, parent_page, page_class):
    return _refuse_if_archived(request, parent_page)


@hooks.register("before_edit_page")
@hooks.register("before_delete_page")
@hooks.register("before_move_page")
@hooks.register("before_copy_page")
@hooks.register("before_unpublish_page")
def refuse_changing_archived_portal(request, page, *args):
    destinations = [arg for arg in args if hasattr(arg, "path")]  # moving: the new parent
    for affected in (page, *destinations):
        response = _refuse_if_archived(request, affected)
        if response is not None:
            return response
    return None
