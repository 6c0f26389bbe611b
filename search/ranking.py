"""PostgreSQL: match and rank in one query over the columns added by migrations/0002.

A page matches when every folded query word occurs in its `search_all` vector (GIN-indexed). The order:
1. when the query was typed with diacritics, how many query words occur exactly (diacritics kept, either
   tone-mark placement of oa/oe/uy), in the title (counted double) and in the body (`search_exact`);
2. `ts_rank` of the folded match, the title weighing more;
3. the page id, so that the order is stable.
Only the page ids of the first `limit` matches leave the database.
"""

from django.db import connection

from .text import has_diacritics, nfc, spellings, words

FOLDED_CONFIG = "vietnamese_unaccent"
MAX_EXACT_WORDS = 12
RANK_WINDOW = 1000


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


def ranked_page_ids(pages, terms, query, limit):
    """The ids of the pages of the `pages` queryset that match every term, best first, at most `limit`.

    Two steps, so that a common word does not make the database read the whole vectors of every page that
    has it: the matches are first narrowed to RANK_WINDOW by the relevance of their title (a small column
    kept in the row, migrations/0003) and recency; only those are ordered by exact matches and full
    relevance. With RANK_WINDOW matches or fewer the order is the same as ranking them all."""
    pages_sql, pages_params = pages.order_by().values_list("content_type_id", "pk").query.sql_with_params()
    exact_sql, exact_params = [], []
    for in_title, in_body in exact_queries(query):
        exact_sql.append(
            "2 * (e.search_exact @@ to_tsquery('simple', %s))::int + (e.search_exact @@ to_tsquery('simple', %s))::int"
        )
        exact_params += [in_title, in_body]
    exact = f"{' + '.join(exact_sql)} DESC, " if exact_sql else ""
    sql = f"""
        WITH q AS (SELECT plainto_tsquery(%s::regconfig, %s) AS folded),
        window_ AS (
            SELECT m.id AS entry_id, p.page_id
            FROM wagtailsearch_indexentry m
            CROSS JOIN q
            JOIN ({pages_sql}) AS p(content_type_id, page_id)
                ON p.page_id = CASE WHEN m.object_id ~ '^[0-9]+$' THEN m.object_id::integer END
                AND m.content_type_id = p.content_type_id
            WHERE m.search_all @@ q.folded
            ORDER BY ts_rank(m.title, q.folded) DESC, p.page_id DESC
            LIMIT %s
        )
        SELECT w.page_id
        FROM window_ w
        JOIN wagtailsearch_indexentry e ON e.id = w.entry_id
        CROSS JOIN q
        ORDER BY {exact}ts_rank(e.search_all, q.folded) DESC, w.page_id
        LIMIT %s
    """
    params = [FOLDED_CONFIG, " ".join(terms), *pages_params, RANK_WINDOW, *exact_params, limit]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [row[0] for row in cursor.fetchall()]
