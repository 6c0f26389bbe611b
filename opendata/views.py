"""Read-only open data of the published record: per portal, and province-wide on the provincial portal.

`/du-lieu-mo/` is the portal's DCAT-style catalogue; the legal register also as full downloads (`van-ban.csv`,
`van-ban.json`) with the register's own filters and order. The datasets themselves are API v2 endpoints (api.py).
English under `/en/`. Unknown or malformed parameters answer 400 with a message, never 500.
"""

import csv
import json

from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpResponse, JsonResponse, StreamingHttpResponse
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.models import Locale, Page, Site

from component_portals.models import ComponentPortal
from decree.documents import DocumentStatus, LegalDocumentIndexPage
from home.limits import RateLimit, client_ip, keyed_hash

from .datasets import DATASETS, DOCUMENTS
from .params import BadParameter, choice, integer, read_params, text, year

PAGE_SIZE = 20
CACHE_SECONDS = 300


def rate_limit():
    return RateLimit("opendata", getattr(settings, "OPENDATA_RATE_LIMIT", 120), 60)


def json_response(data, status=200):
    response = JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False, "indent": 1})
    response["Access-Control-Allow-Origin"] = "*"
    return response


def open_data_view(view):
    """GET only, rate-limited per address, cacheable by any proxy, 400 with a message on a bad parameter."""

    @require_GET
    @cache_control(public=True, max_age=CACHE_SECONDS)
    def wrapped(request, *args, **kwargs):
        limit = rate_limit()
        if not limit.hit(keyed_hash(client_ip(request))):
            response = json_response({"error": _("Quá nhiều yêu cầu; hãy thử lại sau ít phút.")}, status=429)
            response["Retry-After"] = str(limit.retry_after())
            return response
        try:
            return view(request, *args, **kwargs)
        except BadParameter as error:
            return json_response({"error": str(error)}, status=400)

    return wrapped


class Scope:
    """The portal of the requesting site; on the provincial portal, every active portal."""

    def __init__(self, request):
        site = Site.find_for_request(request)
        self.portal = ComponentPortal.objects.select_related("root_page").filter(site=site).first() if site else None
        self.locale = Locale.get_active()
        portals = [self.portal] if self.portal else []
        if self.portal is not None and self.portal.is_province:
            portals = list(ComponentPortal.objects.active().select_related("root_page").exclude(root_page=None))
        self.portals = {portal.slug: portal for portal in portals}
        self.province_wide = self.portal is not None and self.portal.is_province

    def roots(self, slug=None):
        """The home pages, in the active language, of the portals in scope (or of the one named `slug`)."""
        portals = [self.portals[slug]] if slug else self.portals.values()
        keys = [portal.root_page.translation_key for portal in portals]
        return list(Page.objects.filter(depth=2, locale=self.locale, translation_key__in=keys))

    def register(self):
        if self.portal is None:
            return None
        home = self.portal.root_page.get_translation_or_none(self.locale)
        return LegalDocumentIndexPage.objects.child_of(home).filter(category_key="documents").first() if home else None


def paginate(request, items, page_number, page_size=PAGE_SIZE):
    paginator = Paginator(items, page_size)
    if page_number > max(paginator.num_pages, 1):
        raise BadParameter(_("Trang %(page)s không tồn tại; kết quả có %(pages)s trang.")
                           % {"page": page_number, "pages": paginator.num_pages})
    page = paginator.page(page_number)
    query = request.GET.copy()

    def link(number):
        query["trang"] = number
        return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")

    return page, {
        "count": paginator.count, "page": page.number, "pages": paginator.num_pages,
        "next": link(page.next_page_number()) if page.has_next() else None,
        "previous": link(page.previous_page_number()) if page.has_previous() else None,
    }


