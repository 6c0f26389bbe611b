"""PostgreSQL: what the search scope filter needs from a page, kept in the page's own search index row, so that
search/ranking.py filters matches inside the index scan and never looks up the page of each match.

Columns on wagtailsearch_indexentry (NULL / false for rows that are not pages):
- `page_id`, `page_path` (C collation, so that a path prefix is an index range), `page_root` (the portal home's
  path: the first 8 characters, generated), `page_locale_id`, `page_first_published_at`;
- `page_visible`: live and not under a view restriction (what `Page.objects.live().public()` keeps).

Triggers keep them true whatever writes the page, including treebeard's bulk path updates when a subtree moves:
- a new index row copies them from its page (BEFORE INSERT; Wagtail's upsert keeps them on conflict);
- a change of a page's path, live flag, locale or first publication updates its row; a deleted page's row
  is hidden until Wagtail removes it;
- adding or removing a view restriction recomputes `page_visible` for the rows under the restricted page.
The multi-column GIN index (btree_gin) lets one portal's matches be found without reading the others'; a
partial index on the pages of the top three levels (portal homes and their sections) serves search/views.py's
roots_and_sections. Existing rows are filled here, then the table is rewritten compactly (VACUUM FULL: it is
locked for about half a minute per 100,000 pages). A no-op on other databases."""

from django.db import migrations

TABLE = "wagtailsearch_indexentry"
PAGE_SCOPE = "p.path, p.locale_id, p.first_published_at, p.live AND NOT search_page_restricted(p.path)"

CREATE = f"""
CREATE EXTENSION IF NOT EXISTS btree_gin;
ALTER TABLE {TABLE}
    ADD COLUMN IF NOT EXISTS page_id integer,
    ADD COLUMN IF NOT EXISTS page_path varchar(255) COLLATE "C",
    ADD COLUMN IF NOT EXISTS page_locale_id integer,
    ADD COLUMN IF NOT EXISTS page_first_published_at timestamp with time zone,
    ADD COLUMN IF NOT EXISTS page_visible boolean NOT NULL DEFAULT false;
ALTER TABLE {TABLE}
    ADD COLUMN IF NOT EXISTS page_root varchar(8) COLLATE "C" GENERATED ALWAYS AS (left(page_path, 8)) STORED;

CREATE OR REPLACE FUNCTION search_page_restricted(page_path varchar) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (
        SELECT 1 FROM wagtailcore_pageviewrestriction r JOIN wagtailcore_page rp ON rp.id = r.page_id
        WHERE starts_with(page_path, rp.path)
    )
$$;

CREATE OR REPLACE FUNCTION search_indexentry_page_scope() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.object_id ~ '^[0-9]{{1,9}}$' THEN
        SELECT p.id, {PAGE_SCOPE}
        INTO NEW.page_id, NEW.page_path, NEW.page_locale_id, NEW.page_first_published_at, NEW.page_visible
        FROM wagtailcore_page p
        WHERE p.id = NEW.object_id::integer AND p.content_type_id = NEW.content_type_id;
    END IF;
    NEW.page_visible := coalesce(NEW.page_visible, false);
    RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION search_page_scope_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        UPDATE {TABLE} SET page_visible = false
        WHERE content_type_id = OLD.content_type_id AND object_id = OLD.id::text;
        RETURN OLD;
    END IF;
    UPDATE {TABLE}
    SET page_path = NEW.path, page_locale_id = NEW.locale_id, page_first_published_at = NEW.first_published_at,
        page_visible = NEW.live AND NOT search_page_restricted(NEW.path)
    WHERE content_type_id = NEW.content_type_id AND object_id = NEW.id::text;
    RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION search_restriction_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    restricted_path varchar;
BEGIN
    FOR restricted_path IN
        SELECT path FROM wagtailcore_page
        WHERE id = CASE WHEN TG_OP = 'INSERT' THEN NEW.page_id ELSE OLD.page_id END
           OR id = CASE WHEN TG_OP = 'UPDATE' THEN NEW.page_id END
    LOOP
        UPDATE {TABLE} e SET page_visible = p.live AND NOT search_page_restricted(p.path)
        FROM wagtailcore_page p
        WHERE e.page_path LIKE restricted_path || '%' AND p.id = e.page_id;
    END LOOP;
    RETURN NULL;
END
$$;

DROP TRIGGER IF EXISTS search_indexentry_page_scope ON {TABLE};
CREATE TRIGGER search_indexentry_page_scope BEFORE INSERT ON {TABLE}
    FOR EACH ROW EXECUTE FUNCTION search_indexentry_page_scope();
DROP TRIGGER IF EXISTS search_page_scope_changed ON wagtailcore_page;
CREATE TRIGGER search_page_scope_changed AFTER UPDATE OF path, live, locale_id, first_published_at
    ON wagtailcore_page FOR EACH ROW
    WHEN (OLD.path IS DISTINCT FROM NEW.path OR OLD.live IS DISTINCT FROM NEW.live
          OR OLD.locale_id IS DISTINCT FROM NEW.locale_id
          OR OLD.first_published_at IS DISTINCT FROM NEW.first_published_at)
    EXECUTE FUNCTION search_page_scope_changed();
DROP TRIGGER IF EXISTS search_page_deleted ON wagtailcore_page;
CREATE TRIGGER search_page_deleted AFTER DELETE ON wagtailcore_page
    FOR EACH ROW EXECUTE FUNCTION search_page_scope_changed();
DROP TRIGGER IF EXISTS search_restriction_changed ON wagtailcore_pageviewrestriction;
CREATE TRIGGER search_restriction_changed AFTER INSERT OR DELETE OR UPDATE OF page_id
    ON wagtailcore_pageviewrestriction FOR EACH ROW EXECUTE FUNCTION search_restriction_changed();
"""

