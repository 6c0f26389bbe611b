"""PostgreSQL: a B-tree index on the page id kept in the search index rows (migrations/0004), so that
search/ranking.py reads the newest rows first without reading any vector. A no-op on other databases."""

from django.db import migrations


def on_postgresql(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0004_page_scope_in_index_rows")]

    operations = [
        migrations.RunPython(
            on_postgresql("CREATE INDEX IF NOT EXISTS search_indexentry_page_id ON wagtailsearch_indexentry (page_id)"),
            on_postgresql("DROP INDEX IF EXISTS search_indexentry_page_id"),
            elidable=False,
        )
    ]
