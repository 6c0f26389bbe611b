"""Legal documents carry their files: «Tải về» with type and size in the register and on the page, only PDF,
DOC or DOCX accepted, the issue date wherever a document is listed, and the demo's documents as real PDFs."""

import datetime
import re

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from demo.seeders import documents as documents_demo
from demo.seeders.pdf import pdf_document
from decree.documents import DocumentType, Issuer, LegalDocumentPage

pytestmark = pytest.mark.django_db


def stored_file(portal, name, content=b"%PDF-1.4\n%%EOF\n"):
    document = get_document_model()(title=name, collection=portal.collection)
    document.file.save(name, ContentFile(content), save=False)
    document._set_document_file_metadata()
    document.save()
    return document


def add_document(register, number, issue_date, files=(), signer="Nguyễn Văn Ký"):
    document = LegalDocumentPage(
        title=f"Quyết định số {number}", number=number, issue_date=issue_date, effective_date=issue_date,
        document_type=DocumentType.objects.get_or_create(name="Quyết định")[0],
        issuer=Issuer.objects.get_or_create(name="Ủy ban nhân dân tỉnh Thử Nghiệm")[0],
        signer=signer, summary=f"Trích yếu {number}", locale=register.locale,
        attachments=[("document", {"document": file, "title": ""}) for file in files],
    )
    register.add_child(instance=document)
    document.save_revision().publish()
    return document


def download_cells(html):
    """{document number: [(href, label) of its «Tải về» links]} from the register table."""
    table = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    cells = {}
    for row in table.split("<tr>")[1:]:
        number = re.search(r'<a class="nowrap" href="[^"]*">([^<]+)</a>', row).group(1)
        cells[number] = re.findall(r'<a href="([^"]+)" download>(\w+)<span', row)
    return cells


def test_the_register_has_a_download_link_per_file_that_answers_with_the_file(client, portal_a, section):
    register = section(portal_a, "documents")
    pdf = stored_file(portal_a, "15-2026-qd-ubnd.pdf", pdf_document("Quyết định số 15/2026/QĐ-UBND", ["Điều 1."]))
    docx = stored_file(portal_a, "15-2026-qd-ubnd.docx", b"PK\x03\x04 not really a docx")
    add_document(register, "15/2026/QĐ-UBND", datetime.date(2026, 3, 2), files=[pdf, docx])
    add_document(register, "16/2026/QĐ-UBND", datetime.date(2026, 3, 3))
    html = client.get(register.get_url(), HTTP_HOST=portal_a.site.hostname).content.decode()
    assert '<th scope="col">Tải về</th>' in html
    cells = download_cells(html)
    assert [label for _href, label in cells["15/2026/QĐ-UBND"]] == ["PDF", "DOCX"]
    assert cells["16/2026/QĐ-UBND"] == []
    assert "Chưa có tệp" in html
    assert "tải về văn bản 15/2026/QĐ-UBND" in html  # the link's name says which document
    response = client.get(cells["15/2026/QĐ-UBND"][0][0], HTTP_HOST=portal_a.site.hostname)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content if response.streaming else [response.content]).startswith(b"%PDF-")


def test_the_document_page_leads_with_its_files_type_and_size(client, portal_a, section):
    register = section(portal_a, "documents")
    pdf = stored_file(portal_a, "van-ban.pdf", b"%PDF-1.4\n" + b"0" * 2048 + b"\n%%EOF\n")
    document = add_document(register, "17/2026/QĐ-UBND", datetime.date(2026, 3, 4), files=[pdf])
    html = client.get(document.get_url(), HTTP_HOST=portal_a.site.hostname).content.decode()
    files = html.split('class="attachments document-files"', 1)[1].split("</section>", 1)[0]
    assert ">Tải về</h2>" in files
    assert f'href="{pdf.url}" download' in files
    assert "(PDF, 2,0\xa0KB)" in files or "(PDF, 2.0\xa0KB)" in files
    assert html.index("document-files") < html.index("page-tools") if "page-tools" in html else True


@pytest.mark.parametrize("name, accepted", [("van-ban.pdf", True), ("van-ban.DOCX", True), ("van-ban.doc", True),
                                            ("van-ban.txt", False), ("bang.xlsx", False)])
def test_a_legal_document_only_carries_pdf_doc_or_docx(portal_a, section, name, accepted):
    register = section(portal_a, "documents")
    document = add_document(register, "18/2026/QĐ-UBND", datetime.date(2026, 3, 5))
    document.attachments = [("document", {"document": stored_file(portal_a, name), "title": ""})]
    if accepted:
        document.full_clean()
        return
    with pytest.raises(ValidationError) as raised:
        document.full_clean()
    assert "Văn bản chỉ đính kèm tệp PDF, DOC hoặc DOCX" in str(raised.value.message_dict["attachments"])
    assert name in str(raised.value.message_dict["attachments"])


def test_search_results_show_a_documents_number_and_issue_date(client, portal_a, section):
    register = section(portal_a, "documents")
    add_document(register, "19/2026/QĐ-UBND", datetime.date(2025, 11, 27))
    response = client.get("/search/", {"q": "19/2026"}, HTTP_HOST=portal_a.site.hostname)
    html = response.content.decode()
    result = html.split('class="search-result"', 1)[1].split("</li>", 1)[0]
    assert '<span class="nowrap">19/2026/QĐ-UBND</span>' in result
    assert 'Ngày ban hành <time datetime="2025-11-27">27/11/2025</time>' in result


def test_the_signer_filter_lists_names_in_vietnamese_order(client, portal_a, section):
    register = section(portal_a, "documents")
    for index, signer in enumerate(["Đỗ Văn Thành", "Dương Minh Tâm", "Đặng Thu Hà", "Bùi Văn An"]):
        add_document(register, f"{20 + index}/2026/QĐ-UBND", datetime.date(2026, 3, 6 + index), signer=signer)
    html = client.get(register.get_url(), HTTP_HOST=portal_a.site.hostname).content.decode()
    select = html.split('id="filter-signer"', 1)[1].split("</select>", 1)[0]
    assert re.findall(r"<option value=\"[^\"]+\"[^>]*>([^<]+)</option>", select) == [
        "Bùi Văn An", "Dương Minh Tâm", "Đặng Thu Hà", "Đỗ Văn Thành",
    ]


def test_every_demo_document_carries_a_valid_pdf(portal_b):
    register = documents_demo.seed(portal_b)
    documents = list(LegalDocumentPage.objects.child_of(register))
    assert len(documents) >= 12
    for document in documents:
        files = [block.value["document"] for block in document.attachments]
        assert len(files) == 1 and files[0].file_extension == "pdf", document.number
        content = files[0].file.open("rb").read()
        files[0].file.close()
        assert_valid_pdf(content)
        assert 500 < files[0].file_size < 20_000
    before = get_document_model().objects.count()
    documents_demo.seed(portal_b)
    assert get_document_model().objects.count() == before


def assert_valid_pdf(content):
    """Header, trailer, and a cross-reference table whose offsets point at the objects it names."""
    assert content.startswith(b"%PDF-1.4\n") and content.rstrip().endswith(b"%%EOF")
    startxref = int(re.search(rb"startxref\n(\d+)\n", content).group(1))
    assert content[startxref:].startswith(b"xref\n")
    entries = re.findall(rb"(\d{10}) 00000 n ", content[startxref:])
    for number, offset in enumerate(entries, start=1):
        assert content[int(offset):].startswith(b"%d 0 obj" % number)
    assert b"/Type /Catalog" in content and b"/Type /Page " in content
