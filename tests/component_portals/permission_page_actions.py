"""The page actions of the permission matrix (test_permission_matrix.py), each a real admin request."""


from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from home.models import StandardPage
from tests.factories import add_standard_page

from .permission_scenario import (
    assert_read, assert_refused, check, page_form, slugify_marker, unique,
)


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
