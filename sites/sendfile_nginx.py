"""Wagtail's sendfile backend for nginx: the serve view checks the document's privacy, then nginx sends the
file from its internal location (`location /protected-media/ { internal; alias MEDIA_ROOT/; }`)."""

from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.http import HttpResponse


def sendfile(request, filename, **kwargs):
    relative = Path(filename).resolve().relative_to(Path(settings.MEDIA_ROOT).resolve())
    response = HttpResponse()
    response["X-Accel-Redirect"] = quote(settings.SENDFILE_URL + relative.as_posix())
    return response
