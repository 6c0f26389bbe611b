"""Strategies, plans and planning decisions."""

from django.utils.translation import gettext_lazy as _

from home.models import SectionPage


class PlanIndexPage(SectionPage):
    parent_page_types = ["home.HomePage"]
    subpage_types = []  # set once its item page type exists

    class Meta:
        verbose_name = _("chuyên mục quy hoạch, kế hoạch")
        verbose_name_plural = _("chuyên mục quy hoạch, kế hoạch")
