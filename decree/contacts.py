"""The contacts directory: competent officials; the portal's own contact details come from PortalSettings."""

from django.utils.translation import gettext_lazy as _

from home.models import SectionPage


class ContactDirectoryPage(SectionPage):
    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("danh bạ liên hệ")
        verbose_name_plural = _("danh bạ liên hệ")
