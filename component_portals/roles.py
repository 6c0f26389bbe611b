"""The roles of DESIGN.md and the permissions behind them.

`editor` and `approver` are per portal (one group each, created by provisioning); `board` and `monitor`
are global groups created by a data migration. Functions here take an `apps` registry so the migration
and the running code grant exactly the same permissions.
"""

from django.apps import apps as global_apps
from django.utils.translation import gettext_lazy as _

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
    from django.contrib.auth.models import Group

    return Group.objects.get(name=GLOBAL_GROUP_NAMES[role])


def is_global_role_user(user):
    return user.is_authenticated and user.groups.filter(name__in=GLOBAL_GROUP_NAMES.values()).exists()
