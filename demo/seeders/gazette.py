"""Demo issues of the provincial gazette, referencing documents of the province's register (seeded first)
and a few documents given by number and summary only."""

import datetime

from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model

from decree.documents import LegalDocumentIndexPage, LegalDocumentPage
from decree.gazette import GazetteEntry, GazetteIndexPage, GazetteIssuePage

from . import documents as documents_demo


def minimal_pdf(text):
    """A one-page PDF showing `text` (ASCII), enough for a browser to open the demo file."""
    stream = f"BT /F1 18 Tf 72 760 Td ({text}) Tj ET".encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    output = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(output))
        output += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(output)
    output += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    output += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    output += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(output)


def _pdf_document(portal, title, filename, text):
    Document = get_document_model()
    document = Document(title=title, collection=portal.collection) if portal.collection_id else Document(title=title)
    document.file.save(filename, ContentFile(minimal_pdf(text)), save=False)
    document.save()
    return document


def issues(today):
    y = today.year
    latest = today - datetime.timedelta(days=7)
    return [
        {
            "slug": "so-05-nam-truoc-3", "number": "Số 05", "date": datetime.date(y - 3, 7, 31),
            "documents": ["muc-chi-khoa-hoc-cong-nghe"],
            "manual": [
                (f"13/{y - 3}/NQ-HĐND", "Quy định mức thu học phí đối với cơ sở giáo dục công lập năm học "
                 f"{y - 3}–{y - 2}."),
            ],
        },
        {
            "slug": "so-16-nam-truoc-2", "number": "Số 16", "date": datetime.date(y - 2, 6, 28),
            "documents": ["quy-che-cong-thong-tin"],
            "manual": [
                (f"19/{y - 2}/QĐ-UBND", "Quy định phân cấp quản lý nhà nước về an toàn thực phẩm trên địa bàn tỉnh."),
            ],
            "pdf": True,
        },
        {
            "slug": "so-20-nam-truoc-2", "number": "Số 20", "date": datetime.date(y - 2, 8, 30),
            "documents": ["phan-cap-tai-san-cong"],
            "manual": [
                (f"21/{y - 2}/QĐ-UBND", "Quy định quản lý hoạt động quảng cáo ngoài trời trên địa bàn tỉnh."),
            ],
        },
        {
            "slug": "so-24-nam-truoc-2", "number": "Số 24", "date": datetime.date(y - 2, 12, 27),
            "documents": ["bang-gia-dat"],
            "manual": [
                (f"36/{y - 2}/QĐ-UBND", "Quy định hạn mức giao đất ở, hạn mức công nhận đất ở trên địa bàn tỉnh."),
            ],
            "pdf": True,
        },
        {
            "slug": "so-09-nam-truoc", "number": "Số 09", "date": datetime.date(y - 1, 5, 15),
            "documents": ["chi-thi-phong-chong-dich-mua-mua"],
            "manual": [
                (f"08/{y - 1}/QĐ-UBND", "Quy định tiêu chí xét duyệt hồ sơ hỗ trợ nhà ở cho người có công với "
                 "cách mạng."),
                (f"11/{y - 1}/NQ-HĐND", "Quy định mức hỗ trợ đóng bảo hiểm y tế cho người cao tuổi từ đủ 70 tuổi đến "
                 "dưới 80 tuổi."),
            ],
        },
        {
            "slug": "so-moi-nhat", "number": f"Số {30 + latest.month}", "date": latest,
            "documents": ["nong-nghiep-cong-nghe-cao"],
            "manual": [],
        },
    ]


def seed(portal):
    """Fill the provincial gazette; does nothing on a portal without a gazette section."""
    section = GazetteIndexPage.objects.child_of(portal.root_page).filter(category_key="gazette").first()
    if section is None:
        return None
    documents_demo.seed(portal)
    register = LegalDocumentIndexPage.objects.child_of(portal.root_page).get(category_key="documents")
    by_slug = {page.slug: page for page in LegalDocumentPage.objects.child_of(register)}
    province_name = portal.name.replace("Ủy ban nhân dân ", "")
    existing = set(GazetteIssuePage.objects.child_of(section).values_list("slug", flat=True))
    for data in issues(timezone.localdate()):
        if data["slug"] in existing:
            continue
        entries = [GazetteEntry(document=by_slug[slug]) for slug in data["documents"] if slug in by_slug]
        entries += [GazetteEntry(number=number, summary=summary) for number, summary in data["manual"]]
        issue = GazetteIssuePage(
            title=f"Công báo {province_name} {data['number'].lower()} năm {data['date'].year}",
            slug=data["slug"],
            issue_number=data["number"],
            publication_date=data["date"],
            intro=f"Số công báo đăng {len(entries)} văn bản do HĐND, UBND tỉnh ban hành. Văn bản đăng Công báo "
            "là văn bản chính thức, có giá trị như bản gốc.",
            locale=section.locale,
        )
        issue.entries = entries
        if data.get("pdf"):
            issue.pdf = _pdf_document(
                portal, f"{issue.title} (toàn văn)", f"cong-bao-{data['slug']}.pdf",
                f"Cong bao {data['number'].replace('Số', 'so')} ngay {data['date']:%d/%m/%Y}",
            )
        section.add_child(instance=issue)
        issue.save_revision().publish()
    return section
