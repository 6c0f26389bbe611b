"""The `create_portal` and `add_portal_user` commands (DESIGN.md, Commands and addresses: contract)."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError

from component_portals import roles
from component_portals.models import ComponentPortal, PortalKind
from decree.categories import categories_for

from .db_counts import db_counts

pytestmark = pytest.mark.django_db

User = get_user_model()
STRONG_PASSWORD = "Cổng-Tỉnh-2026!xyz"


def run(*args):
    out = StringIO()
    call_command(*args, stdout=out, stderr=StringIO())
    return out.getvalue()


def assert_fails(command, args, *expected_fragments, users=False):
    """The command stops with a one-line CommandError naming the problem and creates nothing."""
    before = db_counts(users=users)
    with pytest.raises(CommandError) as raised:
        run(command, *args)
    message = str(raised.value)
    assert message and "\n" not in message
    for fragment in expected_fragments:
        assert fragment in message
    assert db_counts(users=users) == before
    return message


# create_portal ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", [PortalKind.DEPARTMENT, PortalKind.COMMUNE, PortalKind.WARD, PortalKind.SPECIAL_ZONE])
def test_create_portal(province, kind):
    output = run("create_portal", "--name", "Sở Xây dựng", "--slug", "so-xay-dung", "--kind", kind)

    portal = ComponentPortal.objects.select_related("site", "root_page").get(slug="so-xay-dung")
    assert "Sở Xây dựng" in output and "http://so-xay-dung.localhost/" in output
    assert portal.name == "Sở Xây dựng" and portal.kind == kind
    assert portal.parent == province
    assert portal.site.hostname == "so-xay-dung.localhost" and portal.site.port == 80
    assert portal.site.root_page_id == portal.root_page_id
    sections = portal.root_page.get_children().specific()
    assert sorted(section.category_key for section in sections) == sorted(c.key for c in categories_for(kind))
    assert all(section.live for section in sections)
    assert portal.editors_group.name == "so-xay-dung: Biên tập viên"
    assert portal.approvers_group.name == "so-xay-dung: Người duyệt"
    task = portal.workflow.tasks.get().specific
    assert set(task.groups.all()) == {portal.approvers_group, roles.global_group(roles.BOARD)}
    assert portal.root_page.get_workflow() == portal.workflow


def test_create_portal_with_hostname_parent_and_english_name(portal_a):
    run(
        "create_portal", "--name", "Phòng Thử Nghiệm", "--slug", "phong-thu-nghiem", "--kind", "commune",
        "--hostname", "Phong.Example.GOV.vn", "--parent", portal_a.slug, "--name-en", "Test Office",
    )
    portal = ComponentPortal.objects.get(slug="phong-thu-nghiem")
    assert portal.site.hostname == "phong.example.gov.vn"
    assert portal.parent == portal_a
    assert portal.name_en == "Test Office"


def test_create_portal_normalises_the_name_to_nfc(province):
    decomposed = "Sở Tư pháp".replace("ở", "o\u031b\u0309")
    assert decomposed != "Sở Tư pháp"
    run("create_portal", "--name", decomposed, "--slug", "so-tu-phap", "--kind", "department")
    assert ComponentPortal.objects.get(slug="so-tu-phap").name == "Sở Tư pháp"


@pytest.mark.parametrize(
    "args, fragments",
    [
        pytest.param(["--slug", "so-a"], ["Mã cổng", "«so-a» đã được dùng"], id="taken-slug"),
        pytest.param(["--slug", "Sở Mới"], ["Mã cổng", "chữ thường không dấu"], id="invalid-slug"),
        pytest.param(["--slug", "so-moi", "--hostname", "so-b.localhost"], ["Tên miền «so-b.localhost»"], id="taken-hostname"),
        pytest.param(["--slug", "so-a-2", "--hostname", "localhost"], ["Tên miền «localhost»"], id="taken-province-hostname"),
        pytest.param(["--slug", "so-moi", "--hostname", "so_moi..vn"], ["không hợp lệ"], id="invalid-hostname"),
        pytest.param(["--slug", "so-moi", "--kind", "ministry"], ["«ministry»", "province, department"], id="unknown-kind"),
        pytest.param(["--slug", "so-moi", "--parent", "khong-co"], ["«khong-co»"], id="unknown-parent"),
        pytest.param(["--slug", "tinh-moi", "--kind", "province", "--parent", "tinh"], ["Cổng tỉnh không có cổng cấp trên"], id="province-with-parent"),
        pytest.param(["--slug", "so-moi", "--name", "   "], ["Tên cơ quan"], id="blank-name"),
    ],
)
def test_create_portal_rejects_bad_input(portal_a, portal_b, args, fragments):
    options = {"--name": "Sở Mới", "--kind": "department"}
    options.update(dict(zip(args[::2], args[1::2])))
    argv = [item for pair in options.items() for item in pair]
    assert_fails("create_portal", argv, *fragments)


def test_create_portal_taken_slug_by_an_archived_portal(portal_b):
    portal_b.status = "archived"
    portal_b.save(update_fields=["status"])
    assert_fails("create_portal", ["--name", "Xã Mới", "--slug", portal_b.slug, "--kind", "commune"], "đã được dùng")


def test_create_portal_under_an_archived_parent(portal_a):
    portal_a.status = "archived"
    portal_a.save(update_fields=["status"])
    assert_fails(
        "create_portal", ["--name", "Phòng Mới", "--slug", "phong-moi", "--kind", "commune", "--parent", portal_a.slug],
        "đã được lưu trữ",
    )


def test_create_portal_requires_name_slug_and_kind(db):
    before = db_counts()
    with pytest.raises(CommandError):
        run("create_portal", "--slug", "so-moi", "--kind", "department")
    assert db_counts() == before


# add_portal_user -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", roles.PORTAL_ROLES)
def test_add_portal_user_with_a_portal_role(portal_a, role):
    output = run(
        "add_portal_user", "--username", "canbo", "--role", role, "--portal", portal_a.slug,
        "--email", "canbo@so-a.gov.vn", "--password", STRONG_PASSWORD,
    )

    user = User.objects.get(username="canbo")
    group = portal_a.editors_group if role == roles.EDITOR else portal_a.approvers_group
    assert list(user.groups.all()) == [group]
    assert user.email == "canbo@so-a.gov.vn"
    assert user.check_password(STRONG_PASSWORD)
    assert user.is_active and not user.is_superuser
    assert "canbo" in output and portal_a.slug in output
    assert "Mật khẩu được tạo" not in output


@pytest.mark.parametrize("role", roles.GLOBAL_ROLES)
def test_add_portal_user_with_a_global_role(db, role):
    output = run("add_portal_user", "--username", f"nguoi-{role}", "--role", role)

    user = User.objects.get(username=f"nguoi-{role}")
    assert list(user.groups.all()) == [roles.global_group(role)]
    generated = output.split("Mật khẩu được tạo:")[1].strip()
    assert generated and user.check_password(generated)


def test_add_portal_user_updates_an_existing_user(portal_a):
    run("add_portal_user", "--username", "canbo", "--role", "editor", "--portal", portal_a.slug,
        "--email", "cu@so-a.gov.vn", "--password", STRONG_PASSWORD)
    user_count = User.objects.count()

    output = run(
        "add_portal_user", "--username", "canbo", "--role", "approver", "--portal", portal_a.slug,
        "--email", "moi@so-a.gov.vn", "--password", "Mật-khẩu-mới-2026!",
    )

    assert User.objects.count() == user_count
    user = User.objects.get(username="canbo")
    assert user.email == "moi@so-a.gov.vn"
    assert user.check_password("Mật-khẩu-mới-2026!")
    assert set(user.groups.all()) == {portal_a.editors_group, portal_a.approvers_group}
    assert "Mật khẩu được tạo" not in output


def test_add_portal_user_keeps_email_and_password_when_not_given(portal_a):
    run("add_portal_user", "--username", "canbo", "--role", "editor", "--portal", portal_a.slug,
        "--email", "canbo@so-a.gov.vn", "--password", STRONG_PASSWORD)
    output = run("add_portal_user", "--username", "canbo", "--role", "board")

    user = User.objects.get(username="canbo")
    assert user.email == "canbo@so-a.gov.vn"
    assert user.check_password(STRONG_PASSWORD)
    assert "Mật khẩu được tạo" not in output


@pytest.mark.parametrize(
    "args, fragments",
    [
        pytest.param(["--role", "editor", "--portal", "khong-co"], ["«khong-co»"], id="unknown-portal"),
        pytest.param(["--role", "admin"], ["«admin»", "editor, approver, board, monitor"], id="unknown-role"),
        pytest.param(["--role", "editor"], ["--portal"], id="editor-without-portal"),
        pytest.param(["--role", "approver"], ["--portal"], id="approver-without-portal"),
        pytest.param(["--role", "board", "--portal", "so-a"], ["--portal"], id="board-with-portal"),
        pytest.param(["--role", "monitor", "--portal", "so-a"], ["--portal"], id="monitor-with-portal"),
        pytest.param(["--role", "board", "--email", "khong-phai-thu"], ["«khong-phai-thu»"], id="invalid-email"),
        pytest.param(["--role", "board", "--password", "123"], [], id="weak-password"),
    ],
)
def test_add_portal_user_rejects_bad_input(portal_a, args, fragments):
    assert_fails("add_portal_user", ["--username", "nguoimoi", *args], *fragments, users=True)
    assert not User.objects.filter(username="nguoimoi").exists()


@pytest.mark.parametrize("username", ["   ", "nguyen van a", "canbo/so-a", "a" * 151])
def test_add_portal_user_rejects_an_invalid_username(db, username):
    message = assert_fails("add_portal_user", ["--username", username, "--role", "board"], users=True)
    assert "tên đăng nhập" in message.lower()


def test_add_portal_user_on_an_archived_portal(portal_a):
    portal_a.status = "archived"
    portal_a.save(update_fields=["status"])
    assert_fails("add_portal_user", ["--username", "nguoimoi", "--role", "editor", "--portal", portal_a.slug],
                 portal_a.slug, users=True)


def test_add_portal_user_bad_input_leaves_an_existing_user_unchanged(portal_a):
    run("add_portal_user", "--username", "canbo", "--role", "editor", "--portal", portal_a.slug,
        "--email", "canbo@so-a.gov.vn", "--password", STRONG_PASSWORD)

    assert_fails("add_portal_user", ["--username", "canbo", "--role", "board", "--email", "sai"], "«sai»", users=True)
    assert_fails("add_portal_user", ["--username", "canbo", "--role", "board", "--password", "canbo"], users=True)

    user = User.objects.get(username="canbo")
    assert user.email == "canbo@so-a.gov.vn"
    assert user.check_password(STRONG_PASSWORD)
    assert list(user.groups.all()) == [portal_a.editors_group]
