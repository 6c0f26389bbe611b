"""Who sees the scorecard: whoever reads at least one portal in the admin (component_portals/roles.py) — the
monitor, the board and superusers every portal, an agency's editors and approvers their own; nobody else any.
The freshness rules are the board's: only the board (and superusers) edit them."""

from component_portals.roles import portals_for


def can_view_oversight(user):
    return portals_for(user).exists()
