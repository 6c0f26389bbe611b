"""Annual financial reports (Decree 42/2022 Điều 4): budget estimates and settlements made public, and the
agency's annual financial statements."""

import django_filters
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from home.blocks import AttachmentsBlock, BodyBlock
from home.listing import ListingFilterSet, year_filter
from home.models import BasePage, SectionPage

# The first fiscal year a report may be for; the last is next year (estimates are published before the
# year they cover begins).
FIRST_FISCAL_YEAR = 2000


def last_fiscal_year():
    return timezone.localdate().year + 1


class FinancialReportType(models.TextChoices):
    BUDGET_SETTLEMENT_REPORT = "budget_settlement_report", _("Báo cáo quyết toán ngân sách")
    ESTIMATE_DISCLOSURE = "estimate_disclosure", _("Công khai dự toán ngân sách")
    SETTLEMENT_DISCLOSURE = "settlement_disclosure", _("Công khai quyết toán ngân sách")
    ANNUAL_FINANCIAL_STATEMENT = "annual_financial_statement", _("Báo cáo tài chính năm")


class FinancialReportFilter(ListingFilterSet):
    parameters = {"year": "nam", "report_type": "loai"}

    year = year_filter(_("Năm ngân sách"), field_name="fiscal_year", bounds=(FIRST_FISCAL_YEAR, None))
    report_type = django_filters.ChoiceFilter(choices=FinancialReportType.choices, label=_("Loại báo cáo"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["year"].extra["max_value"] = last_fiscal_year()


class FinancialReportIndexPage(SectionPage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["decree.FinancialReportPage"]
    filterset_class = FinancialReportFilter

    class Meta:
        verbose_name = _("chuyên mục báo cáo tài chính")
        verbose_name_plural = _("chuyên mục báo cáo tài chính")

    def reports(self):
        return FinancialReportPage.objects.live().public().child_of(self).order_by(
            "-fiscal_year", "-publication_date", "-pk"
        )

    def fiscal_years(self):
        return self.reports().order_by("-fiscal_year").values_list("fiscal_year", flat=True).distinct()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.listing(request, self.reports()))
        context.update(
            reports=context["page_obj"].object_list, years=self.fiscal_years(), report_types=FinancialReportType.choices
        )
        return context


class FinancialReportPage(BasePage):
    fiscal_year = models.PositiveSmallIntegerField(_("năm ngân sách"), db_index=True)
    report_type = models.CharField(
        _("loại báo cáo"), max_length=32, choices=FinancialReportType.choices, db_index=True
    )
    decision_number = models.CharField(
        _("số quyết định công bố"), max_length=64, blank=True,
        help_text=_("Số, ký hiệu văn bản công bố công khai, ví dụ «125/QĐ-STC»."),
    )
    publication_date = models.DateField(_("ngày công bố"), default=timezone.localdate, db_index=True)
    summary = models.TextField(_("tóm tắt"), help_text=_("Nội dung chính và các số liệu tổng hợp của báo cáo."))
    attachments = StreamField(
        AttachmentsBlock(), verbose_name=_("tệp báo cáo"), blank=True,
        help_text=_("Báo cáo và các biểu mẫu công khai kèm theo."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("nội dung"), blank=True)

    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("decision_number"),
        index.AutocompleteField("title"),
        index.AutocompleteField("decision_number"),
        index.FilterField("fiscal_year"),
        index.FilterField("report_type"),
        index.FilterField("publication_date"),
    ]

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("fiscal_year"),
                FieldPanel("report_type"),
                FieldPanel("decision_number"),
                FieldPanel("publication_date"),
            ],
            heading=_("Thông tin báo cáo"),
        ),
        FieldPanel("summary"),
        FieldPanel("attachments"),
        FieldPanel("body"),
    ]

    parent_page_types = ["decree.FinancialReportIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("báo cáo tài chính")
        verbose_name_plural = _("báo cáo tài chính")

    def clean(self):
        super().clean()
        errors = {}
        last = last_fiscal_year()
        if self.fiscal_year is not None and not FIRST_FISCAL_YEAR <= self.fiscal_year <= last:
            errors["fiscal_year"] = _("Năm ngân sách phải từ %(first)d đến %(last)d.") % {
                "first": FIRST_FISCAL_YEAR, "last": last,
            }
        if not self.body and not self.attachments:
            errors["attachments"] = _("Hãy đính kèm tệp báo cáo hoặc nhập nội dung báo cáo.")
        if errors:
            raise ValidationError(errors)
