"""Benchmark of search at 100,000 pages on PostgreSQL: a province with BENCH_PORTALS component portals
provisioned through the real service, then BENCH_SEARCH_PAGES published pages spread over their sections,
inserted in bulk together with their search index rows (title, body and the folded copy, as Wagtail's
PostgreSQL backend and search/indexing.py would write them; search/migrations/0004's trigger fills in the page's
scope). Then /search/ is requested through Django's test
client (page cache off) on one portal and province-wide (scope=all), with and without diacritics, and p50/p95
printed. Timings are never a pass/fail test.

    BENCH_SEARCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_search make bench-search

BENCH_SEARCH_DATABASE_URL (or BENCH_DATABASE_URL) must be an EMPTY, throwaway PostgreSQL database: it is
migrated and filled (about 6 minutes on a 2-core machine). A second run on the same database measures again without generating.
"""

import datetime
import os
import random
import sys
import time
import unicodedata
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
os.environ["DATABASE_URL"] = os.environ.get("BENCH_SEARCH_DATABASE_URL") or os.environ.get("BENCH_DATABASE_URL", "")
os.environ["APP_PAGE_CACHE"] = "0"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sites.settings.dev")
PORTALS = int(os.environ.get("BENCH_PORTALS", 20))
PAGES = int(os.environ.get("BENCH_SEARCH_PAGES", 100_000))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", 15))
BODY_WORDS = 140  # filler syllables per page, besides TOPIC_PHRASES phrases of PHRASES
TOPIC_PHRASES = 5
FIRST_CHILD = 1000  # path steps of the generated pages start here, after whatever provisioning created

# Phrases of provincial news and procedures; drawn with Zipf-like weights, so some words are in most pages.
PHRASES = """ủy ban nhân dân|thủ tục hành chính|cấp giấy phép xây dựng|kế hoạch|triển khai|thực hiện|
công văn|quyết định|nghị định|thông tư|hướng dẫn|tuyển dụng viên chức|đất đai|bồi thường giải phóng mặt bằng|
phòng chống thiên tai|bản đồ hành chính|hòa giải ở cơ sở|công trình thủy lợi|đường giao thông nông thôn|
chương trình mục tiêu quốc gia|xây dựng nông thôn mới|giảm nghèo bền vững|chuyển đổi số|dịch vụ công trực tuyến|
cải cách hành chính|tiếp công dân|khiếu nại tố cáo|an toàn thực phẩm|phòng cháy chữa cháy|bảo hiểm y tế|
giáo dục đào tạo|khuyến nông|khuyến công|du lịch cộng đồng|lễ hội truyền thống|bảo vệ môi trường|
tài nguyên nước|quy hoạch sử dụng đất|đầu tư công|ngân sách nhà nước|thanh tra|kiểm tra|giám sát|
hội nghị|tổng kết|sơ kết|năm 2026|quý IV|tháng 12|sở|phòng|ban|ngành|huyện|xã|thị trấn|người dân|doanh nghiệp|
hồ sơ|đề nghị|báo cáo|thông báo|lịch công tác|lãnh đạo|chủ tịch|phó chủ tịch|giám đốc|cán bộ|công chức|
hợp tác xã|sản xuất|tiêu thụ|nông sản|chợ phiên vùng cao|biên giới|quốc phòng|an ninh|trật tự|văn hóa|
thể thao|y tế|dịch bệnh|tiêm chủng|trường học|học sinh|giáo viên|thi tốt nghiệp|tuyển sinh|lao động|việc làm|
an sinh xã hội|người có công|thương binh liệt sĩ|trẻ em|phụ nữ|thanh niên|mặt trận tổ quốc|đoàn thể""".replace("\n", "").split("|")

# Vietnamese-like syllables (onset + rhyme + tone), about 5,000, drawn with Zipf-like weights as the rest of a
# page's text: a real page's vocabulary is wide, so a query's words are not in every page.
FILLER = sorted({
    unicodedata.normalize("NFC", onset + rhyme + tone)
    for onset in ["", "b", "c", "ch", "d", "đ", "g", "h", "kh", "l", "m", "n", "ng", "nh", "ph", "qu", "s", "t",
                  "th", "tr", "v", "x"]
    for rhyme in ["a", "ai", "am", "an", "ang", "anh", "ao", "at", "e", "em", "en", "i", "im", "in", "inh", "o",
                  "oi", "om", "on", "ong", "u", "ui", "um", "un", "ung", "ư", "ưa", "ương", "ơ", "ơi", "ôn", "ông"]
    for tone in ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]
})
random.Random(5).shuffle(FILLER)

QUERIES = [
    "thủ tục hành chính", "cấp giấy phép xây dựng", "tuyển dụng viên chức", "hòa giải ở cơ sở",
    "bản đồ hành chính", "công trình thủy lợi", "chợ phiên vùng cao", "bồi thường giải phóng mặt bằng",
    "dịch vụ công trực tuyến", "ủy ban nhân dân", "kế hoạch", "thông báo tuyển sinh",
]


