from decimal import Decimal

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import BodyBlock
from .home_blocks import DEFAULT_LAYOUT, HomeLayoutBlock, block_counts
from .forms import PortalSettingsForm


DOWNLOAD_PARAMETER = "luu"


def site_pages(site):
    """Live, public pages of every language under the roots of `site` (its home page and its translations)."""
    roots = Page.objects.filter(translation_key=site.root_page.translation_key).values_list("path", flat=True)
    in_site = models.Q(pk__in=[])
    for path in roots:
        in_site |= models.Q(path__startswith=path)
    return Page.objects.filter(in_site).live().public()


class BasePage(Page):
    """What every public page of every portal carries: Dublin Core metadata, breadcrumbs, the last-updated
    date, a print view (the print stylesheet) and a save link (`?luu=1` downloads the page as a file).
    Page types of other apps derive from it."""

    search_fields = Page.search_fields + [index.SearchField("search_folded")]
    # Shows «Thông tin này có hữu ích không?» (the rating view, at the URL named `rate_page`, checks it too).
    accepts_rating = True

    class Meta:
        abstract = True

    def search_folded(self):
        """An accent-folded copy of the searchable text, so that a query typed without diacritics finds it.
        The search app supplies it through the `page_search_folded_text` hook (home imports no other app)."""
        return " ".join(filter(None, (fold(self) for fold in hooks.get_hooks("page_search_folded_text"))))

    def get_summary(self):
        """A plain-text description for listings and the Dublin Core description."""
        for attribute in ("search_description", "lead", "intro", "summary"):
            value = getattr(self, attribute, "")
            if value:
                return Truncator(strip_tags(str(value))).words(60)
        return ""

    def accepts_citizen_input(self, kind):
        """Whether citizens may send input of `kind` ("comment", "consultation", "question") on this page
        now. Page types that take input override this; everything else takes none."""
        return False

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if request.GET.get(DOWNLOAD_PARAMETER) == "1" and response.status_code == 200:
            response.render()
            response["Content-Disposition"] = f'attachment; filename="{self.slug}.html"'
        return response

    def get_breadcrumbs(self, request=None):
        """Ancestors from the portal's home page down to the parent of this page."""
        site = self.get_site()
        if site is None:
            return Page.objects.none()
        return (
            self.get_ancestors()
            .filter(depth__gte=site.root_page.depth)
            .filter(locale_id=self.locale_id)
            .specific(defer=True)
        )

    @property
    def last_updated(self):
        return self.last_published_at or self.latest_revision_created_at or self.first_published_at


class SectionPage(BasePage):
    """The index page of one mandatory information category. Subclasses list their items."""

    intro = models.TextField(_("mô tả ngắn"), blank=True)
    category_key = models.CharField(
        _("chuyên mục bắt buộc"),
        max_length=32,
        blank=True,
        db_index=True,
        editable=False,
        help_text=_("Khóa chuyên mục thông tin bắt buộc mà trang này là mục gốc (do hệ thống gán)."),
    )
    items_per_page = 20

    content_panels = Page.content_panels + [FieldPanel("intro")]

    class Meta:
        abstract = True

    def paginate(self, request, queryset):
        """One page of `queryset`; a malformed or out-of-range `trang` gives the first or last page."""
        paginator = Paginator(queryset, self.items_per_page)
        try:
            return paginator.page(request.GET.get("trang", 1))
        except PageNotAnInteger:
            return paginator.page(1)
        except EmptyPage:
            return paginator.page(paginator.num_pages)

    @staticmethod
    def filter_query_string(request):
        """The current filters without the page number, for pagination links."""
        query = request.GET.copy()
        query.pop("trang", None)
        query.pop(DOWNLOAD_PARAMETER, None)
        return query.urlencode()


