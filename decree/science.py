"""State-funded science programmes and topics, with their results once accepted (Decree 43/2011 Điều 11).

Each topic page records its code, name, management level, scientific field, lead unit, principal
investigator, period, budget and status. Its results are published once the topic is accepted (đã nghiệm
thu): an accepted topic must then have an acceptance date and its results, and the results are shown only
for accepted topics. The year filter of the catalogue finds the topics under way during that year.
"""

import datetime

import django_filters
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Max, Min
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from home.blocks import AttachmentsBlock
from home.listing import ListingFilterSet, year_filter
from home.models import BasePage, SectionPage
from home.text import format_vnd

from .planning import year_options
from .projects import money_field


class ManagementLevel(models.TextChoices):
    NATIONAL = "national", _("Cấp quốc gia")
    MINISTRY = "ministry", _("Cấp bộ")
    PROVINCIAL = "provincial", _("Cấp tỉnh")
    GRASSROOTS = "grassroots", _("Cấp cơ sở")


class ScienceField(models.TextChoices):
    """The six fields of science and technology (Quyết định 12/2008/QĐ-BKHCN)."""

    NATURAL = "natural", _("Khoa học tự nhiên")
    ENGINEERING = "engineering", _("Khoa học kỹ thuật và công nghệ")
    MEDICAL = "medical", _("Khoa học y, dược")
    AGRICULTURAL = "agricultural", _("Khoa học nông nghiệp")
    SOCIAL = "social", _("Khoa học xã hội")
    HUMANITIES = "humanities", _("Khoa học nhân văn")


class TopicStatus(models.TextChoices):
    IN_PROGRESS = "in_progress", _("Đang thực hiện")
    ACCEPTED = "accepted", _("Đã nghiệm thu")
    STOPPED = "stopped", _("Dừng thực hiện")


class AcceptanceRating(models.TextChoices):
    EXCELLENT = "excellent", _("Xuất sắc")
    PASSED = "passed", _("Đạt")
    FAILED = "failed", _("Không đạt")


class ScienceTopicFilter(ListingFilterSet):
    parameters = {"level": "cap", "field": "linh-vuc", "status": "trang-thai", "year": "nam"}

    level = django_filters.ChoiceFilter(field_name="management_level", choices=ManagementLevel.choices,
                                        label=_("Cấp quản lý"))
    field = django_filters.ChoiceFilter(choices=ScienceField.choices, label=_("Lĩnh vực khoa học"))
    status = django_filters.ChoiceFilter(choices=TopicStatus.choices, label=_("Tình trạng"))
    year = year_filter(_("Năm thực hiện"), method="under_way_in")

    def under_way_in(self, topics, name, year):
        """Under way at some time during the year: begun by its end, not finished before its start."""
        return topics.filter(start_date__lte=datetime.date(year, 12, 31), end_date__gte=datetime.date(year, 1, 1))


