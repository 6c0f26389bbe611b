"""Demo financial reports for the last three fiscal years (2023–2025 when seeded in 2026): last year's
budget estimate made public, the settlement of the year before, and an annual financial statement."""

import unicodedata

from django.utils import timezone
from wagtail.rich_text import RichText

from decree.finance import FinancialReportIndexPage, FinancialReportPage
from demo.data import fill_all, load

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
    """The financial reports of demo/data/finance/reports.json for the portal."""
    return fill_all(
        load("finance/reports.json"), code=issuer_code(portal), budget=budget_name(portal),
        year=timezone.localdate().year,
    )


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
