"""The official gazette of the provincial portal: issues with their number, date and documents."""

from django.utils.translation import gettext_lazy as _

from home.models import SectionPage


class GazetteIndexPage(SectionPage):
    parent_page_types = ["home.HomePage"]
    subpage_types = []  # set once its item page type exists

    class Meta:
        verbose_name = _("chuyên mục công báo")
        verbose_name_plural = _("chuyên mục công báo")
