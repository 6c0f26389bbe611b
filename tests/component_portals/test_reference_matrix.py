"""The data-level matrix, beside the page permission matrix: every role × (own, other portal) × every kind of
reference, each a POST through the real Wagtail admin form.

Actors: the editor and the approver of portal A, and the board; each edits a page (or the settings) of portal
A and refers to an object of portal A («own») or of portal B («other»). The editor saves a draft (it cannot
publish); the approver and the board publish. A refused reference gets the form back with a Vietnamese field
error, and changes nothing: no new revision, nothing live, the public page as before. An accepted one is
saved, and when published shows on the public page. The monitor opens no admin form at all.
"""

import uuid

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.forms.models import model_to_dict
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.test.utils.form_data import inline_formset, nested_form_data, querydict_from_html, rich_text, streamfield

from decree.documents import DocumentStatus, Issuer, LegalDocumentPage
from home.models import PortalSettings
from tests.component_portals.permission_scenario import PNG, assert_refused
from tests.factories import add_legal_document, add_standard_page

Image = get_image_model()
Document = get_document_model()
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("media_root")]

REFUSAL = "Không được chọn"
REPLACE_REFUSAL = "Chỉ được thay thế văn bản của cổng mình."

# Every kind of reference; the HTTP cell of each, below. «page», «image», «document» and «rich_text» go
# through StreamField blocks of a page body, «setting» through PortalSettings' logo, «replaces» and «related»
# are the relations between legal documents, «snippet» a shared catalogue entry (the board's, no portal's).
KINDS = ("page", "image", "document", "rich_text", "setting", "replaces", "related", "snippet")
ROLES = ("editor", "approver", "board")


def expected(role, kind, owner):
    """Whether `role` of portal A may save a reference of `kind` to an object of `owner` («own»/«other»)."""
    if kind == "setting" and role == "editor":
        return False  # editors never edit the portal's settings
    if kind in ("related", "snippet"):
        return True  # a citation of a published document; a shared catalogue entry
    if kind == "replaces":
        return owner == "own"  # across portals only through a request to the board, even for the board
    return owner == "own" or role == "board"


MATRIX = [(role, kind, owner, expected(role, kind, owner)) for role in ROLES for kind in KINDS for owner in ("own", "other")]


@pytest.fixture
def media_root(settings, tmp_path):
    """Fresh files, and no rendition remembered from an earlier test's image that had the same ID."""
    settings.MEDIA_ROOT = tmp_path
    cache.clear()


def marker():
    return f"Dau {uuid.uuid4().hex[:10]}"


def image_of(portal):
    return Image.objects.create(
        title=f"Anh cua {portal.slug} {uuid.uuid4().hex[:6]}", collection=portal.collection,
        file=SimpleUploadedFile(f"anh-{uuid.uuid4().hex[:8]}.png", PNG),
    )


def document_of(portal):
    return Document.objects.create(
        title=f"Tep cua {portal.slug} {uuid.uuid4().hex[:6]}", collection=portal.collection,
        file=SimpleUploadedFile("tep.txt", b"noi dung"),
    )


def page_of(portal):
    """A draft of the portal: the worst leak, since nobody outside should even know it exists."""
    return add_standard_page(portal.root_page, title=f"Ban nhap cua {portal.slug} {uuid.uuid4().hex[:6]}",
                             publish=False, live=False)


def body_block(kind, target, label):
    if kind == "page":
        link = {"value": {"title": label, "page": target.pk, "url": ""}, "deleted": "", "order": "0", "id": "l1"}
        return ("links", {"count": "1", "0": link})
    if kind == "image":
        return ("image", {"image": target.pk, "alt_text": label, "caption": ""})
    if kind == "document":
        return ("document", {"document": target.pk, "title": label})
    html = f'<p><a linktype="document" id="{target.pk}">{label}</a></p>'
    return ("paragraph", rich_text(html, features=["link", "document-link"]))


def standard_page_form(page, block, publish):
    data = nested_form_data({
        "title": page.title, "slug": page.slug, "intro": "", "body": streamfield([block]),
        "seo_title": "", "search_description": "", "comments": inline_formset([]),
    })
    if publish:
        data["action-publish"] = "action-publish"
    return data


def public_html(client, page, portal):
    response = client.get(page.relative_url(portal.site), HTTP_HOST=portal.hostname)
    return response.content.decode() if response.status_code == 200 else ""


def form_errors(response):
    """Every error of the re-rendered admin form (StreamField errors travel as JSON in the page)."""
    form = response.context["form"]
    messages = []
    for errors in form.errors.as_data().values():
        for error in errors:
            messages += [str(message) for message in getattr(error, "non_block_errors", [])] + list(error)
    return " ".join(messages)


class Cell:
    def __init__(self, client, role, own, other, owner, allowed):
        self.client, self.role, self.allowed = client, role, allowed
        self.own, self.target_portal = own, (own if owner == "own" else other)
        self.publish = role != "editor"

    def assert_outcome(self, response, refusal=REFUSAL):
        if self.allowed:
            assert response.status_code == 302, response.content.decode()[:2000]
        else:
            assert_refused(response, form_error=True)
            assert refusal in form_errors(response)


