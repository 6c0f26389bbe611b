"""Statistics: data files, methodology, analysis and the period covered."""

from django.utils.translation import gettext_lazy as _

from home.models import SectionPage


class StatisticsIndexPage(SectionPage):
    parent_page_types = ["home.HomePage"]
    subpage_types = []  # set once its item page type exists

    class Meta:
        verbose_name = _("chuyên mục thống kê")
        verbose_name_plural = _("chuyên mục thống kê")
