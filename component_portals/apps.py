from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ComponentPortalsConfig(AppConfig):
    name = "component_portals"
    verbose_name = _("Cổng thông tin thành phần")
