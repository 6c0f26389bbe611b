"""The blocks an editor composes a portal's home page from. Each block only says what to show and how many;
the data comes from the apps that own it through the `construct_portal_home_context` hook (latest news from
component_portals, documents and the week's calendar from decree, answered questions from comments), so
home/ depends on none of them. A home page without blocks shows DEFAULT_LAYOUT."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

NATIONAL_SERVICE_PORTAL = "https://dichvucong.gov.vn/"


def count_block(default, maximum=20):
    return blocks.IntegerBlock(label=_("Số mục hiển thị"), default=default, min_value=1, max_value=maximum)


class CountedBlock(blocks.StructBlock):
    """A block showing the latest N items of something, under an optional heading of the editor's."""

    heading = blocks.CharBlock(label=_("Tiêu đề khối"), required=False, max_length=100,
                               help_text=_("Để trống để dùng tiêu đề mặc định."))


class FeaturedNewsBlock(CountedBlock):
    count = count_block(1, maximum=3)

    class Meta:
        icon = "pick"
        label = _("Tin nổi bật (có ảnh)")
        template = "home/blocks/home/featured_news.html"


class LatestNewsBlock(CountedBlock):
    count = count_block(6)

    class Meta:
        icon = "list-ul"
        label = _("Tin mới")
        template = "home/blocks/home/latest_news.html"


class NewDocumentsBlock(CountedBlock):
    count = count_block(5)

    class Meta:
        icon = "doc-full"
        label = _("Văn bản mới")
        template = "home/blocks/home/new_documents.html"


class WeekCalendarBlock(CountedBlock):
    count = count_block(6)

    class Meta:
        icon = "date"
        label = _("Lịch công tác tuần này")
        template = "home/blocks/home/week_calendar.html"


class AnsweredQuestionsBlock(CountedBlock):
    count = count_block(4)

    class Meta:
        icon = "help"
        label = _("Hỏi đáp")
        template = "home/blocks/home/answered_questions.html"


class BannerBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Tên"), max_length=120)
    url = blocks.URLBlock(label=_("Địa chỉ"))
    description = blocks.CharBlock(label=_("Mô tả ngắn"), required=False, max_length=200)


class ServiceBannersBlock(blocks.StructBlock):
    """Links to the public-service portals; without banners, the national portal and the province's own."""

    banners = blocks.ListBlock(BannerBlock(), label=_("Liên kết"), default=[])

    class Meta:
        icon = "link"
        label = _("Liên kết dịch vụ công")
        template = "home/blocks/home/service_banners.html"


class ComponentPortalsBlock(blocks.StaticBlock):
    class Meta:
        icon = "site"
        label = _("Cổng thông tin thành phần")
        admin_text = _("Các cổng thành phần đang hoạt động (chỉ hiện trên cổng tỉnh).")
        template = "home/blocks/home/component_portals.html"


class GalleryImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Ảnh"))
    alt_text = blocks.CharBlock(label=_("Mô tả ảnh (văn bản thay thế)"), max_length=255)
    caption = blocks.CharBlock(label=_("Chú thích"), required=False, max_length=255)


class GalleryBlock(CountedBlock):
    """Photos chosen by the editor; without any, the lead photos of the latest articles."""

    images = blocks.ListBlock(GalleryImageBlock(), label=_("Ảnh"), default=[])
    count = count_block(6, maximum=12)

    class Meta:
        icon = "image"
        label = _("Thư viện ảnh")
        template = "home/blocks/home/gallery.html"


class HomeLayoutBlock(blocks.StreamBlock):
    featured_news = FeaturedNewsBlock()
    latest_news = LatestNewsBlock()
    new_documents = NewDocumentsBlock()
    week_calendar = WeekCalendarBlock()
    answered_questions = AnsweredQuestionsBlock()
    service_banners = ServiceBannersBlock()
    component_portals = ComponentPortalsBlock()
    gallery = GalleryBlock()


# Blocks whose HTML depends only on the site, the language and what is published (home/chrome.py forgets it):
# shared per home page and block (home_page.html). The week calendar moves with the clock and the answered
# questions with the moderation of comments: rendered on every request.
SHARED_HOME_BLOCKS = frozenset({"featured_news", "latest_news", "new_documents", "service_banners",
                                "component_portals", "gallery"})


# What a new portal's home shows until an editor composes it (stored form of HomeLayoutBlock).
DEFAULT_LAYOUT = [
    {"type": "featured_news", "value": {"heading": "", "count": 1}},
    {"type": "latest_news", "value": {"heading": "", "count": 6}},
    {"type": "service_banners", "value": {"banners": []}},
    {"type": "new_documents", "value": {"heading": "", "count": 5}},
    {"type": "week_calendar", "value": {"heading": "", "count": 6}},
    {"type": "answered_questions", "value": {"heading": "", "count": 4}},
    {"type": "gallery", "value": {"heading": "", "images": [], "count": 6}},
    {"type": "component_portals", "value": None},
]


def block_counts(layout):
    """{block type: the largest count asked for}, for the apps that fetch the data."""
    counts = {}
    for block in layout:
        value = block.value
        count = value.get("count", 1) if hasattr(value, "get") else 1
        counts[block.block_type] = max(counts.get(block.block_type, 0), count or 1)
    return counts
