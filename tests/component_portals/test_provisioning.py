"""The provisioning service: what a portal consists of, idempotence, repair and all-or-nothing."""

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from wagtail.models import (
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    GroupSitePermission,
    Locale,
    Page,
    Site,
    WorkflowPage,
)

from component_portals import provisioning, roles
from component_portals.models import ComponentPortal, PortalKind, PortalStatus
from component_portals.provisioning import provision_portal
from decree.categories import CATEGORIES, categories_for
from home.models import HomePage, PortalSettings

from .db_counts import db_counts

pytestmark = pytest.mark.django_db

PORTAL_FIELDS = (
    "name", "name_en", "slug", "kind", "parent_id", "status", "successor_id", "site_id", "root_page_id",
    "collection_id", "editors_group_id", "approvers_group_id", "workflow_id", "created_at",
)


def new_portal_arguments(province, **overrides):
    arguments = {
        "name": "Sở Tài chính", "slug": "so-tai-chinh", "kind": PortalKind.DEPARTMENT,
        "hostname": "so-tai-chinh.localhost", "parent": province, "name_en": "Department of Finance",
    }
    arguments.update(overrides)
    return arguments


def field_values(portal):
    portal = ComponentPortal.objects.get(pk=portal.pk)
    return {field: getattr(portal, field) for field in PORTAL_FIELDS}


def sections_of(portal):
    return list(portal.root_page.get_children().specific())


def home_pages_of(portal):
    return list(Page.objects.filter(translation_key=portal.root_page.translation_key).select_related("locale"))


@pytest.fixture
def new_portal(province):
    return provision_portal(**new_portal_arguments(province))


def test_creates_one_published_section_per_applicable_category(new_portal):
    sections = sections_of(new_portal)
    expected = categories_for(PortalKind.DEPARTMENT)
    assert sorted(section.category_key for section in sections) == sorted(category.key for category in expected)
    assert len(sections) == len(expected)
    by_key = {section.category_key: section for section in sections}
    for category in expected:
        section = by_key[category.key]
        assert section.live and not section.has_unpublished_changes
        assert section.slug == category.slug
        assert section.title == str(category.title)
        assert isinstance(section, apps.get_model(category.section_type))
        assert section.locale == new_portal.root_page.locale


def test_creates_home_site_collection_and_settings(new_portal):
    home = new_portal.root_page.specific
    assert isinstance(home, HomePage) and home.live
    assert home.depth == 2 and home.title == "Sở Tài chính"
    site = new_portal.site
    assert (site.hostname, site.port, site.root_page_id, site.is_default_site) == (
        "so-tai-chinh.localhost", 80, home.pk, False
    )
    assert site.site_name == "Sở Tài chính"
    assert new_portal.collection.name == "Sở Tài chính"
    assert new_portal.collection.get_parent().is_root()
    assert PortalSettings.for_site(site).full_name == "Sở Tài chính"
    assert new_portal.status == PortalStatus.ACTIVE


def test_english_home_exists(new_portal):
    locales = {page.locale.language_code: page for page in home_pages_of(new_portal)}
    assert set(locales) == {"vi", "en"}
    assert locales["en"].title == "Department of Finance"
    assert locales["en"].live


def test_groups_have_page_permissions_on_the_home_page_in_every_locale(new_portal):
    home_pages = home_pages_of(new_portal)
    assert len(home_pages) == Locale.objects.count() == 2
    for role, group in ((roles.EDITOR, new_portal.editors_group), (roles.APPROVER, new_portal.approvers_group)):
        assert group.permissions.filter(codename="access_admin", content_type__app_label="wagtailadmin").exists()
        for page in home_pages:
            granted = set(
                GroupPagePermission.objects.filter(group=group, page=page).values_list("permission__codename", flat=True)
            )
            assert granted == set(roles.PAGE_PERMISSIONS[role]), (role, page.locale.language_code)
        # Nowhere else: not on another portal, not on the tree root.
        assert set(GroupPagePermission.objects.filter(group=group).values_list("page_id", flat=True)) == {
            page.pk for page in home_pages
        }
    assert new_portal.editors_group.name == "so-tai-chinh: Biên tập viên"
    assert new_portal.approvers_group.name == "so-tai-chinh: Người duyệt"


def test_groups_have_collection_permissions_on_the_portal_collection(new_portal):
    for role, group in ((roles.EDITOR, new_portal.editors_group), (roles.APPROVER, new_portal.approvers_group)):
        granted = set(
            GroupCollectionPermission.objects.filter(group=group).values_list(
                "collection_id", "permission__content_type__app_label", "permission__codename"
            )
        )
        assert granted == {
            (new_portal.collection_id, app_label, codename) for app_label, codename in roles.COLLECTION_PERMISSIONS[role]
        }


def test_approvers_may_change_the_site_settings_of_their_site_only(new_portal):
    assert set(
        GroupSitePermission.objects.filter(group=new_portal.approvers_group).values_list(
            "site_id", "permission__codename"
        )
    ) == {(new_portal.site_id, "change_portalsettings")}
    assert not GroupSitePermission.objects.filter(group=new_portal.editors_group).exists()


