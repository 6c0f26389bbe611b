"""An archived portal is read-only, whoever asks (restore_portal makes it writable again): no page of it may be
created, edited, published, moved, copied or deleted in the admin; no image or document may be uploaded to its
collection, edited or deleted there; its site settings cannot be saved. Citizens' forms (comments.views) and the
moderation of its citizen input (comments.admin_views) refuse in the same way."""

from django.contrib import messages
from django.db.models import Q
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtail.permissions import register_permission_policy

from .access import DeleteNeedsDeletePermissionPolicy
from .models import ComponentPortal, PortalStatus

CHANGING_ACTIONS = {"add", "change", "delete"}


def read_only_message(portal):
    return _("Cổng «%(name)s» đã được lưu trữ nên chỉ được xem, không được thay đổi.") % {"name": portal.name}


def is_archived(portal):
    return portal is not None and portal.status == PortalStatus.ARCHIVED


@hooks.register("site_settings_read_only")
def refuse_settings_of_archived_portal(site_id):
    """home.forms.PortalSettingsForm asks: the reason the settings of this site cannot be saved, or None."""
    portal = ComponentPortal.objects.filter(site_id=site_id).first()
    return read_only_message(portal) if is_archived(portal) else None


def _refuse_if_archived(request, page):
    portal = ComponentPortal.objects.for_page(page)
    if not is_archived(portal):
        return None
    messages.error(request, read_only_message(portal))
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


def archived_collections():
    """The collections of archived portals, with their sub-collections."""
    paths = ComponentPortal.objects.filter(status=PortalStatus.ARCHIVED, collection__isnull=False).values_list(
        "collection__path", flat=True
    )
    within = Q(pk__in=[])
    for path in paths:
        within |= Q(path__startswith=path)
    return Collection.objects.filter(within)


class ArchivedCollectionsReadOnlyPolicy(DeleteNeedsDeletePermissionPolicy):
    """Images and documents of an archived portal's collection may be listed and chosen, never added, changed or
    deleted (superusers included; a bulk action checks each item)."""

    def user_has_permission(self, user, action):
        if action == "add":
            return self.collections_user_has_any_permission_for(user, [action]).exists()
        return super().user_has_permission(user, action)

    def collections_user_has_any_permission_for(self, user, actions):
        collections = super().collections_user_has_any_permission_for(user, actions)
        if set(actions) <= CHANGING_ACTIONS:
            collections = collections.exclude(pk__in=archived_collections().values("pk"))
        return collections

    def user_has_any_permission_for_instance(self, user, actions, instance):
        writable = set(actions) - CHANGING_ACTIONS
        if len(writable) < len(set(actions)) and archived_collections().filter(pk=instance.collection_id).exists():
            actions = writable
            if not actions:
                return False
        return super().user_has_any_permission_for_instance(user, actions, instance)


# wagtail_hooks modules are imported before the images and documents apps register their own policy in
# ready(), which would replace one registered the ordinary way; an exact-class registration is looked up first.
for _model, _auth_model in ((get_image_model(), "wagtailimages.Image"), (get_document_model(), "wagtaildocs.Document")):
    register_permission_policy(
        _model,
        ArchivedCollectionsReadOnlyPolicy(_model, auth_model=_auth_model, owner_field_name="uploaded_by_user"),
        exact_class=True,
    )
