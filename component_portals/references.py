"""What a user may choose from another object: the one rule behind the server-side reference check of every
admin form (home/references.py), the chooser listings and the admin API.

- Pages: the pages the user may edit, that is their own portal's pages in every language (the board's: all).
  A field that only cites («văn bản liên quan») may also point to any published page.
- Images and documents: those in a collection where the user has the «choose» permission, that is their own
  portal's collection (the board's: every collection).
- Everything else (the shared legal catalogues of the board): any.
The monitor may choose nothing: it edits nothing.
"""

import re

from django.core.exceptions import PermissionDenied
from wagtail import hooks
from wagtail.admin.views.workflows import TaskChooserResultsView, TaskChooserView
from wagtail.documents import get_document_model
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images import get_image_model
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.models import Page, Workflow
from wagtail.permissions import policy_registry

from home.references import CHOOSABLE_HOOK

FILE_MODELS = (get_image_model(), get_document_model())


def choosable_pages(pages, user, public_reference=False):
    editable = policy_registry.get_by_type(Page).instances_user_has_any_permission_for(user, ["change"])
    if public_reference:
        return pages.filter(pk__in=editable.values("pk")) | pages.filter(live=True)
    return pages.filter(pk__in=editable.values("pk"))


def choosable_files(files, user):
    policy = policy_registry.get_by_type(files.model)
    return files.filter(pk__in=policy.instances_user_has_any_permission_for(user, ["choose"]).values("pk"))


@hooks.register(CHOOSABLE_HOOK)
def keep_choosable(queryset, user, public_reference=False):
    if issubclass(queryset.model, Page):
        return choosable_pages(queryset, user, public_reference)
    if issubclass(queryset.model, FILE_MODELS):
        return choosable_files(queryset, user)
    return queryset


# --- the same rule on every listing that offers objects to choose -------------------------------------------


@hooks.register("construct_page_chooser_queryset")
def page_chooser_lists_choosable_pages(pages, request):
    """The page chooser (browse and search) and the move view's destinations: the user's own portal."""
    return choosable_pages(pages, request.user)


@hooks.register("construct_image_chooser_queryset")
def image_chooser_lists_choosable_images(images, request):
    return choosable_files(images, request.user)


@hooks.register("construct_document_chooser_queryset")
def document_chooser_lists_choosable_documents(documents, request):
    return choosable_files(documents, request.user)


class FindByValidId:
    """Wagtail's `find/?id=` passes the value to the database as it is: one that is no ID is not found (404),
    not a server error."""

    def find_object(self, queryset, request):
        if "id" in request.GET and not re.fullmatch(r"[0-9]{1,18}", request.GET["id"]):
            return None
        return super().find_object(queryset, request)


class ChoosableImagesAPIViewSet(FindByValidId, ImagesAdminAPIViewSet):
    def get_queryset(self):
        return choosable_files(super().get_queryset(), self.request.user)


class ChoosableDocumentsAPIViewSet(FindByValidId, DocumentsAdminAPIViewSet):
    def get_queryset(self):
        return choosable_files(super().get_queryset(), self.request.user)


# order=1: after Wagtail's images and documents apps register their endpoints, which these replace (the
# pages endpoint already lists only the pages the user may explore).
@hooks.register("construct_admin_api", order=1)
def register_filtered_admin_api(router):
    router.register_endpoint("images", ChoosableImagesAPIViewSet)
    router.register_endpoint("documents", ChoosableDocumentsAPIViewSet)


class WorkflowEditorsOnly:
    """Wagtail's workflow task chooser checks no permission and lists the tasks of every portal: it serves
    only people who may add or change workflows (superusers)."""

    def dispatch(self, request, *args, **kwargs):
        if not policy_registry.get_by_type(Workflow).user_has_any_permission(request.user, ["add", "change"]):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class CheckedTaskChooserView(WorkflowEditorsOnly, TaskChooserView):
    pass


class CheckedTaskChooserResultsView(WorkflowEditorsOnly, TaskChooserResultsView):
    pass

