"""Provisioning: the one way a component portal comes into being or is repaired.

Used by the `create_portal` and `repair_portals` commands, the admin form and `seed_demo`. Everything
happens in one transaction, and every step looks for what already exists first, so running it again
repairs a portal instead of duplicating it.
"""

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupSitePermission,
    Locale,
    Page,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from home.models import HomePage, PortalSettings, StandardPage

from . import roles
from .models import ComponentPortal, PortalKind
from .sections import required_sections

GROUP_NAME_MAX = 150


def ensure_locales():
    """The content locales of the platform, the default (Vietnamese) first."""
    locales = []
    for language_code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        locale, _created = Locale.objects.get_or_create(language_code=language_code)
        locales.append(locale)
    return locales


def default_hostname(slug):
    return f"{slug}.localhost"


def provision_portal(**arguments):
    """Create the portal `slug`, or bring an existing one back to its complete state; all or nothing."""
    try:
        return _provision_portal(**arguments)
    except BaseException:
        # Wagtail's cache of site root paths may name the Site the rolled-back transaction created.
        Site.clear_site_root_paths_cache()
        raise


@transaction.atomic
def _provision_portal(*, name, slug, kind, hostname=None, parent=None, name_en="", port=80):
    portal = ComponentPortal.objects.select_for_update().filter(slug=slug).first()
    if portal is None:
        portal = ComponentPortal(slug=slug)
    portal.name = name
    portal.name_en = name_en or portal.name_en
    portal.kind = kind
    if parent is not None or kind == PortalKind.PROVINCE:
        portal.parent = parent

    default_locale, *other_locales = ensure_locales()
    home = _ensure_home_page(portal, default_locale)
    home_pages = [home] + [_ensure_translated_home(portal, home, locale) for locale in other_locales]
    _ensure_sections(portal, home)
    portal.site = _ensure_site(portal, home, hostname or (portal.site.hostname if portal.site_id else None), port)
    portal.collection = _ensure_collection(portal)
    portal.editors_group = _ensure_group(portal.editors_group, f"{portal.slug}: {roles.ROLE_LABELS[roles.EDITOR]}")
    portal.approvers_group = _ensure_group(
        portal.approvers_group, f"{portal.slug}: {roles.ROLE_LABELS[roles.APPROVER]}"
    )
    portal.save()
    _grant_portal_permissions(portal, home_pages)
    portal.workflow = _ensure_workflow(portal, home_pages)
    portal.save(update_fields=["workflow"])
    _ensure_portal_settings(portal)
    return portal


def _publish(page):
    page.save_revision().publish()


def _ensure_home_page(portal, locale):
    if portal.root_page_id:
        home = portal.root_page.specific
        if home.title != portal.name:
            home.title = portal.name
            _publish(home)
        return home
    tree_root = Page.get_first_root_node()
    home = HomePage(title=portal.name, slug=portal.slug, locale=locale)
    tree_root.add_child(instance=home)
    _publish(home)
    portal.root_page = home
    return home


def _ensure_translated_home(portal, home, locale):
    translation = home.get_translation_or_none(locale)
    if translation is None:
        translation = home.copy_for_translation(locale)
        translation.title = portal.name_en or portal.name
        translation.save()
        _publish(translation)
    return translation


def _ensure_sections(portal, home):
    """One section per mandatory category (sections.py), of the category's own page type. A placeholder section
    (a StandardPage left by an older version) that is still empty is replaced by the real type under the
    same slug, so its address keeps working."""
    children = list(home.get_children().specific())
    by_key = {getattr(page, "category_key", ""): page for page in children}
    by_slug = {page.slug: page for page in children}
    for category in required_sections(portal.kind):
        section_type = apps.get_model(category.section_type)
        existing = by_key.get(category.key) or by_slug.get(category.slug)
        slug = category.slug
        if existing is not None:
            if isinstance(existing, section_type):
                if existing.category_key != category.key:
                    existing.category_key = category.key
                    existing.save(update_fields=["category_key"])
                continue
            if type(existing) is StandardPage and existing.numchild == 0 and not existing.body:
                slug = existing.slug
                existing.delete()
            elif existing.slug == category.slug:
                slug = f"{category.slug}-{category.key}"
        section = section_type(
            title=str(category.title),
            slug=slug,
            intro=str(category.description),
            category_key=category.key,
            show_in_menus=True,
            locale=home.locale,
        )
        home.add_child(instance=section)
        _publish(section)


def _ensure_site(portal, home, hostname, port):
    hostname = hostname or default_hostname(portal.slug)
    site = portal.site if portal.site_id else Site(hostname=hostname, port=port)
    wanted = {"hostname": hostname, "root_page_id": home.pk, "site_name": portal.name}
    if portal.kind == PortalKind.PROVINCE and not Site.objects.filter(is_default_site=True).exclude(pk=site.pk).exists():
        wanted["is_default_site"] = True
    if site.pk is None or any(getattr(site, field) != value for field, value in wanted.items()):
        for field, value in wanted.items():
            setattr(site, field, value)
        site.save()
    return site


def _ensure_collection(portal):
    if portal.collection_id:
        return portal.collection
    return Collection.get_first_root_node().add_child(name=portal.name)


def _ensure_group(group, name):
    name = name[:GROUP_NAME_MAX]
    if group is None:
        group, _created = Group.objects.get_or_create(name=name)
    return group


def _grant_portal_permissions(portal, home_pages):
    admin_access = roles.get_permission(roles.global_apps, *roles.ADMIN_ACCESS_PERMISSION)
    translate = roles.get_permission(roles.global_apps, *roles.TRANSLATION_PERMISSION)
    roles.global_group(roles.BOARD).permissions.add(translate)
    for role, group in ((roles.EDITOR, portal.editors_group), (roles.APPROVER, portal.approvers_group)):
        group.permissions.add(admin_access, translate)
        for page in home_pages:
            roles.grant_page_permissions(roles.global_apps, group, page, role)
        roles.grant_collection_permissions(roles.global_apps, group, portal.collection, role)
    GroupSitePermission.objects.get_or_create(
        group=portal.approvers_group,
        site=portal.site,
        permission=roles.get_permission(roles.global_apps, *roles.SETTINGS_PERMISSION),
    )


def _ensure_workflow(portal, home_pages):
    """Editors submit; the portal's approvers, or the board, approve and publish."""
    workflow = portal.workflow
    if workflow is None:
        workflow = Workflow.objects.create(name=f"Duyệt nội dung: {portal.name}"[:255])
    task = (
        GroupApprovalTask.objects.filter(workflow_tasks__workflow=workflow).first()
        if workflow.pk
        else None
    )
    if task is None:
        task = GroupApprovalTask.objects.create(name=f"Người duyệt: {portal.name}"[:255])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    task.groups.add(portal.approvers_group, roles.global_group(roles.BOARD))
    for page in home_pages:
        WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    return workflow


def _ensure_portal_settings(portal):
    portal_settings = PortalSettings.for_site(portal.site)
    missing = [
        (field, value) for field, value in (("full_name", portal.name), ("full_name_en", portal.name_en))
        if value and not getattr(portal_settings, field)
    ]
    for field, value in missing:
        setattr(portal_settings, field, value)
    if missing:
        portal_settings.save()
