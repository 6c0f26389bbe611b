"""The roles of DESIGN.md, the permissions behind them, and the one place that answers «who may?».

`editor` and `approver` are per portal (one group each, created by provisioning); `board` and `monitor`
are global groups created by a data migration. The grant functions take an `apps` registry so the migration
and the running code grant exactly the same permissions.

Every role question of the platform is asked here: `is_board`, `sees_all_portals`, `portals_for(user, role)`
and `BoardOnlyPermissionPolicy` for models only the board administers. An inactive account has no role.

Refusing: an admin view that refuses a user raises `PermissionDenied` (directly, or through `RoleRequiredMixin`
/ `role_required`), and nothing else. Wagtail's admin answers that, for every admin address, with a redirect to
the dashboard and its error message «Xin lỗi, bạn không có quyền truy cập khu vực này» — the answer Wagtail's
own screens (pages, images, documents, snippets, settings, viewsets behind a permission policy) already give and
the only one the hooks that cannot return a response (the explorer's queryset hook) can give. A 403 page of our
own would have made the platform answer two ways again, depending on whether the screen is Wagtail's or ours.
"""

from functools import wraps

from django.apps import apps as global_apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.permission_policies.base import BasePermissionPolicy

from .models import ComponentPortal

EDITOR = "editor"
APPROVER = "approver"
BOARD = "board"
MONITOR = "monitor"

PORTAL_ROLES = (EDITOR, APPROVER)
GLOBAL_ROLES = (BOARD, MONITOR)
ROLES = PORTAL_ROLES + GLOBAL_ROLES

ROLE_LABELS = {
    EDITOR: _("Biên tập viên"),
    APPROVER: _("Người duyệt"),
    BOARD: _("Ban biên tập"),
    MONITOR: _("Giám sát"),
}

# Group names of the global roles; kept stable because the data migration creates them by name.
BOARD_GROUP = "Ban biên tập"
MONITOR_GROUP = "Giám sát"
GLOBAL_GROUP_NAMES = {BOARD: BOARD_GROUP, MONITOR: MONITOR_GROUP}

PAGE_PERMISSIONS = {
    EDITOR: ("add_page", "change_page"),
    APPROVER: ("add_page", "change_page", "publish_page", "lock_page", "unlock_page"),
    BOARD: ("add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page"),
}
COLLECTION_PERMISSIONS = {
    EDITOR: (
        ("wagtailimages", "add_image"), ("wagtailimages", "change_image"), ("wagtailimages", "choose_image"),
        ("wagtaildocs", "add_document"), ("wagtaildocs", "change_document"),
        ("wagtaildocs", "choose_document"),
    ),
}
COLLECTION_PERMISSIONS[APPROVER] = COLLECTION_PERMISSIONS[EDITOR] + (
    ("wagtailimages", "delete_image"), ("wagtaildocs", "delete_document"),
)
COLLECTION_PERMISSIONS[BOARD] = COLLECTION_PERMISSIONS[APPROVER]
SETTINGS_PERMISSION = ("home", "change_portalsettings")
ADMIN_ACCESS_PERMISSION = ("wagtailadmin", "access_admin")
# wagtail-localize's «Dịch trang»; which pages a user may translate is their edit permission (translation_access.py).
TRANSLATION_PERMISSION = ("wagtail_localize", "submit_translation")


def get_permission(apps, app_label, codename):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def grant_collection_permissions(apps, group, collection, role):
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    for app_label, codename in COLLECTION_PERMISSIONS[role]:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=get_permission(apps, app_label, codename)
        )


def grant_page_permissions(apps, group, page, role):
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    for codename in PAGE_PERMISSIONS[role]:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=get_permission(apps, "wagtailcore", codename)
        )


def grant_global_roles(apps=global_apps):
    """Create the board and monitor groups and give them their province-wide permissions.

    The board edits, publishes and moderates every portal: its page permissions sit on the tree root (all
    portals, all locales), its collection permissions on the root collection. The monitor only enters the
    admin; what it reads is granted by the oversight views, never an editing permission.
    """
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    admin_access = get_permission(apps, *ADMIN_ACCESS_PERMISSION)

    board, _created = Group.objects.get_or_create(name=BOARD_GROUP)
    monitor, _created = Group.objects.get_or_create(name=MONITOR_GROUP)
    board.permissions.add(admin_access, get_permission(apps, *SETTINGS_PERMISSION))
    monitor.permissions.add(admin_access)

    tree_root = Page.objects.filter(depth=1).first()
    if tree_root is not None:
        grant_page_permissions(apps, board, tree_root, BOARD)
    root_collection = Collection.objects.filter(depth=1).first()
    if root_collection is not None:
        grant_collection_permissions(apps, board, root_collection, BOARD)
    return board, monitor


def global_group(role):
    return Group.objects.get(name=GLOBAL_GROUP_NAMES[role])


def _in_group(user, names):
    return user.is_active and user.groups.filter(name__in=names).exists()


def is_board(user):
    """The editorial board (Ban biên tập) or a superuser, with an active account. Remembered on the user object:
    every admin page asks it several times (menu items, permission policies)."""
    if not user.is_authenticated:
        return False
    if not hasattr(user, "_is_board"):
        user._is_board = user.is_active and (user.is_superuser or _in_group(user, [BOARD_GROUP]))
    return user._is_board


def sees_all_portals(user):
    """The board, the monitor and superusers read every portal (the monitor reads and changes nothing)."""
    return user.is_authenticated and user.is_active and (
        user.is_superuser or _in_group(user, GLOBAL_GROUP_NAMES.values())
    )


def portals_for(user, role=EDITOR):
    """The portals where `user` holds `role` or more.

    `EDITOR`: the portals whose content the user works on or reads in the admin — their own as an editor or
    approver; every portal for the board, the monitor and superusers. `APPROVER`: the portals whose publishing
    and citizen input the user decides — their own as an approver; every portal for the board and superusers.
    """
    if not user.is_authenticated or not user.is_active:
        return ComponentPortal.objects.none()
    if role == EDITOR:
        if sees_all_portals(user):
            return ComponentPortal.objects.all()
        return ComponentPortal.objects.filter(Q(editors_group__user=user) | Q(approvers_group__user=user)).distinct()
    if role == APPROVER:
        if is_board(user):
            return ComponentPortal.objects.all()
        return ComponentPortal.objects.filter(approvers_group__user=user)
    raise ValueError(f"portals_for takes a portal role ({', '.join(PORTAL_ROLES)}), not {role!r}")


class BoardOnlyPermissionPolicy(BasePermissionPolicy):
    """For models only the board administers (holidays, maintenance notices): the board and superusers may do
    everything with them, nobody else anything; no Django model permission needs granting."""

    def user_has_permission(self, user, action):
        return is_board(user)

    def users_with_any_permission(self, actions):
        return get_user_model().objects.filter(
            Q(is_superuser=True) | Q(groups__name=BOARD_GROUP), is_active=True
        ).distinct()


class RoleRequiredMixin:
    """An admin view for the users `allows` accepts; everyone else is refused (see the module's docstring)."""

    def allows(self, user):
        raise NotImplementedError

    def dispatch(self, request, *args, **kwargs):
        if not self.allows(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class BoardRequiredMixin(RoleRequiredMixin):
    def allows(self, user):
        return is_board(user)


def role_required(test):
    """The function-view form of `RoleRequiredMixin`: `@role_required(is_board)`."""

    def decorator(view):
        @wraps(view)
        def checked(request, *args, **kwargs):
            if not test(request.user):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return checked

    return decorator
