"""The oversight models, each defined in the module of its concern; importing them here registers them.
They were created under component_portals and keep its table names (migrations/0001_initial.py)."""

from .history import ScoreSnapshot  # noqa: F401
from .maintenance import MaintenanceNotice  # noqa: F401
from .rules import FreshnessRule  # noqa: F401
