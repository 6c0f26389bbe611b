"""/search/?q=… : search one portal, or every active portal from the provincial portal (`scope=all`), in the
current language; published public pages only.

How a query is matched and ranked
- The query is folded (search/text.py) and reduced to plain words, so quotes, operators, %, _, backslashes
  and markup never reach the search backend as syntax. All words must match (AND).
- Every page indexes an accent-folded copy of its text (search/indexing.py), so the folded query matches
  text written with or without diacritics on every backend; on PostgreSQL the `vietnamese_unaccent`
  configuration also folds at the tsvector level.
- When the query was typed with diacritics, pages where more query words occur exactly, diacritics included
  (the tone-mark placement of oa/oe/uy does not count as a difference; title words count double), come
  first; relevance breaks ties. At most MAX_CANDIDATES results.
  On PostgreSQL one query matches and ranks in the database (search/ranking.py, GIN-indexed vectors of
  migrations/0002; the scope — portal, language, live and public, dates — is read from the index row itself,
  migrations/0004). On SQLite, Wagtail's FTS5 index returns the candidates by relevance and one extra query
  reads their stored text to re-rank them (backend_candidates; an OpenSearch cluster the same way).
- Portal names and categories come from the pages' path prefixes: one query for the portal roots and the
  sections, one for the portals, whatever the number of results.
"""

import datetime
import re

from django.conf import settings
from django.db import connection
from django.db.models import Q
from django.db.models.functions import Substr
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.models import Locale, Page, Site
from wagtail.search.models import IndexEntry

from component_portals.models import ComponentPortal, PortalStatus
from home.filters import date_param, text_param
from home.listing import one_page, query_string
from home.text import vietnamese_sort_key

from .indexing import searchable_text, without_folded
from .ranking import Scope, ranked_page_ids
from .text import canonical, fold, has_diacritics, nfc, words

QUERY_MAX_LENGTH = 1000
MAX_TERMS = 12
TERM_MAX_LENGTH = 50
MAX_CANDIDATES = 200
RESULTS_PER_PAGE = 10
SNIPPET_WORDS = 36
STEP = Page.steplen
PORTAL_ROOT_DEPTH = 2  # portal home pages sit directly under Wagtail's root


def search_terms(query):
    """The folded words of a query: what is sent to the backend."""
    terms = []
    for word in words(fold(query)):
        word = word[:TERM_MAX_LENGTH]
        if word not in terms:
            terms.append(word)
    return terms[:MAX_TERMS]


def highlight(text, folded_terms):
    """`text`, escaped, with every word whose folded form is a query term wrapped in <mark>."""
    parts = re.split(r"([^\W_]+)", nfc(text))
    out = []
    for index, part in enumerate(parts):
        if index % 2 and fold(part) in folded_terms:
            out.append(f"<mark>{escape(part)}</mark>")
        else:
            out.append(escape(part))
    return mark_safe("".join(out))


