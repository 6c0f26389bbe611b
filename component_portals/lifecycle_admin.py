"""The superuser's admin screens to merge, rename, archive and restore a portal: each shows the plan first and
changes nothing until confirmed; the services (merge.py, lifecycle.py) do the work, as for the commands."""

from django import forms
from django.conf import settings
from django.shortcuts import get_object_or_404, redirect
from django.urls import include, path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.db import transaction
from django.views.generic import TemplateView, View
from wagtail import hooks
from wagtail.admin import messages

from home.text import vietnamese_sort_key

from .admin_views import PortalAdminMixin
from .lifecycle import LifecycleError, archive_portal, plan_rename, rename_portal, restore_portal
from .merge import merge_portals, plan_merge
from .merge_tasks import queue_merge, run_merge_job
from .models import ComponentPortal, MergeJobStatus, PortalMergeJob

# Merges of more pages than this run in the background (setting PORTAL_MERGE_INLINE_PAGES).
MERGE_INLINE_PAGES = 2000


class MergeForm(forms.Form):
    into = forms.ChoiceField(label=gettext_lazy("Hợp nhất vào cổng"))

    def __init__(self, portal, *args, **kwargs):
        super().__init__(*args, **kwargs)
        targets = sorted(ComponentPortal.objects.active().exclude(pk=portal.pk), key=lambda p: vietnamese_sort_key(p.name))
        self.fields["into"].choices = [(target.slug, f"{target.name} ({target.slug})") for target in targets]


class RenameForm(forms.Form):
    name = forms.CharField(label=gettext_lazy("Tên cơ quan"), max_length=255)
    hostname = forms.CharField(label=gettext_lazy("Tên miền"), max_length=255)
    new_slug = forms.CharField(label=gettext_lazy("Mã cổng"), max_length=63)


class LifecycleView(PortalAdminMixin, TemplateView):
    """GET: the form; POST: the plan (preview); POST with `confirm`: carry it out."""

    template_name = "component_portals/admin/lifecycle.html"
    form_class = None

    def dispatch(self, request, *args, **kwargs):
        self.portal = get_object_or_404(ComponentPortal.objects.select_related("site"), slug=kwargs["slug"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.portal.name

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("component_portals_admin:index"), "label": self.index_label},
            {"url": "", "label": f"{self.page_title}: {self.portal.name}"},
        ]

    def make_form(self, data=None):
        return self.form_class(data=data) if self.form_class else None

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data(form=self.make_form()))

    def post(self, request, *args, **kwargs):
        form = self.make_form(request.POST)
        if form is not None and not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        values = form.cleaned_data if form is not None else {}
        try:
            if "confirm" in request.POST:
                message = self.execute(values)
                messages.success(request, message)
                return redirect("component_portals_admin:index")
            preview = self.preview(values)
        except LifecycleError as error:
            return self.render_to_response(self.get_context_data(form=form, errors=error.messages), status=400)
        return self.render_to_response(self.get_context_data(form=form, confirming=True, **preview))


class MergeView(LifecycleView):
    page_title = gettext_lazy("Hợp nhất cổng")

    def make_form(self, data=None):
        return MergeForm(self.portal, data=data)

    def preview(self, values):
        plan = plan_merge([self.portal.slug], values["into"])
        if plan.errors:
            raise LifecycleError(plan.errors)
        return {"plan": plan}

    def execute(self, values):
        plan = plan_merge([self.portal.slug], values["into"])
        if plan.errors:
            raise LifecycleError(plan.errors)
        if len(plan.pages) > getattr(settings, "PORTAL_MERGE_INLINE_PAGES", MERGE_INLINE_PAGES):
            queue_merge([self.portal.slug], values["into"], self.request.user)
            return _("Việc hợp nhất «%(source)s» vào «%(target)s» (%(count)s trang) đã được đưa vào hàng đợi; tiến độ "
                     "hiển thị trong danh sách cổng.") % {"source": self.portal.name, "target": plan.target.name,
                                                          "count": len(plan.pages)}
        plan = merge_portals([self.portal.slug], values["into"], user=self.request.user)
        if plan.nothing_to_do:
            return _("Cổng «%(name)s» đã được hợp nhất từ trước: không có gì thay đổi.") % {"name": self.portal.name}
        return _("Đã hợp nhất «%(source)s» vào «%(target)s»; các địa chỉ cũ chuyển hướng 301.") % {
            "source": self.portal.name, "target": plan.target.name}


class RenameView(LifecycleView):
    page_title = gettext_lazy("Đổi tên, địa chỉ cổng")
    form_class = RenameForm

    def make_form(self, data=None):
        initial = {"name": self.portal.name, "hostname": self.portal.hostname, "new_slug": self.portal.slug}
        return RenameForm(data=data, initial=initial)

    def arguments(self, values):
        return {"name": values["name"], "hostname": values["hostname"], "new_slug": values["new_slug"]}

    def preview(self, values):
        _portal, changes = plan_rename(self.portal.slug, **self.arguments(values))
        return {"changes": changes.values()}

    def execute(self, values):
        portal, _changes = rename_portal(self.portal.slug, user=self.request.user, **self.arguments(values))
        return _("Đã cập nhật cổng «%(name)s».") % {"name": portal.name}


class ArchiveView(LifecycleView):
    page_title = gettext_lazy("Lưu trữ cổng")

    def preview(self, values):
        return {"archive": True}

    def execute(self, values):
        portal, _changed = archive_portal(self.portal.slug, user=self.request.user)
        return _("Đã lưu trữ cổng «%(name)s».") % {"name": portal.name}


class RestoreView(LifecycleView):
    page_title = gettext_lazy("Khôi phục cổng")

    def preview(self, values):
        return {"restore": True}

    def execute(self, values):
        portal, _changed = restore_portal(self.portal.slug, user=self.request.user)
        return _("Đã khôi phục cổng «%(name)s».") % {"name": portal.name}


class RetryMergeJobView(PortalAdminMixin, View):
    """Queue a failed merge again: it changed nothing, and the merge is idempotent."""

    def post(self, request, pk):
        job = get_object_or_404(PortalMergeJob, pk=pk, status=MergeJobStatus.FAILED)
        PortalMergeJob.objects.filter(pk=job.pk).update(status=MergeJobStatus.QUEUED, error="")
        transaction.on_commit(lambda: run_merge_job.enqueue(job.pk))
        messages.success(request, _("Đã đưa lại việc hợp nhất vào hàng đợi."))
        return redirect("component_portals_admin:index")


@hooks.register("register_admin_urls")
def register_lifecycle_urls():
    views = (("merge", MergeView), ("rename", RenameView), ("archive", ArchiveView), ("restore", RestoreView))
    return [
        path("component-portals/<slug:slug>/", include((
            [path(f"{name}/", view.as_view(), name=name) for name, view in views], "component_portals_lifecycle",
        ))),
        path("component-portals/merge-jobs/<int:pk>/retry/", RetryMergeJobView.as_view(),
             name="component_portals_merge_job_retry"),
    ]
