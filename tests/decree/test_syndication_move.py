"""A database created while Syndication lived in component_portals migrates to decree's model with its rows,
content type and permissions intact (the table keeps its name; decree 0015, component_portals 0010)."""

import pytest
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from decree.syndication import Syndication, SyndicationStatus

BEFORE_THE_MOVE = [
    ("component_portals", "0009_portal_kinds_two_level_government"),
    ("decree", "0014_consultationpage_report"),
]

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def migrate(targets):
    """Migrate to `targets` and return the historical apps of that state."""
    MigrationExecutor(connection).migrate(targets)
    ContentType.objects.clear_cache()
    return MigrationExecutor(connection).loader.project_state(targets).apps


def latest():
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


def test_proposals_content_type_and_permissions_survive_the_move():
    try:
        apps = migrate(BEFORE_THE_MOVE)
        portal = apps.get_model("component_portals", "ComponentPortal").objects.create(
            name="Sở Lưu Trữ", slug="so-luu-tru", kind="department"
        )
        board_member = apps.get_model("auth", "User").objects.create(username="ban-bien-tap-cu")
        article = apps.get_model("wagtailcore", "Page").objects.get(depth=1)
        old = apps.get_model("component_portals", "Syndication").objects.create(
            article=article, portal=portal, status="approved", decided_by=board_member
        )
        old_type = apps.get_model("contenttypes", "ContentType").objects.get(
            app_label="component_portals", model="syndication"
        )
        permissions = set(Permission.objects.filter(content_type_id=old_type.pk).values_list("pk", flat=True))
        assert len(permissions) == 4  # add, change, delete, view

        migrate(latest())

        moved = Syndication.objects.get(pk=old.pk)
        assert (moved.article_id, moved.portal.slug, moved.decided_by.username) == (
            article.pk, "so-luu-tru", "ban-bien-tap-cu"
        )
        assert moved.status == SyndicationStatus.APPROVED
        assert moved.proposed_at == old.proposed_at
        content_type = ContentType.objects.get_for_model(Syndication)
        assert (content_type.pk, content_type.app_label) == (old_type.pk, "decree")
        assert set(content_type.permission_set.values_list("pk", flat=True)) == permissions
        assert not ContentType.objects.filter(app_label="component_portals", model="syndication").exists()
    finally:
        migrate(latest())
