"""Admin integration of component portals. Hooks live in the modules imported here, one per concern."""

from . import access, admin_views, syndication_admin  # noqa: F401