def test_workflow_is_a_group_approval_by_approvers_and_board_on_every_home(new_portal):
    workflow = new_portal.workflow
    assert workflow.active
    tasks = [task.specific for task in workflow.tasks]
    assert len(tasks) == 1
    task = tasks[0]
    assert isinstance(task, GroupApprovalTask)
    assert set(task.groups.all()) == {new_portal.approvers_group, roles.global_group(roles.BOARD)}
    home_pages = home_pages_of(new_portal)
    assert set(WorkflowPage.objects.filter(workflow=workflow).values_list("page_id", flat=True)) == {
        page.pk for page in home_pages
    }
    for page in home_pages:
        assert page.get_workflow() == workflow
    # A section inherits the portal's workflow from its home page.
    assert sections_of(new_portal)[0].get_workflow() == workflow


def test_running_twice_changes_nothing(province, new_portal):
    before = db_counts()
    values = field_values(new_portal)

    again = provision_portal(**new_portal_arguments(province))

    assert again.pk == new_portal.pk
    assert db_counts() == before
    assert field_values(again) == values


def test_running_twice_on_the_suite_portals_changes_nothing(province, portal_a):
    before = db_counts()
    values = {portal.slug: field_values(portal) for portal in (province, portal_a)}

    provision_portal(
        name=province.name, slug=province.slug, kind=province.kind, hostname=province.hostname, name_en=province.name_en
    )
    provision_portal(name=portal_a.name, slug=portal_a.slug, kind=portal_a.kind, parent=province)

    assert db_counts() == before
    assert {portal.slug: field_values(portal) for portal in (province, portal_a)} == values


def test_repair_recreates_a_deleted_section_and_a_deleted_permission(province, new_portal):
    complete = db_counts()
    news = next(section for section in sections_of(new_portal) if section.category_key == "news")
    news.delete()
    permission = GroupPagePermission.objects.filter(
        group=new_portal.editors_group, page=new_portal.root_page, permission__codename="change_page"
    )
    assert permission.count() == 1
    permission.delete()
    assert len(sections_of(new_portal)) == len(categories_for(PortalKind.DEPARTMENT)) - 1

    provision_portal(**new_portal_arguments(province))

    repaired = [section for section in sections_of(new_portal) if section.category_key == "news"]
    assert len(repaired) == 1
    assert repaired[0].live and repaired[0].slug == news.slug
    assert permission.count() == 1
    after = db_counts()
    del complete["Revision"], after["Revision"]  # the recreated section has a new revision; nothing else does
    assert after == complete


def test_repair_recreates_a_removed_workflow_attachment_and_task_group(province, new_portal):
    complete = db_counts()
    english_home = next(page for page in home_pages_of(new_portal) if page.locale.language_code == "en")
    WorkflowPage.objects.filter(page=english_home).delete()
    task = new_portal.workflow.tasks.first().specific
    task.groups.remove(roles.global_group(roles.BOARD))

    provision_portal(**new_portal_arguments(province))

    assert WorkflowPage.objects.get(page=english_home).workflow == new_portal.workflow
    assert roles.global_group(roles.BOARD) in task.groups.all()
    assert db_counts() == complete


def test_a_failure_in_the_middle_leaves_nothing_behind(province, monkeypatch):
    before = db_counts()

    def broken(portal, home_pages):
        raise RuntimeError("hỏng giữa chừng")

    monkeypatch.setattr(provisioning, "_ensure_workflow", broken)
    with pytest.raises(RuntimeError, match="hỏng giữa chừng"):
        provision_portal(**new_portal_arguments(province))

    assert db_counts() == before
    assert not ComponentPortal.objects.filter(slug="so-tai-chinh").exists()
    assert not Site.objects.filter(hostname="so-tai-chinh.localhost").exists()
    assert not Group.objects.filter(name__startswith="so-tai-chinh:").exists()
    assert not Page.objects.filter(depth=2, slug="so-tai-chinh").exists()


def test_the_province_is_the_default_site(province, portal_a, portal_b, new_portal):
    assert province.site.is_default_site
    assert province.site.hostname == "localhost"
    assert Site.objects.filter(is_default_site=True).count() == 1
    for portal in (portal_a, portal_b, new_portal):
        portal.site.refresh_from_db()
        assert not portal.site.is_default_site


def test_gazette_section_only_on_the_province(province, portal_a, portal_b, new_portal):
    assert any(category.key == "gazette" for category in CATEGORIES)
    assert [section.category_key for section in sections_of(province)].count("gazette") == 1
    district = provision_portal(
        name="Huyện Thử Nghiệm", slug="huyen-thu-nghiem", kind=PortalKind.DISTRICT, parent=province
    )
    for portal in (portal_a, portal_b, new_portal, district):
        keys = [section.category_key for section in sections_of(portal)]
        assert "gazette" not in keys, portal.slug
        assert sorted(keys) == sorted(category.key for category in categories_for(portal.kind)), portal.slug


def test_province_has_every_category(province):
    keys = sorted(section.category_key for section in sections_of(province))
    assert keys == sorted(category.key for category in CATEGORIES)
