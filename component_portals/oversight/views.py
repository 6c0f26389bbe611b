"""Admin views of the oversight dashboard (registered through component_portals/wagtail_hooks.py)."""

import datetime

from django import forms
from django.db.models import Count
from django.db.models.functions import TruncMonth
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import include, path, reverse
from django.utils import formats, timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from decree.categories import CATEGORIES, CATEGORY_BY_KEY

from ..models import ComponentPortal, PortalKind
from . import exports
from .board import BoardQueueView, is_board
from .history import score_trend
from .access import can_edit_rules, can_view_oversight, sees_all_portals, visible_portals
from .rules import FreshnessRule, rules_in_force
from .scorecard import (
    CHECKS, PORTAL_PREFIX, PeriodError, build_scorecard, default_period, detail_header, edit_url, ranking_header,
    ranking_row,
)

CHART_WIDTH, BAR_HEIGHT, LABEL_WIDTH = 640, 22, 260


class FilterForm(forms.Form):
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

    def clean(self):
        cleaned = super().clean()
        start, end = default_period()
        cleaned["tu"] = cleaned.get("tu") or start
        cleaned["den"] = cleaned.get("den") or end
        if cleaned["den"] < cleaned["tu"]:
            raise forms.ValidationError(_("Kỳ báo cáo không hợp lệ: ngày kết thúc phải sau hoặc trùng ngày bắt đầu."))
        return cleaned


def forbidden(request):
    return TemplateResponse(
        request, "component_portals/admin/forbidden.html",
        {"page_title": _("Không có quyền truy cập"), "header_title": _("Không có quyền truy cập"),
         "header_icon": "warning", "breadcrumbs_items": []},
        status=403,
    )


def not_found(request, message):
    return TemplateResponse(
        request, "component_portals/oversight/not_found.html",
        {"page_title": _("Không tìm thấy"), "header_title": _("Không tìm thấy"), "header_icon": "warning",
         "breadcrumbs_items": [], "message": message},
        status=404,
    )


def bar_chart(title, items, maximum=None):
    """An accessible horizontal bar chart: [(label, value)] -> data for the inline SVG template."""
    maximum = maximum or max([value for _label, value in items] + [1])
    bars = []
    for index, (label, value) in enumerate(items):
        bars.append({
            "label": label, "value": value, "y": index * BAR_HEIGHT, "text_y": index * BAR_HEIGHT + 15,
            "width": round((CHART_WIDTH - LABEL_WIDTH - 60) * value / maximum, 1),
            "value_x": LABEL_WIDTH + round((CHART_WIDTH - LABEL_WIDTH - 60) * value / maximum, 1) + 4,
        })
    return {"title": title, "bars": bars, "width": CHART_WIDTH, "height": max(1, len(bars)) * BAR_HEIGHT,
            "label_width": LABEL_WIDTH, "label_header": _("Mục"), "value_header": _("Giá trị"), "rows": items}


TREND_HEIGHT, TREND_PADDING = 200, 36


def trend_chart(title, points):
    """An accessible line chart of scores (0-100) over time: [(day, score)] -> data for the inline SVG
    template; the x axis is proportional to the dates, so gaps between recordings show as gaps."""
    if not points:
        return {"title": title, "points": []}
    first, last = points[0][0], points[-1][0]
    span = max((last - first).days, 1)
    plot_width, plot_height = CHART_WIDTH - 2 * TREND_PADDING, TREND_HEIGHT - 2 * TREND_PADDING
    drawn = [
        {
            "day": day, "score": score,
            "x": round(TREND_PADDING + plot_width * (day - first).days / span, 1),
            "y": round(TREND_PADDING + plot_height * (100 - score) / 100, 1),
        }
        for day, score in points
    ]
    return {
        "title": title, "points": drawn, "width": CHART_WIDTH, "height": TREND_HEIGHT,
        "polyline": " ".join(f"{point['x']},{point['y']}" for point in drawn),
        "left": TREND_PADDING, "right": CHART_WIDTH - TREND_PADDING,
        "top": TREND_PADDING, "bottom": TREND_HEIGHT - TREND_PADDING, "middle": TREND_PADDING + plot_height / 2,
        "first": first, "last": last,
        "label_header": _("Ngày"), "value_header": _("Điểm"),
        "rows": [(formats.date_format(day, "d/m/Y"), score) for day, score in points],
    }


class OversightMixin(WagtailAdminTemplateMixin):
    header_icon = "table"
    index_label = gettext_lazy("Giám sát cổng thành phần")

    def dispatch(self, request, *args, **kwargs):
        if not can_view_oversight(request.user):
            return forbidden(request)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        items = self.breadcrumbs_items + [{"url": reverse("oversight:index"), "label": self.index_label}]
        if self.page_title != self.index_label:
            items.append({"url": "", "label": self.page_title})
        return items


