"""The one roles module (component_portals/roles.py): each question it answers, for every role, for an account
that has been deactivated, and through the admin views that ask it."""

import datetime

import pytest
from django.urls import reverse

from comments.models import Holiday
from component_portals.models import ComponentPortal
from component_portals.roles import (
    APPROVER, EDITOR, BoardOnlyPermissionPolicy, is_board, portals_for, sees_all_portals,
)
from tests.factories import make_user

pytestmark = pytest.mark.django_db

ROLES = ("editor", "approver", "board", "monitor", "superuser")


def user_of(role, portal):
    return make_user(role, portal if role in ("editor", "approver") else None)


def deactivated(user):
    user.is_active = False
    user.save(update_fields=["is_active"])
    return user


@pytest.mark.parametrize("role, expected", [
    ("editor", False), ("approver", False), ("board", True), ("monitor", False), ("superuser", True),
])
def test_is_board(portal_a, role, expected):
    assert is_board(user_of(role, portal_a)) is expected


@pytest.mark.parametrize("role, expected", [
    ("editor", False), ("approver", False), ("board", True), ("monitor", True), ("superuser", True),
])
def test_sees_all_portals(portal_a, role, expected):
    assert sees_all_portals(user_of(role, portal_a)) is expected


@pytest.mark.parametrize("role, as_editor, as_approver", [
    ("editor", "own", "none"),
    ("approver", "own", "own"),
    ("board", "all", "all"),
    ("monitor", "all", "none"),
    ("superuser", "all", "all"),
])
def test_portals_for(portal_a, role, as_editor, as_approver):
    user = user_of(role, portal_a)
    expected = {
        "own": {portal_a.pk},
        "all": set(ComponentPortal.objects.values_list("pk", flat=True)),
        "none": set(),
    }
    assert set(portals_for(user, EDITOR).values_list("pk", flat=True)) == expected[as_editor]
    assert set(portals_for(user, APPROVER).values_list("pk", flat=True)) == expected[as_approver]
    assert set(portals_for(user).values_list("pk", flat=True)) == expected[as_editor]


def test_portals_for_takes_only_portal_roles(portal_a):
    with pytest.raises(ValueError):
        portals_for(make_user("board"), "board")


def test_anonymous_visitors_have_no_role():
    from django.contrib.auth.models import AnonymousUser

    visitor = AnonymousUser()
    assert not is_board(visitor) and not sees_all_portals(visitor)
    assert not portals_for(visitor, EDITOR).exists() and not portals_for(visitor, APPROVER).exists()


@pytest.mark.parametrize("role", ROLES)
def test_a_deactivated_account_has_no_role(portal_a, role):
    user = deactivated(user_of(role, portal_a))
    assert not is_board(user)
    assert not sees_all_portals(user)
    assert not portals_for(user, EDITOR).exists()
    assert not portals_for(user, APPROVER).exists()


def test_the_board_only_policy_names_active_board_members_and_superusers(portal_a):
    board, superuser = make_user("board"), make_user("superuser")
    former = deactivated(make_user("board"))
    others = [make_user("monitor"), make_user("editor", portal_a), make_user("approver", portal_a)]
    policy = BoardOnlyPermissionPolicy(Holiday)

    assert set(policy.users_with_any_permission(["add", "change", "delete"])) == {board, superuser}
    assert policy.user_has_permission(board, "delete") and policy.user_has_any_permission(superuser, ["add"])
    assert not any(policy.user_has_permission(user, "change") for user in [former, *others])


def test_holidays_are_the_boards_through_the_admin(login, portal_a, refused):
    data = {"date": "2026-09-02", "name": "Quốc khánh"}
    for role in ("monitor", "editor", "approver"):
        client = login(role, portal_a if role in ("editor", "approver") else None)
        assert refused(client.get(reverse("holidays:index")))
        assert refused(client.post(reverse("holidays:add"), data))
    assert not Holiday.objects.exists()

    board = login("board")
    assert board.post(reverse("holidays:add"), data).status_code == 302
    assert Holiday.objects.get().date == datetime.date(2026, 9, 2)


def test_the_monitor_reads_but_does_not_unlock_accounts(login, refused):
    """The monitor changes nothing: the locked-accounts screen and its unlock are the board's (a fix: the
    monitor could unlock accounts)."""
    monitor = login("monitor")
    assert refused(monitor.get(reverse("accounts_locked")))
    assert refused(monitor.post(reverse("accounts_unlock"), {"username": "bientap"}))
    assert login("board").get(reverse("accounts_locked")).status_code == 200


def test_one_refusal_for_every_board_screen(login, portal_a, refused):
    """Our screens refuse the way Wagtail's own do: back to the dashboard with its error message."""
    approver = login("approver", portal_a)
    for url in (
        reverse("component_portals_syndication"), reverse("decree_replacement_queue"),
        reverse("oversight:board_queue"), reverse("oversight:rules"), reverse("accounts_locked"),
        reverse("component_portals_admin:index"), reverse("maintenance_notices:index"),
    ):
        assert refused(approver.get(url)), url
