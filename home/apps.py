from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Trang chủ và trang dùng chung")

    def ready(self):
        from wagtail.documents import get_document_model
        from wagtail.images import get_image_model
        from wagtail.models import Locale, PageViewRestriction, Site

        from . import checks, chrome, purge, restrictions, signals, site_roots  # noqa: F401
        from .models import PortalSettings

        site_roots.install()
        restrictions.install()
        chrome.install_site_lookup()
        # An image replaced changes the renditions of a logo kept in the chrome's HTML (home/templatetags/chrome_tags.py).
        # A restriction hides pages that the chrome's lists (latest news, new documents) showed. A document
        # replaced changes the name and size of a file a shared article or register row links.
        chrome.forget_on_change_of(
            Site, Locale, PortalSettings, get_image_model(), get_document_model(), PageViewRestriction
        )
