"""Who moderates what. Approvers moderate their own portal's citizen input; the board (Ban biên tập) and
superusers moderate every portal; editors and the monitor moderate nothing."""

from component_portals.models import ComponentPortal
from component_portals.roles import BOARD_GROUP

from .models import CitizenInput


def is_board(user):
    return user.is_active and (user.is_superuser or user.groups.filter(name=BOARD_GROUP).exists())


def moderatable_portals(user):
    if not user.is_authenticated or not user.is_active:
        return ComponentPortal.objects.none()
    if is_board(user):
        return ComponentPortal.objects.all()
    return ComponentPortal.objects.filter(approvers_group__user=user)


def can_moderate(user):
    return moderatable_portals(user).exists()


def moderatable_items(user):
    """Every item the user may see and decide on; anything else is, for them, not there."""
    return CitizenInput.objects.filter(portal__in=moderatable_portals(user))
