"""The superuser's merge, rename, archive and restore screens: a preview that changes nothing, then the
confirmed operation; other roles are refused (back to the dashboard with an error); bad input a Vietnamese message."""

import pytest
from django.urls import reverse

from component_portals.models import ComponentPortal, PortalStatus

from .db_counts import db_counts
from ..factories import add_article

pytestmark = pytest.mark.django_db


def url(name, portal):
    return reverse(f"component_portals_lifecycle:{name}", args=[portal.slug])


def test_superuser_previews_then_confirms_a_merge_in_three_clicks(login, portal_a, portal_b):
    add_article(portal_b, "Xã B khánh thành cầu mới")
    admin = login("superuser")
    index = admin.get(reverse("component_portals_admin:index")).content.decode()
    assert url("merge", portal_b) in index
    assert admin.get(url("merge", portal_b)).status_code == 200
    before = db_counts()
    preview = admin.post(url("merge", portal_b), {"into": portal_a.slug})
    text = preview.content.decode()
    assert "Xã B khánh thành cầu mới" in text and "Xác nhận thực hiện" in text
    assert db_counts() == before
    done = admin.post(url("merge", portal_b), {"into": portal_a.slug, "confirm": "1"}, follow=True)
    assert "Đã hợp nhất «Xã Thử Nghiệm B» vào «Sở Thử Nghiệm A»" in done.content.decode()
    portal = ComponentPortal.objects.get(pk=portal_b.pk)
    assert portal.status == PortalStatus.ARCHIVED and portal.successor_id == portal_a.pk


def test_a_refused_merge_shows_why_and_changes_nothing(login, portal_a, portal_b):
    admin = login("superuser")
    admin.post(url("archive", portal_a), {"confirm": "1"})
    before = db_counts()
    response = admin.post(url("merge", portal_b), {"into": portal_a.slug, "confirm": "1"})
    assert response.status_code == 400
    assert db_counts() == before
    assert ComponentPortal.objects.get(pk=portal_b.pk).status == PortalStatus.ACTIVE


def test_rename_preview_lists_the_changes_and_confirm_applies_them(login, client, portal_a):
    admin = login("superuser")
    data = {"name": portal_a.name, "hostname": "so-a-moi.localhost", "new_slug": portal_a.slug}
    preview = admin.post(url("rename", portal_a), data).content.decode()
    assert "«so-a.localhost» → «so-a-moi.localhost»" in preview
    assert ComponentPortal.objects.get(pk=portal_a.pk).hostname == "so-a.localhost"
    admin.post(url("rename", portal_a), {**data, "confirm": "1"})
    assert client.get("/", HTTP_HOST="so-a.localhost")["Location"] == "http://so-a-moi.localhost/"
    taken = admin.post(url("rename", portal_a), {**data, "hostname": "so-b.localhost"})
    assert taken.status_code == 400
    assert "Tên miền «so-b.localhost» đã được dùng cho cổng khác." in taken.content.decode()


def test_archive_and_restore_from_the_admin(login, portal_b):
    admin = login("superuser")
    admin.post(url("archive", portal_b), {"confirm": "1"})
    assert ComponentPortal.objects.get(pk=portal_b.pk).status == PortalStatus.ARCHIVED
    assert url("restore", portal_b) in admin.get(reverse("component_portals_admin:index")).content.decode()
    admin.post(url("restore", portal_b), {"confirm": "1"})
    assert ComponentPortal.objects.get(pk=portal_b.pk).status == PortalStatus.ACTIVE


@pytest.mark.parametrize("role", ["editor", "approver", "board", "monitor"])
def test_only_superusers_may_merge_rename_or_archive(login, portal_a, portal_b, role, refused):
    user = login(role, portal_b if role in ("editor", "approver") else None)
    for name in ("merge", "rename", "archive", "restore"):
        assert refused(user.get(url(name, portal_b)))
    assert refused(user.post(url("archive", portal_b), {"confirm": "1"}))
    assert ComponentPortal.objects.get(pk=portal_b.pk).status == PortalStatus.ACTIVE
