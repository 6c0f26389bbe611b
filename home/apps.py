from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Trang chủ và trang dùng chung")

    def ready(self):
        from . import checks, purge, signals, site_roots  # noqa: F401

        site_roots.install()
