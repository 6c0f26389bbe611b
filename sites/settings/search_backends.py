"""Which search backend holds the index (README «Search»).

The default is Wagtail's database backend: on PostgreSQL with the `vietnamese_unaccent` configuration created
by search/migrations/0001 (simple + unaccent), ranked in one query by search/ranking.py; on SQLite its FTS5
index. Pages also index an accent-folded copy of their text (search/indexing.py), so every backend matches
without diacritics. With SEARCH_URL a large province uses an OpenSearch cluster (SEARCH_BACKEND names another
of Wagtail's cluster backends: opensearch2, elasticsearch8, elasticsearch9), whose default analyzer folds
like search/text.py (lower case, diacritics removed, đ→d); search/views.py re-ranks its candidates by exact
diacritics as on SQLite.
"""

OPENSEARCH_INDEX_SETTINGS = {
    "settings": {
        "analysis": {
            "char_filter": {"vietnamese_d": {"type": "mapping", "mappings": ["đ => d", "Đ => D"]}},
            "analyzer": {
                # every text field that names no analyzer, at index and at query time
                "default": {"type": "custom", "char_filter": ["vietnamese_d"], "tokenizer": "standard",
                            "filter": ["lowercase", "asciifolding"]},
            },
        },
    },
}


def cluster_backend(url, backend="opensearch3", index_prefix="portal_"):
    return {"BACKEND": f"wagtail.search.backends.{backend}", "URLS": [url], "INDEX_PREFIX": index_prefix,
            "TIMEOUT": 10, "INDEX_SETTINGS": OPENSEARCH_INDEX_SETTINGS}


def search_backends(database_engine, environ):
    if environ.get("SEARCH_URL"):
        return {"default": cluster_backend(environ["SEARCH_URL"], environ.get("SEARCH_BACKEND", "opensearch3"))}
    default = {"BACKEND": "wagtail.search.backends.database"}
    if database_engine == "django.db.backends.postgresql":
        default["SEARCH_CONFIG"] = "vietnamese_unaccent"
    return {"default": default}
