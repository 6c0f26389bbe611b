"""The demo's merged former district (the 2025 reorganisation): two former portals, the district of Lạc Dương
and the commune of Đạ Sar, are provisioned with a few articles and merged into the commune of Tân Phú by the
same service as `merge_portals`, so their old addresses redirect. Idempotent: once merged, nothing is redone.
Data: demo/data/portals/merged.json."""

import datetime

from django.utils import timezone
from wagtail.rich_text import RichText

from decree.articles import ArticleIndexPage, ArticlePage

from component_portals.merge import merge_portals
from component_portals.models import ComponentPortal
from component_portals.provisioning import provision_portal

from .data import load, parse_date

MERGED = load("portals/merged.json")
MERGED_INTO = MERGED["merged_into"]
# (slug, kind, name, English name, [(article slug, title, lead, date)])
FORMER_PORTALS = tuple(
    (portal["slug"], portal["kind"], portal["name"], portal["name_en"],
     [(article["slug"], article["title"], article["lead"], parse_date(article["date"]))
      for article in portal["articles"]])
    for portal in MERGED["former_portals"]
)


def seed_merged_district(province, port):
    target = ComponentPortal.objects.filter(slug=MERGED_INTO).first()
    if target is None:
        return
    pending = []
    for slug, kind, name, name_en, articles in FORMER_PORTALS:
        if ComponentPortal.objects.filter(slug=slug, successor__isnull=False).exists():
            continue
        portal = provision_portal(name=name, slug=slug, kind=kind, parent=province, port=port, name_en=name_en)
        news = ArticleIndexPage.objects.child_of(portal.root_page).get(category_key="news")
        for article_slug, title, lead, day in articles:
            if not news.get_children().filter(slug=article_slug).exists():
                date = timezone.make_aware(datetime.datetime.combine(day, datetime.time(8, 0)))
                article = ArticlePage(title=title, slug=article_slug, lead=lead, date=date, first_published_at=date,
                                      body=[("paragraph", RichText(f"<p>{lead}</p>"))], locale=news.locale)
                news.add_child(instance=article)
                article.save_revision().publish()
        pending.append(slug)
    if pending:
        merge_portals(pending, MERGED_INTO)
