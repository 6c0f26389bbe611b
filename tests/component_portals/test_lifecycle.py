"""Renaming, archiving and restoring a portal (rename_portal, archive_portal, restore_portal): old hostnames
answer 301, an archived portal shows its banner, is read-only and leaves the scorecard and province-wide
search, and restoring undoes it; bad input changes nothing."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import ModelLogEntry, Site

from component_portals.models import ComponentPortal, PortalStatus
from oversight.scorecard import build_scorecard

from .db_counts import db_counts
from ..factories import add_article

pytestmark = pytest.mark.django_db


def run(*args):
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_new_hostname_answers_and_the_old_one_redirects_every_path(client, portal_a):
    run("rename_portal", "--slug", portal_a.slug, "--hostname", "so-a-moi.localhost")
    response = client.get("/gioi-thieu/?trang=2", HTTP_HOST="so-a.localhost")
    assert response.status_code == 301
    assert response["Location"] == "http://so-a-moi.localhost/gioi-thieu/?trang=2"
    assert client.get("/gioi-thieu/", HTTP_HOST="so-a-moi.localhost").status_code == 200
    assert client.get("/en/", HTTP_HOST="so-a.localhost")["Location"] == "http://so-a-moi.localhost/en/"
    assert client.get("/admin/login/", HTTP_HOST="so-a.localhost").status_code == 200
    entry = ModelLogEntry.objects.get(action="component_portals.rename", object_id=str(portal_a.pk))
    assert entry.data["hostname"] == {"old": "so-a.localhost", "new": "so-a-moi.localhost"}


def test_new_slug_moves_the_default_hostname_and_renaming_back_frees_it(client, portal_a):
    run("rename_portal", "--slug", "so-a", "--new-slug", "so-a2", "--name", "Sở Thử Nghiệm A Mới")
    portal = ComponentPortal.objects.get(pk=portal_a.pk)
    assert (portal.slug, portal.hostname, portal.name) == ("so-a2", "so-a2.localhost", "Sở Thử Nghiệm A Mới")
    assert portal.root_page.title == "Sở Thử Nghiệm A Mới" and portal.site.site_name == "Sở Thử Nghiệm A Mới"
    assert portal.editors_group.name.startswith("so-a2: ")
    assert "Sở Thử Nghiệm A Mới" in client.get("/", HTTP_HOST="so-a2.localhost").content.decode()
    assert client.get("/", HTTP_HOST="so-a.localhost")["Location"] == "http://so-a2.localhost/"
    run("rename_portal", "--slug", "so-a2", "--new-slug", "so-a")
    assert client.get("/", HTTP_HOST="so-a.localhost").status_code == 200
    assert client.get("/", HTTP_HOST="so-a2.localhost").status_code == 301


@pytest.mark.parametrize("arguments, message", [
    (["--slug", "khong-co", "--name", "X"], "Không tìm thấy cổng có mã «khong-co»."),
    (["--slug", "so-a", "--hostname", "so-b.localhost"], "Tên miền «so-b.localhost» đã được dùng cho cổng khác."),
    (["--slug", "so-a", "--hostname", "khong hop le"], "Tên miền «khong hop le» không hợp lệ."),
    (["--slug", "so-a", "--new-slug", "so-b"], "Mã cổng «so-b» đã được dùng cho cổng khác."),
    (["--slug", "so-a", "--new-slug", "Sở A"], "Mã cổng chỉ gồm chữ thường không dấu"),
    (["--slug", "so-a", "--name", ""], "Tên cơ quan không được để trống."),
    (["--slug", "so-a"], "Hãy cho biết tên mới, tên miền mới hoặc mã cổng mới."),
])
def test_rename_bad_input_gets_a_clear_message_and_changes_nothing(portal_a, portal_b, arguments, message):
    before = db_counts()
    with pytest.raises(CommandError, match=message):
        run("rename_portal", *arguments)
    assert db_counts() == before
    assert Site.objects.get(pk=portal_a.site_id).hostname == "so-a.localhost"


def test_archived_portal_shows_its_banner_and_leaves_scorecard_and_search(client, province, portal_b):
    add_article(portal_b, "Xã B công bố quy hoạch vùng trồng dưa lưới")
    search = {"q": "dưa lưới", "scope": "all"}
    assert "dưa lưới" in client.get("/search/", search, HTTP_HOST=province.hostname).content.decode()

    assert "Đã lưu trữ cổng «Xã Thử Nghiệm B»." in run("archive_portal", "--slug", portal_b.slug)

    home = client.get("/", HTTP_HOST=portal_b.hostname)
    assert home.status_code == 200
    assert "Cổng này đã được lưu trữ và không còn cập nhật." in home.content.decode()
    assert "Xã B công bố quy hoạch" not in client.get("/search/", search, HTTP_HOST=province.hostname).content.decode()
    assert portal_b.pk not in {row.portal.pk for row in build_scorecard()}
    assert ModelLogEntry.objects.filter(action="component_portals.archive", object_id=str(portal_b.pk)).exists()
    assert "đã được lưu trữ từ trước" in run("archive_portal", "--slug", portal_b.slug)

    run("restore_portal", "--slug", portal_b.slug)
    assert "không còn cập nhật" not in client.get("/", HTTP_HOST=portal_b.hostname).content.decode()
    assert portal_b.pk in {row.portal.pk for row in build_scorecard()}


def test_archived_portal_is_read_only_in_the_admin_until_restored(login, portal_b):
    article = add_article(portal_b, "Xã B tổ chức hội nghị")
    approver = login("approver", portal_b)
    run("archive_portal", "--slug", portal_b.slug)
    for url in (f"/admin/pages/{article.pk}/edit/", f"/admin/pages/{article.pk}/delete/",
                f"/admin/pages/add/decree/articlepage/{article.get_parent().pk}/"):
        response = approver.get(url, follow=True)
        assert "đã được lưu trữ nên chỉ được xem, không được thay đổi" in response.content.decode(), url
    response = approver.post(f"/admin/pages/{article.pk}/edit/", {"title": "Đổi tên"})
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title == "Xã B tổ chức hội nghị"
    run("restore_portal", "--slug", portal_b.slug)
    assert approver.get(f"/admin/pages/{article.pk}/edit/").status_code == 200


def test_the_merged_portal_banner_names_its_successor(client, portal_a, portal_b):
    run("archive_portal", "--slug", portal_b.slug)
    ComponentPortal.objects.filter(pk=portal_b.pk).update(successor=portal_a)
    assert "Cổng này đã hợp nhất vào Sở Thử Nghiệm A." in client.get("/", HTTP_HOST=portal_b.hostname).content.decode()
    with pytest.raises(CommandError, match="đã hợp nhất vào «Sở Thử Nghiệm A»; nội dung đã chuyển"):
        run("restore_portal", "--slug", portal_b.slug)
    assert ComponentPortal.objects.get(pk=portal_b.pk).status == PortalStatus.ARCHIVED


def test_the_province_cannot_be_archived(province):
    with pytest.raises(CommandError, match="Không thể lưu trữ cổng tỉnh."):
        run("archive_portal", "--slug", province.slug)