def step(number):
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    text = ""
    for _ in range(4):
        number, digit = divmod(number, 36)
        text = alphabet[digit] + text
    return text


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def generate(rng):
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection, transaction
    from django.utils import timezone
    from wagtail.models import Locale, Page

    from component_portals.models import ComponentPortal, PortalKind
    from component_portals.provisioning import provision_portal
    from home.models import StandardPage
    from search.indexing import folded_copy

    province = provision_portal(name="Ủy ban nhân dân tỉnh Thử Tải", slug="tinh-thu-tai", kind=PortalKind.PROVINCE,
                                hostname="localhost")
    for number in range(PORTALS - 1):
        kind = PortalKind.DEPARTMENT if number % 2 else PortalKind.COMMUNE
        provision_portal(name=f"Cổng thử tải {number:02d}", slug=f"thu-tai-{number:02d}", kind=kind, parent=province)
    portals = list(ComponentPortal.objects.select_related("site", "root_page").order_by("pk"))
    locale = Locale.objects.get(language_code="vi")
    sections = [section for portal in portals for section in Page.objects.filter(
        depth=3, path__startswith=portal.root_page.path, locale=locale)]
    content_type = ContentType.objects.get_for_model(StandardPage)
    weights = [1 / (rank + 1) for rank in range(len(PHRASES))]
    filler_weights = [1 / (rank + 1) for rank in range(len(FILLER))]
    now = timezone.now()

    started = time.perf_counter()
    next_child = {section.pk: FIRST_CHILD for section in sections}
    rows = []
    for number in range(PAGES):
        section = sections[number % len(sections)]
        path = section.path + step(next_child[section.pk])
        next_child[section.pk] += 1
        title = " ".join(rng.choices(PHRASES, weights, k=rng.randrange(1, 3)) + rng.choices(FILLER, k=2)).capitalize()
        body = " ".join(rng.choices(PHRASES, weights, k=TOPIC_PHRASES) + rng.choices(FILLER, filler_weights, k=BODY_WORDS))
        when = now - datetime.timedelta(days=rng.randrange(0, 1500))
        page = Page(path=path, depth=4, numchild=0, title=title, draft_title=title, slug=f"tin-{number}",
                    content_type=content_type, live=True, locale=locale, url_path=f"{section.url_path}tin-{number}/",
                    first_published_at=when, last_published_at=when, latest_revision_created_at=when)
        rows.append((page, f"{body} {folded_copy(f'{title} {body}')}"))
    with transaction.atomic():
        Page.objects.bulk_create([page for page, _body in rows], batch_size=2000)
        ids = dict(Page.objects.filter(depth=4, path__in=[page.path for page, _ in rows]).values_list("path", "id"))
        with connection.cursor() as cursor:
            for start in range(0, len(rows), 2000):
                batch = rows[start:start + 2000]
                values = ", ".join(["(%s, %s, %s)"] * len(batch))
                params = [value for page, body in batch for value in (ids[page.path], page.title, body)]
                cursor.execute(f"""
                    INSERT INTO wagtailsearch_indexentry
                        (content_type_id, object_id, title, autocomplete, body, title_norm, title_text, body_text)
                    SELECT {content_type.pk}, t.id::text,
                           setweight(to_tsvector('vietnamese_unaccent', t.title), 'A'), ''::tsvector,
                           setweight(to_tsvector('vietnamese_unaccent', t.body), 'C'), 1.0, t.title, t.body
                    FROM (VALUES {values}) AS t(id, title, body)
                """, params)
        for section in sections:
            Page.objects.filter(pk=section.pk).update(numchild=next_child[section.pk] - FIRST_CHILD)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    print(f"generated {PAGES} pages on {len(portals)} portals in {time.perf_counter() - started:.0f} s "
          f"({Page.objects.count()} pages in all)")
    return province, portals


def measure(client, host, query, **params):
    started = time.perf_counter()
    response = client.get("/search/", {"q": query, **params}, HTTP_HOST=host)
    elapsed = time.perf_counter() - started
    assert response.status_code == 200, response.status_code
    return elapsed


def main():
    if not os.environ["DATABASE_URL"].startswith("postgres"):
        print("bench/search.py: set BENCH_SEARCH_DATABASE_URL to an empty, throwaway PostgreSQL database; skipped.")
        return
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client

    from search.text import fold

    rng = random.Random(14)
    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    print(f"migrate: {time.perf_counter() - started:.0f} s")
    from component_portals.models import ComponentPortal

    if ComponentPortal.objects.filter(slug="tinh-thu-tai").exists():  # generated by an earlier run: measure again
        portals = list(ComponentPortal.objects.select_related("site", "root_page").order_by("pk"))
        province = portals[0]
    else:
        province, portals = generate(rng)
    portal = portals[1]
    client = Client()
    cells = {
        ("portal", "with diacritics"): (portal.site.hostname, {}, QUERIES),
        ("portal", "without diacritics"): (portal.site.hostname, {}, [fold(q) for q in QUERIES]),
        ("province-wide", "with diacritics"): (province.site.hostname, {"scope": "all"}, QUERIES),
        ("province-wide", "without diacritics"): (province.site.hostname, {"scope": "all"}, [fold(q) for q in QUERIES]),
    }
    for host, params, queries in cells.values():  # warm-up: one unmeasured round, so that no query is timed cold
        for query in queries:
            measure(client, host, query, **params)
    timings = {cell: [] for cell in cells}
    for _round in range(ROUNDS):  # interleaved: every cell in every round
        for cell, (host, params, queries) in cells.items():
            for query in queries:
                timings[cell].append(measure(client, host, query, **params))
    print(f"search, {PAGES} generated pages, {len(QUERIES)} queries × {ROUNDS} rounds per cell (goal p95 ≤ 100 ms):")
    for (scope, spelling), values in timings.items():
        p50, p95 = percentile(values, 0.50) * 1000, percentile(values, 0.95) * 1000
        print(f"  {scope:<14} {spelling:<19} p50 {p50:6.1f} ms   p95 {p95:6.1f} ms   "
              f"max {max(values) * 1000:6.1f} ms   {'OK' if p95 <= 100 else 'over goal'}")


if __name__ == "__main__":
    main()