def _body_reference(cell, kind, client_factory):
    make = {"page": page_of, "image": image_of, "document": document_of, "rich_text": document_of}[kind]
    target = make(cell.target_portal)
    page = add_standard_page(cell.own.root_page, title=f"Trang {uuid.uuid4().hex[:6]}")
    before = (page.latest_revision_id, page.live_revision_id)
    label = marker()
    response = cell.client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        standard_page_form(page, body_block(kind, target, label), cell.publish),
    )
    cell.assert_outcome(response)
    page.refresh_from_db()
    html = public_html(client_factory(), page, cell.own)
    if cell.allowed:
        saved = page.get_latest_revision_as_object().body
        assert [reference[1] for reference in saved.stream_block.extract_references(saved)] == [str(target.pk)]
        assert (label in html) is cell.publish
    else:
        assert (page.latest_revision_id, page.live_revision_id) == before
        assert label not in html and target.title not in html
        assert target.title not in response.content.decode()


def _setting(cell, client_factory):
    image = image_of(cell.target_portal)
    site = cell.own.site
    portal_settings = PortalSettings.for_site(site)
    data = {name: "" if value is None else value
            for name, value in model_to_dict(portal_settings, exclude=["id", "site"]).items()}
    response = cell.client.post(
        reverse("wagtailsettings:edit", args=["home", "portalsettings", site.pk]), {**data, "logo": image.pk}
    )
    logo_id = PortalSettings.objects.get(site=site).logo_id
    stem = image.file.name.rsplit("/", 1)[-1].split(".")[0]
    html = public_html(client_factory(), cell.own.root_page, cell.own)
    if cell.allowed:
        assert response.status_code == 302
        assert logo_id == image.pk
        assert stem in html
    else:
        if cell.role == "editor":
            assert_refused(response)
        else:
            cell.assert_outcome(response)
        assert logo_id is None
        assert stem not in html


def document_form(client, document):
    """The document's edit form as the browser would send it (every field as shown), attachments empty."""
    html = client.get(reverse("wagtailadmin_pages:edit", args=[document.pk])).content.decode()
    data = querydict_from_html(html, form_id="page-edit-form")
    data.update(nested_form_data({"attachments": streamfield([])}))
    for name in ("replaces", "related_documents", "replacement_proposals"):
        data.setlist(name, [])  # a browser sends nothing for a multiple select with nothing selected
    return data


def _document_relation(cell, kind, client_factory):
    document = add_legal_document(cell.own, f"{uuid.uuid4().hex[:4]}/2025/QĐ-A")
    target = add_legal_document(cell.target_portal, f"{uuid.uuid4().hex[:4]}/2024/QĐ-UBND")
    before = document.latest_revision_id
    data = document_form(cell.client, document)
    if kind == "snippet":
        issuer = Issuer.objects.create(name=f"Cơ quan dùng chung {uuid.uuid4().hex[:6]}")
        data["issuer"] = str(issuer.pk)
    else:
        data.setlist(kind if kind == "replaces" else "related_documents", [str(target.pk)])
    if cell.publish:
        data["action-publish"] = "action-publish"
    response = cell.client.post(reverse("wagtailadmin_pages:edit", args=[document.pk]), data)
    cell.assert_outcome(response, refusal=REPLACE_REFUSAL if kind == "replaces" else REFUSAL)
    document.refresh_from_db()
    saved = document.get_latest_revision_as_object()
    target_html = public_html(client_factory(), target, cell.target_portal)
    if cell.allowed:
        if kind == "snippet":
            assert saved.issuer_id == issuer.pk
        else:
            relation = saved.replaces if kind == "replaces" else saved.related_documents
            assert [item.pk for item in relation.all()] == [target.pk]
        expired = kind == "replaces" and cell.publish
        assert (LegalDocumentPage.objects.get(pk=target.pk).status == DocumentStatus.EXPIRED) is expired
        assert (str(DocumentStatus.EXPIRED.label) in target_html) is expired
    else:
        assert document.latest_revision_id == before
        assert not saved.replaces.exists()
        assert LegalDocumentPage.objects.get(pk=target.pk).status == DocumentStatus.IN_FORCE
        assert str(DocumentStatus.EXPIRED.label) not in target_html


@pytest.mark.parametrize(
    ("role", "kind", "owner", "allowed"), MATRIX,
    ids=[f"{role}-{kind}-{owner}-{'allowed' if allowed else 'refused'}" for role, kind, owner, allowed in MATRIX],
)
def test_reference_matrix(role, kind, owner, allowed, portal_a, portal_b, login, client_factory):
    cell = Cell(login(role, portal_a if role != "board" else None), role, portal_a, portal_b, owner, allowed)
    if kind == "setting":
        _setting(cell, client_factory)
    elif kind in ("replaces", "related", "snippet"):
        _document_relation(cell, kind, client_factory)
    else:
        _body_reference(cell, kind, client_factory)


def test_the_monitor_opens_no_admin_form(portal_a, login):
    monitor = login("monitor")
    page = add_standard_page(portal_a.root_page, title="Trang cua giam sat")
    document = add_legal_document(portal_a, "GS-1/2025")
    for url in (
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        reverse("wagtailadmin_pages:edit", args=[document.pk]),
        reverse("wagtailsettings:edit", args=["home", "portalsettings", portal_a.site.pk]),
    ):
        assert_refused(monitor.get(url))
        assert_refused(monitor.post(url, {"title": "Doi ten", "logo": image_of(portal_a).pk}))
    page.refresh_from_db()
    assert page.title == "Trang cua giam sat"
    assert PortalSettings.for_site(portal_a.site).logo_id is None
