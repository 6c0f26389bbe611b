"""English versions of the demo's home, introduction, contacts and online services pages, for the provincial
portal and the Department of Science and Technology, made through wagtail-localize (home/translation.py) so
that editors keep them in sync like any translation made in the admin."""

from wagtail.models import Locale, Page

from home.translation import translate_page

from .english import english

TRANSLATED_PORTALS = ("so-khcn",)  # besides the provincial portal
TRANSLATED_CATEGORIES = ("intro", "contacts", "services")


def pages_to_translate(portal):
    """The portal's home, then its translated sections, then the procedures of its services catalogue
    (parents before children, so that every page finds its parent's translation)."""
    home = portal.root_page.specific
    sections = [
        section for section in home.get_children().specific()
        if getattr(section, "category_key", "") in TRANSLATED_CATEGORIES
    ]
    services = [section for section in sections if section.category_key == "services"]
    procedures = list(Page.objects.child_of(services[0]).specific()) if services else []
    return [home, *sections, *procedures]


def seed(portal):
    locale = Locale.objects.filter(language_code="en").first()
    if locale is None or not (portal.is_province or portal.slug in TRANSLATED_PORTALS):
        return []
    return [translate_page(page, locale, english) for page in pages_to_translate(portal)]
