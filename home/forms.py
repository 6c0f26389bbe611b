"""Admin forms of home's models."""

from django import forms
from django.forms.models import ModelChoiceIterator
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms.auth import LoginForm

from .references import PortalAdminModelForm
from .text import vietnamese_sort_key


class VietnameseOrderIterator(ModelChoiceIterator):
    """The options of a ModelChoiceField in Vietnamese alphabetical order of their labels (a database
    collates «Đặng» after «Zung»). Set `field.iterator` before `field.queryset`: the widget takes its options
    when the queryset is set."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        label = self.field.label_from_instance
        for obj in sorted(self.queryset, key=lambda obj: vietnamese_sort_key(str(label(obj)))):
            yield self.choice(obj)


class PortalSettingsForm(PortalAdminModelForm):
    """The portal's settings. Its reCAPTCHA secret key is write-only: never sent back to the browser, kept when
    the field is left empty, replaced when a new one is typed, and dropped with the site key (a portal without
    its own site key uses the global keys or the self-hosted captcha)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.stored_secret = self.instance.recaptcha_secret_key if self.instance.pk else ""
        field = self.fields.get("recaptcha_secret_key")
        if field is not None:
            field.widget = forms.PasswordInput(render_value=False, attrs={"autocomplete": "new-password"})
            field.help_text = (
                _("Đã lưu một khóa bí mật; khóa không bao giờ hiển thị lại. Để trống để giữ nguyên, nhập khóa mới "
                  "để thay. Xóa khóa trang thì khóa bí mật cũng bị xóa.")
                if self.stored_secret
                else _("Khóa bí mật không bao giờ hiển thị lại sau khi lưu.")
            )

    def clean(self):
        cleaned = super().clean()
        for refusal in hooks.get_hooks("site_settings_read_only"):
            reason = refusal(self.instance.site_id)
            if reason:
                raise forms.ValidationError(reason)
        if "recaptcha_secret_key" not in self.fields:
            return cleaned
        secret = cleaned.get("recaptcha_secret_key") or self.stored_secret
        if not cleaned.get("recaptcha_site_key"):
            secret = ""
        elif not secret:
            self.add_error("recaptcha_secret_key", _("Hãy nhập khóa bí mật đi kèm khóa trang reCAPTCHA."))
        cleaned["recaptcha_secret_key"] = secret
        return cleaned


class AdminLoginForm(LoginForm):
    """Wagtail's login form, whose password field has no label of its own (Django would show «Password»)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Mật khẩu")
