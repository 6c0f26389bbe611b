"""Strategies, plans and planning decisions (Decree 43/2011 Điều 10 k1 đ).

Each plan page records the kind of document (strategy, planning, plan, scheme, programme), the decision
that approved it (number, date, authority), the period it covers and its files. The section lists them
newest decision first; the year filter finds the plans whose period covers that year (a plan for
2021–2030 is found under 2025), which is what a reader looking for "the plans of 2025" means.
"""

import django_filters
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Max, Min
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from home.blocks import AttachmentsBlock, BodyBlock
from home.listing import ListingFilterSet, year_filter
from home.models import BasePage, SectionPage

from .projects import year_validators

# The year filter never offers more options than this, whatever periods editors type.
MAX_YEAR_OPTIONS = 60


class PlanType(models.TextChoices):
    STRATEGY = "strategy", _("Chiến lược")
    PLANNING = "planning", _("Quy hoạch")
    PLAN = "plan", _("Kế hoạch")
    SCHEME = "scheme", _("Đề án")
    PROGRAMME = "programme", _("Chương trình")


def year_options(bounds):
    """Years from the newest to the oldest of `bounds` (a (first, last) pair, either may be None), at most
    MAX_YEAR_OPTIONS of them, the most recent ones."""
    first, last = bounds
    if first is None or last is None:
        return []
    first = max(first, last - MAX_YEAR_OPTIONS + 1)
    return list(range(last, first - 1, -1))


class PlanFilter(ListingFilterSet):
    parameters = {"plan_type": "loai", "year": "nam"}

    plan_type = django_filters.ChoiceFilter(choices=PlanType.choices, label=_("Loại"))
    year = year_filter(_("Năm áp dụng"), method="covering_year")

    def covering_year(self, plans, name, year):
        return plans.filter(period_start__lte=year, period_end__gte=year)


class PlanIndexPage(SectionPage):
    """The section of strategies and plans: filter by plan type and year; paginated in the database."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["decree.PlanPage"]
    items_per_page = 15
    filterset_class = PlanFilter

    class Meta:
        verbose_name = _("chuyên mục quy hoạch, kế hoạch")
        verbose_name_plural = _("chuyên mục quy hoạch, kế hoạch")

    def plans(self):
        return PlanPage.objects.live().public().child_of(self)

    def years(self):
        bounds = self.plans().aggregate(first=Min("period_start"), last=Max("period_end"))
        return year_options((bounds["first"], bounds["last"]))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.listing(request, self.plans().order_by("-decision_date", "-pk")))
        context.update(plans=context["page_obj"].object_list, plan_types=PlanType.choices, years=self.years())
        return context


class PlanPage(BasePage):
    plan_type = models.CharField(_("loại"), max_length=16, choices=PlanType.choices, db_index=True)
    decision_number = models.CharField(
        _("số quyết định phê duyệt"), max_length=100, help_text=_("Ví dụ: 1746/QĐ-TTg."),
    )
    decision_date = models.DateField(_("ngày phê duyệt"), db_index=True)
    approving_authority = models.CharField(
        _("cơ quan phê duyệt"), max_length=255, help_text=_("Ví dụ: Thủ tướng Chính phủ, UBND tỉnh."),
    )
    period_start = models.PositiveSmallIntegerField(_("từ năm"), validators=year_validators())
    period_end = models.PositiveSmallIntegerField(_("đến năm"), validators=year_validators())
    vision_year = models.PositiveSmallIntegerField(
        _("tầm nhìn đến năm"), null=True, blank=True, validators=year_validators(),
    )
    summary = models.TextField(
        _("tóm tắt"), help_text=_("Nội dung chính, mục tiêu của chiến lược, quy hoạch, kế hoạch."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("nội dung"), blank=True)
    attachments = StreamField(AttachmentsBlock(), verbose_name=_("tệp đính kèm"), blank=True)

    search_fields = BasePage.search_fields + [
        index.SearchField("decision_number"),
        index.SearchField("approving_authority"),
        index.SearchField("summary"),
        index.SearchField("body"),
        index.AutocompleteField("title"),
        index.AutocompleteField("decision_number"),
        index.FilterField("plan_type"),
        index.FilterField("period_start"),
        index.FilterField("period_end"),
    ]

    content_panels = BasePage.content_panels + [
        FieldPanel("plan_type"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("decision_number"), FieldPanel("decision_date")]),
                FieldPanel("approving_authority"),
            ],
            heading=_("Quyết định phê duyệt"),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end"), FieldPanel("vision_year")])],
            heading=_("Thời kỳ"),
        ),
        FieldPanel("body"),
        FieldPanel("attachments"),
    ]

    parent_page_types = ["decree.PlanIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("chiến lược, quy hoạch, kế hoạch")
        verbose_name_plural = _("chiến lược, quy hoạch, kế hoạch")

    def clean(self):
        super().clean()
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise ValidationError({"period_end": _("Năm kết thúc thời kỳ không được trước năm bắt đầu.")})
        if self.vision_year and self.period_end and self.vision_year < self.period_end:
            raise ValidationError({"vision_year": _("Năm tầm nhìn không được trước năm kết thúc thời kỳ.")})

    @property
    def period_display(self):
        if self.period_start == self.period_end:
            return str(self.period_start)
        return f"{self.period_start}–{self.period_end}"
