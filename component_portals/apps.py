from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ComponentPortalsConfig(AppConfig):
    name = "component_portals"
    verbose_name = _("Cổng thông tin thành phần")

    def ready(self):
        from home.chrome import forget_on_change_of

        from . import cache_purge, syndication  # noqa: F401  (connect the proposal signal and the purge hook)
        from .models import ComponentPortal

        forget_on_change_of(ComponentPortal)