FILL = f"""
UPDATE {TABLE} e
SET (page_id, page_path, page_locale_id, page_first_published_at, page_visible) = (SELECT p.id, {PAGE_SCOPE})
FROM wagtailcore_page p
WHERE p.id = CASE WHEN e.object_id ~ '^[0-9]{{1,9}}$' THEN e.object_id::integer END
  AND p.content_type_id = e.content_type_id
"""

INDEX = f"""
CREATE INDEX IF NOT EXISTS search_indexentry_page_path ON {TABLE} (page_path);
CREATE INDEX IF NOT EXISTS search_page_portal_levels ON wagtailcore_page (path) WHERE depth <= 3;
CREATE INDEX IF NOT EXISTS search_indexentry_scoped_match ON {TABLE} USING gin (page_root, search_all);
DROP INDEX IF EXISTS search_indexentry_search_all;
"""

DROP = f"""
CREATE INDEX IF NOT EXISTS search_indexentry_search_all ON {TABLE} USING gin (search_all);
DROP INDEX IF EXISTS search_page_portal_levels;
DROP TRIGGER IF EXISTS search_restriction_changed ON wagtailcore_pageviewrestriction;
DROP TRIGGER IF EXISTS search_page_deleted ON wagtailcore_page;
DROP TRIGGER IF EXISTS search_page_scope_changed ON wagtailcore_page;
DROP TRIGGER IF EXISTS search_indexentry_page_scope ON {TABLE};
DROP FUNCTION IF EXISTS search_restriction_changed();
DROP FUNCTION IF EXISTS search_page_scope_changed();
DROP FUNCTION IF EXISTS search_indexentry_page_scope();
DROP FUNCTION IF EXISTS search_page_restricted(varchar);
ALTER TABLE {TABLE} DROP COLUMN IF EXISTS page_root, DROP COLUMN IF EXISTS page_visible,
    DROP COLUMN IF EXISTS page_first_published_at, DROP COLUMN IF EXISTS page_locale_id,
    DROP COLUMN IF EXISTS page_path, DROP COLUMN IF EXISTS page_id;
"""


def on_postgresql(*statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for sql in statements:
                schema_editor.execute(sql, None)  # None: no %-interpolation

    return run


class Migration(migrations.Migration):
    # Each step commits: the fill leaves deferred constraint events that forbid building an index in the same
    # transaction, and VACUUM cannot run in one. Every step can be run again.
    atomic = False

    dependencies = [
        ("search", "0003_narrow_index_rows"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(
            on_postgresql(CREATE, FILL, INDEX, f"VACUUM FULL ANALYZE {TABLE}"), on_postgresql(DROP), elidable=False
        )
    ]
