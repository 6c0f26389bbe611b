"""The superuser-only admin area that lists and creates component portals."""

import json
import re
from html import unescape

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils.timezone import localtime
from wagtail.models import Page, Site, WorkflowPage

from component_portals import roles
from component_portals.models import ComponentPortal, PortalKind
from decree.categories import categories_for
from home.models import HomePage

from .db_counts import db_counts

pytestmark = pytest.mark.django_db

INDEX_URL = reverse("component_portals_admin:index")
CREATE_URL = reverse("component_portals_admin:create")

VALID = {
    "name": "Sở Giáo dục và Đào tạo",
    "name_en": "Department of Education and Training",
    "slug": "so-giao-duc",
    "kind": PortalKind.DEPARTMENT,
    "hostname": "",
    "parent": "",
}


def field_block(html, field):
    """The Wagtail field wrapper of `field`: its label, errors, help and input."""
    start = html.index(f'data-contentpath="{field}"')
    end = html.find("data-contentpath=", start + 1)
    end = html.index("</form>", start) if end == -1 else end
    return unescape(html[start:end])


def field_errors(html, field):
    errors = re.search(r"data-field-errors\s*>(.*?)</div>", field_block(html, field), re.DOTALL).group(1)
    return " ".join(re.sub(r"<[^>]+>", " ", errors).split())


@pytest.fixture
def superuser_client(login):
    return login("superuser")


def test_superuser_sees_every_portal_province_first(superuser_client, province, portal_a, portal_b):
    response = superuser_client.get(INDEX_URL)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Cổng thành phần" in html
    positions = [html.index(portal.name) for portal in (province, portal_a, portal_b)]
    assert positions[0] == min(positions), "the province comes first"
    assert '<a href="http://so-a.localhost/"' in html and ">so-a.localhost</a>" in html
    assert '<a href="http://localhost/"' in html
    for text in ("Tỉnh", "Sở, ban, ngành", "Xã", "Đang hoạt động"):
        assert text in html
    assert localtime(province.created_at).strftime("%d/%m/%Y") in html
    # The parent column names the province for A and B.
    row_a = html[html.index(portal_a.name):html.index("</tr>", html.index(portal_a.name))]
    assert province.name in row_a
    assert f'href="{CREATE_URL}"' in html


def test_create_form_renders_with_active_portals_as_parent_choices(superuser_client, province, portal_a):
    response = superuser_client.get(CREATE_URL)

    assert response.status_code == 200
    html = response.content.decode()
    parent = field_block(html, "parent")
    assert "<select" in parent
    assert f'<option value="{province.slug}">' in parent and f'<option value="{portal_a.slug}">' in parent
    for label in ("Tên cơ quan", "Tên tiếng Anh", "Mã cổng", "Loại cổng", "Tên miền", "Cổng cấp trên"):
        assert label in html


def test_superuser_creates_a_portal(superuser_client, province):
    response = superuser_client.post(CREATE_URL, VALID)

    assert response.status_code == 302 and response.url == INDEX_URL
    portal = ComponentPortal.objects.get(slug="so-giao-duc")
    assert portal.name == "Sở Giáo dục và Đào tạo"
    assert portal.name_en == "Department of Education and Training"
    assert portal.kind == PortalKind.DEPARTMENT and portal.parent == province
    site = Site.objects.get(hostname="so-giao-duc.localhost")
    assert portal.site == site
    home = Page.objects.get(pk=site.root_page_id).specific
    assert isinstance(home, HomePage) and home.live and portal.root_page_id == home.pk
    assert Group.objects.filter(pk=portal.editors_group_id, name="so-giao-duc: Biên tập viên").exists()
    assert Group.objects.filter(pk=portal.approvers_group_id, name="so-giao-duc: Người duyệt").exists()
    assert portal.workflow is not None
    assert WorkflowPage.objects.filter(workflow=portal.workflow, page=home).exists()
    assert set(portal.workflow.tasks.get().specific.groups.all()) == {
        portal.approvers_group, roles.global_group(roles.BOARD)
    }
    sections = home.get_children().specific()
    assert sorted(s.category_key for s in sections) == sorted(c.key for c in categories_for(PortalKind.DEPARTMENT))

    listing = superuser_client.get(response.url)
    html = listing.content.decode()
    assert "Đã tạo cổng «Sở Giáo dục và Đào tạo»" in html
    assert 'href="http://so-giao-duc.localhost/"' in html