class ScorecardView(OversightMixin, TemplateView):
    template_name = "component_portals/oversight/scorecard.html"
    page_title = gettext_lazy("Giám sát cổng thành phần")
    export = None

    def get(self, request, *args, **kwargs):
        form = FilterForm(request.GET or None)
        if request.GET and not form.is_valid():
            context = self.get_context_data(form=form, rows=None)
            return self.render_to_response(context, status=400)
        params = form.cleaned_data if form.is_bound else form.clean_defaults()
        try:
            rows = build_scorecard(
                portals=visible_portals(request.user), kind=params.get("loai") or None,
                start=params["tu"], end=params["den"],
            )
        except PeriodError as error:  # defensive: the form already checks the period
            form.add_error(None, str(error))
            return self.render_to_response(self.get_context_data(form=form, rows=None), status=400)
        stamp = f"{params['tu']:%Y%m%d}-{params['den']:%Y%m%d}"
        if self.export == "csv":
            return exports.scorecard_csv(rows, f"bang-diem-{stamp}.csv")
        if self.export == "xlsx":
            return exports.xlsx_response(exports.scorecard_workbook(rows), f"bang-diem-{stamp}.xlsx")
        return self.render_to_response(self.get_context_data(form=form, rows=rows, params=params))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        rows = kwargs.get("rows")
        context["sees_all"] = sees_all_portals(self.request.user)
        context["can_edit_rules"] = can_edit_rules(self.request.user)
        if rows is not None:
            used = {cell.category.key for row in rows for cell in row.cells}
            categories = [category for category in CATEGORIES if category.key in used]
            query = urlencode({key: self.request.GET[key] for key in ("loai", "tu", "den") if self.request.GET.get(key)})
            context.update(
                ranking_header=ranking_header(),
                ranking=[(row, ranking_row(row)) for row in rows],
                detail_header=detail_header(),
                categories=categories,
                matrix=[
                    (row, [{cell.category.key: cell for cell in row.cells}.get(c.key) for c in categories])
                    for row in rows
                ],
                chart=bar_chart(_("Điểm của các cổng thành phần"), [(row.portal.name, row.score) for row in rows], 100),
                trend=trend_chart(
                    _("Xu hướng điểm trung bình của các cổng"), score_trend(visible_portals(self.request.user))
                ),
                query=query,
                checks=CHECKS,
            )
        return context


def _clean_defaults(self):
    start, end = default_period()
    return {"loai": "", "tu": start, "den": end}


FilterForm.clean_defaults = _clean_defaults


