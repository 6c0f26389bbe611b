from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DecreeConfig(AppConfig):
    name = "decree"
    verbose_name = _("Thông tin bắt buộc theo Nghị định")
