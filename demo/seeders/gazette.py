"""Demo issues of the provincial gazette, referencing documents of the province's register (seeded first)
and a few documents given by number and summary only."""

import datetime

from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model

from decree.documents import LegalDocumentIndexPage, LegalDocumentPage
from decree.gazette import GazetteEntry, GazetteIndexPage, GazetteIssuePage
from demo.data import fill_all, load

from . import documents as documents_demo
from .pdf import pdf_document


def _pdf_document(portal, title, filename, paragraphs):
    Document = get_document_model()
    document = Document(title=title, collection=portal.collection) if portal.collection_id else Document(title=title)
    document.file.save(filename, ContentFile(pdf_document(title, paragraphs)), save=False)
    document.save()
    return document


def issues(today):
    """The gazette issues of demo/data/gazette/issues.json; the latest was published a week ago."""
    latest = today - datetime.timedelta(days=7)
    return fill_all(load("gazette/issues.json"), year=today.year, latest=latest, latest_month=latest.month)


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
                [f"{data['number']}, phát hành ngày {data['date']:%d/%m/%Y}."],
            )
        section.add_child(instance=issue)
        issue.save_revision().publish()
    return section
