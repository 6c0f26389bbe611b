"""English versions of the demo's home, introduction, contacts, online services and news pages, for the
provincial portal and the Department of Science and Technology (so-khcn), made through wagtail-localize
(home/translation.py) so that editors keep them in sync like any translation made in the admin."""

from django.utils import timezone
from wagtail.models import Locale, Page

from decree.articles import ArticlePage
from demo.data import load
from home.translation import translate_page

from .articles import english_texts
from .english import english

TRANSLATED_PORTALS = ("so-khcn",)  # besides the provincial portal
TRANSLATED_CATEGORIES = ("intro", "news", "contacts", "services")


def pages_to_translate(portal):
    """The portal's home, then its translated sections, then the procedures of its services catalogue and the
    demo's news articles (parents before children, so that every page finds its parent's translation)."""
    home = portal.root_page.specific
    sections = [
        section for section in home.get_children().specific()
        if getattr(section, "category_key", "") in TRANSLATED_CATEGORIES
    ]
    children = []
    for section in sections:
        if section.category_key == "services":
            children += Page.objects.child_of(section).specific()
        elif section.category_key == "news":
            slugs = [item["slug"] for item in load("news/articles.json")]
            children += ArticlePage.objects.child_of(section).filter(slug__in=slugs)
    return [home, *sections, *children]


def news_english(portal):
    """Vietnamese -> English of the texts of the portal's demo news articles, as they were published."""
    items = {item["slug"]: item for item in load("news/articles.json")}
    agency_en = portal.name_en or english(portal.name)
    texts = {}
    for article in ArticlePage.objects.descendant_of(portal.root_page).filter(slug__in=items):
        texts.update(english_texts(items[article.slug], portal.name, agency_en, timezone.localtime(article.date)))
    return texts


def seed(portal):
    locale = Locale.objects.filter(language_code="en").first()
    if locale is None or not (portal.is_province or portal.slug in TRANSLATED_PORTALS):
        return []
    news = news_english(portal)

    def translate(text):
        return news[text] if text in news else english(text)

    return [translate_page(page, locale, translate) for page in pages_to_translate(portal)]
