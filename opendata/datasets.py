"""The datasets each portal publishes as open data (Decree 47/2020/NĐ-CP): which items, in which order, with
which fields. Each dataset lists exactly what its public section lists, with the section's own filters and
order (it calls the section's methods), so the API and the pages cannot drift apart. Only live, public pages;
nothing a citizen sent (comments, questions) ever appears."""

import datetime
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from decree.articles import ArticleIndexPage, ArticlePage
from decree.calendar import WEEK_PARAMETER, WeeklySchedulePage, WorkCalendarPage, monday_of, parse_iso_week
from decree.consultation import ConsultationIndexPage, ConsultationPage, ConsultationStatus
from decree.documents import LegalDocumentIndexPage, LegalDocumentPage
from decree.services import PublicServicePage, ServiceCatalogPage, ServiceLevel
from decree.statistics import StatisticsIndexPage, StatisticsPage

from .params import BadParameter, choice, date, integer, text, year


def _date(value):
    return value.isoformat() if value else None


def attachment_links(request, attachments):
    links = []
    for block in attachments or []:
        document = block.value.get("document") if hasattr(block.value, "get") else None
        if document is not None:
            links.append({"title": block.value.get("title") or document.title,
                          "url": request.build_absolute_uri(document.url)})
    return links


def attribute(name, convert=None):
    """A field read from the page's attribute `name` (through `convert`, if given)."""
    return lambda request, page: convert(getattr(page, name)) if convert else getattr(page, name)


def files(name="attachments"):
    return lambda request, page: attachment_links(request, getattr(page, name))


COMMON_FIELDS = {
    "title": attribute("title"),
    "url": lambda request, page: page.get_full_url(request),
    "first_published_at": attribute("first_published_at", _date),
    "last_published_at": attribute("last_published_at", _date),
}

DOCUMENT_FIELDS = {
    **COMMON_FIELDS, "number": attribute("number"),
    "document_type": lambda request, page: page.document_type.name,
    "issuer": lambda request, page: page.issuer.name,
    "signer": attribute("signer"), "signer_position": attribute("signer_position"),
    "issue_date": attribute("issue_date", _date), "effective_date": attribute("effective_date", _date),
    "expiry_date": attribute("expiry_date", _date),
    "status": lambda request, page: page.status.value, "status_label": lambda request, page: str(page.status.label),
    "summary": attribute("summary"),
    "legal_fields": lambda request, page: [legal_field.name for legal_field in page.legal_fields.all()],
    "files": files(),
}

ARTICLE_FIELDS = {**COMMON_FIELDS, "date": attribute("date", _date), "lead": attribute("lead"),
                  "author": attribute("author"), "source": attribute("source")}

CONSULTATION_FIELDS = {
    **COMMON_FIELDS, "summary": attribute("summary"), "drafting_agency": attribute("drafting_agency"),
    "open_date": attribute("open_date", _date), "deadline": attribute("deadline", _date),
    "status": attribute("status"), "status_label": lambda request, page: str(ConsultationStatus(page.status).label),
    "receiving_unit": attribute("receiving_unit"), "files": files(),
}

SERVICE_FIELDS = {
    **COMMON_FIELDS, "code": attribute("code"), "sector": attribute("sector"), "level": attribute("level"),
    "agency": attribute("agency"), "processing_time": attribute("processing_time"), "fees": attribute("fees"),
    "summary": attribute("summary"), "online_url": lambda request, page: page.external_url or None,
    "forms": files(),
}


def schedule_entries(request, page):
    leader = request.GET.get("lanh-dao", "")
    if leader and leader not in page.get_parent().specific.leaders():
        leader = ""  # as on the calendar page, a name that chairs nothing there is no filter
    return [
        {"day": _date(entry.day), "start_time": entry.start_time.strftime("%H:%M"),
         "end_time": entry.end_time.strftime("%H:%M") if entry.end_time else None, "content": entry.content,
         "chair": entry.chair, "participants": entry.participants, "location": entry.location}
        for entry in sorted(page.entries.all(), key=lambda entry: (entry.day, entry.start_time, entry.sort_order,
                                                                   entry.pk))
        if not leader or entry.chair == leader
    ]


SCHEDULE_FIELDS = {**COMMON_FIELDS, "week_start": attribute("week_start", _date), "entries": schedule_entries}

STATISTICS_FIELDS = {
    **COMMON_FIELDS, "period_label": attribute("period_label"), "period_start": attribute("period_start", _date),
    "period_end": attribute("period_end", _date), "release_date": attribute("release_date", _date),
    "summary": attribute("summary"), "source_unit": attribute("source_unit"), "files": files(),
}


def combined(querysets, order):
    """The items of several sections (the province-wide answer), in the sections' own order."""
    if len(querysets) == 1:
        return querysets[0]
    if not querysets:
        return []
    model = querysets[0].model
    within = Q(pk__in=[])
    for queryset in querysets:
        within |= Q(pk__in=queryset.order_by().values("pk"))
    return order(model.objects.filter(within))


def news(request, sections):
    articles = [section.filterset(request, section.articles()).qs for section in sections]
    return combined(articles, lambda items: items.order_by("-date", "-pk"))


def consultations(request, sections):
    today = timezone.localdate()
    found = [section.filterset(request, section.consultations().in_listing_order(today), day=today).qs
             for section in sections]
    return combined(found, lambda items: items.in_listing_order(today))