def register_documents(request, scope, extra_readers):
    section = scope.register()
    if section is None:
        raise BadParameter(_("Cổng này chưa có sổ văn bản bằng ngôn ngữ này."))
    _province_wide, portals = section.province_wide_scope(request)
    readers = {"loai": integer(), "co-quan": integer(), "linh-vuc": integer(), "nguoi-ky": text(255), "nam": year(),
               "trang-thai": choice(DocumentStatus.values),
               "q": text(200), **extra_readers}
    if portals:
        readers["cong"] = choice([portal.slug for portal, _path in portals])
    params = read_params(request, readers)
    documents = section.filtered_documents(request, section.documents(request, portals), portals)
    documents = (documents.with_status().select_related("document_type", "issuer").prefetch_related("legal_fields")
                 .order_by("-issue_date", "-pk"))
    return documents, params, section.items_per_page


def portal_info(scope):
    portal = scope.portal
    return {"slug": portal.slug, "name": portal.name, "province_wide": scope.province_wide} if portal else None


@open_data_view
def unknown_dataset(request, slug):
    return json_response({"error": _("Không có tập dữ liệu «%(slug)s».") % {"slug": slug}}, status=404)


@open_data_view
def register_download(request, file_format):
    if file_format not in ("csv", "json"):
        return json_response({"error": _("Chỉ có bản tải về dạng CSV và JSON.")}, status=404)
    scope = Scope(request)
    documents, _params, _page_size = register_documents(request, scope, {})
    serialize = DATASETS[DOCUMENTS].serialize
    filename = f"van-ban-{scope.portal.slug}.{file_format}"
    if file_format == "json":
        response = HttpResponse(json.dumps(
            {"dataset": DOCUMENTS, "language": get_language(), "portal": portal_info(scope),
             "count": documents.count(), "results": [serialize(request, doc) for doc in documents.iterator(500)]},
            ensure_ascii=False), content_type="application/json; charset=utf-8")
    else:
        response = StreamingHttpResponse(csv_rows(request, documents, serialize), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


CSV_COLUMNS = ("number", "title", "document_type", "issuer", "signer", "signer_position", "issue_date",
               "effective_date", "expiry_date", "status", "summary", "legal_fields", "url", "files")


class Echo:
    def write(self, value):
        return value


def csv_rows(request, documents, serialize):
    writer = csv.writer(Echo())
    yield "\ufeff" + writer.writerow(CSV_COLUMNS)  # the BOM lets spreadsheet programs read UTF-8
    for document in documents.iterator(500):
        row = serialize(request, document)
        row["legal_fields"] = "; ".join(row["legal_fields"])
        row["files"] = " ".join(file["url"] for file in row["files"])
        yield writer.writerow([row[column] if row[column] is not None else "" for column in CSV_COLUMNS])


@open_data_view
def catalogue(request):
    read_params(request, {})
    scope = Scope(request)
    if scope.portal is None:
        return json_response({"error": _("Không tìm thấy cổng thông tin của tên miền này.")}, status=404)
    base = request.build_absolute_uri("/")[:-1]

    def url(name, **kwargs):
        return base + reverse(name, kwargs=kwargs)

    datasets = []
    for slug, definition in DATASETS.items():
        distributions = [{"@type": "dcat:Distribution", "dcat:accessURL": url(f"opendata:api:{slug}:listing"),
                          "dcat:mediaType": "application/json", "dct:format": "JSON"}]
        if slug == DOCUMENTS:
            distributions += [
                {"@type": "dcat:Distribution", "dcat:downloadURL": url("opendata:register_download", file_format=fmt),
                 "dcat:mediaType": media, "dct:format": fmt.upper()}
                for fmt, media in (("csv", "text/csv"), ("json", "application/json"))
            ]
        datasets.append({
            "@type": "dcat:Dataset", "dct:identifier": slug, "dct:title": str(definition.title),
            "dct:description": str(definition.description), "dct:language": get_language(),
            "dct:publisher": {"foaf:name": scope.portal.name}, "dcat:distribution": distributions,
        })
    return json_response({
        "@context": {"dcat": "http://www.w3.org/ns/dcat#", "dct": "http://purl.org/dc/terms/",
                     "foaf": "http://xmlns.com/foaf/0.1/"},
        "@type": "dcat:Catalog",
        "dct:title": _("Dữ liệu mở: %(name)s") % {"name": scope.portal.name},
        "dct:publisher": {"foaf:name": scope.portal.name},
        "dct:license": "https://creativecommons.org/licenses/by/4.0/",
        "dcat:dataset": datasets,
    })
