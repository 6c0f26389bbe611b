"""Admin integration of oversight: the scorecard, rules and board queue (views.py), maintenance notices."""

from . import maintenance_admin, views  # noqa: F401
