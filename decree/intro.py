"""Introduction: functions and duties, history, organisation chart, units and leaders; for province and commune portals also the boundary map, geography, culture and heritage."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, OuterRef, Prefetch, QuerySet
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.images import get_image_model
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail.search.tasks import insert_or_update_object_task

from home.models import SectionPage

# Rich text of a top-level section sits under an <h2>: it may use <h3> and <h4>, never a second <h2>.
SECTION_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]
# Rich text under an <h3> (the locality's subsections) may only go down to <h4>.
SUBSECTION_TEXT_FEATURES = ["h4", "bold", "italic", "ol", "ul", "link", "document-link"]
# A leader's biography and duties sit inside a card headed by an <h3> with the leader's name.
CARD_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link"]

# The rendition the leader cards use; prefetched so that the number of leaders does not add queries.
LEADER_PHOTO_SPEC = "fill-240x300"


def missing_alt_text(instance, image_field, alt_field, message):
    """{alt_field: message} when the image is set without its alternative text, else {}."""
    if getattr(instance, f"{image_field}_id") and not getattr(instance, alt_field).strip():
        return {alt_field: message}
    return {}


class IntroductionPage(SectionPage):
    """The agency's introduction. Departments fill the agency part; province and commune portals also
    describe their locality (boundary map, geography, history, culture and heritage)."""

    functions = RichTextField(
        _("chức năng, nhiệm vụ, quyền hạn"), blank=True, features=SECTION_TEXT_FEATURES,
        help_text=_("Vị trí, chức năng, nhiệm vụ và quyền hạn của cơ quan theo quyết định thành lập, quy định hiện hành."),
    )
    history = RichTextField(
        _("quá trình hình thành và phát triển"), blank=True, features=SECTION_TEXT_FEATURES,
        help_text=_("Tóm lược quá trình hình thành và phát triển của cơ quan."),
    )
    org_chart = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("sơ đồ tổ chức"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    org_chart_alt = models.CharField(
        _("mô tả sơ đồ tổ chức"), max_length=500, blank=True,
        help_text=_("Bắt buộc khi có ảnh sơ đồ: mô tả bằng lời cơ cấu trong sơ đồ cho người khiếm thị."),
    )

    boundary_map = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("bản đồ địa giới hành chính"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    boundary_map_alt = models.CharField(
        _("mô tả bản đồ"), max_length=500, blank=True,
        help_text=_("Bắt buộc khi có bản đồ: mô tả vị trí, ranh giới và các đơn vị hành chính cho người khiếm thị."),
    )
    geography = RichTextField(
        _("vị trí địa lý, điều kiện tự nhiên"), blank=True, features=SUBSECTION_TEXT_FEATURES,
    )
    local_history = RichTextField(_("lịch sử địa phương"), blank=True, features=SUBSECTION_TEXT_FEATURES)
    culture_heritage = RichTextField(_("văn hóa, di sản"), blank=True, features=SUBSECTION_TEXT_FEATURES)

    search_fields = SectionPage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("functions"),
        index.SearchField("history"),
        index.SearchField("geography"),
        index.SearchField("local_history"),
        index.SearchField("culture_heritage"),
        index.RelatedFields("units", [index.SearchField("name"), index.SearchField("function"), index.SearchField("head")]),
        index.RelatedFields("leaders", [index.SearchField("full_name"), index.SearchField("position")]),
    ]

    content_panels = SectionPage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("functions"), FieldPanel("history")],
            heading=_("Chức năng, nhiệm vụ và lịch sử"),
        ),
        MultiFieldPanel(
            [FieldPanel("org_chart"), FieldPanel("org_chart_alt")],
            heading=_("Sơ đồ tổ chức"),
        ),
        InlinePanel("units", heading=_("Cơ cấu tổ chức"), label=_("Đơn vị")),
        InlinePanel("leaders", heading=_("Lãnh đạo"), label=_("Lãnh đạo")),
        MultiFieldPanel(
            [
                FieldPanel("boundary_map"),
                FieldPanel("boundary_map_alt"),
                FieldPanel("geography"),
                FieldPanel("local_history"),
                FieldPanel("culture_heritage"),
            ],
            heading=_("Thông tin địa phương (dành cho cổng tỉnh và cổng xã, phường)"),
            help_text=_("Cổng của sở, ban, ngành để trống phần này; phần nào để trống sẽ không hiển thị."),
            classname="collapsed",
        ),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("trang giới thiệu")
        verbose_name_plural = _("trang giới thiệu")

    def clean(self):
        super().clean()
        errors = {
            **missing_alt_text(self, "org_chart", "org_chart_alt", _("Hãy mô tả sơ đồ tổ chức cho người khiếm thị.")),
            **missing_alt_text(
                self, "boundary_map", "boundary_map_alt",
                _("Hãy mô tả bản đồ địa giới hành chính cho người khiếm thị."),
            ),
        }
        if errors:
            raise ValidationError(errors)

    @property
    def has_locality(self):
        return bool(
            self.boundary_map_id or self.geography or self.local_history or self.culture_heritage
        )

    def save(self, *args, **kwargs):
        result = super().save(*args, **kwargs)
        # The search index entry is written on post_save, before the units and leaders (child objects) are saved;
        # index again now that they are, so that their names find this page.
        if self.pk and self.live:
            insert_or_update_object_task.enqueue(self._meta.app_label, self._meta.model_name, str(self.pk))
        return result

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        leaders = self.leaders.all()
        if isinstance(leaders, QuerySet):  # a preview holds its leaders in memory instead
            leaders = leaders.prefetch_related(
                Prefetch("photo", queryset=get_image_model().objects.prefetch_renditions(LEADER_PHOTO_SPEC))
            )
        context.update(units=list(self.units.all()), leaders=list(leaders))
        return context


class OrganisationUnit(TranslatableMixin, Orderable):
    """One unit of the agency (phòng, ban, chi cục, trung tâm...)."""

    page = ParentalKey(IntroductionPage, on_delete=models.CASCADE, related_name="units")
    name = models.CharField(_("tên đơn vị"), max_length=255)
    function = models.TextField(_("chức năng, nhiệm vụ"), blank=True)
    head = models.CharField(_("người đứng đầu"), max_length=255, blank=True,
                            help_text=_("Họ tên và chức vụ, ví dụ «Trưởng phòng Nguyễn Văn A»."))
    phone = models.CharField(_("điện thoại"), max_length=64, blank=True)
    email = models.EmailField(_("thư điện tử"), blank=True)
    address = models.CharField(_("địa chỉ"), max_length=255, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("function"),
        FieldPanel("head"),
        FieldPanel("phone"),
        FieldPanel("email"),
        FieldPanel("address"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("đơn vị trực thuộc")
        verbose_name_plural = _("đơn vị trực thuộc")

    def __str__(self):
        return self.name


class LeaderProfile(TranslatableMixin, Orderable):
    """A leader of the agency: the decree asks for a short biography and their duties."""

    page = ParentalKey(IntroductionPage, on_delete=models.CASCADE, related_name="leaders")
    photo = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("ảnh chân dung"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    photo_alt = models.CharField(
        _("mô tả ảnh"), max_length=255, blank=True,
        help_text=_("Bắt buộc khi có ảnh, ví dụ «Ảnh chân dung đồng chí Nguyễn Văn A»."),
    )
    full_name = models.CharField(_("họ và tên"), max_length=255)
    position = models.CharField(_("chức vụ"), max_length=255)
    biography = RichTextField(_("tiểu sử tóm tắt"), blank=True, features=CARD_TEXT_FEATURES)
    duties = RichTextField(_("nhiệm vụ được phân công"), blank=True, features=CARD_TEXT_FEATURES)
    phone = models.CharField(_("điện thoại"), max_length=64, blank=True)
    email = models.EmailField(_("thư điện tử"), blank=True)

    panels = [
        FieldPanel("full_name"),
        FieldPanel("position"),
        MultiFieldPanel([FieldPanel("photo"), FieldPanel("photo_alt")], heading=_("Ảnh chân dung")),
        FieldPanel("biography"),
        FieldPanel("duties"),
        FieldPanel("phone"),
        FieldPanel("email"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("lãnh đạo")
        verbose_name_plural = _("lãnh đạo")

    def __str__(self):
        return self.full_name

    def clean(self):
        super().clean()
        errors = missing_alt_text(self, "photo", "photo_alt", _("Hãy mô tả ảnh chân dung cho người khiếm thị."))
        if errors:
            raise ValidationError(errors)


def pages_without_leaders():
    """Introduction pages with no leader profile (an oversight completeness check)."""
    return IntroductionPage.objects.exclude(Exists(LeaderProfile.objects.filter(page=OuterRef("pk"))))
