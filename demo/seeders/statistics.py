"""Demo statistics releases: the last completed quarter, last year and an older or cross-year period, with
their data files, methodology and analysis. Also the small file helper the consultation and finance demos
share (`demo_document`)."""

import datetime

from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.rich_text import RichText

from decree.statistics import StatisticsIndexPage, StatisticsPage
from component_portals.models import LOCAL_KINDS
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


def not_after_today(day):
    return min(day, timezone.localdate())


def last_completed_quarter(today):
    quarter = (today.month - 1) // 3  # the current quarter minus one, 0 meaning Q4 of last year
    year = today.year
    if quarter == 0:
        quarter, year = 4, year - 1
    start = datetime.date(year, 3 * quarter - 2, 1)
    end = datetime.date(year + (quarter == 4), (3 * quarter) % 12 + 1, 1) - datetime.timedelta(days=1)
    return quarter, year, start, end


def releases(portal):
    today = timezone.localdate()
    quarter, quarter_year, quarter_start, quarter_end = last_completed_quarter(today)
    quarter_label = f"Quý {ROMAN_QUARTERS[quarter]}/{quarter_year}"
    last_year = today.year - 1
    if is_commune(portal):
        return [
            {
                "slug": "tinh-hinh-kinh-te-xa-hoi-quy-gan-nhat",
                "title": f"Tình hình kinh tế – xã hội quý {ROMAN_QUARTERS[quarter]}/{quarter_year}",
                "period_label": quarter_label,
                "period_start": quarter_start,
                "period_end": quarter_end,
                "release_date": not_after_today(quarter_end + datetime.timedelta(days=12)),
                "summary": "Tổng giá trị sản xuất trên địa bàn ước tăng 7,2% so với cùng kỳ; thu ngân sách trên "
                "địa bàn đạt 81,5% dự toán năm; 96,8% hộ gia đình được công nhận gia đình văn hóa.",
                "rows": [
                    ("Giá trị sản xuất (tỷ đồng)", "412,6", "442,3", "107,2"),
                    ("Thu ngân sách trên địa bàn (triệu đồng)", "9.840", "10.615", "107,9"),
                    ("Số lao động được giải quyết việc làm (người)", "118", "131", "111,0"),
                ],
                "columns": ("Chỉ tiêu", "Cùng kỳ năm trước", "Kỳ báo cáo", "So sánh (%)"),
                "analysis": "Sản xuất nông nghiệp ổn định, giá cà phê và rau hoa ở mức cao giúp thu nhập của người "
                "dân tăng. Thu ngân sách đạt khá nhờ thu tiền sử dụng đất; một số khoản thu phí còn thấp.",
            },
            {
                "slug": "ket-qua-san-xuat-nong-nghiep-vu-dong-xuan",
                "title": f"Kết quả sản xuất nông nghiệp vụ Đông Xuân {last_year - 1}–{last_year}",
                "period_label": f"Vụ Đông Xuân {last_year - 1}–{last_year}",
                "period_start": datetime.date(last_year - 1, 11, 1),
                "period_end": datetime.date(last_year, 4, 30),
                "release_date": datetime.date(last_year, 5, 20),
                "summary": "Diện tích gieo trồng vụ Đông Xuân đạt 1.245 ha, tăng 3,1%; năng suất lúa bình quân "
                "62,4 tạ/ha; rau các loại đạt 18.900 tấn.",
                "rows": [
                    ("Diện tích gieo trồng (ha)", "1.207", "1.245", "103,1"),
                    ("Năng suất lúa (tạ/ha)", "60,8", "62,4", "102,6"),
                    ("Sản lượng rau các loại (tấn)", "17.650", "18.900", "107,1"),
                ],
                "columns": ("Chỉ tiêu", "Vụ trước", "Vụ này", "So sánh (%)"),
                "analysis": "Thời tiết thuận lợi, nguồn nước tưới đảm bảo; các mô hình rau an toàn theo tiêu chuẩn "
                "VietGAP được nhân rộng ở thôn 2 và thôn 5.",
            },
            {
                "slug": "dan-so-va-lao-dong-nam-truoc",
                "title": f"Số liệu dân số và lao động năm {last_year}",
                "period_label": f"Năm {last_year}",
                "period_start": datetime.date(last_year, 1, 1),
                "period_end": datetime.date(last_year, 12, 31),
                "release_date": datetime.date(today.year, 2, 15) if today >= datetime.date(today.year, 2, 15)
                else datetime.date(last_year, 12, 31),
                "summary": "Dân số trung bình 12.846 người, tỷ lệ tăng tự nhiên 1,12%; lực lượng lao động từ 15 "
                "tuổi trở lên 7.930 người, trong đó 41,5% đã qua đào tạo.",
                "rows": [
                    ("Dân số trung bình (người)", "12.705", "12.846", "101,1"),
                    ("Lực lượng lao động (người)", "7.812", "7.930", "101,5"),
                    ("Tỷ lệ lao động qua đào tạo (%)", "39,8", "41,5", "104,3"),
                ],
                "columns": ("Chỉ tiêu", f"Năm {last_year - 1}", f"Năm {last_year}", "So sánh (%)"),
                "analysis": "Dân số tăng chủ yếu do tăng tự nhiên; tỷ lệ lao động qua đào tạo tăng nhờ các lớp dạy "
                "nghề nông nghiệp ngắn hạn tổ chức tại xã.",
            },
        ]
    return [
        {
            "slug": "so-lieu-thong-ke-chu-yeu-quy-gan-nhat",
            "title": f"Số liệu thống kê chủ yếu quý {ROMAN_QUARTERS[quarter]}/{quarter_year}",
            "period_label": quarter_label,
            "period_start": quarter_start,
            "period_end": quarter_end,
            "release_date": not_after_today(quarter_end + datetime.timedelta(days=15)),
            "summary": f"Trong quý {ROMAN_QUARTERS[quarter]}/{quarter_year}, {portal.name} tiếp nhận 3.412 hồ sơ "
            "thủ tục hành chính, giải quyết đúng hạn 98,7%; 86,4% hồ sơ được nộp trực tuyến.",
            "rows": [
                ("Hồ sơ thủ tục hành chính tiếp nhận", "3.108", "3.412", "109,8"),
                ("Tỷ lệ hồ sơ giải quyết đúng hạn (%)", "97,9", "98,7", "100,8"),
                ("Tỷ lệ hồ sơ nộp trực tuyến (%)", "71,2", "86,4", "121,3"),
            ],
            "columns": ("Chỉ tiêu", "Cùng kỳ năm trước", "Kỳ báo cáo", "So sánh (%)"),
            "analysis": "Tỷ lệ hồ sơ nộp trực tuyến tăng mạnh sau khi kết nối Cổng dịch vụ công quốc gia với hệ "
            "thống thông tin giải quyết thủ tục hành chính của tỉnh và triển khai thanh toán trực tuyến.",
        },
        {
            "slug": "so-lieu-thong-ke-nam-truoc",
            "title": f"Số liệu thống kê năm {last_year}",
            "period_label": f"Năm {last_year}",
            "period_start": datetime.date(last_year, 1, 1),
            "period_end": datetime.date(last_year, 12, 31),
            "release_date": datetime.date(today.year, 3, 20) if today >= datetime.date(today.year, 3, 20)
            else datetime.date(last_year, 12, 31),
            "summary": f"Năm {last_year}, {portal.name} hoàn thành 27/28 chỉ tiêu kế hoạch; giải ngân vốn đầu tư "
            "công đạt 95,2%; chỉ số cải cách hành chính xếp loại tốt.",
            "rows": [
                ("Số chỉ tiêu kế hoạch hoàn thành", "25/28", "27/28", "–"),
                ("Tỷ lệ giải ngân vốn đầu tư công (%)", "91,6", "95,2", "103,9"),
                ("Hồ sơ thủ tục hành chính tiếp nhận", "11.940", "12.873", "107,8"),
            ],
            "columns": ("Chỉ tiêu", f"Năm {last_year - 1}", f"Năm {last_year}", "So sánh (%)"),
            "analysis": "Các chỉ tiêu chủ yếu đều đạt hoặc vượt kế hoạch. Chỉ tiêu chưa đạt là số doanh nghiệp "
            "khoa học và công nghệ được chứng nhận mới, do thủ tục thẩm định kéo dài.",
        },
        {
            "slug": "khao-sat-muc-do-hai-long",
            "title": f"Kết quả khảo sát mức độ hài lòng của người dân, tổ chức năm {last_year - 1}",
            "period_label": f"Năm {last_year - 1}",
            "period_start": datetime.date(last_year - 1, 1, 1),
            "period_end": datetime.date(last_year - 1, 12, 31),
            "release_date": datetime.date(last_year, 2, 26),
            "summary": "Khảo sát 1.200 người dân và 300 tổ chức: 92,3% hài lòng với việc giải quyết thủ tục hành "
            "chính; 88,1% đánh giá tốt việc cung cấp thông tin trên cổng thông tin điện tử.",
            "rows": [
                ("Số phiếu khảo sát hợp lệ", "1.438", "1.496", "104,0"),
                ("Tỷ lệ hài lòng về thủ tục hành chính (%)", "89,5", "92,3", "103,1"),
                ("Tỷ lệ đánh giá tốt về cung cấp thông tin (%)", "84,7", "88,1", "104,0"),
            ],
            "columns": ("Chỉ tiêu", f"Năm {last_year - 2}", f"Năm {last_year - 1}", "So sánh (%)"),
            "analysis": "Mức độ hài lòng tăng ở cả bốn yếu tố; người dân còn phản ánh thời gian chờ tại bộ phận "
            "một cửa vào đầu tuần và đề nghị bổ sung hướng dẫn bằng video.",
        },
    ]


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
