"""Documents go through Wagtail's serve view; with SENDFILE_NGINX (sites.sendfile_nginx) the view answers
with an X-Accel-Redirect to nginx's internal location instead of the file, after its own checks."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.utils import sendfile

pytestmark = pytest.mark.django_db


@pytest.fixture
def document():
    doc = get_document_model()(title="Quyết định số 12")
    doc.file.save("quyet-dinh-12.pdf", ContentFile(b"%PDF-1.4 noi dung"), save=False)
    doc.save()
    yield doc
    doc.file.delete(save=False)


@pytest.fixture
def nginx_sendfile(settings):
    settings.SENDFILE_BACKEND = "sites.sendfile_nginx"
    settings.SENDFILE_URL = "/protected-media/"
    sendfile._get_sendfile.clear()
    yield
    sendfile._get_sendfile.clear()


def test_a_document_is_handed_to_nginx_by_x_accel_redirect(client, document, nginx_sendfile):
    response = client.get(document.url, HTTP_HOST="localhost")
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == f"/protected-media/{document.file.name}"
    assert response.content == b""
    assert "quyet-dinh-12.pdf" in response["Content-Disposition"]


def test_without_nginx_the_serve_view_streams_the_file(client, document):
    response = client.get(document.url, HTTP_HOST="localhost")
    assert response.status_code == 200
    assert "X-Accel-Redirect" not in response
    assert b"".join(response.streaming_content) == b"%PDF-1.4 noi dung"
