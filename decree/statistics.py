"""Statistics: data files, methodology, analysis and the period covered (Decree 43/2011 Điều 12).

A release must carry its data: at least one data file is required, so the oversight of completeness can
count a release as published data rather than an announcement.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Max, Min
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from home.blocks import AttachmentsBlock, BodyBlock
from home.listing import ListingFilterSet, year_filter
from home.models import BasePage, SectionPage


class StatisticsFilter(ListingFilterSet):
    parameters = {"year": "nam"}

    year = year_filter(_("Năm của kỳ số liệu"), method="period_overlaps")

    def period_overlaps(self, releases, name, year):
        """The releases whose period overlaps that year (a period may span two years)."""
        return releases.filter(period_start__lte=datetime.date(year, 12, 31), period_end__gte=datetime.date(year, 1, 1))


class StatisticsIndexPage(SectionPage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["decree.StatisticsPage"]
    filterset_class = StatisticsFilter

    class Meta:
        verbose_name = _("chuyên mục thống kê")
        verbose_name_plural = _("chuyên mục thống kê")

    def releases(self):
        return StatisticsPage.objects.live().public().child_of(self).order_by(
            "-period_end", "-release_date", "-pk"
        )

    def period_years(self):
        """Every year some release's period covers, newest first (one aggregate query)."""
        bounds = self.releases().order_by().aggregate(first=Min("period_start"), last=Max("period_end"))
        if not bounds["first"] or not bounds["last"]:
            return []
        return list(range(bounds["last"].year, bounds["first"].year - 1, -1))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.listing(request, self.releases()))
        context.update(releases=context["page_obj"].object_list, years=self.period_years())
        return context


class StatisticsPage(BasePage):
    """One statistics release: the data of one period, how it was produced and what it shows."""

    period_label = models.CharField(
        _("kỳ số liệu"), max_length=100, help_text=_("Ví dụ: «Quý III/2026», «6 tháng đầu năm 2026», «Năm 2025».")
    )
    period_start = models.DateField(_("ngày đầu kỳ số liệu"), db_index=True)
    period_end = models.DateField(_("ngày cuối kỳ số liệu"), db_index=True)
    summary = models.TextField(_("tóm tắt"), help_text=_("Một đến ba câu nêu các số liệu chính của kỳ."))
    attachments = StreamField(
        AttachmentsBlock(), verbose_name=_("tệp số liệu"), blank=True,
        help_text=_("Bắt buộc: ít nhất một tệp số liệu (bảng tính, CSV hoặc PDF)."),
    )
    methodology = RichTextField(
        _("phương pháp thống kê"), blank=True,
        features=["bold", "italic", "ol", "ul", "link", "document-link"],
        help_text=_("Nguồn số liệu, phạm vi, phương pháp thu thập và tính toán, khái niệm các chỉ tiêu."),
    )
    analysis = StreamField(BodyBlock(), verbose_name=_("phân tích, đánh giá"), blank=True)
    source_unit = models.CharField(_("đơn vị cung cấp số liệu"), max_length=255)
    release_date = models.DateField(_("ngày công bố"), default=timezone.localdate, db_index=True)

    search_fields = BasePage.search_fields + [
        index.SearchField("period_label"),
        index.SearchField("summary"),
        index.SearchField("analysis"),
        index.SearchField("source_unit"),
        index.AutocompleteField("title"),
        index.FilterField("period_start"),
        index.FilterField("period_end"),
        index.FilterField("release_date"),
    ]

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("period_label"),
                FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")]),
            ],
            heading=_("Kỳ số liệu"),
        ),
        FieldPanel("summary"),
        FieldPanel("attachments"),
        FieldPanel("methodology"),
        FieldPanel("analysis"),
        MultiFieldPanel(
            [FieldPanel("source_unit"), FieldPanel("release_date")], heading=_("Thông tin công bố")
        ),
    ]

    parent_page_types = ["decree.StatisticsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("số liệu thống kê")
        verbose_name_plural = _("số liệu thống kê")

    def clean(self):
        super().clean()
        errors = {}
        if self.period_start and self.period_end and self.period_end < self.period_start:
            errors["period_end"] = _("Ngày cuối kỳ số liệu không được trước ngày đầu kỳ.")
        if not self.attachments:
            errors["attachments"] = _("Hãy đính kèm ít nhất một tệp số liệu.")
        if errors:
            raise ValidationError(errors)
