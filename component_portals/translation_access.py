"""Keep translation inside each agency's own portal.

wagtail-localize's «Dịch trang» (submit a page for translation) and «Đồng bộ bản dịch» (update translations
from the source) views check only the global `submit_translation` permission, so an agency editor could
translate, and so create and overwrite pages in, another portal. The same two views are registered here
first, at the same admin addresses, with the object check added: the user must be allowed to edit the
source page (or, for a snippet, to change that kind of snippet). The translation editor, stop, preview and
alias views of wagtail-localize already check edit permission on the translated page itself.
"""

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import Http404
from django.urls import path
from wagtail import hooks
from wagtail.models import Page
from wagtail.permissions import policy_registry
from wagtail_localize.views.report import TranslationsReportView
from wagtail_localize.views.submit_translations import SubmitPageTranslationView
from wagtail_localize.views.update_translations import UpdateTranslationsView

from .roles import sees_all_portals


def user_can_edit_source(user, instance):
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    opts = instance._meta
    return user.has_perm(f"{opts.app_label}.change_{opts.model_name}")


class PortalSubmitPageTranslationView(SubmitPageTranslationView):
    def get_object(self):
        page = super().get_object()
        if not user_can_edit_source(self.request.user, page):
            raise PermissionDenied
        return page


class PortalUpdateTranslationsView(UpdateTranslationsView):
    def get_object(self):
        source = super().get_object()
        try:
            instance = source.get_source_instance()
        except ObjectDoesNotExist:
            raise Http404 from None
        if isinstance(instance, Page):
            instance = instance.specific
        if not user_can_edit_source(self.request.user, instance):
            raise PermissionDenied
        return source


class PortalTranslationsReportView(TranslationsReportView):
    """The translations report lists only translations of pages the user may edit (the board: all); a user
    who may edit no page (the monitor) gets no report."""

    def dispatch(self, request, *args, **kwargs):
        self.editable = policy_registry.get_by_type(Page).instances_user_has_any_permission_for(
            request.user, ["change"]
        )
        if not self.editable.exists():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        translations = super().get_queryset()
        user = self.request.user
        if sees_all_portals(user) and self.editable.filter(depth=1).exists():
            return translations
        keys = [str(key) for key in self.editable.values_list("translation_key", flat=True).distinct()]
        return translations.filter(source__object_id__in=keys)


# order=-1: before wagtail-localize registers its own views at these addresses, so these answer them.
@hooks.register("register_admin_urls", order=-1)
def register_checked_translation_views():
    return [
        path("localize/submit/page/<int:page_id>/", PortalSubmitPageTranslationView.as_view(),
             name="portal_submit_page_translation"),
        path("localize/update/<int:translation_source_id>/", PortalUpdateTranslationsView.as_view(),
             name="portal_update_translations"),
        path("localize/reports/translations/", PortalTranslationsReportView.as_view(),
             name="portal_translations_report"),
        path("localize/reports/translations/results/", PortalTranslationsReportView.as_view(results_only=True),
             name="portal_translations_report_results"),
    ]
