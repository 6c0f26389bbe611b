"""The datasets each portal publishes as open data (Decree 47/2020/NĐ-CP): what is listed, in which order,
with which fields. Only live, public pages; nothing a citizen sent (comments, questions) ever appears."""

from dataclasses import dataclass

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from decree.calendar import WeeklySchedulePage
from decree.consultation import ConsultationPage, ConsultationStatus
from decree.documents import LegalDocumentPage
from decree.articles import ArticlePage
from decree.services import PublicServicePage
from decree.statistics import StatisticsPage


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


def common_fields(request, page):
    return {
        "id": page.pk,
        "title": page.title,
        "url": page.get_full_url(request),
        "first_published_at": _date(page.first_published_at),
        "last_published_at": _date(page.last_published_at),
    }


def document_fields(request, page):
    return {
        **common_fields(request, page),
        "number": page.number,
        "document_type": page.document_type.name,
        "issuer": page.issuer.name,
        "signer": page.signer,
        "signer_position": page.signer_position,
        "issue_date": _date(page.issue_date),
        "effective_date": _date(page.effective_date),
        "expiry_date": _date(page.expiry_date),
        "status": page.status.value,
        "status_label": str(page.status.label),
        "summary": page.summary,
        "fields": [field.name for field in page.legal_fields.all()],
        "files": attachment_links(request, page.attachments),
    }


def article_fields(request, page):
    return {**common_fields(request, page), "date": _date(page.date), "lead": page.lead, "author": page.author,
            "source": page.source}


def consultation_fields(request, page):
    return {
        **common_fields(request, page), "summary": page.summary, "drafting_agency": page.drafting_agency,
        "open_date": _date(page.open_date), "deadline": _date(page.deadline), "status": page.status,
        "status_label": str(ConsultationStatus(page.status).label), "receiving_unit": page.receiving_unit,
        "files": attachment_links(request, page.attachments),
    }


def service_fields(request, page):
    return {
        **common_fields(request, page), "code": page.code, "sector": page.sector, "level": page.level,
        "agency": page.agency, "processing_time": page.processing_time, "fees": page.fees,
        "summary": page.summary, "online_url": page.external_url or None,
        "forms": attachment_links(request, page.attachments),
    }


def schedule_fields(request, page):
    return {
        **common_fields(request, page), "week_start": _date(page.week_start),
        "entries": [
            {"day": _date(entry.day), "start_time": entry.start_time.strftime("%H:%M"),
             "end_time": entry.end_time.strftime("%H:%M") if entry.end_time else None, "content": entry.content,
             "chair": entry.chair, "participants": entry.participants, "location": entry.location}
            for entry in page.entries.all()
        ],
    }


def statistics_fields(request, page):
    return {
        **common_fields(request, page), "period_label": page.period_label, "period_start": _date(page.period_start),
        "period_end": _date(page.period_end), "release_date": _date(page.release_date), "summary": page.summary,
        "source_unit": page.source_unit, "files": attachment_links(request, page.attachments),
    }


@dataclass(frozen=True)
class Dataset:
    slug: str
    title: str
    description: str
    model: type
    date_field: str  # what the `tu` and `den` filters (and the newest-first order) apply to
    serialize: object
    related: tuple = ()
    prefetch: tuple = ()

    def items(self, roots, locale):
        """Live, public items under the portal roots (home pages) in `locale`, newest first."""
        under_roots = Q(pk__in=[])
        for root in roots:
            under_roots |= Q(path__startswith=root.path)
        items = self.model.objects.live().public().filter(under_roots, locale=locale)
        return items.select_related(*self.related).prefetch_related(*self.prefetch).order_by(
            f"-{self.date_field}", "-pk"
        )


DOCUMENTS = "van-ban"
DATASETS = {
    dataset.slug: dataset for dataset in (
        Dataset(DOCUMENTS, _("Văn bản quy phạm pháp luật"),
                _("Sổ văn bản: số ký hiệu, hình thức, cơ quan ban hành, người ký, ngày ban hành, hiệu lực, tệp."),
                LegalDocumentPage, "issue_date", document_fields, ("document_type", "issuer"), ("legal_fields",)),
        Dataset("tin-tuc", _("Tin tức, sự kiện"), _("Bài viết: ngày đăng, tóm tắt, tác giả, nguồn tin."),
                ArticlePage, "date", article_fields),
        Dataset("lay-y-kien", _("Dự thảo lấy ý kiến"),
                _("Dự thảo văn bản lấy ý kiến: thời gian, thời hạn, tình trạng, đơn vị tiếp nhận, tệp dự thảo."),
                ConsultationPage, "open_date", consultation_fields),
        Dataset("thu-tuc", _("Thủ tục hành chính"), _("Thủ tục, dịch vụ công trực tuyến: mã, lĩnh vực, mức độ, "
                "thời hạn, phí, mẫu đơn."), PublicServicePage, "last_published_at", service_fields),
        Dataset("lich-cong-tac", _("Lịch công tác của lãnh đạo"), _("Lịch công tác theo tuần."),
                WeeklySchedulePage, "week_start", schedule_fields, (), ("entries",)),
        Dataset("thong-ke", _("Thông tin thống kê"), _("Số liệu thống kê: kỳ số liệu, ngày công bố, đơn vị cung cấp."),
                StatisticsPage, "release_date", statistics_fields),
    )
}

