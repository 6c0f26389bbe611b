"""Public consultation on drafts: open and closed consultations derived from their dates."""

from django.utils.translation import gettext_lazy as _

from home.models import SectionPage


class ConsultationIndexPage(SectionPage):
    parent_page_types = ["home.HomePage"]
    subpage_types = []  # set once its item page type exists

    class Meta:
        verbose_name = _("chuyên mục lấy ý kiến")
        verbose_name_plural = _("chuyên mục lấy ý kiến")
