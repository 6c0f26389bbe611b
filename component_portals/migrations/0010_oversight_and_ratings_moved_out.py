# Issue 17: the oversight models now belong to the oversight app and PageRating to home. Their tables keep
# their names and rows; only the migration state and the content types (with their permissions and the admin
# history that points at them) change app.

from django.db import migrations

MOVED = {"scoresnapshot": "oversight", "maintenancenotice": "oversight", "freshnessrule": "oversight", "pagerating": "home"}


def move_content_types(apps, schema_editor, forward=True):
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_types = ContentType.objects.using(schema_editor.connection.alias)
    for model, new_app in MOVED.items():
        old, new = ("component_portals", new_app) if forward else (new_app, "component_portals")
        # A content type already created under the new app (by an earlier migrate) is left as it is.
        if not content_types.filter(app_label=new, model=model).exists():
            content_types.filter(app_label=old, model=model).update(app_label=new)


def restore_content_types(apps, schema_editor):
    move_content_types(apps, schema_editor, forward=False)


class Migration(migrations.Migration):

    dependencies = [
        ('component_portals', '0009_portal_kinds_two_level_government'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('home', '0009_pagerating'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(model_name='pagerating', name='page'),
                migrations.RemoveField(model_name='scoresnapshot', name='portal'),
                migrations.DeleteModel(name='FreshnessRule'),
                migrations.DeleteModel(name='MaintenanceNotice'),
                migrations.DeleteModel(name='PageRating'),
                migrations.DeleteModel(name='ScoreSnapshot'),
            ],
        ),
        migrations.RunPython(move_content_types, restore_content_types),
    ]
