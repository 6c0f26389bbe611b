"""Demo financial reports for the last three fiscal years (2023–2025 when seeded in 2026): last year's
budget estimate made public, the settlement of the year before, and an annual financial statement."""

import datetime
import unicodedata

from django.utils import timezone
from wagtail.rich_text import RichText

from decree.finance import FinancialReportIndexPage, FinancialReportPage, FinancialReportType

from .statistics import attachment, demo_document, is_commune


def issuer_code(portal):
    """The issuer part of a document symbol: "UBND" for people's committees, else the initials of the
    agency's name ("Sở Khoa học và Công nghệ" -> "SKHCN")."""
    if portal.name.startswith("Ủy ban nhân dân"):
        return "UBND"
    initials = [word[0] for word in portal.name.split() if word.lower() != "và"]
    return "".join(unicodedata.normalize("NFC", letter.upper()) for letter in initials)


def budget_name(portal):
    return "ngân sách xã" if is_commune(portal) else "ngân sách"


def reports(portal):
    today = timezone.localdate()
    year = today.year
    code = issuer_code(portal)
    budget = budget_name(portal)
    return [
        {
            "slug": f"cong-khai-du-toan-ngan-sach-nam-{year - 1}",
            "title": f"Công khai dự toán {budget} năm {year - 1}",
            "fiscal_year": year - 1,
            "report_type": FinancialReportType.ESTIMATE_DISCLOSURE,
            "decision_number": f"08/QĐ-{code}",
            "publication_date": datetime.date(year - 1, 1, 14),
            "summary": f"Công khai dự toán thu, chi {budget} năm {year - 1} được giao: tổng dự toán chi "
            "18.640 triệu đồng, trong đó chi thường xuyên 16.920 triệu đồng, chi đầu tư phát triển 1.720 triệu "
            "đồng.",
            "rows": [
                ("1", "Chi quản lý hành chính", "9.450"),
                ("2", "Chi sự nghiệp", "7.470"),
                ("3", "Chi đầu tư phát triển", "1.720"),
                ("", "Tổng cộng", "18.640"),
            ],
            "columns": ("STT", "Nội dung", "Dự toán được giao (triệu đồng)"),
        },
        {
            "slug": f"cong-khai-quyet-toan-ngan-sach-nam-{year - 2}",
            "title": f"Công khai quyết toán {budget} năm {year - 2}",
            "fiscal_year": year - 2,
            "report_type": FinancialReportType.SETTLEMENT_DISCLOSURE,
            "decision_number": f"112/QĐ-{code}",
            "publication_date": datetime.date(year - 1, 8, 22),
            "summary": f"Công khai số liệu quyết toán {budget} năm {year - 2} đã được phê duyệt: tổng chi "
            "quyết toán 17.286 triệu đồng, đạt 97,4% dự toán; kinh phí chuyển nguồn sang năm sau 412 triệu đồng.",
            "rows": [
                ("1", "Chi quản lý hành chính", "9.120", "8.964"),
                ("2", "Chi sự nghiệp", "7.160", "6.902"),
                ("3", "Chi đầu tư phát triển", "1.470", "1.420"),
                ("", "Tổng cộng", "17.750", "17.286"),
            ],
            "columns": ("STT", "Nội dung", "Dự toán (triệu đồng)", "Quyết toán (triệu đồng)"),
        },
        {
            "slug": f"bao-cao-tai-chinh-nam-{year - 3}",
            "title": f"Báo cáo tài chính năm {year - 3}",
            "fiscal_year": year - 3,
            "report_type": FinancialReportType.ANNUAL_FINANCIAL_STATEMENT,
            "decision_number": "",
            "publication_date": datetime.date(year - 2, 3, 28),
            "summary": f"Báo cáo tình hình tài chính, kết quả hoạt động và lưu chuyển tiền tệ năm {year - 3} "
            "theo chế độ kế toán hành chính, sự nghiệp: tổng tài sản 42.315 triệu đồng; thặng dư từ hoạt động "
            "sự nghiệp 286 triệu đồng.",
            "rows": [
                ("1", "Tổng tài sản", "40.870", "42.315"),
                ("2", "Nợ phải trả", "1.245", "1.118"),
                ("3", "Tài sản thuần", "39.625", "41.197"),
            ],
            "columns": ("STT", "Chỉ tiêu", "Đầu năm (triệu đồng)", "Cuối năm (triệu đồng)"),
        },
    ]


def _csv(columns, rows):
    return "\n".join(",".join(f'"{cell}"' for cell in line) for line in [columns, *rows]) + "\n"


def seed(portal):
    section = FinancialReportIndexPage.objects.child_of(portal.root_page).get(category_key="finance")
    for data in reports(portal):
        if FinancialReportPage.objects.child_of(section).filter(slug=data["slug"]).exists():
            continue
        form = demo_document(
            portal, f"Biểu công khai: {data['title']}", f"{data['slug']}.csv", _csv(data["columns"], data["rows"])
        )
        table = {
            "columns": [{"type": "text", "heading": heading} for heading in data["columns"]],
            "rows": [{"values": list(row)} for row in data["rows"]],
        }
        page = FinancialReportPage(
            title=data["title"],
            slug=data["slug"],
            fiscal_year=data["fiscal_year"],
            report_type=data["report_type"],
            decision_number=data["decision_number"],
            publication_date=data["publication_date"],
            summary=data["summary"],
            attachments=[attachment(form)],
            body=[
                ("paragraph", RichText(
                    f"<p>Căn cứ Luật Ngân sách nhà nước và Thông tư số 343/2016/TT-BTC của Bộ Tài chính hướng "
                    f"dẫn thực hiện công khai ngân sách, {portal.name} công khai số liệu như sau:</p>"
                )),
                ("table", table),
            ],
            locale=section.locale,
        )
        section.add_child(instance=page)
        page.save_revision().publish()
