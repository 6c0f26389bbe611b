"""PostgreSQL: the `unaccent` extension and the `vietnamese_unaccent` text search configuration (a copy of
`simple`, no stemming or stop words, with every word passed through unaccent first), which the search backend
uses through SEARCH_CONFIG (sites/settings/base.py). A no-op on other databases.

After applying it to a database that already has a search index, rebuild the index once:
`python manage.py update_index`."""

from django.db import migrations

CONFIG = "vietnamese_unaccent"

CREATE = f"""
CREATE EXTENSION IF NOT EXISTS unaccent;
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = '{CONFIG}') THEN
        CREATE TEXT SEARCH CONFIGURATION {CONFIG} (COPY = simple);
        ALTER TEXT SEARCH CONFIGURATION {CONFIG}
            ALTER MAPPING FOR asciihword, asciiword, hword, hword_asciipart, hword_part, word
            WITH unaccent, simple;
    END IF;
END
$$;
"""

DROP = f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {CONFIG};"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [migrations.RunPython(create, drop, elidable=False)]
