"""The shared catalogues of the legal document register: document types, issuers and fields, managed by the
editorial board as snippets (editors and approvers only choose them)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet

from home.references import PortalAdminModelForm


class DocumentType(models.Model):
    """Hình thức văn bản: Luật, Nghị định, Quyết định, Chỉ thị, Công văn, ..."""

    name = models.CharField(_("tên hình thức văn bản"), max_length=100, unique=True)
    abbreviation = models.CharField(
        _("ký hiệu viết tắt"), max_length=20, blank=True, help_text=_("Ví dụ: QĐ, CT, NQ, KH, TB.")
    )
    sort_order = models.PositiveSmallIntegerField(_("thứ tự hiển thị"), default=100)

    panels = [FieldPanel("name"), FieldPanel("abbreviation"), FieldPanel("sort_order")]
    base_form_class = PortalAdminModelForm

    class Meta:
        verbose_name = _("hình thức văn bản")
        verbose_name_plural = _("hình thức văn bản")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class Issuer(models.Model):
    """Cơ quan ban hành."""

    name = models.CharField(_("tên cơ quan ban hành"), max_length=255, unique=True)
    sort_order = models.PositiveSmallIntegerField(_("thứ tự hiển thị"), default=100)

    panels = [FieldPanel("name"), FieldPanel("sort_order")]
    base_form_class = PortalAdminModelForm

    class Meta:
        verbose_name = _("cơ quan ban hành")
        verbose_name_plural = _("cơ quan ban hành")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class LegalField(models.Model):
    """Lĩnh vực of a document (Tài chính, Y tế, Đất đai, ...)."""

    name = models.CharField(_("tên lĩnh vực"), max_length=255, unique=True)

    panels = [FieldPanel("name")]
    base_form_class = PortalAdminModelForm

    class Meta:
        verbose_name = _("lĩnh vực văn bản")
        verbose_name_plural = _("lĩnh vực văn bản")
        ordering = ["name"]

    def __str__(self):
        return self.name


# The admin menu group ("Danh mục văn bản") lives in documents_admin; a dotted path keeps admin views out of
# model loading (register_snippet defers the import until the snippets app is ready).
register_snippet("decree.documents_admin.LegalCatalogueViewSetGroup")
