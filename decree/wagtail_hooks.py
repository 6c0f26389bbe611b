"""Admin integration of the decree app."""

from . import replacement_admin  # noqa: F401