def test_superuser_creates_a_portal_under_a_chosen_parent_and_hostname(superuser_client, portal_a):
    data = dict(VALID, slug="phong-gd", kind=PortalKind.WARD, parent=portal_a.slug, hostname="phong-gd.example.vn")
    response = superuser_client.post(CREATE_URL, data)

    assert response.status_code == 302
    portal = ComponentPortal.objects.get(slug="phong-gd")
    assert portal.parent == portal_a
    assert portal.site.hostname == "phong-gd.example.vn"


@pytest.mark.parametrize(
    "changes, field, message",
    [
        pytest.param({"slug": "so-a"}, "slug", "Mã cổng «so-a» đã được dùng cho cổng khác.", id="taken-slug"),
        pytest.param(
            {"slug": "Sở Giáo Dục"}, "slug",
            "Mã cổng chỉ gồm chữ thường không dấu, số và dấu gạch ngang (ví dụ «so-tai-chinh»).", id="invalid-slug",
        ),
        pytest.param(
            {"hostname": "so-b.localhost"}, "hostname", "Tên miền «so-b.localhost» đã được dùng cho cổng khác.",
            id="taken-hostname",
        ),
        pytest.param(
            {"slug": "so-a-moi", "hostname": "so-a.localhost"}, "hostname",
            "Tên miền «so-a.localhost» đã được dùng cho cổng khác.", id="taken-default-hostname-typed",
        ),
        pytest.param(
            {"parent": "khong-co"}, "parent", "Không tìm thấy cổng cấp trên có mã «khong-co».", id="unknown-parent",
        ),
        pytest.param(
            {"kind": PortalKind.PROVINCE, "parent": "tinh"}, "parent", "Cổng tỉnh không có cổng cấp trên.",
            id="province-with-parent",
        ),
        pytest.param({"name": ""}, "name", "Trường này là bắt buộc.", id="missing-name"),
    ],
)
def test_invalid_submission_shows_the_error_next_to_the_field_and_keeps_the_input(
    superuser_client, portal_a, portal_b, changes, field, message
):
    data = dict(VALID, **changes)
    before = db_counts()

    response = superuser_client.post(CREATE_URL, data)

    assert response.status_code == 200
    html = response.content.decode()
    assert message in field_errors(html, field)
    for other in ("name", "slug", "hostname", "parent"):
        if other != field:
            assert field_errors(html, other) == "", other
    for name in ("name", "name_en", "slug", "hostname"):
        if data[name]:
            assert f'value="{data[name]}"' in field_block(html, name), name
    assert f'<option value="{data["kind"]}" selected>' in field_block(html, "kind")
    if data["parent"]:
        assert f'<option value="{data["parent"]}" selected>' in field_block(html, "parent")
    assert "Chưa tạo được cổng" in html
    assert db_counts() == before
    assert not ComponentPortal.objects.filter(slug=data["slug"]).exclude(slug__in=["so-a", "so-b", "tinh"]).exists()


@pytest.mark.parametrize("role", ["editor", "approver", "board", "monitor"])
def test_other_roles_are_refused(login, portal_a, role, refused):
    client = login(role, portal_a if role in roles.PORTAL_ROLES else None)
    before = db_counts()

    assert refused(client.get(INDEX_URL))
    assert refused(client.get(CREATE_URL))
    assert refused(client.post(CREATE_URL, VALID))
    assert db_counts() == before

    dashboard = client.get(reverse("wagtailadmin_home"))
    assert dashboard.status_code == 200
    assert INDEX_URL not in dashboard.content.decode()


def test_superuser_sees_the_menu_item(superuser_client):
    html = superuser_client.get(reverse("wagtailadmin_home")).content.decode()
    assert INDEX_URL in html
    # The sidebar menu is rendered from JSON, where non-ASCII text is escaped.
    assert json.dumps("Cổng thành phần")[1:-1] in html


def test_anonymous_is_sent_to_the_login_page(client):
    for url in (INDEX_URL, CREATE_URL):
        response = client.get(url)
        assert response.status_code == 302
        assert response.url.startswith(reverse("wagtailadmin_login"))
