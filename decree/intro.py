"""Introduction: functions and duties, history, organisation chart, units and leaders; for province and commune portals also the boundary map, geography, culture and heritage."""

from django.utils.translation import gettext_lazy as _

from home.models import SectionPage


class IntroductionPage(SectionPage):
    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("trang giới thiệu")
        verbose_name_plural = _("trang giới thiệu")
