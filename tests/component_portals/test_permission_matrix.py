"""The role matrix of DESIGN.md ("Roles (contract)"), proven through the real Wagtail admin views.

Actors: the editor and the approver of portal A, the board and the monitor. Targets: portal A and portal B.
Every action is a real request to a Wagtail admin URL; every allowed case asserts that the change happened,
every forbidden case asserts that the request was refused and that nothing changed in the database (or, for
reads, that none of the target's content reached the response).
"""

import uuid
from functools import partial
from io import BytesIO

import pytest
from bs4 import BeautifulSoup
from django.contrib.messages import ERROR, get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.forms.models import model_to_dict
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, TaskState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from home.models import PortalSettings, StandardPage
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


# --- pages -------------------------------------------------------------------------------------------------


@check("explore")
def _explore(s):
    for url_name in ("wagtailadmin_explore", "wagtailadmin_explore_results"):
        response = s.client.get(reverse(url_name, args=[s.home.pk]))
        assert_read(s, response, s.marker.title)
        if not s.allowed:
            assert s.home.title not in response.content.decode()
    # The sidebar's page explorer reads the admin API.
    response = s.client.get(
        reverse("wagtailadmin_api:pages:listing"), {"child_of": s.home.pk, "for_explorer": "1"}
    )
    if s.allowed:
        assert response.status_code == 200
        assert s.marker.pk in [item["id"] for item in response.json()["items"]]
    else:
        # 400 "parent page doesn't exist": the admin API only looks up pages the user may explore
        assert response.status_code in (400, 403)
        assert s.marker.title not in response.content.decode()


@check("edit")
def _edit(s):
    response = s.client.get(reverse("wagtailadmin_pages:edit", args=[s.marker.pk]))
    assert_read(s, response, s.marker.title)


@check("save_draft")
def _save_draft(s):
    page, old_title, old_revision = s.marker, s.marker.title, s.marker.latest_revision_id
    response = s.client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]), page_form(page, title="Ban nhap moi")
    )
    page.refresh_from_db()
    if s.allowed:
        assert response.status_code == 302
        assert page.draft_title == "Ban nhap moi"
        assert page.latest_revision.content["title"] == "Ban nhap moi"
    else:
        assert_refused(response)
        assert (page.draft_title, page.latest_revision_id) == (old_title, old_revision)
    assert page.title == old_title  # a draft never changes the live page


@check("add_child")
def _add_child(s):
    url = reverse("wagtailadmin_pages:add", args=["home", "standardpage", s.home.pk])
    title = unique("Trang con moi")
    get_response = s.client.get(url)
    response = s.client.post(
        url, nested_form_data({
            "title": title, "slug": slugify_marker(title), "intro": "", "body": streamfield([]),
            "seo_title": "", "search_description": "", "comments": inline_formset([]),
        })
    )
    created = StandardPage.objects.filter(title=title)
    if s.allowed:
        assert get_response.status_code == 200
        assert response.status_code == 302
        assert created.child_of(s.home).exists()
    else:
        assert_refused(get_response)
        assert_refused(response)
        assert not Page.objects.filter(title=title).exists()


@check("publish")
def _publish(s):
    page, old_title, old_live = s.marker, s.marker.title, s.marker.live_revision_id
    response = s.client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        page_form(page, title="Da xuat ban", **{"action-publish": "action-publish"}),
    )
    page.refresh_from_db()
    if s.allowed:
        assert response.status_code == 302
        assert page.live and page.title == "Da xuat ban"
        assert page.live_revision_id != old_live
    else:
        if not s.may_edit:
            assert_refused(response)
        # else Wagtail saves a draft instead of publishing (the editor may save drafts): the live page stays
        assert page.live and page.title == old_title
        assert page.live_revision_id == old_live


@check("unpublish")
def _unpublish(s):
    page = s.marker
    response = s.client.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))
    page.refresh_from_db()
    if s.allowed:
        assert response.status_code == 302
        assert not page.live
    else:
        assert_refused(response)
        assert page.live


def _assert_delete(s, page):
    response = s.client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))
    exists = Page.objects.filter(pk=page.pk).exists()
    if s.allowed:
        assert response.status_code == 302
        assert not exists
    else:
        assert_refused(response)
        assert exists
        assert Page.objects.get(pk=page.pk).get_parent().pk == s.home.pk


@check("delete")
def _delete(s):
    _assert_delete(s, s.marker)  # a published leaf page


@check("delete_draft")
def _delete_draft(s):
    _assert_delete(s, add_standard_page(s.home, title=unique("Ban nhap"), publish=False, live=False))


def _assert_move(s, destination):
    page = s.marker
    response = s.client.post(reverse("wagtailadmin_pages:move_confirm", args=[page.pk, destination.pk]))
    page.refresh_from_db()
    if s.allowed:
        assert response.status_code == 302
        assert page.get_parent().pk == destination.pk
    else:
        assert_refused(response)
        assert page.get_parent().pk == s.home.pk


