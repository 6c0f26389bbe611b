"""Search ranking expectations (issue 14), the same on SQLite and PostgreSQL: exact diacritics first, folded
matches still found, title before body, portal and province-wide scope. On PostgreSQL the ranking is done by
one query in the database (search/ranking.py)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from search.text import spellings
from tests.search.test_search import get, plain_titles, publish_article, publish_page, section_of

pytestmark = pytest.mark.django_db


def test_both_tone_mark_placements_are_one_exact_spelling():
    assert sorted(spellings("hòa")) == sorted(spellings("hoà")) == ["hoà", "hòa"]
    assert sorted(spellings("Thủy")) == ["thuỷ", "thủy"]
    assert spellings("bản") == ["bản"]


def test_exact_diacritics_first_then_folded_matches(client, portal_a):
    section = section_of(portal_a)
    publish_page(section, "Bàn đỡ thiết bị")
    publish_page(section, "Bán đồ cũ")
    publish_page(section, "Bản đồ hành chính")
    publish_page(section, "Ban do khong dau")
    for query, first in (("bản đồ", "Bản đồ hành chính"), ("bàn đỡ", "Bàn đỡ thiết bị"), ("bán đồ", "Bán đồ cũ")):
        found = plain_titles(get(client, portal_a.hostname, q=query))
        assert found[0] == first, query
        # every folded spelling is still found, after the exact one
        assert sorted(found) == sorted(["Bàn đỡ thiết bị", "Bán đồ cũ", "Bản đồ hành chính", "Ban do khong dau"])


def test_more_exact_words_rank_higher(client, portal_a):
    section = section_of(portal_a)
    publish_page(section, "Hồ sơ hộ tịch")
    publish_page(section, "Hộ sơ hồ tịch")
    found = plain_titles(get(client, portal_a.hostname, q="hồ sơ hộ tịch"))
    assert found == ["Hồ sơ hộ tịch", "Hộ sơ hồ tịch"]


def test_tone_mark_placement_counts_as_exact(client, portal_a):
    section = section_of(portal_a)
    publish_page(section, "Hoa giải trí")
    publish_page(section, "Hòa giải ở cơ sở")
    assert plain_titles(get(client, portal_a.hostname, q="hoà giải"))[0] == "Hòa giải ở cơ sở"


def test_title_match_ranks_above_body_match(client, portal_a):
    publish_article(portal_a, "Thông báo chung", "Lịch tiếp công dân định kỳ của lãnh đạo.")
    publish_article(portal_a, "Lịch tiếp công dân tháng 12", "Thông báo lịch tiếp.")
    found = plain_titles(get(client, portal_a.hostname, q="lịch tiếp công dân"))
    assert found == ["Lịch tiếp công dân tháng 12", "Thông báo chung"]


@pytest.mark.parametrize("query", ["chợ phiên", "cho phien"])
def test_portal_scope_and_province_scope_rank_alike(client, portal_a, portal_b, province, query):
    publish_page(section_of(portal_a), "Chợ phiên vùng cao")
    publish_page(section_of(portal_b), "Chợ phiên biên giới")
    publish_page(section_of(portal_b), "Chở phiên hàng")
    assert plain_titles(get(client, portal_a.hostname, q=query)) == ["Chợ phiên vùng cao"]
    found = plain_titles(get(client, province.hostname, q=query, scope="all"))
    assert sorted(found) == sorted(["Chợ phiên vùng cao", "Chợ phiên biên giới", "Chở phiên hàng"])
    if query == "chợ phiên":
        assert found[-1] == "Chở phiên hàng"
    # the province's own search (no scope) covers only the province portal
    assert plain_titles(get(client, province.hostname, q=query)) == []


def test_postgresql_ranks_in_one_query_without_rereading_candidates(client, portal_a):
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only: SQLite re-ranks the FTS5 candidates")
    section = section_of(portal_a)
    for number in range(15):
        publish_page(section, f"Bản đồ số {number}")
    get(client, portal_a.hostname, q="bản đồ")  # warm caches
    with CaptureQueriesContext(connection) as queries:
        response = get(client, portal_a.hostname, q="bản đồ")
    assert len(response.context["results"]) == 10
    index_reads = [q["sql"] for q in queries.captured_queries if "wagtailsearch_indexentry" in q["sql"]]
    # the window of title matches, then (fewer than the window) of the other matches, then the final order;
    # one more reads the text of the ten shown results for their snippets
    assert len(index_reads) == 4
    assert sum("LIMIT" in sql for sql in index_reads) == 3
    assert any("search_exact" in sql and "LIMIT" in sql for sql in index_reads)