class ScienceIndexPage(SectionPage):
    """The catalogue of topics: filter by level, field, status and year; paginated in the database."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["decree.ScienceTopicPage"]
    items_per_page = 15
    filterset_class = ScienceTopicFilter

    class Meta:
        verbose_name = _("chuyên mục đề tài khoa học")
        verbose_name_plural = _("chuyên mục đề tài khoa học")

    def topics(self):
        return ScienceTopicPage.objects.live().public().child_of(self)

    def years(self):
        bounds = self.topics().aggregate(first=Min("start_date"), last=Max("end_date"))
        first, last = bounds["first"], bounds["last"]
        return year_options((first.year if first else None, last.year if last else None))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.listing(request, self.topics().order_by("-start_date", "code", "-pk")))
        context.update(
            topics=context["page_obj"].object_list,
            levels=ManagementLevel.choices,
            fields=ScienceField.choices,
            statuses=TopicStatus.choices,
            years=self.years(),
        )
        return context


class ScienceTopicPage(BasePage):
    code = models.CharField(_("mã số"), max_length=64, db_index=True, help_text=_("Ví dụ: ĐTKHCN.12/2024."))
    programme = models.CharField(
        _("thuộc chương trình"), max_length=500, blank=True,
        help_text=_("Chương trình khoa học và công nghệ mà đề tài thuộc về, nếu có."),
    )
    management_level = models.CharField(
        _("cấp quản lý"), max_length=16, choices=ManagementLevel.choices, default=ManagementLevel.PROVINCIAL,
        db_index=True,
    )
    field = models.CharField(_("lĩnh vực khoa học"), max_length=16, choices=ScienceField.choices, db_index=True)
    lead_unit = models.CharField(_("tổ chức chủ trì"), max_length=255)
    principal_investigator = models.CharField(_("chủ nhiệm đề tài"), max_length=255)
    summary = models.TextField(_("mục tiêu, nội dung chính"), blank=True)
    start_date = models.DateField(_("ngày bắt đầu"))
    end_date = models.DateField(_("ngày kết thúc"))
    budget = money_field(_("kinh phí (đồng)"), null=True, blank=True)
    status = models.CharField(
        _("tình trạng"), max_length=16, choices=TopicStatus.choices, default=TopicStatus.IN_PROGRESS, db_index=True,
    )
    acceptance_date = models.DateField(_("ngày nghiệm thu"), null=True, blank=True)
    acceptance_rating = models.CharField(
        _("xếp loại nghiệm thu"), max_length=16, choices=AcceptanceRating.choices, blank=True,
    )
    results = RichTextField(
        _("kết quả nghiệm thu"), blank=True, features=["bold", "italic", "ol", "ul", "link", "document-link"],
        help_text=_("Kết quả, sản phẩm của đề tài; chỉ hiển thị khi đề tài đã nghiệm thu."),
    )
    attachments = StreamField(AttachmentsBlock(), verbose_name=_("tệp đính kèm"), blank=True)

    search_fields = BasePage.search_fields + [
        index.SearchField("code"),
        index.AutocompleteField("code"),
        index.AutocompleteField("title"),
        index.SearchField("programme"),
        index.SearchField("lead_unit"),
        index.SearchField("principal_investigator"),
        index.SearchField("summary"),
        index.SearchField("results"),
        index.FilterField("management_level"),
        index.FilterField("field"),
        index.FilterField("status"),
        index.FilterField("start_date"),
    ]

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("code"),
                FieldPanel("programme"),
                FieldRowPanel([FieldPanel("management_level"), FieldPanel("field")]),
                FieldPanel("lead_unit"),
                FieldPanel("principal_investigator"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("budget"),
            ],
            heading=_("Thông tin đề tài"),
        ),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldRowPanel([FieldPanel("acceptance_date"), FieldPanel("acceptance_rating")]),
                FieldPanel("results"),
            ],
            heading=_("Tình trạng và kết quả"),
        ),
        FieldPanel("attachments"),
    ]

    parent_page_types = ["decree.ScienceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("đề tài khoa học")
        verbose_name_plural = _("đề tài khoa học")

    def clean(self):
        super().clean()
        errors = {}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("Ngày kết thúc không được trước ngày bắt đầu thực hiện đề tài.")
        if self.status == TopicStatus.ACCEPTED:
            if not self.acceptance_date:
                errors["acceptance_date"] = _("Đề tài đã nghiệm thu phải có ngày nghiệm thu.")
            if not self.has_results:
                errors["results"] = _("Đề tài đã nghiệm thu phải có kết quả nghiệm thu để công bố.")
        if self.acceptance_date and self.start_date and self.acceptance_date < self.start_date:
            errors["acceptance_date"] = _("Ngày nghiệm thu không được trước ngày bắt đầu thực hiện đề tài.")
        if errors:
            raise ValidationError(errors)

    @property
    def has_results(self):
        return bool(strip_tags(self.results or "").strip())

    @property
    def is_accepted(self):
        return self.status == TopicStatus.ACCEPTED

    @property
    def budget_display(self):
        return format_vnd(self.budget)

    def get_summary(self):
        return super().get_summary() or f"{self.code} — {self.lead_unit}"
