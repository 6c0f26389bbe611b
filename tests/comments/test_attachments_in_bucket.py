"""With PRIVATE_MEDIA_BUCKET a citizen's attachment lives in a private bucket, apart from the public media:
no address of any kind serves it; the moderators of its portal download it through the admin."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from comments.models import CitizenInput, Kind, private_storage

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n"


@pytest.fixture
def attachments_in_bucket(object_storage, monkeypatch):
    monkeypatch.setattr(CitizenInput._meta.get_field("attachment"), "storage", private_storage())
    return object_storage


def test_an_attachment_goes_to_the_private_bucket_and_only_its_moderators_download_it(
    client, send, login, portal_a, portal_b, qa_section, attachments_in_bucket
):
    send(client, portal_a, qa_section, kind=Kind.QUESTION,
         attachment=SimpleUploadedFile("don.pdf", PDF, content_type="application/pdf"))
    item = CitizenInput.objects.get()
    private_keys = [obj["Key"] for obj in attachments_in_bucket.list_objects_v2(Bucket="portal-private")["Contents"]]
    assert private_keys == [item.attachment.name]
    assert "Contents" not in attachments_in_bucket.list_objects_v2(Bucket="portal-media")
    with pytest.raises(ValueError):
        item.attachment.url  # noqa: B018  (no address, not even a signed one)

    download = reverse("comments_admin:attachment", args=[item.pk])
    response = login("approver", portal_a).get(download)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert login("approver", portal_b).get(download).status_code == 404
    assert client.get(download).status_code == 302
