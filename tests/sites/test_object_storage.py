"""Several application servers without a shared disk keep uploads in S3-compatible buckets (MEDIA_BUCKET):
images are linked at the bucket's public host, documents never are — they go through Wagtail's serve view,
which checks the collection's privacy and streams the file from the bucket."""

import os
import subprocess
import sys

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from tests.factories.images import make_image
from tests.sites.test_settings import COMPLETE, ROOT

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4 quyet dinh 12"


def stored_keys(s3, bucket):
    return [item["Key"] for item in s3.list_objects_v2(Bucket=bucket).get("Contents", [])]


def make_document(collection=None):
    document = get_document_model()(title="Quyết định số 12", collection=collection or Collection.get_first_root_node())
    document.file.save("quyet-dinh-12.pdf", ContentFile(PDF), save=False)
    document.save()
    return document


def test_a_public_document_is_streamed_from_the_bucket_by_the_serve_view(client, object_storage):
    document = make_document()
    assert document.file.name in stored_keys(object_storage, "portal-media")

    response = client.get(document.url, HTTP_HOST="localhost")
    assert response.status_code == 200  # not a redirect to the bucket's own address
    assert b"".join(response.streaming_content) == PDF


def test_a_document_of_a_restricted_collection_is_refused_to_anonymous_readers(client, object_storage):
    root = Collection.get_first_root_node()
    internal = root.add_child(name="Văn bản nội bộ")
    CollectionViewRestriction.objects.create(collection=internal, restriction_type="login")
    document = make_document(internal)

    response = client.get(document.url, HTTP_HOST="localhost")
    assert response.status_code == 302 and "login" in response["Location"]
    assert "media.lamvien.gov.vn" not in response["Location"]


def test_image_renditions_are_written_to_the_bucket_and_linked_at_its_public_host(object_storage):
    image = make_image()
    rendition = image.get_rendition("fill-320x180")

    assert rendition.url.startswith("https://media.lamvien.gov.vn/images/")
    keys = stored_keys(object_storage, "portal-media")
    assert image.file.name in keys and rendition.file.name in keys


def test_production_with_a_media_bucket_stores_uploads_there_and_allows_its_images():
    code = ("from django.conf import settings; from django.core.files.storage import storages; "
            "print(type(storages['default']).__name__, storages['default'].bucket_name, "
            "settings.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src'][-1], settings.WAGTAILDOCS_SERVE_METHOD)")
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code], cwd=ROOT, capture_output=True, text=True,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "sites.settings.production", **COMPLETE,
             "MEDIA_BUCKET": "portal-media", "MEDIA_PUBLIC_HOST": "media.lamvien.gov.vn",
             "MEDIA_ENDPOINT_URL": "https://s3.lamvien.gov.vn"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1].split() == ["S3Storage", "portal-media", "https://media.lamvien.gov.vn", "serve_view"]