@check("move_within")
def _move_within(s):
    _assert_move(s, add_standard_page(s.home, title=unique("Muc dich")))


@check("move_out")
def _move_out(s):
    _assert_move(s, s.other.root_page)


def _assert_copy(s, destination):
    title = unique("Ban sao")
    response = s.client.post(
        reverse("wagtailadmin_pages:copy", args=[s.marker.pk]),
        {
            "new_title": title, "new_slug": slugify_marker(title), "new_parent_page": destination.pk,
            "copy_subpages": "", "publish_copies": "", "alias": "",
        },
    )
    if s.allowed:
        assert response.status_code == 302
        assert Page.objects.child_of(destination).filter(title=title).exists()
    else:
        # A source the actor may edit gets the copy form back with an error on the destination.
        assert_refused(response, form_error=s.may_edit)
        assert not Page.objects.filter(title=title).exists()


@check("copy_within")
def _copy_within(s):
    _assert_copy(s, s.home)


@check("copy_out")
def _copy_out(s):
    _assert_copy(s, s.other.root_page)


@check("revisions")
def _revisions(s):
    page = s.marker
    history = s.client.get(reverse("wagtailadmin_pages:revisions_index", args=[page.pk]), follow=True)
    revision = s.client.get(
        reverse("wagtailadmin_pages:revisions_view", args=[page.pk, page.latest_revision_id])
    )
    if s.allowed:
        assert history.redirect_chain[-1][0] == reverse("wagtailadmin_pages:history", args=[page.pk])
        assert history.status_code == 200 and page.title in history.content.decode()
        assert revision.status_code == 200 and page.title in revision.content.decode()
    else:
        response = s.client.get(reverse("wagtailadmin_pages:history", args=[page.pk]))
        assert_refused(response)
        assert_refused(revision)
        for refused in (history, response, revision):
            assert page.title not in refused.content.decode()


# --- images and documents ----------------------------------------------------------------------------------


MEDIA = {
    "image": ("wagtailimages", Image, lambda: SimpleUploadedFile("moi.png", PNG)),
    "doc": ("wagtaildocs", Document, lambda: SimpleUploadedFile("moi.txt", b"moi")),
}


def _media_item(s, kind):
    return s.image() if kind == "image" else s.document()


def _media_list(s, kind):
    namespace = MEDIA[kind][0]
    item = _media_item(s, kind)
    response = s.client.get(reverse(f"{namespace}:index"), {"collection_id": s.portal.collection_id})
    if s.allowed:
        assert response.status_code == 200
        assert item.title in response.content.decode()
    else:
        if s.role == "monitor":
            assert_refused(response)
        else:  # a portal user sees the listing, filtered to their own collection
            assert response.status_code == 200
        assert item.title not in response.content.decode()


def _media_edit(s, kind):
    namespace = MEDIA[kind][0]
    item = _media_item(s, kind)
    old_title = item.title
    url = reverse(f"{namespace}:edit", args=[item.pk])
    get_response = s.client.get(url)
    response = s.client.post(url, {
        "title": "Tieu de moi", "collection": s.portal.collection_id, "tags": "", "description": "",
        "focal_point_x": "", "focal_point_y": "", "focal_point_width": "", "focal_point_height": "",
    })
    item.refresh_from_db()
    if s.allowed:
        assert get_response.status_code == 200 and old_title in get_response.content.decode()
        assert response.status_code == 302
        assert item.title == "Tieu de moi"
    else:
        assert_refused(get_response)
        assert_refused(response)
        assert old_title not in get_response.content.decode()
        assert item.title == old_title
        assert item.collection_id == s.portal.collection_id


def _media_delete(s, kind):
    namespace, model, _ = MEDIA[kind]
    item = _media_item(s, kind)
    response = s.client.post(reverse(f"{namespace}:delete", args=[item.pk]))
    exists = model.objects.filter(pk=item.pk, collection=s.portal.collection).exists()
    if s.allowed:
        assert response.status_code == 302
        assert not exists
    else:
        assert_refused(response)
        assert exists


def _media_upload(s, kind):
    namespace, model, new_file = MEDIA[kind]
    in_target = model.objects.filter(collection=s.portal.collection)
    before = in_target.count()
    title = unique("Tai len")
    response = s.client.post(
        reverse(f"{namespace}:add"),
        {"title": title, "file": new_file(), "collection": s.portal.collection_id, "tags": "", "description": ""},
    )
    if s.allowed:
        assert response.status_code == 302
        assert in_target.filter(title=title).exists()
        assert in_target.count() == before + 1
        return
    assert in_target.count() == before
    uploaded = model.objects.filter(title=title).first()
    if uploaded is None:
        assert_refused(response)
    else:
        # A user who may add to one collection only never gets the collection field: Wagtail files the
        # upload there, whatever collection was posted. For A's users that is A, never the target B.
        assert s.role in ("editor", "approver")
        assert uploaded.collection_id == s.other.collection_id


