"""Demo articles for the three article sections of a portal (demo/data/<news, direction, dissemination>/
articles.json): news and events (ten articles spread over the past year), direction and administration (four),
legal dissemination (four). `{agency}` in the texts is the portal's agency name; `{year}`, `{quarter}` and
`{last_quarter}` those of the article's date."""

import datetime

from django.utils import timezone
from wagtail.rich_text import RichText

from decree.articles import ArticleIndexPage, ArticlePage, DirectionIndexPage
from demo.data import fill, load

from .images import ALT_TEXT, CAPTION, demo_image

QUARTERS = ("I", "II", "III", "IV")


def article_values(agency, date):
    """The placeholders of an article's texts: titles that name a year or a quarter name the ones of its date."""
    quarter = (date.month - 1) // 3
    return {"agency": agency, "year": date.year, "quarter": QUARTERS[quarter], "last_quarter": QUARTERS[quarter - 1]}


def english_texts(item, agency, agency_en, date):
    """(Vietnamese, English) of every text of one article of the data, as published for the agency."""
    vietnamese, english = article_values(agency, date), article_values(agency_en, date)
    translated = item["english"]
    pairs = [(item["title"], translated["title"]), (item["lead"], translated["lead"])]
    pairs += zip(item["paragraphs"], translated["paragraphs"], strict=True)
    return [(fill(source, **vietnamese), fill(target, **english)) for source, target in pairs]


def _fill(section, articles, portal, illustrated=0):
    """Publish the articles missing from the section; the first `illustrated` get a lead illustration."""
    agency = portal.name
    now = timezone.localtime()
    for position, item in enumerate(articles):
        slug, days_ago = item["slug"], item["days_ago"]
        if section.get_children().filter(slug=slug).exists():
            continue
        date = (now - datetime.timedelta(days=days_ago)).replace(hour=8 + days_ago % 9, minute=days_ago % 60,
                                                                   second=0, microsecond=0)
        date = min(date, now)
        values = article_values(agency, date)
        article = ArticlePage(
            title=fill(item["title"], **values),
            slug=slug,
            lead=fill(item["lead"], **values),
            body=[("paragraph", RichText("".join(f"<p>{fill(p, **values)}</p>" for p in item["paragraphs"])))],
            date=date,
            first_published_at=date,
            author=item["author"],
            source=item["source"],
            locale=section.locale,
        )
        if position < illustrated:
            article.image = demo_image(portal, f"Minh họa: {slug}", seed=f"{portal.slug}-{slug}")
            article.image_alt, article.image_caption = ALT_TEXT, CAPTION
        for tag in item["tags"]:
            article.tags.add(tag)
        section.add_child(instance=article)
        article.save_revision().publish()


def seed(portal):
    root = portal.root_page
    news = ArticleIndexPage.objects.child_of(root).get(category_key="news")
    direction = DirectionIndexPage.objects.child_of(root).get(category_key="direction")
    dissemination = ArticleIndexPage.objects.child_of(root).get(category_key="dissemination")
    _fill(news, load("news/articles.json"), portal, illustrated=5)
    _fill(direction, load("direction/articles.json"), portal)
    _fill(dissemination, load("dissemination/articles.json"), portal)
