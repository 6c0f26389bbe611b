"""Demo content for every mandatory category, one module per category; used by `seed_demo`.

Each module's `seed(portal)` fills that category's section of one portal and is idempotent.
"""

from . import (
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
    science,
    services,
    statistics,
    translations,
)

# Order matters where one category refers to another: the gazette lists legal documents.
CATEGORY_SEEDERS = (
    intro, articles, calendar, notices, documents, planning, projects, consultation, contacts, science,
    statistics, services, finance,
)


def seed_portal(portal):
    for module in CATEGORY_SEEDERS:
        module.seed(portal)
    if portal.is_province:
        gazette.seed(portal)
    translations.seed(portal)  # last: the English pages are translated from the content above