class HomePage(BasePage):
    """The root page of every portal, the provincial one and each component portal."""

    accepts_rating = False

    intro = models.TextField(_("lời giới thiệu"), blank=True)
    layout = StreamField(
        HomeLayoutBlock(), verbose_name=_("các khối trang chủ"), blank=True,
        help_text=_("Sắp xếp các khối của trang chủ; để trống để dùng bố cục mặc định."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("nội dung"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("layout"), FieldPanel("body")]

    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("trang chủ cổng thông tin")
        verbose_name_plural = _("trang chủ cổng thông tin")

    @property
    def home_layout(self):
        """The editor's blocks, or the default layout while there are none."""
        return self.layout or self.layout.stream_block.to_python(DEFAULT_LAYOUT)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = self.get_children().live().in_menu().specific(defer=True)
        context["home_layout"] = self.home_layout
        context["home_blocks"] = block_counts(context["home_layout"])
        # Other apps add what a portal's home shows (latest items, the portal directory) through this
        # hook, so that home/ depends on none of them.
        for add_to_context in hooks.get_hooks("construct_portal_home_context"):
            add_to_context(self, request, context)
        return context


class StandardPage(SectionPage):
    """A generic page; also the placeholder section of a mandatory category until it gets its real type."""

    body = StreamField(BodyBlock(), verbose_name=_("nội dung"), blank=True)

    content_panels = SectionPage.content_panels + [FieldPanel("body")]

    class Meta:
        verbose_name = _("trang thông thường")
        verbose_name_plural = _("trang thông thường")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["children"] = self.get_children().live().specific(defer=True)
        return context


# The accent colours a portal may choose from: (key, label, accent, darker shade). Every accent and its shade
# reach at least 6.5:1 against white, so white text on them and them as text on white pass WCAG 2.1 AA
# (4.5:1), and so does the gold (GOLD) of the theme on every accent. tests/home/test_theme.py recomputes it.
ACCENT_PALETTE = (
    ("do-co", _("Đỏ cờ (truyền thống)"), "#a4161a", "#7a0f12"),
    ("do-man", _("Đỏ mận"), "#7b1e3a", "#5a1429"),
    ("xanh-duong", _("Xanh dương"), "#0b4a8b", "#083566"),
    ("xanh-ngoc", _("Xanh ngọc"), "#0e5f66", "#0a454a"),
    ("xanh-la", _("Xanh lá"), "#1b6b3a", "#124d29"),
    ("nau", _("Nâu đất"), "#7a3e12", "#5a2d0c"),
)
DEFAULT_ACCENT = "do-co"
GOLD = "#ffd34d"


@register_setting(icon="site")
class PortalSettings(BaseSiteSetting):
    """Branding and contact details of one portal; shown in its header and footer."""

    full_name = models.CharField(
        _("tên đầy đủ của cơ quan"),
        max_length=255,
        blank=True,
        help_text=_("Tên tiếng Việt đầy đủ hiển thị ở đầu và cuối trang, ví dụ «Sở Khoa học và Công nghệ tỉnh …»."),
    )
    full_name_en = models.CharField(
        _("tên cơ quan bằng tiếng Anh"), max_length=255, blank=True,
        help_text=_("Hiển thị ở đầu trang và chân trang của các trang tiếng Anh; để trống thì dùng tên tiếng Việt."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("biểu trưng"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Quốc huy hoặc biểu trưng của cơ quan, hiển thị ở đầu trang cạnh tên cơ quan. Để trống để dùng "
                    "biểu tượng mặc định."),
    )
    accent_colour = models.CharField(
        _("màu chủ đạo"),
        max_length=16,
        choices=[(key, label) for key, label, _accent, _dark in ACCENT_PALETTE],
        default=DEFAULT_ACCENT,
        help_text=_("Màu của đầu trang, nút và đường kẻ; mọi màu trong danh sách đều đủ độ tương phản với chữ trắng."),
    )
    address = models.CharField(_("địa chỉ"), max_length=255, blank=True)
    phone = models.CharField(_("điện thoại"), max_length=64, blank=True)
    fax = models.CharField(_("fax"), max_length=64, blank=True)
    email = models.EmailField(_("thư điện tử"), blank=True)
    responsible_person = models.CharField(
        _("người chịu trách nhiệm"), max_length=255, blank=True,
        help_text=_("Họ tên người chịu trách nhiệm chính về nội dung cổng (Thông tư 32/2017 Điều 16)."),
    )
    responsible_position = models.CharField(_("chức vụ người chịu trách nhiệm"), max_length=255, blank=True)
    # Google reCAPTCHA for the citizen-input forms of this portal; when empty the global keys (environment)
    # apply, and without any keys the self-hosted image captcha is used (intranets without internet).
    recaptcha_site_key = models.CharField(
        _("khóa trang reCAPTCHA (site key)"), max_length=100, blank=True,
        help_text=_("Để trống để dùng khóa chung của hệ thống hoặc mã xác nhận bằng hình ảnh tự lưu trữ."),
    )
    recaptcha_secret_key = models.CharField(
        _("khóa bí mật reCAPTCHA (secret key)"), max_length=100, blank=True,
    )
    recaptcha_version = models.CharField(
        _("phiên bản reCAPTCHA"), max_length=2, blank=True,
        choices=[("v2", _("v2: ô đánh dấu «Tôi không phải là người máy»")), ("v3", _("v3: chấm điểm ẩn"))],
        default="v2",
    )
    recaptcha_score_threshold = models.DecimalField(
        _("ngưỡng điểm reCAPTCHA v3"), max_digits=3, decimal_places=2, default=Decimal("0.50"),
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("1"))],
        help_text=_("Chỉ dùng với v3: điểm từ 0 đến 1; ý kiến có điểm thấp hơn ngưỡng bị từ chối."),
    )

    base_form_class = PortalSettingsForm
    panels = [
        MultiFieldPanel(
            [FieldPanel("full_name"), FieldPanel("full_name_en"), FieldPanel("logo"), FieldPanel("accent_colour")],
            heading=_("Nhận diện"),
        ),
        MultiFieldPanel(
            [FieldPanel("address"), FieldPanel("phone"), FieldPanel("fax"), FieldPanel("email")],
            heading=_("Liên hệ"),
        ),
        MultiFieldPanel(
            [FieldPanel("responsible_person"), FieldPanel("responsible_position")],
            heading=_("Trách nhiệm nội dung"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("recaptcha_site_key"),
                FieldPanel("recaptcha_secret_key"),
                FieldPanel("recaptcha_version"),
                FieldPanel("recaptcha_score_threshold"),
            ],
            heading=_("Mã xác nhận (reCAPTCHA) cho ý kiến, hỏi đáp"),
        ),
    ]

    class Meta:
        verbose_name = _("thông tin cổng")
        verbose_name_plural = _("thông tin cổng")

    @property
    def agency_name(self):
        """The agency's full name in the language of the request (English pages: the English name, if set)."""
        if self.full_name_en and get_language() == "en":
            return self.full_name_en
        return self.full_name

    @property
    def accent_colours(self):
        """(accent, darker shade) of the chosen palette entry; the default for an unknown key."""
        palette = {key: (accent, dark) for key, _label, accent, dark in ACCENT_PALETTE}
        return palette.get(self.accent_colour) or palette[DEFAULT_ACCENT]


class PageViewCount(models.Model):
    """Visits of one page on one day, for the oversight of usage per portal and category."""

    page = models.ForeignKey(Page, verbose_name=_("trang"), on_delete=models.CASCADE, related_name="view_counts")
    day = models.DateField(_("ngày"))
    views = models.PositiveIntegerField(_("lượt xem"), default=0)

    class Meta:
        verbose_name = _("lượt xem trang")
        verbose_name_plural = _("lượt xem trang")
        constraints = [models.UniqueConstraint(fields=["page", "day"], name="unique_page_view_day")]
