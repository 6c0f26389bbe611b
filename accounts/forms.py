from django import forms
from django.utils.translation import gettext_lazy as _


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Mã xác thực"), max_length=16, strip=True,
        help_text=_("Mã 6 chữ số trong ứng dụng xác thực, hoặc một mã khôi phục."),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "text", "autofocus": True}),
    )

    def clean_code(self):
        return "".join(self.cleaned_data["code"].split())