class PortalDetailView(OversightMixin, TemplateView):
    """One portal: its categories and the offending pages, with links to edit them."""

    template_name = "component_portals/oversight/portal.html"

    def get(self, request, slug, category=None):
        portal = ComponentPortal.objects.filter(slug=slug).first()
        if portal is None:
            return not_found(request, _("Không có cổng thông tin «%(slug)s».") % {"slug": slug})
        if category is not None and category not in CATEGORY_BY_KEY:
            return not_found(request, _("Không có chuyên mục «%(key)s».") % {"key": category})
        if not visible_portals(request.user).filter(pk=portal.pk).exists():
            return forbidden(request)
        form = FilterForm(request.GET or None)
        if request.GET and not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form, portal=portal, row=None), status=400)
        params = form.cleaned_data if form.is_bound else form.clean_defaults()
        rows = build_scorecard(
            portals=ComponentPortal.objects.filter(pk=portal.pk), start=params["tu"], end=params["den"]
        )
        row = rows[0] if rows else None
        self.page_title = portal.name
        return self.render_to_response(
            self.get_context_data(form=form, portal=portal, row=row, category=category, report_year=params["den"].year)
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        row, category = kwargs.get("row"), kwargs.get("category")
        if row is not None:
            cells = [cell for cell in row.cells if category is None or cell.category.key == category]
            context["cells"] = [
                (cell, edit_url(cell.section_id) if cell.section_id else "") for cell in cells
            ]
            context["problems"] = [
                (CHECKS[key], [(title, edit_url(page_id)) for page_id, title in row.problems.get(key, [])])
                for key in CHECKS if row.problems.get(key)
            ]
            context["detail_header"] = detail_header()
            context["monthly_chart"] = self.monthly_chart(kwargs["portal"])
            context["trend"] = trend_chart(_("Xu hướng điểm của cổng"), score_trend([kwargs["portal"]]))
        return context

    @staticmethod
    def monthly_chart(portal):
        """Publications per month over the last 12 months (one aggregate query)."""
        today = timezone.localdate()
        first = (today.replace(day=1) - datetime.timedelta(days=335)).replace(day=1)
        counts = {
            values["month"].date() if isinstance(values["month"], datetime.datetime) else values["month"]: values["n"]
            for values in Page.objects.filter(
                path__startswith=portal.root_page.path[:PORTAL_PREFIX], depth__gte=4,
                first_published_at__date__gte=first,
            ).annotate(month=TruncMonth("first_published_at")).values("month").annotate(n=Count("id"))
        }
        months, current = [], first
        while current <= today:
            months.append((current.strftime("%m/%Y"), counts.get(current, 0)))
            current = (current + datetime.timedelta(days=32)).replace(day=1)
        return bar_chart(_("Số tin đăng mỗi tháng"), months)


class YearlyReportView(OversightMixin, TemplateView):
    """The yearly report (Decree 43/2011 Điều 30) of one portal (?cong=slug) or of the whole province."""

    def get(self, request, year):
        today = timezone.localdate()
        if not 2000 <= year <= today.year:
            return not_found(request, _("Năm báo cáo %(year)s không hợp lệ.") % {"year": year})
        portals = visible_portals(request.user)
        slug = request.GET.get("cong")
        title = _("Báo cáo năm %(year)s về hoạt động cung cấp thông tin trên cổng thông tin điện tử") % {"year": year}
        if slug:
            portal = ComponentPortal.objects.filter(slug=slug).first()
            if portal is None:
                return not_found(request, _("Không có cổng thông tin «%(slug)s».") % {"slug": slug})
            if not portals.filter(pk=portal.pk).exists():
                return forbidden(request)
            portals = ComponentPortal.objects.filter(pk=portal.pk)
            scope = portal.name
        else:
            if not sees_all_portals(request.user):
                return forbidden(request)
            scope = _("Toàn tỉnh")
        start, end = datetime.date(year, 1, 1), min(datetime.date(year, 12, 31), today)
        rows = build_scorecard(portals=portals, start=start, end=end, today=end)
        lines = [
            title, scope,
            _("Kỳ báo cáo: từ %(start)s đến %(end)s") % {"start": f"{start:%d/%m/%Y}", "end": f"{end:%d/%m/%Y}"},
            _("Căn cứ: Nghị định 43/2011/NĐ-CP Điều 30 (báo cáo trước ngày 01 tháng 12)"),
            _("Điểm = 70 × độ cập nhật + 20 × độ đầy đủ + 10 × trả lời đúng hạn"),
        ]
        name = f"bao-cao-nam-{year}-{slug or 'toan-tinh'}.xlsx"
        return exports.xlsx_response(exports.scorecard_workbook(rows, title_lines=lines), name)


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


class RulesView(OversightMixin, TemplateView):
    """The board edits the freshness rule of every category on one screen."""

    template_name = "component_portals/oversight/rules.html"
    page_title = gettext_lazy("Quy tắc cập nhật thông tin")

    def dispatch(self, request, *args, **kwargs):
        if not can_edit_rules(request.user):
            return forbidden(request)
        return super().dispatch(request, *args, **kwargs)

    def forms(self, data=None):
        rules = rules_in_force()
        return [
            (CATEGORY_BY_KEY[key], RuleForm(data, prefix=key, initial={
                "max_age_days": rule.max_age_days, "due_soon_days": rule.due_soon_days,
                "deadline_working_days": rule.deadline_working_days,
            }))
            for key, rule in rules.items()
        ]

    def get(self, request):
        return self.render_to_response(self.get_context_data(rule_forms=self.forms()))

    def post(self, request):
        rule_forms = self.forms(request.POST)
        if not all(form.is_valid() for _category, form in rule_forms):
            messages.error(request, _("Chưa lưu được quy tắc: hãy sửa các lỗi bên dưới."))
            return self.render_to_response(self.get_context_data(rule_forms=rule_forms), status=400)
        for category, form in rule_forms:
            FreshnessRule.objects.update_or_create(category_key=category.key, defaults=form.cleaned_data)
        messages.success(request, _("Đã lưu quy tắc cập nhật thông tin."))
        return redirect("oversight:rules")


class OversightMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_oversight(request.user)


@hooks.register("register_admin_urls")
def register_oversight_urls():
    urls = [
        path("", ScorecardView.as_view(), name="index"),
        path("xuat.csv", ScorecardView.as_view(export="csv"), name="export_csv"),
        path("xuat.xlsx", ScorecardView.as_view(export="xlsx"), name="export_xlsx"),
        path("bao-cao-nam/<int:year>.xlsx", YearlyReportView.as_view(), name="yearly_report"),
        path("quy-tac/", RulesView.as_view(), name="rules"),
        path("ban-bien-tap/", BoardQueueView.as_view(), name="board_queue"),
        path("cong/<str:slug>/", PortalDetailView.as_view(), name="portal"),
        path("cong/<str:slug>/<str:category>/", PortalDetailView.as_view(), name="portal_category"),
    ]
    return [path("giam-sat/", include((urls, "oversight")))]


@hooks.register("register_admin_menu_item")
def register_oversight_menu_item():
    return OversightMenuItem(
        gettext_lazy("Giám sát cổng"), reverse("oversight:index"), name="oversight", icon_name="table", order=220
    )



class BoardMenuItem(MenuItem):
    def is_shown(self, request):
        return is_board(request.user)


@hooks.register("register_admin_menu_item")
def register_board_queue_menu_item():
    return BoardMenuItem(
        gettext_lazy("Việc chờ Ban biên tập"), reverse("oversight:board_queue"), name="board-queue",
        icon_name="tasks", order=205,
    )
