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
from wagtail_localize.views.submit_translations import SubmitPageTranslationView
from wagtail_localize.views.update_translations import UpdateTranslationsView


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


# order=-1: before wagtail-localize registers its own views at these addresses, so these answer them.
@hooks.register("register_admin_urls", order=-1)
def register_checked_translation_views():
    return [
        path("localize/submit/page/<int:page_id>/", PortalSubmitPageTranslationView.as_view(),
             name="portal_submit_page_translation"),
        path("localize/update/<int:translation_source_id>/", PortalUpdateTranslationsView.as_view(),
             name="portal_update_translations"),
    ]
