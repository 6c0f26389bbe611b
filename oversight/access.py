"""Who sees which scorecard: the monitor, the board and superusers see every portal; an agency's editors
and approvers see only their own portal; nobody else sees any. The freshness rules are the board's: only the board (and superusers) edit them; the
monitor reads everything and changes nothing."""

from django.db.models import Q

from component_portals.models import ComponentPortal
from component_portals.roles import BOARD_GROUP, MONITOR_GROUP


def _in_groups(user, names):
    return user.is_authenticated and user.groups.filter(name__in=names).exists()


def sees_all_portals(user):
    return user.is_authenticated and (user.is_superuser or _in_groups(user, [BOARD_GROUP, MONITOR_GROUP]))


def visible_portals(user):
    """The portals whose scorecard `user` may read (possibly none)."""
    if not user.is_authenticated:
        return ComponentPortal.objects.none()
    if sees_all_portals(user):
        return ComponentPortal.objects.all()
    return ComponentPortal.objects.filter(Q(editors_group__user=user) | Q(approvers_group__user=user)).distinct()


def can_view_oversight(user):
    return visible_portals(user).exists()


def can_edit_rules(user):
    return user.is_authenticated and (user.is_superuser or _in_groups(user, [BOARD_GROUP]))
