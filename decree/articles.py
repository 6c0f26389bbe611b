"""News and events, direction and administration, legal dissemination: sections of dated articles with
year, month and tag filters and an RSS 2.0 feed."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index

from home.blocks import AttachmentsBlock, BodyBlock
from home.listing import IntegerFilter, ListingFilterSet, TextFilter, year_filter
from home.models import BasePage, SectionPage

from .feeds import SectionFeed
from .notices import NoticeFilter, NoticeKind, NoticePage


class ArticleFilter(ListingFilterSet):
    parameters = {"year": "nam", "month": "thang", "tag": "the"}

    year = year_filter(_("Năm"), field_name="date__year")
    month = IntegerFilter(label=_("Tháng"), min_value=1, max_value=12, method="in_month_of_year")
    tag = TextFilter(field_name="tags__name", max_length=100, label=_("Từ khóa"))

    def in_month_of_year(self, articles, name, month):
        """A month means something only within the chosen year."""
        return articles.filter(date__month=month) if self.form.cleaned_data.get("year") else articles


class ArticleIndexPage(RoutablePageMixin, SectionPage):
    """A section of articles; its feed is at `rss/`."""

    subpage_types = ["decree.ArticlePage"]
    parent_page_types = ["home.HomePage"]
    items_per_page = 12
    filterset_class = ArticleFilter

    class Meta:
        verbose_name = _("chuyên mục bài viết")
        verbose_name_plural = _("chuyên mục bài viết")

    def articles(self):
        return (
            ArticlePage.objects.live().public().child_of(self)
            .select_related("image")
            .prefetch_related("image__renditions")
            .order_by("-date", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.listing(request, self.articles()))
        context.update(
            articles=SimpleLazyObject(lambda: context["page_obj"].object_list),
            years=self.articles().dates("date", "year", order="DESC"),
            months=range(1, 13),
        )
        return context

    def get_cached_paths(self):
        return ["/", "rss/"]

    def get_route_paths(self):
        """The section and its feed: both get a redirect when the section moves (a merge of portals)."""
        return ["/", "/rss/"]

    @path("")
    def index(self, request):
        return self.render(request)

    @path("rss/")
    def feed(self, request):
        return SectionFeed()(request, section=self)


class ArticlePageTag(TaggedItemBase):
    content_object = ParentalKey("decree.ArticlePage", related_name="tagged_items", on_delete=models.CASCADE)


RELATED_LIMIT = 4


class ArticlePage(BasePage):
    lead = models.TextField(_("tóm tắt"), help_text=_("Một đến ba câu giới thiệu bài viết."))
    date = models.DateTimeField(_("ngày đăng"), default=timezone.now, db_index=True)
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("ảnh đại diện"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    image_alt = models.CharField(
        _("mô tả ảnh"), max_length=255, blank=True,
        help_text=_("Bắt buộc khi có ảnh: mô tả nội dung ảnh cho người khiếm thị."),
    )
    image_caption = models.CharField(
        _("chú thích ảnh"), max_length=255, blank=True, help_text=_("Hiện dưới ảnh, ví dụ nơi chụp và người chụp."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("nội dung"))
    source = models.CharField(_("nguồn tin"), max_length=255, blank=True)
    author = models.CharField(_("tác giả"), max_length=255, blank=True)
    attachments = StreamField(AttachmentsBlock(), verbose_name=_("tệp đính kèm"), blank=True)
    tags = ClusterTaggableManager(verbose_name=_("từ khóa"), through=ArticlePageTag, blank=True)
    allow_comments = models.BooleanField(
        _("cho phép bình luận"), default=True,
        help_text=_("Bỏ chọn để tắt ý kiến bạn đọc cho bài này."),
    )
    propose_to_province = models.BooleanField(
        _("đề nghị đưa lên cổng tỉnh"), default=False,
        help_text=_("Ban biên tập cổng tỉnh xem xét; bài chỉ xuất hiện trên cổng tỉnh sau khi được duyệt."),
    )

    search_fields = BasePage.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
        index.AutocompleteField("title"),
        index.FilterField("date"),
    ]

    content_panels = BasePage.content_panels + [
        FieldPanel("lead"),
        MultiFieldPanel(
            [FieldPanel("image"), FieldPanel("image_alt"), FieldPanel("image_caption")], heading=_("Ảnh đại diện")
        ),
        FieldPanel("body"),
        FieldPanel("attachments"),
        MultiFieldPanel(
            [FieldPanel("date"), FieldPanel("author"), FieldPanel("source"), FieldPanel("tags")],
            heading=_("Thông tin bài viết"),
        ),
    ]
    promote_panels = BasePage.promote_panels + [FieldPanel("allow_comments"), FieldPanel("propose_to_province")]

    parent_page_types = ["decree.ArticleIndexPage", "decree.DirectionIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("bài viết")
        verbose_name_plural = _("bài viết")

    def accepts_citizen_input(self, kind):
        return kind == "comment" and self.allow_comments

    def related_articles(self, limit=RELATED_LIMIT):
        """«Tin liên quan»: the other articles of the same section, those sharing a keyword first, newest
        first; one query (and one for the photos' renditions) whatever the number of articles."""
        keywords = ArticlePageTag.objects.filter(content_object_id=self.pk).values("tag_id")
        shares_keyword = Exists(ArticlePageTag.objects.filter(content_object_id=OuterRef("pk"), tag_id__in=keywords))
        return list(
            ArticlePage.objects.live().public().sibling_of(self, inclusive=False)
            .annotate(shares_keyword=shares_keyword)
            .select_related("image", "syndication__portal").prefetch_related("image__renditions")
            .order_by("-shares_keyword", "-date", "-pk")[:limit]
        )

    def clean(self):
        super().clean()
        if self.image_id and not self.image_alt.strip():
            raise ValidationError({"image_alt": _("Hãy mô tả ảnh đại diện cho người khiếm thị.")})


class DirectionIndexPage(ArticleIndexPage):
    """Direction and administration: the head's directives as articles, plus the leaders' work calendar
    and the notices of commendations and sanctions."""

    subpage_types = ["decree.ArticlePage", "decree.WorkCalendarPage", "decree.NoticePage"]

    class Meta:
        verbose_name = _("chuyên mục chỉ đạo, điều hành")
        verbose_name_plural = _("chuyên mục chỉ đạo, điều hành")

    @path("khen-thuong-xu-phat/")
    def notice_archive(self, request):
        """Every published notice of commendation or sanction, newest decision first, by kind and page."""
        notices = NoticePage.objects.live().public().child_of(self).order_by("-decision_date", "-pk")
        listing = self.listing(request, notices, filterset_class=NoticeFilter)
        return self.render(
            request,
            template="decree/direction_notice_archive.html",
            context_overrides={
                **listing, "notices": SimpleLazyObject(lambda: listing["page_obj"].object_list), "kinds": NoticeKind.choices,
            },
        )
