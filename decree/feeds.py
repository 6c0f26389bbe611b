from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Rss201rev2Feed

from home.models import PortalSettings

FEED_LENGTH = 30


class SectionFeed(Feed):
    """RSS 2.0 of the latest articles of one section."""

    feed_type = Rss201rev2Feed

    def get_object(self, request, section):
        self.request = request
        return section

    def title(self, section):
        agency = PortalSettings.for_request(self.request).full_name
        return f"{section.title} | {agency}" if agency else section.title

    def link(self, section):
        return section.get_url(self.request)

    def description(self, section):
        return section.intro or section.title

    def items(self, section):
        return section.articles().prefetch_related("tags")[:FEED_LENGTH]  # item_categories reads the tags

    def item_title(self, article):
        return article.title

    def item_description(self, article):
        return article.lead

    def item_link(self, article):
        return article.get_url(self.request)

    def item_pubdate(self, article):
        return article.date

    def item_updateddate(self, article):
        return article.last_published_at

    def item_author_name(self, article):
        return article.author or None

    def item_categories(self, article):
        return [tag.name for tag in article.tags.all()]
