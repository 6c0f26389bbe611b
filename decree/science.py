"""State-funded science programmes and topics, with their results once accepted."""

from django.utils.translation import gettext_lazy as _

from home.models import SectionPage


class ScienceIndexPage(SectionPage):
    parent_page_types = ["home.HomePage"]
    subpage_types = []  # set once its item page type exists

    class Meta:
        verbose_name = _("chuyên mục đề tài khoa học")
        verbose_name_plural = _("chuyên mục đề tài khoa học")