def snippet(text, folded_terms):
    """About SNIPPET_WORDS words of `text` around the first matched word, highlighted."""
    tokens = nfc(text).split()
    if not tokens:
        return ""
    first = next(
        (i for i, token in enumerate(tokens) if any(fold(w) in folded_terms for w in words(token))), 0
    )
    start = max(0, first - SNIPPET_WORDS // 3)
    end = min(len(tokens), start + SNIPPET_WORDS)
    piece = " ".join(tokens[start:end])
    result = highlight(piece, folded_terms)
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(tokens) else ""
    return mark_safe(prefix + result + suffix)


def exact_score(query, title, body):
    """How many words of `query`, diacritics included, occur as such in the title (counted double) and body."""
    wanted = {canonical(word) for word in words(query)}
    title_words = {canonical(word) for word in words(title)}
    body_words = {canonical(word) for word in words(body)}
    return sum(2 * (word in title_words) + (word in body_words) for word in wanted)


def ranks_in_database():
    """PostgreSQL with Wagtail's database backend: search/ranking.py matches and ranks in one query over the
    index rows. Any other backend (SQLite's FTS5, an OpenSearch cluster) gives candidates by its own
    relevance, re-ranked here by exact matches (backend_candidates)."""
    backend = settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"]
    return connection.vendor == "postgresql" and backend == "wagtail.search.backends.database"


def stored_texts(pages):
    """{page pk: (title, body)} of the index entries of `pages`, in one query. A cluster backend keeps no
    index rows in the database: the pages missing there are read from their own search fields."""
    if not pages:
        return {}
    title_field, body_field = ("title_text", "body_text") if connection.vendor == "postgresql" else ("title", "body")
    wanted = Q()
    for page in pages:
        wanted |= Q(content_type_id=page.content_type_id, object_id=str(page.pk))
    rows = IndexEntry.objects.filter(wanted).values_list("object_id", title_field, body_field)
    texts = {int(object_id): (title or "", strip_tags(without_folded(body or ""))) for object_id, title, body in rows}
    missing = [page.pk for page in pages if page.pk not in texts]
    for page in Page.objects.filter(pk__in=missing).specific():
        texts[page.pk] = (page.title, strip_tags(searchable_text(page)))
    return texts


def start_of_day(date, end=False):
    if date is None:
        return None
    moment = datetime.datetime.combine(date + datetime.timedelta(days=1) if end else date, datetime.time.min)
    return timezone.make_aware(moment)


# Dates the filters accept: anything outside is refused with a message (and would overflow the day arithmetic
# or the time-zone conversion of the database).
DATE_RANGE = (datetime.date(1945, 1, 1), datetime.date(2100, 12, 31))


def date_filter(request, name, errors):
    """The date of parameter `name` (YYYY-MM-DD within DATE_RANGE); otherwise None and a message in `errors`."""
    raw = request.GET.get(name, "").strip()
    if not raw:
        return None
    date = date_param(request, name)
    if date is None or not DATE_RANGE[0] <= date <= DATE_RANGE[1]:
        errors.append(_("Ngày «%(value)s» không hợp lệ (cần dạng năm-tháng-ngày, từ năm 1945 đến năm 2100); "
                        "bộ lọc ngày này không được dùng.") % {"value": raw[:20]})
        return None
    return date


def search(request):
    query = text_param(request, "q", max_length=QUERY_MAX_LENGTH)
    terms = search_terms(query)
    site = Site.find_for_request(request)
    portal = ComponentPortal.objects.filter(site=site).first() if site else None
    locale = Locale.get_active()
    can_search_all = portal is not None and portal.is_province
    scope_all = can_search_all and request.GET.get("scope") == "all"
    date_errors = []
    date_from, date_to = date_filter(request, "tu", date_errors), date_filter(request, "den", date_errors)
    if date_from and date_to and date_from > date_to:
        date_from, date_to = date_to, date_from
    roots, sections = roots_and_sections(site, locale, scope_all)
    categories = sorted(
        {row["slug"]: row["title"] for row in sections}.items(), key=lambda item: vietnamese_sort_key(item[1])
    )
    category = request.GET.get("chuyen-muc", "")
    if category not in dict(categories):
        category = ""

    context = {
        "query": query,
        "terms": terms,
        "scope_all": scope_all,
        "can_search_all": can_search_all,
        "categories": categories,
        "category": category,
        "date_from": date_from,
        "date_to": date_to,
        "date_errors": date_errors,
        "page_obj": None,
        "results": [],
        "query_string": "",
    }
    if not terms:
        return TemplateResponse(request, "search/search.html", context)

    if category:
        prefixes = [row["path"] for row in sections if row["slug"] == category]
    else:
        prefixes = sorted(row["path"] for row in roots)
    page_obj, shown, texts = matching_pages(request, locale, prefixes, (date_from, date_to), terms, query)
    context.update(
        page_obj=page_obj,
        results=describe_results(request, shown, texts, terms, roots, sections),
        query_string=query_string(request),
    )
    return TemplateResponse(request, "search/search.html", context)


def roots_and_sections(site, locale, scope_all):
    """The portal homes searched, in the current language, and their sections (the categories), as dicts of
    path, depth, title, slug and translation key: two queries' worth, in one."""
    if scope_all:
        root_keys = ComponentPortal.objects.filter(status=PortalStatus.ACTIVE, root_page__isnull=False).values(
            "root_page__translation_key"
        )
    elif site is not None:
        root_keys = Page.objects.filter(pk=site.root_page_id).values("translation_key")
    else:
        root_keys = Page.objects.none().values("translation_key")
    root_pages = Page.objects.filter(locale=locale, depth=PORTAL_ROOT_DEPTH, translation_key__in=root_keys)
    rows = list(
        Page.objects.annotate(root_prefix=Substr("path", 1, STEP * PORTAL_ROOT_DEPTH))
        .filter(depth__lte=PORTAL_ROOT_DEPTH + 1)  # the small partial index of migrations/0004 on PostgreSQL
        .filter(
            Q(pk__in=root_pages.values("pk"))
            | Q(depth=PORTAL_ROOT_DEPTH + 1, live=True, root_prefix__in=root_pages.values("path"))
        )
        .order_by("path")
        .values("path", "depth", "title", "slug", "translation_key")
    )
    roots = [row for row in rows if row["depth"] == PORTAL_ROOT_DEPTH]
    root_paths = {row["path"] for row in roots}
    sections = [
        row for row in rows if row["depth"] == PORTAL_ROOT_DEPTH + 1 and row["path"][: STEP * 2] in root_paths
    ]
    return roots, sections


def pages_in_scope(locale, prefixes, date_from, date_to):
    """The live public pages under `prefixes` in `locale`, first published between the dates."""
    pages = Page.objects.live().public().filter(locale=locale)
    in_scope = Q(pk__in=[])
    for prefix in prefixes:
        in_scope |= Q(path__startswith=prefix)
    pages = pages.filter(in_scope)
    if date_from:
        pages = pages.filter(first_published_at__gte=start_of_day(date_from))
    if date_to:
        pages = pages.filter(first_published_at__lt=start_of_day(date_to, end=True))
    return pages


def matching_pages(request, locale, prefixes, dates, terms, query):
    """(the requested page of results, its pages, their stored texts or None) for the live public pages
    under `prefixes` in `locale`, first published between `dates`, that match, best first."""
    texts = None
    if ranks_in_database():
        scope = Scope(locale.pk, tuple(prefixes), start_of_day(dates[0]), start_of_day(dates[1], end=True))
        candidates = ranked_page_ids(scope, terms, query, MAX_CANDIDATES)
    else:
        pages = pages_in_scope(locale, prefixes, *dates)
        candidates, texts = backend_candidates(pages, terms, query)
    page_obj = one_page(request, candidates, RESULTS_PER_PAGE)
    if ranks_in_database():
        found = Page.objects.in_bulk(page_obj.object_list)
        shown = [found[pk] for pk in page_obj.object_list if pk in found]
    else:
        shown = list(page_obj.object_list)
    return page_obj, shown, texts


def describe_results(request, shown, texts, terms, roots, sections):
    """One dict per page shown: address, highlighted title and snippet, portal, category and date."""
    if texts is None:
        texts = stored_texts(shown)
    portal_names = portal_names_for(roots)
    section_titles = {row["path"]: row["title"] for row in sections}
    folded_terms = set(terms)
    results = []
    for page in shown:
        title, body = texts.get(page.pk, (page.title, ""))
        results.append({
            "url": page.get_url(request),
            "title": highlight(page.title, folded_terms),
            "portal": portal_names.get(page.path[: STEP * 2], ""),
            "category": section_titles.get(page.path[: STEP * 3], ""),
            "date": page.first_published_at,
            "date_iso": page.first_published_at.replace(microsecond=0).isoformat() if page.first_published_at else "",
            "snippet": snippet(body, folded_terms),
        })
    # Page types may say more about their results, e.g. a legal document's number and issue date.
    for describe in hooks.get_hooks("describe_search_results"):
        describe(dict(zip((page.pk for page in shown), results)))
    return results


def backend_candidates(queryset, terms, query):
    """SQLite (the embedded default) or a cluster: the backend returns up to MAX_CANDIDATES pages by its
    relevance; when the query was typed with diacritics they are re-ranked by exact matches. Returns (pages,
    texts)."""
    candidates = list(queryset.search(" ".join(terms), operator="and", order_by_relevance=True)[:MAX_CANDIDATES])
    if not (has_diacritics(query) and len(candidates) > 1):
        return candidates, None
    texts = stored_texts(candidates)
    scores = {pk: exact_score(query, *text) for pk, text in texts.items()}
    candidates.sort(key=lambda page: -scores.get(page.pk, 0))  # stable: relevance breaks ties
    return candidates, texts


def portal_names_for(roots):
    """{root path: portal name in the current language}, in one query."""
    keys = {row["translation_key"]: row["path"] for row in roots}
    english = translation.get_language() == "en"
    names = {}
    for key, name, name_en in ComponentPortal.objects.filter(root_page__translation_key__in=keys).values_list(
        "root_page__translation_key", "name", "name_en"
    ):
        names[keys[key]] = name_en if english and name_en else name
    return names
