"""Who moderates what. Approvers moderate their own portal's citizen input; the board (Ban biên tập) and
superusers moderate every portal; editors and the monitor moderate nothing (component_portals/roles.py)."""

from component_portals.roles import APPROVER, portals_for

from .models import CitizenInput


def can_moderate(user):
    return portals_for(user, APPROVER).exists()


def moderatable_items(user):
    """Every item the user may see and decide on; anything else is, for them, not there."""
    return CitizenInput.objects.filter(portal__in=portals_for(user, APPROVER))
