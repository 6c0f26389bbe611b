"""Demo legal documents (demo/data/documents/): the shared catalogues (types, issuers, fields) and at least
twelve documents in every portal's register, dated relative to the current year, with expired, replaced and
not-yet-in-force documents among them."""

import datetime
import unicodedata
from dataclasses import dataclass, field

from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model

from component_portals.models import ComponentPortal, PortalKind
from decree.documents import DocumentType, Issuer, LegalDocumentIndexPage, LegalDocumentPage, LegalField
from demo.data import fill_all, load

from .intro import leaders_of
from .pdf import pdf_document

SELF, PROVINCE, COUNCIL = "self", "province", "council"


@dataclass
class DocumentSpec:
    slug: str
    type: str
    number: str
    issuer: str  # SELF, PROVINCE (the provincial people's committee) or COUNCIL (the provincial people's council)
    signer: str  # "head", "deputy" or a name
    subject: str  # what follows "<type> số <number>" in the title, starting in lower case
    issue_date: datetime.date
    effective_date: datetime.date = None  # defaults to the issue date
    expiry_date: datetime.date = None
    fields: tuple = ()
    detail: str = ""
    replaces: tuple = ()  # slugs of documents of the same register
    related: tuple = ()


@dataclass
class Agency:
    name: str
    code: str
    locality: str
    head: tuple  # (name, position)
    deputy: tuple
    province_name: str
    council_name: str
    province_head: tuple
    province_deputy: tuple
    council_head: tuple = ("Trần Quốc Bảo", "Chủ tịch HĐND tỉnh")
    extra: dict = field(default_factory=dict)


def _without_marks(text):
    text = text.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def agency_code(portal):
    """The issuer part of a symbol: "UBND" for people's committees, else the initials of the agency's name
    without diacritics ("Sở Khoa học và Công nghệ" -> "SKHCN")."""
    if portal.name.startswith("Ủy ban nhân dân"):
        return "UBND"
    return "".join(word[0].upper() for word in _without_marks(portal.name).split() if word.lower() != "va")


def _province_of(portal):
    if portal.kind == PortalKind.PROVINCE:
        return portal
    return portal.parent if portal.parent_id else ComponentPortal.objects.filter(kind=PortalKind.PROVINCE).first()


def agency_for(portal):
    province = _province_of(portal) or portal
    province_name = province.name
    locality = province_name.replace("Ủy ban nhân dân ", "")
    if portal.name.startswith("Ủy ban nhân dân "):
        locality = portal.name.replace("Ủy ban nhân dân ", "")
    head, deputy = leaders_of(portal)
    province_head, province_deputy = leaders_of(province)
    return Agency(
        name=portal.name,
        code=agency_code(portal),
        locality=locality,
        head=head,
        deputy=deputy,
        province_name=province_name,
        council_name=province_name.replace("Ủy ban nhân dân", "Hội đồng nhân dân"),
        province_head=province_head,
        province_deputy=province_deputy,
    )


def ensure_catalogues():
    types = {}
    catalogues = load("documents/catalogues.json")
    for item in catalogues["types"]:
        types[item["name"]], _created = DocumentType.objects.get_or_create(
            name=item["name"], defaults={"abbreviation": item["abbreviation"], "sort_order": item["sort_order"]}
        )
    fields = {name: LegalField.objects.get_or_create(name=name)[0] for name in catalogues["fields"]}
    return types, fields


def _department_topic(slug):
    if "khcn" in slug or "khoa-hoc" in slug:
        return "science"
    if "tai-chinh" in slug:
        return "finance"
    return "health" if "y-te" in slug else "other"


def specs_for(portal, agency, today):
    """The register of demo/data/documents/: province.json, department.json (common documents and those of
    the department's field) or local.json (communes, wards, special zones)."""
    values = {
        "agency": agency.name, "code": agency.code, "code_length": len(agency.code), "locality": agency.locality,
        "locality_length": len(agency.locality), "year": today.year, "today": today,
        # The local market rules take effect 20 days after signing (local.json) and are numbered by that month.
        "soon_month": (today + datetime.timedelta(days=20)).month,
        "recent_year": (today - datetime.timedelta(days=10)).year,
    }
    if portal.kind == PortalKind.PROVINCE:
        items = load("documents/province.json")
    elif portal.kind == PortalKind.DEPARTMENT:
        register = load("documents/department.json")
        items = register["common"] + register["topical"][_department_topic(portal.slug)]
    else:
        items = load("documents/local.json")
    return [DocumentSpec(**item) for item in fill_all(items, **values)]


