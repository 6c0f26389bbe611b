"""A portal's life after provisioning: renaming it, archiving and restoring it (merging is in merge.py).

Every operation is one service function used by its command and by the admin, runs in one transaction,
checks everything before changing anything (a LifecycleError carries the Vietnamese messages, and nothing
is changed), and leaves an entry in Wagtail's audit log. An old hostname keeps answering with 301s
(addresses.py reads RetiredHostname).
"""

from django.db import transaction
from django.db.models import CharField
from django.db.models.functions import Cast
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.log_actions import log
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, Site, WorkflowState

from home.models import PortalSettings

from .forms import HOSTNAME_LABEL, SLUG_PATTERN
from .models import ComponentPortal, PortalStatus, RetiredHostname
from .provisioning import default_hostname

RENAME_ACTION = "component_portals.rename"
ARCHIVE_ACTION = "component_portals.archive"
RESTORE_ACTION = "component_portals.restore"
MERGE_ACTION = "component_portals.merge"


@hooks.register("register_log_actions")
def register_lifecycle_actions(actions):
    actions.register_action(RENAME_ACTION, gettext_lazy("Đổi tên cổng"), gettext_lazy("Đã đổi tên, địa chỉ cổng"))
    actions.register_action(ARCHIVE_ACTION, gettext_lazy("Lưu trữ cổng"), gettext_lazy("Đã lưu trữ cổng"))
    actions.register_action(RESTORE_ACTION, gettext_lazy("Khôi phục cổng"), gettext_lazy("Đã khôi phục cổng"))
    actions.register_action(MERGE_ACTION, gettext_lazy("Hợp nhất cổng"), gettext_lazy("Đã hợp nhất cổng"))


class LifecycleError(Exception):
    """Why an operation on portals cannot run; `messages` are Vietnamese sentences for the person."""

    def __init__(self, messages):
        self.messages = [str(message) for message in messages]
        super().__init__("\n".join(self.messages))


def get_portal(slug, *, for_update=False):
    portals = ComponentPortal.objects.select_related(
        "site", "root_page", "successor", "editors_group", "approvers_group"
    )
    if for_update:
        portals = portals.select_for_update(of=("self",))
    portal = portals.filter(slug=slug).first()
    if portal is None:
        raise LifecycleError([_("Không tìm thấy cổng có mã «%(slug)s».") % {"slug": slug}])
    return portal


def retire_hostname(portal, hostname):
    """Keep `hostname` answering for `portal` (301s) after it stops being the portal's own address."""
    RetiredHostname.objects.update_or_create(hostname=hostname, defaults={"portal": portal})


def _rename_errors(portal, name, hostname, new_slug):
    errors = []
    if name is not None and not name:
        errors.append(_("Tên cơ quan không được để trống."))
    if new_slug is not None:
        if not SLUG_PATTERN.match(new_slug):
            errors.append(_("Mã cổng chỉ gồm chữ thường không dấu, số và dấu gạch ngang (ví dụ «so-tai-chinh»)."))
        elif ComponentPortal.objects.filter(slug=new_slug).exclude(pk=portal.pk).exists():
            errors.append(_("Mã cổng «%(slug)s» đã được dùng cho cổng khác.") % {"slug": new_slug})
    if hostname is not None:
        if not hostname or not all(HOSTNAME_LABEL.match(label) for label in hostname.split(".")):
            errors.append(_("Tên miền «%(hostname)s» không hợp lệ.") % {"hostname": hostname})
        elif (
            Site.objects.filter(hostname=hostname).exclude(pk=portal.site_id).exists()
            or RetiredHostname.objects.filter(hostname=hostname).exclude(portal=portal).exists()
        ):
            errors.append(_("Tên miền «%(hostname)s» đã được dùng cho cổng khác.") % {"hostname": hostname})
    if portal.status != PortalStatus.ACTIVE:
        errors.append(_("Cổng «%(name)s» đã được lưu trữ; hãy khôi phục trước khi đổi tên.") % {"name": portal.name})
    if name is None and hostname is None and new_slug is None:
        errors.append(_("Hãy cho biết tên mới, tên miền mới hoặc mã cổng mới."))
    return errors


