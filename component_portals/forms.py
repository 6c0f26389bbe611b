import re

from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site

from home.text import nfc

from .models import NEW_PORTAL_KINDS, ComponentPortal, PortalKind, PortalStatus
from .provisioning import default_hostname

SLUG_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
HOSTNAME_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")


class PortalForm(forms.Form):
    """What it takes to create a component portal; shared by the admin form and `create_portal`."""

    name = forms.CharField(label=_("Tên cơ quan"), max_length=255)
    name_en = forms.CharField(label=_("Tên tiếng Anh"), max_length=255, required=False)
    slug = forms.CharField(
        label=_("Mã cổng"),
        max_length=63,
        help_text=_("Chữ thường không dấu, số và dấu gạch ngang, ví dụ «so-tai-chinh». Dùng trong tên miền."),
    )
    kind = forms.ChoiceField(
        label=_("Loại cổng"),
        choices=[(kind.value, kind.label) for kind in NEW_PORTAL_KINDS],
        error_messages={
            "invalid_choice": format_lazy(
                _("«%(value)s» không phải loại cổng hợp lệ; chọn một trong: {kinds}."),
                kinds=", ".join(NEW_PORTAL_KINDS),
            ),
        },
    )
    hostname = forms.CharField(
        label=_("Tên miền"),
        max_length=255,
        required=False,
        help_text=_("Để trống để dùng «<mã cổng>.localhost»."),
    )
    parent = forms.CharField(
        label=_("Mã cổng cấp trên"),
        max_length=63,
        required=False,
        help_text=_("Để trống để đặt dưới cổng tỉnh."),
    )

    error_messages = {
        "slug_invalid": _("Mã cổng chỉ gồm chữ thường không dấu, số và dấu gạch ngang (ví dụ «so-tai-chinh»)."),
        "slug_taken": _("Mã cổng «%(slug)s» đã được dùng cho cổng khác."),
        "hostname_invalid": _("Tên miền «%(hostname)s» không hợp lệ."),
        "hostname_taken": _("Tên miền «%(hostname)s» đã được dùng cho cổng khác."),
        "parent_unknown": _("Không tìm thấy cổng cấp trên có mã «%(parent)s»."),
        "parent_for_province": _("Cổng tỉnh không có cổng cấp trên."),
        "parent_archived": _("Cổng cấp trên «%(parent)s» đã được lưu trữ."),
    }

    def clean_name(self):
        return nfc(self.cleaned_data["name"].strip())

    def clean_name_en(self):
        return self.cleaned_data["name_en"].strip()

    def clean_slug(self):
        slug = self.cleaned_data["slug"].strip()
        if not SLUG_PATTERN.match(slug):
            raise forms.ValidationError(self.error_messages["slug_invalid"], code="slug_invalid")
        if ComponentPortal.objects.filter(slug=slug).exists():
            raise forms.ValidationError(self.error_messages["slug_taken"], code="slug_taken", params={"slug": slug})
        return slug

    def clean_hostname(self):
        hostname = self.cleaned_data["hostname"].strip().lower().rstrip(".")
        if hostname and not all(HOSTNAME_LABEL.match(label) for label in hostname.split(".")):
            raise forms.ValidationError(
                self.error_messages["hostname_invalid"], code="hostname_invalid", params={"hostname": hostname}
            )
        return hostname

    def clean_parent(self):
        slug = self.cleaned_data["parent"].strip()
        if not slug:
            return None
        parent = ComponentPortal.objects.filter(slug=slug).first()
        if parent is None:
            raise forms.ValidationError(self.error_messages["parent_unknown"], code="parent_unknown", params={"parent": slug})
        if parent.status != PortalStatus.ACTIVE:
            raise forms.ValidationError(
                self.error_messages["parent_archived"], code="parent_archived", params={"parent": slug}
            )
        return parent

    def clean(self):
        cleaned = super().clean()
        slug = cleaned.get("slug")
        if slug and not self.has_error("hostname"):
            hostname = cleaned.get("hostname") or default_hostname(slug)
            if Site.objects.filter(hostname=hostname).exists():
                self.add_error(
                    "hostname",
                    forms.ValidationError(
                        self.error_messages["hostname_taken"], code="hostname_taken", params={"hostname": hostname}
                    ),
                )
            cleaned["hostname"] = hostname
        kind = cleaned.get("kind")
        parent = cleaned.get("parent")
        if kind == PortalKind.PROVINCE and parent is not None:
            self.add_error("parent", forms.ValidationError(self.error_messages["parent_for_province"], code="parent_for_province"))
        elif kind and kind != PortalKind.PROVINCE and parent is None and not self.has_error("parent"):
            cleaned["parent"] = ComponentPortal.objects.active().filter(kind=PortalKind.PROVINCE).first()
        return cleaned

    def first_error(self):
        """One line describing the first problem, for the command line."""
        for field, errors in self.errors.items():
            label = self.fields[field].label if field in self.fields else ""
            return f"{label}: {errors[0]}" if label else str(errors[0])
        return ""
