"""PostgreSQL: two stored, generated tsvector columns on Wagtail's search index table, so that
search/ranking.py matches (through a GIN index) and ranks in one query, without re-reading candidates in
Python.

- `search_all`: the backend's title and body vectors in one (folded by `vietnamese_unaccent`; the title keeps
  its weight), GIN-indexed, so that every query word may match either field through one index.
- `search_exact`: the stored title (weight A) and body (weight B) text with diacritics kept (`simple`
  configuration, NFC), read only for the rows that match, so that exact matches rank first.

PostgreSQL fills both on every insert or update of an index entry. A no-op on other databases, whose
search keeps Wagtail's own index."""

from django.db import migrations

TABLE = "wagtailsearch_indexentry"

CREATE = f"""
ALTER TABLE {TABLE} ADD COLUMN IF NOT EXISTS search_all tsvector
    GENERATED ALWAYS AS (coalesce(title, ''::tsvector) || coalesce(body, ''::tsvector)) STORED;
ALTER TABLE {TABLE} ADD COLUMN IF NOT EXISTS search_exact tsvector
    GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, normalize(coalesce(title_text, ''), NFC)), 'A')
        || setweight(to_tsvector('simple'::regconfig, normalize(coalesce(body_text, ''), NFC)), 'B')
    ) STORED;
CREATE INDEX IF NOT EXISTS search_indexentry_search_all ON {TABLE} USING gin (search_all);
"""

DROP = f"""
ALTER TABLE {TABLE} DROP COLUMN IF EXISTS search_exact;
ALTER TABLE {TABLE} DROP COLUMN IF EXISTS search_all;
"""


def on_postgresql(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_vietnamese_unaccent"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(on_postgresql(CREATE), on_postgresql(DROP), elidable=False)]
