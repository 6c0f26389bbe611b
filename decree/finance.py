"""Annual financial reports."""

from django.utils.translation import gettext_lazy as _

from home.models import SectionPage


class FinancialReportIndexPage(SectionPage):
    parent_page_types = ["home.HomePage"]
    subpage_types = []  # set once its item page type exists

    class Meta:
        verbose_name = _("chuyên mục báo cáo tài chính")
        verbose_name_plural = _("chuyên mục báo cáo tài chính")
