"""Demo statistics releases: the last completed quarter, last year and an older or cross-year period, with
their data files, methodology and analysis. Also the small file helper the consultation and finance demos
share (`demo_document`)."""

import datetime

from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.rich_text import RichText

from component_portals.models import LOCAL_KINDS
from decree.statistics import StatisticsIndexPage, StatisticsPage
from demo.data import fill_all, load
from home.models import PortalSettings

ROMAN_QUARTERS = {1: "I", 2: "II", 3: "III", 4: "IV"}


def demo_document(portal, title, filename, text):
    """A document in the portal's collection holding `text` (UTF-8), created once per portal and title."""
    Document = get_document_model()
    existing = Document.objects.filter(collection=portal.collection, title=title).first()
    if existing is not None:
        return existing
    document = Document(title=title, collection=portal.collection)
    # A byte-order mark lets spreadsheet programs open Vietnamese CSV files with the right encoding.
    prefix = "\ufeff" if filename.endswith(".csv") else ""
    document.file.save(filename, ContentFile((prefix + text).encode("utf-8")), save=False)
    document._set_document_file_metadata()  # size and hash, as the admin upload form sets them
    document.file.close()
    document.save()
    return document


def attachment(document):
    return ("document", {"document": document, "title": ""})


def portal_contacts(portal):
    """The portal's address, phone and e-mail from its settings, with plausible fallbacks."""
    portal_settings = PortalSettings.for_site(portal.site) if portal.site_id else None
    return {
        "address": getattr(portal_settings, "address", "") or f"Trụ sở {portal.name}",
        "phone": getattr(portal_settings, "phone", ""),
        "email": getattr(portal_settings, "email", "") or f"vanphong.{portal.slug}@lamvien.gov.vn",
    }


def is_commune(portal):
    """A commune, ward or special zone: the grassroots level of local government."""
    return portal.kind in LOCAL_KINDS


def last_completed_quarter(today):
    quarter = (today.month - 1) // 3  # the current quarter minus one, 0 meaning Q4 of last year
    year = today.year
    if quarter == 0:
        quarter, year = 4, year - 1
    start = datetime.date(year, 3 * quarter - 2, 1)
    end = datetime.date(year + (quarter == 4), (3 * quarter) % 12 + 1, 1) - datetime.timedelta(days=1)
    return quarter, year, start, end


def releases(portal):
    """The releases of demo/data/statistics/<commune or agency>.json. A release date still to come on the day
    the demo is seeded becomes its `release_fallback`, or today."""
    today = timezone.localdate()
    quarter, quarter_year, quarter_start, quarter_end = last_completed_quarter(today)
    items = fill_all(
        load("statistics/commune.json" if is_commune(portal) else "statistics/agency.json"),
        agency=portal.name, year=today.year, quarter=f"{ROMAN_QUARTERS[quarter]}/{quarter_year}",
        quarter_start=quarter_start, quarter_end=quarter_end,
    )
    for item in items:
        if item["release_date"] > today:
            item["release_date"] = item.pop("release_fallback", today)
    return items


METHODOLOGY = (
    "<p>Số liệu được tổng hợp từ báo cáo thống kê của các phòng, đơn vị trực thuộc và hệ thống thông tin "
    "giải quyết thủ tục hành chính của tỉnh, theo chế độ báo cáo thống kê hiện hành.</p>"
    "<ul><li>Phạm vi: toàn bộ đơn vị thuộc phạm vi quản lý trong kỳ số liệu.</li>"
    "<li>Số liệu kỳ báo cáo là số chính thức; số liệu so sánh cùng kỳ đã được điều chỉnh theo số chính thức "
    "năm trước.</li>"
    "<li>Tỷ lệ so sánh (%) = chỉ tiêu kỳ báo cáo / chỉ tiêu kỳ so sánh × 100.</li></ul>"
)


def _csv(columns, rows):
    lines = [",".join(f'"{cell}"' for cell in columns)]
    lines += [",".join(f'"{cell}"' for cell in row) for row in rows]
    return "\n".join(lines) + "\n"


def seed(portal):
    section = StatisticsIndexPage.objects.child_of(portal.root_page).get(category_key="statistics")
    for data in releases(portal):
        if StatisticsPage.objects.child_of(section).filter(slug=data["slug"]).exists():
            continue
        data_file = demo_document(
            portal, f"Số liệu: {data['title']}", f"{data['slug']}.csv", _csv(data["columns"], data["rows"])
        )
        table = {
            "columns": [{"type": "text", "heading": heading} for heading in data["columns"]],
            "rows": [{"values": list(row)} for row in data["rows"]],
        }
        page = StatisticsPage(
            title=data["title"],
            slug=data["slug"],
            period_label=data["period_label"],
            period_start=data["period_start"],
            period_end=data["period_end"],
            summary=data["summary"],
            attachments=[attachment(data_file)],
            methodology=METHODOLOGY,
            analysis=[
                ("heading", {"text": "Các chỉ tiêu chủ yếu", "level": "h3"}),
                ("table", table),
                ("heading", {"text": "Đánh giá", "level": "h3"}),
                ("paragraph", RichText(f"<p>{data['analysis']}</p>")),
            ],
            source_unit=f"Văn phòng {portal.name}" if not is_commune(portal)
            else f"Công chức Văn phòng – Thống kê, {portal.name}",
            release_date=data["release_date"],
            locale=section.locale,
        )
        section.add_child(instance=page)
        page.save_revision().publish()