def _signer(spec, agency):
    return {
        "head": agency.head,
        "deputy": agency.deputy,
        "province": agency.province_deputy,
        "council": agency.council_head,
    }.get(spec.signer, (spec.signer, ""))


def document_file(portal, document):
    """The document's signed text as a small PDF in the portal's collection, created once."""
    Document = get_document_model()
    filename = f"{document.slug}.pdf"
    existing = Document.objects.filter(collection=portal.collection, title=document.title[:255]).first()
    if existing is not None:
        return existing
    paragraphs = [
        document.issuer.name,
        f"Số: {document.number}. Ngày ban hành: {document.issue_date:%d/%m/%Y}. "
        f"Ngày có hiệu lực: {document.effective_date:%d/%m/%Y}.",
        document.summary,
        "Điều 1. Ban hành kèm theo văn bản này nội dung như trích yếu trên.",
        "Điều 2. Văn bản có hiệu lực kể từ ngày có hiệu lực ghi trên.",
        "Điều 3. Các cơ quan, đơn vị và cá nhân có liên quan chịu trách nhiệm thi hành văn bản này.",
        f"{document.signer_position or 'Người ký'}: {document.signer or '(không ghi)'}",
        "Bản điện tử dùng cho trang thử nghiệm cổng thông tin.",
    ]
    pdf = Document(title=document.title[:255], collection=portal.collection)
    pdf.file.save(filename, ContentFile(pdf_document(document.title, paragraphs)), save=False)
    pdf._set_document_file_metadata()  # size and hash, as the admin upload form sets them
    pdf.file.close()
    pdf.save()
    return pdf


def attach_file(portal, document):
    """Documents without a file get their PDF (repairs demos seeded before documents carried files)."""
    if document.attachments.raw_data:
        return
    document.attachments = [("document", {"document": document_file(portal, document), "title": ""})]
    document.save_revision().publish()


def seed(portal):
    """Fill the portal's register; documents already there (by slug) are left as they are, but get their file."""
    section = LegalDocumentIndexPage.objects.child_of(portal.root_page).get(category_key="documents")
    types, fields = ensure_catalogues()
    agency = agency_for(portal)
    issuers = {
        SELF: Issuer.objects.get_or_create(name=agency.name)[0],
        PROVINCE: Issuer.objects.get_or_create(name=agency.province_name)[0],
        COUNCIL: Issuer.objects.get_or_create(name=agency.council_name)[0],
    }
    existing = {page.slug: page for page in LegalDocumentPage.objects.child_of(section)}
    today = timezone.localdate()
    for spec in specs_for(portal, agency, today):
        if spec.slug in existing:
            attach_file(portal, existing[spec.slug])
            continue
        # Early in January a few documents of the current year would be dated in the future: sign them today.
        issue_date = min(spec.issue_date, today)
        signer, position = _signer(spec, agency)
        document = LegalDocumentPage(
            title=f"{spec.type} số {spec.number} {spec.subject}",
            slug=spec.slug,
            number=spec.number,
            document_type=types[spec.type],
            issuer=issuers[spec.issuer],
            signer=signer,
            signer_position=position,
            issue_date=issue_date,
            effective_date=max(spec.effective_date or spec.issue_date, issue_date),
            expiry_date=spec.expiry_date,
            summary=spec.subject[0].upper() + spec.subject[1:] + (f". {spec.detail}" if spec.detail else "."),
            locale=section.locale,
        )
        document.legal_fields = [fields[name] for name in spec.fields]
        document.replaces = [existing[slug] for slug in spec.replaces if slug in existing]
        document.related_documents = [existing[slug] for slug in spec.related if slug in existing]
        section.add_child(instance=document)
        document.attachments = [("document", {"document": document_file(portal, document), "title": ""})]
        document.save_revision().publish()
        existing[spec.slug] = document
    return section
