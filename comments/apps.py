from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommentsConfig(AppConfig):
    name = "comments"
    verbose_name = _("Ý kiến công dân")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import handover  # noqa: F401  (connects the portal-merge signal)
