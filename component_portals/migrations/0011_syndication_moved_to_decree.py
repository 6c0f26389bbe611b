from django.db import migrations


class Migration(migrations.Migration):
    """Syndication moved to decree (decree 0015) with its table: forgotten here in the state only."""

    dependencies = [
        ('component_portals', '0010_oversight_and_ratings_moved_out'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name='Syndication')],
            database_operations=[],
        ),
    ]
