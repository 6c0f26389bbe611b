"""The oversight screens' forms: the scorecard filters and the freshness rules."""

import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from component_portals.models import PortalKind

from .scorecard import default_period

EARLIEST_REPORT_DATE = datetime.date(2000, 1, 1)


class FilterForm(forms.Form):
    """The scorecard's filters. Dates outside [01/01/2000, today] are refused with a message: the scorecard
    cannot see the future, and such bounds would overflow the database's date arithmetic."""

    loai = forms.ChoiceField(
        label=gettext_lazy("Loại cổng"), required=False,
        choices=[("", gettext_lazy("Tất cả"))] + list(PortalKind.choices),
        error_messages={"invalid_choice": gettext_lazy("Loại cổng «%(value)s» không tồn tại.")},
    )
    tu = forms.DateField(
        label=gettext_lazy("Từ ngày"), required=False, input_formats=["%Y-%m-%d", "%d/%m/%Y"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": gettext_lazy("Ngày bắt đầu không hợp lệ (định dạng dd/mm/yyyy).")},
    )
    den = forms.DateField(
        label=gettext_lazy("Đến ngày"), required=False, input_formats=["%Y-%m-%d", "%d/%m/%Y"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": gettext_lazy("Ngày kết thúc không hợp lệ (định dạng dd/mm/yyyy).")},
    )

    def _check_bounds(self, name):
        value, today = self.cleaned_data.get(name), timezone.localdate()
        if value is not None and value < EARLIEST_REPORT_DATE:
            raise forms.ValidationError(
                _("Ngày không được trước %(date)s.") % {"date": f"{EARLIEST_REPORT_DATE:%d/%m/%Y}"}, code="min_value"
            )
        if value is not None and value > today:
            raise forms.ValidationError(
                _("Ngày không được sau hôm nay (%(date)s).") % {"date": f"{today:%d/%m/%Y}"}, code="max_value"
            )
        return value

    def clean_tu(self):
        return self._check_bounds("tu")

    def clean_den(self):
        return self._check_bounds("den")

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        cleaned["den"] = cleaned.get("den") or timezone.localdate()
        cleaned["tu"] = cleaned.get("tu") or default_period(cleaned["den"])[0]
        if cleaned["den"] < cleaned["tu"]:
            raise forms.ValidationError(_("Kỳ báo cáo không hợp lệ: ngày kết thúc phải sau hoặc trùng ngày bắt đầu."))
        return cleaned

    def clean_defaults(self):
        start, end = default_period()
        return {"loai": "", "tu": start, "den": end}


class RuleForm(forms.Form):
    max_age_days = forms.IntegerField(
        label=gettext_lazy("Số ngày tối đa"), min_value=1,
        error_messages={"min_value": gettext_lazy("Số ngày phải lớn hơn 0."),
                        "invalid": gettext_lazy("Hãy nhập một số nguyên.")},
    )
    due_soon_days = forms.IntegerField(
        label=gettext_lazy("Báo trước (ngày)"), min_value=0,
        error_messages={"min_value": gettext_lazy("Số ngày không được âm."),
                        "invalid": gettext_lazy("Hãy nhập một số nguyên.")},
    )
    deadline_working_days = forms.IntegerField(
        label=gettext_lazy("Thời hạn (ngày làm việc)"), min_value=0, required=False,
        error_messages={"min_value": gettext_lazy("Số ngày không được âm."),
                        "invalid": gettext_lazy("Hãy nhập một số nguyên.")},
    )

    def clean(self):
        cleaned = super().clean()
        max_age, soon = cleaned.get("max_age_days"), cleaned.get("due_soon_days")
        if max_age is not None and soon is not None and soon >= max_age:
            self.add_error("due_soon_days", _("Số ngày báo trước phải nhỏ hơn số ngày tối đa."))
        return cleaned
