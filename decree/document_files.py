"""The files of legal documents: what a register lists under «Tải về» and which kinds of file a document may
carry (the signed PDF, and the DOC/DOCX of the text)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model

DOCUMENT_FILE_EXTENSIONS = ("pdf", "doc", "docx")


def attached_document_ids(page):
    """The ids of the files in a page's attachments, read from the stored stream without a query."""
    ids = []
    for block in page.attachments.raw_data:
        document_id = (block.get("value") or {}).get("document")
        if block.get("type") == "document" and document_id:
            ids.append(document_id)
    return ids


def attach_download_files(pages):
    """Give every page of a listing its `download_files` (the documents of its attachments, in order), with
    one query for the whole listing."""
    pages = list(pages)
    wanted = {page.pk: attached_document_ids(page) for page in pages}
    all_ids = {document_id for ids in wanted.values() for document_id in ids}
    found = get_document_model().objects.in_bulk(all_ids) if all_ids else {}
    for page in pages:
        page.download_files = [found[document_id] for document_id in wanted[page.pk] if document_id in found]
    return pages


def check_document_files(attachments):
    """A legal document's attachments must be PDF, DOC or DOCX files."""
    wrong = sorted({
        block.value["document"].title for block in attachments
        if block.value.get("document") and block.value["document"].file_extension.lower() not in DOCUMENT_FILE_EXTENSIONS
    })
    if wrong:
        raise ValidationError(
            _("Văn bản chỉ đính kèm tệp PDF, DOC hoặc DOCX; không nhận: %(files)s."), params={"files": ", ".join(wrong)}
        )

