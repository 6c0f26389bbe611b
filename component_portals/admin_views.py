"""The superuser-only admin area that lists portals and creates them."""

from django import forms
from django.db.models import Case, IntegerField, Value, When
from django.shortcuts import redirect
from django.urls import include, path, reverse, reverse_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import AdminOnlyMenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import HeaderButton

from home.text import vietnamese_sort_key

from .forms import PortalForm
from .merge_tasks import job_progress
from .models import ComponentPortal, MergeJobStatus, PortalKind, PortalMergeJob
from .provisioning import provision_portal
from .roles import RoleRequiredMixin

MERGE_JOBS_SHOWN = 10
KIND_ORDER = Case(
    *(When(kind=kind, then=Value(position)) for position, kind in enumerate(PortalKind.values)),
    default=Value(len(PortalKind.values)),
    output_field=IntegerField(),
)


def portals_in_order(portals=None):
    """Every portal (or those of `portals`), the province first, then departments, districts and communes,
    each by name in Vietnamese order."""
    portals = (ComponentPortal.objects.all() if portals is None else portals).select_related("site", "parent", "successor")
    return sorted(portals.annotate(kind_rank=KIND_ORDER),
                  key=lambda portal: (portal.kind_rank, vietnamese_sort_key(portal.name), portal.slug))


class AdminPortalForm(PortalForm):
    """PortalForm with the parent offered as a list of active portals; validation stays in PortalForm."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        choices = [("", _("— Cổng tỉnh (mặc định cho cổng không phải cấp tỉnh) —"))]
        choices += [
            (portal.slug, f"{portal.name} ({portal.slug})")
            for portal in portals_in_order(ComponentPortal.objects.active())
        ]
        submitted = self.data.get(self.add_prefix("parent"), "").strip() if self.is_bound else ""
        if submitted and submitted not in {value for value, _label in choices}:
            # Keep what was sent (an archived or unknown portal) so it shows, selected, next to its error.
            choices.append((submitted, submitted))
        # A CharField with a select, not a ChoiceField: an unknown slug must reach PortalForm.clean_parent
        # and get its message, not Django's generic "invalid choice".
        self.fields["parent"].widget = forms.Select(choices=choices)
        self.fields["parent"].label = _("Cổng cấp trên")


class SuperuserRequiredMixin(RoleRequiredMixin):
    """Only the platform admin (a superuser) creates and changes portals."""

    def allows(self, user):
        return user.is_superuser


class PortalAdminMixin(SuperuserRequiredMixin, WagtailAdminTemplateMixin):
    header_icon = "site"
    index_label = gettext_lazy("Cổng thành phần")


class PortalIndexView(PortalAdminMixin, TemplateView):
    template_name = "component_portals/admin/index.html"
    page_title = gettext_lazy("Cổng thành phần")

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.index_label}]

    def get_header_buttons(self):
        return [HeaderButton(_("Tạo cổng mới"), url=reverse("component_portals_admin:create"), icon_name="plus")]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["portals"] = portals_in_order()
        context["merge_jobs"] = list(PortalMergeJob.objects.order_by("-created_at")[:MERGE_JOBS_SHOWN])
        for job in context["merge_jobs"]:
            job.progress = job_progress(job) if job.status == MergeJobStatus.RUNNING else None
        return context


class PortalCreateView(PortalAdminMixin, FormView):
    template_name = "component_portals/admin/create.html"
    form_class = AdminPortalForm
    page_title = gettext_lazy("Tạo cổng thành phần")
    success_url = reverse_lazy("component_portals_admin:index")

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("component_portals_admin:index"), "label": self.index_label},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["action_url"] = reverse("component_portals_admin:create")
        context["submit_button_label"] = _("Tạo cổng")
        context["submit_button_active_label"] = _("Đang tạo cổng…")
        return context

    def form_valid(self, form):
        portal = provision_portal(**form.cleaned_data)
        messages.success(
            self.request,
            _("Đã tạo cổng «%(name)s» tại %(url)s.") % {"name": portal.name, "url": portal.site.root_url},
            buttons=[messages.button(portal.site.root_url + "/", _("Xem cổng"), new_window=True)],
        )
        return redirect(self.get_success_url())

    def form_invalid(self, form):
        messages.validation_error(self.request, _("Chưa tạo được cổng: hãy sửa các lỗi bên dưới."), form)
        return super().form_invalid(form)


@hooks.register("register_admin_urls")
def register_portal_admin_urls():
    return [
        path(
            "component-portals/",
            include(
                (
                    [
                        path("", PortalIndexView.as_view(), name="index"),
                        path("create/", PortalCreateView.as_view(), name="create"),
                    ],
                    "component_portals_admin",
                )
            ),
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_portal_menu_item():
    return AdminOnlyMenuItem(
        gettext_lazy("Cổng thành phần"),
        reverse("component_portals_admin:index"),
        name="component-portals",
        icon_name="site",
        order=10100,
    )