for _kind in MEDIA:
    for _verb, _function in (
        ("list", _media_list), ("edit", _media_edit), ("delete", _media_delete), ("upload", _media_upload),
    ):
        ACTION_CHECKS[f"{_kind}_{_verb}"] = partial(_function, kind=_kind)


# --- site settings and workflow ----------------------------------------------------------------------------


@check("settings")
def _settings(s):
    site = s.portal.site
    url = reverse("wagtailsettings:edit", args=["home", "portalsettings", site.pk])
    portal_settings = PortalSettings.for_site(site)
    old_name = portal_settings.full_name
    data = {
        name: "" if value is None else value
        for name, value in model_to_dict(portal_settings, exclude=["id", "site"]).items()
    }
    get_response = s.client.get(url)
    response = s.client.post(url, {**data, "full_name": "Ten moi cua co quan"})
    full_name = PortalSettings.objects.get(site=site).full_name
    if s.allowed:
        assert get_response.status_code == 200 and old_name in get_response.content.decode()
        assert response.status_code == 302
        assert full_name == "Ten moi cua co quan"
    else:
        assert_refused(get_response)
        assert_refused(response)
        assert full_name == old_name


@check("approve")
def _approve(s, login):
    page, old_title = s.marker, s.marker.title
    submitter = login("editor", s.portal)
    submitted = submitter.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        page_form(page, title="Cho duyet", **{"action-submit": "action-submit"}),
    )
    assert submitted.status_code == 302
    task_state = page.current_workflow_state.current_task_state
    assert task_state.status == TaskState.STATUS_IN_PROGRESS
    assert task_state.task.specific.groups.filter(pk=s.portal.approvers_group_id).exists()

    response = s.client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]),
        {"comment": ""},
    )
    task_state.refresh_from_db()
    page.refresh_from_db()
    if s.allowed:
        assert response.status_code == 302
        assert task_state.status == TaskState.STATUS_APPROVED
        assert page.live and page.title == "Cho duyet"
    else:
        assert_refused(response)
        assert task_state.status == TaskState.STATUS_IN_PROGRESS
        assert page.title == old_title


# --- the matrix --------------------------------------------------------------------------------------------


def test_matrix_covers_every_action():
    assert set(ACTION_CHECKS) == set(ACTIONS)
    assert len(MATRIX) == len(ALLOWED) * len(ACTIONS)


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.mark.django_db
@pytest.mark.usefixtures("media_root")
@pytest.mark.parametrize(
    ("role", "target", "action", "allowed"),
    MATRIX,
    ids=[f"{role}-{target}-{action}-{'allowed' if allowed else 'refused'}" for role, target, action, allowed in MATRIX],
)
def test_permission_matrix(role, target, action, allowed, portal_a, portal_b, login):
    portals = {"A": portal_a, "B": portal_b}
    client = login(role, portal_a if role in ("editor", "approver") else None)
    other = portals["B" if target == "A" else "A"]
    scenario = Scenario(client, role, portals[target], other, allowed, "edit" in ALLOWED[role, target])
    if action == "approve":
        ACTION_CHECKS[action](scenario, login)
    else:
        ACTION_CHECKS[action](scenario)


# --- the admin as a whole ----------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(("role", "edits"), [("editor", True), ("approver", True), ("board", True), ("monitor", False)])
def test_every_role_reaches_the_dashboard(role, edits, portal_a, login):
    """Every role enters the admin; the monitor's menu offers no images or documents (the page explorer
    is refused to the monitor in test_explorer_root_lists_only_the_actors_portals)."""
    client = login(role, portal_a if role in ("editor", "approver") else None)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    content = response.content.decode()
    for url_name in ("wagtailimages:index", "wagtaildocs:index"):
        assert (f'"{reverse(url_name)}"' in content) is edits, url_name


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("role", "sees_a", "sees_b"),
    [("editor", True, False), ("approver", True, False), ("board", True, True), ("monitor", False, False)],
)
def test_explorer_root_lists_only_the_actors_portals(role, sees_a, sees_b, portal_a, portal_b, login):
    """The root is the common ancestor of every portal, so Wagtail opens it for portal users; it must list
    only their own portal's home pages (both locales) and link to nothing of the other portal."""
    client = login(role, portal_a if role in ("editor", "approver") else None)
    response = client.get(reverse("wagtailadmin_explore_root"))
    if not (sees_a or sees_b):
        assert_refused(response)
        return
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    listing = " ".join(soup.select_one("table.listing").get_text().split())
    links = {anchor["href"] for anchor in soup.select("a[href]")}
    for portal, sees in ((portal_a, sees_a), (portal_b, sees_b)):
        homes = [portal.root_page, *portal.root_page.get_translations()]
        assert len(homes) == 2  # Vietnamese and English
        for home in homes:
            assert (home.title in listing) is sees
            assert (reverse("wagtailadmin_explore", args=[home.pk]) in links) is sees
            if not sees:  # (the title of a home opens its sections, so its edit link may sit in a menu)
                assert reverse("wagtailadmin_pages:edit", args=[home.pk]) not in links
