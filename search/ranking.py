"""PostgreSQL: match and rank in the database, over the columns added by migrations/0002 and 0004.

A page matches when every folded query word occurs in its `search_all` vector (GIN-indexed). The order:
1. when the query was typed with diacritics, how many query words occur exactly (diacritics kept, either
   tone-mark placement of oa/oe/uy), in the title (counted double) and in the body (`search_exact`);
2. `ts_rank` of the folded match, the title weighing more;
3. the page id, so that the order is stable.
Only the page ids of the first `limit` matches leave the database.
"""

import datetime
from dataclasses import dataclass

from django.db import connection

from .text import has_diacritics, nfc, spellings, words

FOLDED_CONFIG = "vietnamese_unaccent"
MAX_EXACT_WORDS = 12
RANK_WINDOW = 400  # twice the results kept (views.MAX_CANDIDATES)
NEWEST_ROWS = 20 * RANK_WINDOW
ROOT_LENGTH = 8  # a portal home's tree path: two steps of 4 characters (migrations/0004)


def exact_queries(query):
    """Per query word with diacritics: the tsquery text of its spellings in the title and in the body."""
    wanted = []
    for word in words(nfc(query)):
        if has_diacritics(word):
            options = spellings(word)
            pair = (" | ".join(f"{option}:A" for option in options), " | ".join(f"{option}:B" for option in options))
            if pair not in wanted:
                wanted.append(pair)
    return wanted[:MAX_EXACT_WORDS]


@dataclass(frozen=True)
class Scope:
    """The pages searched: live public pages of `locale_id` under one of the path `prefixes` (portal homes or
    sections), first published in [published_from, published_before) when given."""

    locale_id: int
    prefixes: tuple
    published_from: datetime.datetime | None = None
    published_before: datetime.datetime | None = None


def scope_filter(scope):
    """SQL conditions and parameters on the page columns of the index row m (migrations/0004)."""
    roots = sorted({prefix[:ROOT_LENGTH] for prefix in scope.prefixes})
    # One portal: an equality, so that the multi-column GIN index finds only that portal's matches.
    sql = ["m.page_visible", "m.page_locale_id = %s", "m.page_root = %s" if len(roots) == 1 else "m.page_root = ANY(%s)"]
    params = [scope.locale_id, roots[0] if len(roots) == 1 else roots]
    below_roots = [prefix for prefix in scope.prefixes if len(prefix) > ROOT_LENGTH]
    if below_roots:
        sql.append("(" + " OR ".join(["m.page_path LIKE %s"] * len(below_roots)) + ")")
        params += [f"{prefix}%" for prefix in below_roots]  # tree paths are [0-9A-Z]: nothing to escape
    if scope.published_from:
        sql.append("m.page_first_published_at >= %s")
        params.append(scope.published_from)
    if scope.published_before:
        sql.append("m.page_first_published_at < %s")
        params.append(scope.published_before)
    return " AND ".join(sql), params


def window_entries(scope, folded):
    """The index rows of at most RANK_WINDOW matches of `scope`: the most recent of those whose title has every
    word first, then, only when these are fewer, the other matches by the relevance of their title (a small
    column kept in the row, migrations/0003) and recency. A common word (in three pages out of four) thus
    makes the database read only the newest rows, or the rows of the pages with it in their title — not the
    rows of every page that has it."""
    scope_sql, scope_params = scope_filter(scope)
    title_sql = f"""
        SELECT m.id FROM wagtailsearch_indexentry m CROSS JOIN q
        WHERE m.title @@ q.folded AND {scope_sql} {{only_if}} ORDER BY m.page_id DESC LIMIT %s"""
    title_params = [*scope_params, RANK_WINDOW]
    if len({prefix[:ROOT_LENGTH] for prefix in scope.prefixes}) > 1:
        # Over several portals the newest rows (in page id order, without reading a vector) often hold a whole
        # window of title matches; only when they do not are all the title matches read (one portal's are read
        # through the GIN index at once). One query: the second part runs only if the first falls short.
        title_sql = f"""
            , newest AS (
                SELECT m.id FROM (
                    SELECT * FROM wagtailsearch_indexentry WHERE page_id IS NOT NULL
                    ORDER BY page_id DESC LIMIT {NEWEST_ROWS}
                ) m CROSS JOIN q
                WHERE m.title @@ q.folded AND {scope_sql} ORDER BY m.page_id DESC LIMIT %s
            )
            SELECT id FROM newest WHERE (SELECT count(*) FROM newest) = {RANK_WINDOW}
            UNION ALL ({title_sql.format(only_if=f"AND (SELECT count(*) FROM newest) < {RANK_WINDOW}")})"""
        title_params = [*scope_params, RANK_WINDOW, *title_params]
    else:
        title_sql = title_sql.format(only_if="")
    entries = entry_ids(folded, title_sql, title_params)
    if len(entries) < RANK_WINDOW:
        entries += entry_ids(folded, f"""
            SELECT m.id FROM wagtailsearch_indexentry m CROSS JOIN q
            WHERE m.search_all @@ q.folded AND NOT m.title @@ q.folded AND {scope_sql}
            ORDER BY ts_rank(m.title, q.folded) DESC, m.page_id DESC LIMIT %s""",
                             [*scope_params, RANK_WINDOW - len(entries)])
    return entries


def entry_ids(folded, sql, params):
    with connection.cursor() as cursor:
        cursor.execute(f"WITH q AS (SELECT plainto_tsquery(%s::regconfig, %s) AS folded) {sql}",
                       [FOLDED_CONFIG, folded, *params])
        return [row[0] for row in cursor.fetchall()]


def ranked_page_ids(scope, terms, query, limit):
    """The ids of the pages of `scope` that match every term, best first, at most `limit`.

    Two steps, so that a common word does not make the database read the whole vectors of every page that
    has it: the matches are first narrowed to RANK_WINDOW (window_entries); only those are ordered by exact
    matches and full relevance. With RANK_WINDOW matches or fewer the order is the same as ranking them all.
    The scope is read from the index row itself (migrations/0004): no page is looked up."""
    if not scope.prefixes:
        return []
    folded = " ".join(terms)
    entries = window_entries(scope, folded)
    if not entries:
        return []
    exact_sql, exact_params = [], []
    for in_title, in_body in exact_queries(query):
        exact_sql.append(
            "2 * (e.search_exact @@ to_tsquery('simple', %s))::int + (e.search_exact @@ to_tsquery('simple', %s))::int"
        )
        exact_params += [in_title, in_body]
    exact = f"{' + '.join(exact_sql)} DESC, " if exact_sql else ""
    sql = f"""
        WITH q AS (SELECT plainto_tsquery(%s::regconfig, %s) AS folded)
        SELECT e.page_id
        FROM wagtailsearch_indexentry e
        CROSS JOIN q
        WHERE e.id = ANY(%s)
        ORDER BY {exact}ts_rank(e.search_all, q.folded) DESC, e.page_id
        LIMIT %s
    """
    with connection.cursor() as cursor:
        cursor.execute(sql, [FOLDED_CONFIG, folded, entries, *exact_params, limit])
        return [row[0] for row in cursor.fetchall()]
