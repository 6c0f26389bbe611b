"""Projects, investment, tenders and public procurement."""

from django.utils.translation import gettext_lazy as _

from home.models import SectionPage


class ProjectIndexPage(SectionPage):
    parent_page_types = ["home.HomePage"]
    subpage_types = []  # set once its item page type exists

    class Meta:
        verbose_name = _("chuyên mục dự án, đấu thầu")
        verbose_name_plural = _("chuyên mục dự án, đấu thầu")
