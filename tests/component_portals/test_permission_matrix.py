"""The role matrix of DESIGN.md ("Roles (contract)"), proven through the real Wagtail admin views.

Actors: the editor and the approver of portal A, the board and the monitor. Targets: portal A and portal B.
Every action is a real request to a Wagtail admin URL; every allowed case asserts that the change happened,
every forbidden case asserts that the request was refused and that nothing changed in the database (or, for
reads, that none of the target's content reached the response).
"""

from functools import partial

import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from django.forms.models import model_to_dict
from django.urls import reverse
from wagtail.models import TaskState

from home.models import PortalSettings

from . import permission_page_actions  # noqa: F401  (registers the page actions)
from .permission_scenario import (
    ACTIONS, ACTION_CHECKS, ALLOWED, Document, Image, MATRIX, PNG, Scenario, assert_refused, check, page_form, unique,
)


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