def plan_rename(slug, *, name=None, hostname=None, new_slug=None):
    """What `rename_portal` would change, as (portal, {field: (old, new)}); raises LifecycleError."""
    portal = get_portal(slug)
    name = name.strip() if name is not None else None
    hostname = hostname.strip().lower().rstrip(".") if hostname is not None else None
    new_slug = new_slug.strip() if new_slug is not None else None
    if new_slug and hostname is None and portal.hostname == default_hostname(portal.slug):
        hostname = default_hostname(new_slug)
    errors = _rename_errors(portal, name, hostname, new_slug)
    if errors:
        raise LifecycleError(errors)
    changes = {
        field: (old, new)
        for field, old, new in (("name", portal.name, name), ("hostname", portal.hostname, hostname),
                                ("slug", portal.slug, new_slug))
        if new is not None and new != old
    }
    return portal, changes


@transaction.atomic
def rename_portal(slug, *, name=None, hostname=None, new_slug=None, user=None):
    """Give a portal a new name, hostname or slug; its old hostname answers 301 to the new one."""
    portal, changes = plan_rename(slug, name=name, hostname=hostname, new_slug=new_slug)
    portal = get_portal(slug, for_update=True)
    if not changes:
        return portal, changes
    if "name" in changes:
        old_name, portal.name = changes["name"]
        home = portal.root_page.specific
        home.title = portal.name
        home.save_revision(user=user, log_action=True).publish(user=user)
        portal.site.site_name = portal.name
        portal_settings = PortalSettings.for_site(portal.site)
        if portal_settings.full_name in ("", old_name):
            portal_settings.full_name = portal.name
            portal_settings.save()
    if "hostname" in changes:
        old_hostname, new_hostname = changes["hostname"]
        RetiredHostname.objects.filter(hostname=new_hostname, portal=portal).delete()
        retire_hostname(portal, old_hostname)
        portal.site.hostname = new_hostname
    if "slug" in changes:
        old_slug, portal.slug = changes["slug"]
        for group in (portal.editors_group, portal.approvers_group):
            if group is not None and group.name.startswith(f"{old_slug}: "):
                group.name = f"{portal.slug}: {group.name[len(old_slug) + 2:]}"
                group.save(update_fields=["name"])
    portal.site.save()
    portal.save()
    log(instance=portal, action=RENAME_ACTION, user=user,
        data={field: {"old": old, "new": new} for field, (old, new) in changes.items()})
    return portal, changes


@transaction.atomic
def archive_portal(slug, *, user=None):
    """Make a portal read-only with a banner, out of the scorecard, search and portal lists. Reversible."""
    portal = get_portal(slug, for_update=True)
    if portal.is_province:
        raise LifecycleError([_("Không thể lưu trữ cổng tỉnh.")])
    if portal.status == PortalStatus.ARCHIVED:
        return portal, False
    portal.status = PortalStatus.ARCHIVED
    portal.save(update_fields=["status"])
    cancel_pending_moderation(portal, user)
    log(instance=portal, action=ARCHIVE_ACTION, user=user)
    return portal, True


def cancel_pending_moderation(portal, user=None):
    """Cancel the workflows in progress on the portal's pages (every language): nothing of an archived portal
    waits to be approved and published. Restoring the portal does not resume them; editors submit again."""
    roots = Page.objects.filter(translation_key=portal.root_page.translation_key).values_list("path", flat=True)
    in_portal = Page.objects.none()
    for path in roots:
        in_portal |= Page.objects.filter(path__startswith=path)
    pending = WorkflowState.objects.active().filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id__in=in_portal.annotate(pk_text=Cast("pk", CharField())).values("pk_text"),
    )
    for state in pending:
        state.cancel(user=user)


@transaction.atomic
def restore_portal(slug, *, user=None):
    """Bring an archived portal back; a portal merged into another stays archived (its content moved)."""
    portal = get_portal(slug, for_update=True)
    if portal.successor_id:
        raise LifecycleError([
            _("Cổng «%(name)s» đã hợp nhất vào «%(successor)s»; nội dung đã chuyển nên không thể khôi phục.")
            % {"name": portal.name, "successor": portal.successor.name}
        ])
    if portal.status == PortalStatus.ACTIVE:
        return portal, False
    portal.status = PortalStatus.ACTIVE
    portal.save(update_fields=["status"])
    log(instance=portal, action=RESTORE_ACTION, user=user)
    return portal, True
