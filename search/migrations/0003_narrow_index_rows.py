"""PostgreSQL: keep the rows of Wagtail's search index table narrow, so that a common word, which matches
tens of thousands of rows, costs a read of a few thousand table pages, not of every page's text.

The long columns (the stored text, the body vector and the two generated vectors) go out of line
(`toast_tuple_target`, storage EXTERNAL); the title vector, which search/ranking.py reads for every match,
stays in the row (MAIN). VACUUM FULL rewrites the existing rows this way (it locks the table for as long as
it takes: about a minute for 100,000 pages). A no-op on other databases."""

from django.db import migrations

TABLE = "wagtailsearch_indexentry"
OUT_OF_LINE = ("title_text", "body_text", "body", "search_all", "search_exact")

NARROW = [
    f"ALTER TABLE {TABLE} SET (toast_tuple_target = 128)",
    f"ALTER TABLE {TABLE} " + ", ".join(f"ALTER COLUMN {column} SET STORAGE EXTERNAL" for column in OUT_OF_LINE)
    + ", ALTER COLUMN title SET STORAGE MAIN",
    f"VACUUM FULL {TABLE}",
]
WIDE = [
    f"ALTER TABLE {TABLE} RESET (toast_tuple_target)",
    f"ALTER TABLE {TABLE} " + ", ".join(f"ALTER COLUMN {column} SET STORAGE EXTENDED" for column in (*OUT_OF_LINE, "title")),
]


def on_postgresql(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    atomic = False  # VACUUM cannot run inside a transaction

    dependencies = [("search", "0002_indexentry_search_vectors")]

    operations = [migrations.RunPython(on_postgresql(NARROW), on_postgresql(WIDE), elidable=False)]