def statistics(request, sections):
    releases = [section.filterset(request, section.releases()).qs for section in sections]
    return combined(releases, lambda items: items.order_by("-period_end", "-release_date", "-pk"))


def services(request, sections):
    """The catalogue's order (sector, then name, in Vietnamese order), one page of it fetched at a time."""
    found = []
    for section in sections:
        _province_wide, portals = section.province_wide_scope(request)
        catalogue = section.filterset(request, section.services(request, portals), portals=portals).qs
        found += section.in_catalogue_order(catalogue)
    return LazyPages(PublicServicePage, found)


def schedules(request, sections):
    """Every week of the leaders' calendar, newest first; `tuan` or `ngay` keeps the week the calendar shows."""
    day = request.GET.get("ngay", "").strip()
    week = monday_of(datetime.date.fromisoformat(day)) if day else parse_iso_week(request.GET.get(WEEK_PARAMETER))
    found = [section.schedules().order_by("-week_start", "-pk") for section in sections]
    if week is not None:
        found = [items.filter(week_start=week) for items in found]
    return combined(found, lambda items: items.order_by("-week_start", "-pk"))


class LazyPages:
    """Pages in a given order of ids, fetched only for the slice a page of results needs."""

    def __init__(self, model, ids):
        self.model, self.ids = model, ids

    def __len__(self):
        return len(self.ids)

    def count(self):
        return len(self.ids)

    def __getitem__(self, index):
        ids = self.ids[index]
        found = self.model.objects.in_bulk(ids)
        return [found[pk] for pk in ids if pk in found]


def week(name, value):
    if parse_iso_week(value) is None:
        raise BadParameter(_("Tham số «%(name)s» phải là tuần dạng YYYY-Www, ví dụ 2025-W27.") % {"name": name})
    return value


@dataclass(frozen=True)
class Dataset:
    slug: str
    title: str
    description: str
    model: type
    section_model: type
    section_key: str  # the category of the section it lists ("" for the leaders' calendar)
    fields: dict
    readers: dict = field(default_factory=dict)  # the section's own filters (besides `trang` and `cong`)
    listing: object = None  # (request, sections) -> the items in the section's order
    related: tuple = ()
    prefetch: tuple = ()
    province_wide_section: bool = False  # the provincial section already lists every portal's items
    portal_parameter: str = "cong"  # on the provincial portal, the filter that keeps one portal

    def serialize(self, request, page):
        return {"id": page.pk, **{name: read(request, page) for name, read in self.fields.items()}}


DOCUMENTS = "van-ban"
DATASETS = {
    dataset.slug: dataset for dataset in (
        Dataset(DOCUMENTS, gettext_lazy("Văn bản quy phạm pháp luật"),
                gettext_lazy("Sổ văn bản: số ký hiệu, hình thức, cơ quan ban hành, người ký, ngày ban hành, hiệu "
                             "lực, tệp."),
                LegalDocumentPage, LegalDocumentIndexPage, "documents", DOCUMENT_FIELDS,  # views.register_documents
                related=("document_type", "issuer"), prefetch=("legal_fields",), province_wide_section=True),
        Dataset("tin-tuc", gettext_lazy("Tin tức, sự kiện"),
                gettext_lazy("Bài viết: ngày đăng, tóm tắt, tác giả, nguồn tin."),
                ArticlePage, ArticleIndexPage, "news", ARTICLE_FIELDS,
                {"nam": year(), "thang": integer(1, 12), "the": text(100)}, news),
        Dataset("lay-y-kien", gettext_lazy("Dự thảo lấy ý kiến"),
                gettext_lazy("Dự thảo văn bản lấy ý kiến: thời gian, thời hạn, tình trạng, đơn vị tiếp nhận, tệp dự "
                             "thảo."),
                ConsultationPage, ConsultationIndexPage, "consultation", CONSULTATION_FIELDS,
                {"trang-thai": choice(ConsultationStatus.values)}, consultations),
        Dataset("thu-tuc", gettext_lazy("Thủ tục hành chính"),
                gettext_lazy("Thủ tục, dịch vụ công trực tuyến: mã, lĩnh vực, mức độ, thời hạn, phí, mẫu đơn."),
                PublicServicePage, ServiceCatalogPage, "services", SERVICE_FIELDS,
                {"q": text(200), "linh-vuc": text(255), "muc-do": choice(ServiceLevel.values)}, services,
                province_wide_section=True, portal_parameter="co-quan"),
        Dataset("lich-cong-tac", gettext_lazy("Lịch công tác của lãnh đạo"),
                gettext_lazy("Lịch công tác theo tuần: ngày, giờ, nội dung, người chủ trì, thành phần, địa điểm."),
                WeeklySchedulePage, WorkCalendarPage, "", SCHEDULE_FIELDS,
                {"tuan": week, "ngay": date, "lanh-dao": text(255)}, schedules, prefetch=("entries",)),
        Dataset("thong-ke", gettext_lazy("Thông tin thống kê"),
                gettext_lazy("Số liệu thống kê: kỳ số liệu, ngày công bố, đơn vị cung cấp."),
                StatisticsPage, StatisticsIndexPage, "statistics", STATISTICS_FIELDS, {"nam": year()}, statistics),
    )
}
