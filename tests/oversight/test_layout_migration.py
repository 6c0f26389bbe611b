"""A database created before oversight became an app (its models under component_portals, PageRating too)
migrates to the new layout with its rows, content types and permissions intact."""

import datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from home.models import PageRating
from oversight.models import FreshnessRule, MaintenanceNotice, ScoreSnapshot
from oversight.rules import rules_in_force

# The leaf migrations of the apps concerned on main before the move.
BEFORE_THE_MOVE = [
    ("component_portals", "0009_portal_kinds_two_level_government"),
    ("home", "0008_homepage_layout_blocks"),
    ("oversight", None),
]
MOVED = {"scoresnapshot": ScoreSnapshot, "maintenancenotice": MaintenanceNotice, "freshnessrule": FreshnessRule,
         "pagerating": PageRating}

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def migrate(targets):
    """Migrate to `targets` and return the historical apps of that state."""
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    ContentType.objects.clear_cache()
    nodes = [(app, name) for app, name in targets if name is not None]
    return MigrationExecutor(connection).loader.project_state(nodes).apps


def latest():
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


def old_rows(apps):
    """One row of each moved table, written through the models as they were before the move."""
    portal = apps.get_model("component_portals", "ComponentPortal").objects.create(
        name="Sở Lưu Trữ", slug="so-luu-tru", kind="department"
    )
    user = apps.get_model("auth", "User").objects.create(username="ban-bien-tap-cu")
    root_page = apps.get_model("wagtailcore", "Page").objects.get(depth=1)
    snapshot = apps.get_model("component_portals", "ScoreSnapshot").objects.create(
        portal=portal, day=datetime.date(2026, 11, 30), score=81.5, ok=9, due_soon=2, overdue=1, empty=3
    )
    starts = timezone.now() + datetime.timedelta(days=20)
    notice = apps.get_model("component_portals", "MaintenanceNotice").objects.create(
        title="Nâng cấp máy chủ", message="Dịch vụ công gián đoạn.", starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=4), created_by=user,
    )
    rule = apps.get_model("component_portals", "FreshnessRule").objects.create(
        category_key="news", max_age_days=14, due_soon_days=3, deadline_working_days=None
    )
    rating = apps.get_model("component_portals", "PageRating").objects.create(
        page=root_page, visitor="a" * 64, useful=True
    )
    return {"portal": portal, "user": user, "root_page": root_page, "snapshot": snapshot, "notice": notice,
            "rule": rule, "rating": rating}


def old_content_types(apps):
    """The content types and default permissions of the moved models as they were: under component_portals.
    Returns {model: (content type id, permission ids)}."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    ContentType.objects.filter(model__in=MOVED).exclude(app_label="component_portals").delete()
    found = {}
    for model in MOVED:
        content_type, _created = ContentType.objects.get_or_create(app_label="component_portals", model=model)
        for action in ("add", "change", "delete", "view"):
            Permission.objects.get_or_create(
                content_type=content_type, codename=f"{action}_{model}", defaults={"name": f"Can {action} {model}"}
            )
        found[model] = (content_type.pk, set(content_type.permission_set.values_list("pk", flat=True)))
    return found


def test_rows_content_types_and_permissions_survive_the_move():
    try:
        apps = migrate(BEFORE_THE_MOVE)
        rows = old_rows(apps)
        old_types = old_content_types(apps)

        migrate(latest())

        snapshot = ScoreSnapshot.objects.get(pk=rows["snapshot"].pk)
        assert (snapshot.portal.slug, snapshot.day, snapshot.score) == ("so-luu-tru", datetime.date(2026, 11, 30), 81.5)
        assert (snapshot.ok, snapshot.due_soon, snapshot.overdue, snapshot.empty) == (9, 2, 1, 3)
        notice = MaintenanceNotice.objects.get(pk=rows["notice"].pk)
        assert (notice.title, notice.created_by.username) == ("Nâng cấp máy chủ", "ban-bien-tap-cu")
        assert notice.ends_at - notice.starts_at == datetime.timedelta(hours=4)
        assert FreshnessRule.objects.get(pk=rows["rule"].pk).max_age_days == 14
        assert rules_in_force()["news"].max_age_days == 14
        rating = PageRating.objects.get(pk=rows["rating"].pk)
        assert (rating.page_id, rating.useful) == (rows["root_page"].pk, True)

        for model, model_class in MOVED.items():
            content_type = ContentType.objects.get_for_model(model_class)
            assert (content_type.pk, set(content_type.permission_set.values_list("pk", flat=True))) == old_types[model]
        assert not ContentType.objects.filter(app_label="component_portals", model__in=MOVED).exists()
    finally:
        migrate(latest())
