"""The database table of the "limits" cache (settings.base), used when no REDIS_URL is set."""

from django.core.management import call_command
from django.db import migrations


def create_cache_table(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [("home", "0006_ascii_page_slugs")]

    operations = [migrations.RunPython(create_cache_table, migrations.RunPython.noop)]
