"""Admin views of the oversight dashboard (registered through oversight/wagtail_hooks.py)."""

import datetime

from django.core.exceptions import PermissionDenied
from django.core.validators import slug_re
from django.db.models import Count
from django.db.models.functions import TruncMonth
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import include, path, reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from component_portals.models import ComponentPortal
from decree.categories import CATEGORIES, CATEGORY_BY_KEY

from component_portals.roles import is_board, portals_for, sees_all_portals
from . import exports
from .board import BoardQueueView
from .charts import bar_chart, trend_chart
from .forms import FilterForm, RuleForm
from .history import score_trend
from .access import can_view_oversight
from .rules import FreshnessRule, rules_in_force
from .scorecard import CHECKS, PORTAL_PREFIX, build_scorecard, edit_url
from .tables import detail_header, ranking_header, ranking_row

def not_found(request, message):
    return TemplateResponse(
        request, "oversight/not_found.html",
        {"page_title": _("Không tìm thấy"), "header_title": _("Không tìm thấy"), "header_icon": "warning",
         "breadcrumbs_items": [], "message": message},
        status=404,
    )


class OversightMixin(WagtailAdminTemplateMixin):
    header_icon = "table"
    index_label = gettext_lazy("Giám sát cổng thành phần")

    def dispatch(self, request, *args, **kwargs):
        if not can_view_oversight(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        items = self.breadcrumbs_items + [{"url": reverse("oversight:index"), "label": self.index_label}]
        if self.page_title != self.index_label:
            items.append({"url": "", "label": self.page_title})
        return items


class ScorecardView(OversightMixin, TemplateView):
    template_name = "oversight/scorecard.html"
    page_title = gettext_lazy("Giám sát cổng thành phần")
    export = None

    def get(self, request, *args, **kwargs):
        form = FilterForm(request.GET or None)
        if request.GET and not form.is_valid():
            context = self.get_context_data(form=form, rows=None)
            return self.render_to_response(context, status=400)
        params = form.cleaned_data if form.is_bound else form.clean_defaults()
        rows = build_scorecard(
            portals=portals_for(request.user), kind=params.get("loai") or None,
            start=params["tu"], end=params["den"], today=params["den"],
        )
        stamp = f"{params['tu']:%Y%m%d}-{params['den']:%Y%m%d}"
        if self.export == "csv":
            return exports.ranking_csv(rows, f"bang-diem-{stamp}.csv")
        if self.export == "csv_detail":
            return exports.detail_csv(rows, f"bang-diem-chi-tiet-{stamp}.csv")
        if self.export == "csv_problems":
            return exports.problems_csv(rows, f"trang-thieu-thong-tin-{stamp}.csv")
        if self.export == "xlsx":
            return exports.xlsx_response(exports.scorecard_workbook(rows), f"bang-diem-{stamp}.xlsx")
        return self.render_to_response(self.get_context_data(form=form, rows=rows, params=params))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        rows = kwargs.get("rows")
        context["sees_all"] = sees_all_portals(self.request.user)
        context["can_edit_rules"] = is_board(self.request.user)
        if rows is not None:
            used = {cell.category.key for row in rows for cell in row.cells}
            categories = [category for category in CATEGORIES if category.key in used]
            query = urlencode({key: self.request.GET[key] for key in ("loai", "tu", "den") if self.request.GET.get(key)})
            context.update(
                ranking_header=ranking_header(),
                ranking=[(row, list(zip(ranking_header(), ranking_row(row), strict=True))) for row in rows],
                detail_header=detail_header(),
                categories=categories,
                matrix=[
                    (row, [{cell.category.key: cell for cell in row.cells}.get(c.key) for c in categories])
                    for row in rows
                ],
                chart=bar_chart(_("Điểm của các cổng thành phần"), [(row.portal.name, row.score) for row in rows], 100),
                trend=trend_chart(
                    _("Xu hướng điểm trung bình của các cổng"),
                    score_trend([row.portal for row in rows], today=kwargs["params"]["den"]),
                ),
                query=query,
                checks=CHECKS,
            )
        return context


class PortalDetailView(OversightMixin, TemplateView):
    """One portal: its categories and the offending pages, with links to edit them."""

    template_name = "oversight/portal.html"

    def get(self, request, slug, category=None):
        portal = ComponentPortal.objects.filter(slug=slug).first()
        if portal is None:
            return not_found(request, _("Không có cổng thông tin «%(slug)s».") % {"slug": slug})
        if category is not None and category not in CATEGORY_BY_KEY:
            return not_found(request, _("Không có chuyên mục «%(key)s».") % {"key": category})
        if not portals_for(request.user).filter(pk=portal.pk).exists():
            raise PermissionDenied
        form = FilterForm(request.GET or None)
        if request.GET and not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form, portal=portal, row=None), status=400)
        params = form.cleaned_data if form.is_bound else form.clean_defaults()
        rows = build_scorecard(
            portals=ComponentPortal.objects.filter(pk=portal.pk), start=params["tu"], end=params["den"],
            today=params["den"],
        )
        row = rows[0] if rows else None
        self.page_title = portal.name
        return self.render_to_response(self.get_context_data(
            form=form, portal=portal, row=row, category=category, report_year=params["den"].year, as_of=params["den"],
        ))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        row, category = kwargs.get("row"), kwargs.get("category")
        if row is not None:
            portal = kwargs["portal"]
            # Edit links only for who may edit the portal's pages (its agency, the board), never the monitor.
            can_edit = portal.root_page.permissions_for_user(self.request.user).can_edit()
            cells = [cell for cell in row.cells if category is None or cell.category.key == category]
            context["cells"] = [
                (cell, edit_url(cell.section_id) if can_edit and cell.section_id else "") for cell in cells
            ]
            context["problems"] = [
                (CHECKS[key], [(title, edit_url(page_id) if can_edit else "") for page_id, title in row.problems.get(key, [])])
                for key in CHECKS if row.problems.get(key)
            ]
            context["can_edit"] = can_edit
            context["detail_header"] = detail_header()
            context["monthly_chart"] = self.monthly_chart(portal)
            context["trend"] = trend_chart(_("Xu hướng điểm của cổng"), score_trend([portal], today=kwargs["as_of"]))
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
    """The yearly report (under Decree 42/2022/NĐ-CP; Decree 43/2011 Điều 30 set the date, 1 December) of one
    portal (?cong=slug) or of the whole province."""

    def get(self, request, year):
        today = timezone.localdate()
        if not 2000 <= year <= today.year:
            return not_found(request, _("Năm báo cáo %(year)s không hợp lệ.") % {"year": year})
        portals = portals_for(request.user)
        slug = request.GET.get("cong")
        title = _("Báo cáo năm %(year)s về hoạt động cung cấp thông tin trên cổng thông tin điện tử") % {"year": year}
        if slug:
            # Not a slug (a null character, say): no portal, asked before PostgreSQL refuses the value.
            portal = ComponentPortal.objects.filter(slug=slug).first() if slug_re.match(slug) else None
            if portal is None:
                return not_found(request, _("Không có cổng thông tin «%(slug)s».") % {"slug": slug})
            if not portals.filter(pk=portal.pk).exists():
                raise PermissionDenied
            portals = ComponentPortal.objects.filter(pk=portal.pk)
            scope = portal.name
        else:
            if not sees_all_portals(request.user):
                raise PermissionDenied
            scope = _("Toàn tỉnh")
        start, end = datetime.date(year, 1, 1), min(datetime.date(year, 12, 31), today)
        rows = build_scorecard(portals=portals, start=start, end=end, today=end)
        lines = [
            title, scope,
            _("Kỳ báo cáo: từ %(start)s đến %(end)s") % {"start": f"{start:%d/%m/%Y}", "end": f"{end:%d/%m/%Y}"},
            _("Căn cứ: Nghị định 42/2022/NĐ-CP ngày 24/06/2022 của Chính phủ quy định việc cung cấp thông tin và "
              "dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng"),
            _("Kỳ báo cáo trước ngày 01 tháng 12 theo Nghị định 43/2011/NĐ-CP Điều 30 (đã được thay thế từ "
              "15/08/2022), giữ để so sánh với các năm trước"),
            _("Điểm = 70 × độ cập nhật + 20 × độ đầy đủ + 10 × trả lời đúng hạn"),
        ]
        name = f"bao-cao-nam-{year}-{slug or 'toan-tinh'}.xlsx"
        return exports.xlsx_response(exports.scorecard_workbook(rows, title_lines=lines), name)


class RulesView(OversightMixin, TemplateView):
    """The board edits the freshness rule of every category on one screen."""

    template_name = "oversight/rules.html"
    page_title = gettext_lazy("Quy tắc cập nhật thông tin")

    def dispatch(self, request, *args, **kwargs):
        if not is_board(request.user):
            raise PermissionDenied
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
        path("xuat-chi-tiet.csv", ScorecardView.as_view(export="csv_detail"), name="export_detail_csv"),
        path("xuat-thieu-sot.csv", ScorecardView.as_view(export="csv_problems"), name="export_problems_csv"),
        path("xuat.xlsx", ScorecardView.as_view(export="xlsx"), name="export_xlsx"),
        path("bao-cao-nam/<int:year>.xlsx", YearlyReportView.as_view(), name="yearly_report"),
        path("quy-tac/", RulesView.as_view(), name="rules"),
        path("ban-bien-tap/", BoardQueueView.as_view(), name="board_queue"),
        path("cong/<slug:slug>/", PortalDetailView.as_view(), name="portal"),
        path("cong/<slug:slug>/<slug:category>/", PortalDetailView.as_view(), name="portal_category"),
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
