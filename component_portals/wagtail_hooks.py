"""Admin integration of component portals. Hooks live in the modules imported here, one per concern."""

from . import (  # noqa: F401
    access,
    admin_views,
    agency_admin,
    archived_admin,
    lifecycle,
    lifecycle_admin,
    references,
    translation_access,
)
