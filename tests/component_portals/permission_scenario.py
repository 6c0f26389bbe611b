"""What every cell of the permission matrix (test_permission_matrix.py) shares: the matrix itself, one
scenario (an actor, a target portal, a fresh page), the refusal check and the registry of action checks."""

import uuid
from io import BytesIO

from django.contrib.messages import ERROR, get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from tests.factories import add_standard_page

Image = get_image_model()
Document = get_document_model()

PAGE_ACTIONS = (
    "explore", "edit", "save_draft", "add_child", "publish", "unpublish", "delete", "delete_draft",
    "move_within", "move_out", "copy_within", "copy_out", "revisions",
)
MEDIA_ACTIONS = (
    "image_list", "image_edit", "image_delete", "image_upload",
    "doc_list", "doc_edit", "doc_delete", "doc_upload",
)
ACTIONS = PAGE_ACTIONS + MEDIA_ACTIONS + ("settings", "approve")

# What a portal's own editor may do there; "_out" actions put the page into the other portal.
EDITOR_OWN = {
    "explore", "edit", "save_draft", "add_child", "delete_draft", "copy_within", "revisions",
    "image_list", "image_edit", "image_upload", "doc_list", "doc_edit", "doc_upload",
}
APPROVER_OWN = EDITOR_OWN | {
    "publish", "unpublish", "delete", "move_within", "image_delete", "doc_delete", "settings", "approve",
}
NOTHING = frozenset()
ALLOWED = {
    ("editor", "A"): EDITOR_OWN,
    ("editor", "B"): NOTHING,
    ("approver", "A"): APPROVER_OWN,
    ("approver", "B"): NOTHING,
    ("board", "A"): set(ACTIONS),
    ("board", "B"): set(ACTIONS),
    ("monitor", "A"): NOTHING,
    ("monitor", "B"): NOTHING,
}
MATRIX = [
    (role, target, action, action in ALLOWED[role, target])
    for (role, target) in ALLOWED
    for action in ACTIONS
]


def _png():
    buffer = BytesIO()
    PILImage.new("RGB", (2, 2), "red").save(buffer, "PNG")
    return buffer.getvalue()


PNG = _png()


def unique(prefix):
    return f"{prefix} {uuid.uuid4().hex[:8]}"


def slugify_marker(title):
    return title.lower().replace(" ", "-")


def page_form(page, **fields):
    data = nested_form_data({
        "title": page.title, "slug": page.slug, "intro": "", "body": streamfield([]),
        "seo_title": "", "search_description": "", "comments": inline_formset([]),
    })
    data.update(fields)
    return data


def assert_refused(response, *, form_error=False):
    """Refused: 403, 404, a redirect to the dashboard or login with an error, or (form_error) the form again."""
    status = response.status_code
    if status in (403, 404):
        return
    if status == 302:
        location = response["Location"]
        if location.startswith(reverse("wagtailadmin_login")):
            return
        assert location == reverse("wagtailadmin_home"), f"redirected to {location}"
        levels = [message.level for message in get_messages(response.wsgi_request)]
        assert ERROR in levels, "refusal redirect without an error message"
        return
    assert form_error and status == 200, f"expected a refusal, got {status}"
    assert response.context["form"].errors, "form re-rendered without errors"


class Scenario:
    """One cell of the matrix: an actor's client, the target portal (and the other one) and a fresh page."""

    def __init__(self, client, role, portal, other, allowed, may_edit):
        self.client = client
        self.role = role
        self.portal = portal  # the target
        self.other = other
        self.allowed = allowed
        self.may_edit = may_edit  # whether the actor may edit the target's pages at all
        self.home = portal.root_page.specific
        self.marker = add_standard_page(self.home, title=unique(f"Trang {portal.slug}"))

    def image(self):
        return Image.objects.create(
            title=unique(f"Anh {self.portal.slug}"), collection=self.portal.collection,
            file=SimpleUploadedFile("anh.png", PNG),
        )

    def document(self):
        return Document.objects.create(
            title=unique(f"Tai lieu {self.portal.slug}"), collection=self.portal.collection,
            file=SimpleUploadedFile("tai-lieu.txt", b"noi dung"),
        )


ACTION_CHECKS = {}


def check(name):
    def register(function):
        ACTION_CHECKS[name] = function
        return function

    return register


def assert_read(s, response, secret):
    if s.allowed:
        assert response.status_code == 200
        assert secret in response.content.decode()
    else:
        assert_refused(response)
        assert secret not in response.content.decode()
