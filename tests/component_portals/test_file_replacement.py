"""Replacing the file of an image or document that a live page shows is publishing: the portal's editor is
refused (and uploads a new file to propose in a page draft instead), its approver and the board may."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import ReferenceIndex

from tests.factories import add_standard_page

pytestmark = pytest.mark.django_db
Document = get_document_model()


@pytest.fixture
def shown_document(portal_a, settings, tmp_path):
    """A document of portal A that a published page of portal A links to."""
    settings.MEDIA_ROOT = tmp_path
    document = Document.objects.create(
        title="Quyết định gốc", collection=portal_a.collection, file=SimpleUploadedFile("goc.txt", b"ban goc")
    )
    page = add_standard_page(portal_a.root_page, title="Trang có tệp", publish=False,
                             body=[("document", {"document": document, "title": "Tải quyết định"})])
    page.save_revision().publish()
    ReferenceIndex.create_or_update_for_object(page)
    return document


def replace_file(client, document, portal):
    return client.post(reverse("wagtaildocs:edit", args=[document.pk]), {
        "title": document.title, "collection": portal.collection_id, "tags": "",
        "file": SimpleUploadedFile("moi.txt", b"ban moi"),
    })


@pytest.mark.parametrize(("role", "allowed"), [("editor", False), ("approver", True), ("board", True)])
def test_replacing_the_file_of_a_published_page_needs_publishing_rights(role, allowed, login, portal_a, shown_document):
    client = login(role, portal_a if role != "board" else None)
    old_name = shown_document.file.name
    response = replace_file(client, shown_document, portal_a)
    shown_document.refresh_from_db()
    if allowed:
        assert response.status_code == 302
        assert shown_document.file.name != old_name
    else:
        assert response.status_code == 200
        assert "thay tệp là xuất bản" in str(response.context["form"].errors["file"])
        assert shown_document.file.name == old_name
        assert shown_document.file.read() == b"ban goc"


def test_an_editor_still_replaces_a_file_no_live_page_shows(login, portal_a, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    draft_only = Document.objects.create(
        title="Tệp chưa dùng", collection=portal_a.collection, file=SimpleUploadedFile("a.txt", b"a")
    )
    response = replace_file(login("editor", portal_a), draft_only, portal_a)
    assert response.status_code == 302


def test_an_editor_uploads_a_new_file_to_propose(login, portal_a, shown_document):
    response = login("editor", portal_a).post(reverse("wagtaildocs:add"), {
        "title": "Quyết định sửa đổi", "collection": portal_a.collection_id, "tags": "",
        "file": SimpleUploadedFile("sua-doi.txt", b"ban sua doi"),
    })
    assert response.status_code == 302
    assert Document.objects.filter(title="Quyết định sửa đổi", collection=portal_a.collection).exists()
    assert Document.objects.get(pk=shown_document.pk).file.read() == b"ban goc"
