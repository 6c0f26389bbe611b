"""The page types of every mandatory category, one module each; importing them here registers them."""

from . import (  # noqa: F401
    articles,
    calendar,
    consultation,
    contacts,
    documents,
    finance,
    gazette,
    intro,
    notices,
    planning,
    projects,
    qa,
    science,
    services,
    statistics,
    syndication,
)
