"""Online public services: a catalogue of procedures by sector, each linking to the national or provincial public-service portal."""

from django.utils.translation import gettext_lazy as _

from home.models import SectionPage


class ServiceCatalogPage(SectionPage):
    parent_page_types = ["home.HomePage"]
    subpage_types = []  # set once its item page type exists

    class Meta:
        verbose_name = _("danh mục dịch vụ công")
        verbose_name_plural = _("danh mục dịch vụ công")
