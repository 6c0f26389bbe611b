"""The datasets as JSON, on Wagtail's API v2: one PagesAPIViewSet per dataset, routed by a WagtailAPIRouter
(`/du-lieu-mo/<dataset>/`, one item at `<dataset>/<id>/`), serialized by v2's page serializer with the dataset's
fields as APIFields (`fields=` chooses them, as in v2).

What v2 cannot express is replaced, not bent: v2's filters (`field=value`, `order`, `search`) and its limit/offset
pages would answer differently from the public pages, so a dataset reads the public section's own parameters
strictly (400 with a message), lists what the section lists in the section's order (datasets.py), and pages with
`trang` at the section's page size. On the provincial portal a dataset spans every active portal (`cong`).
"""

from django.http import Http404
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from rest_framework import status
from rest_framework.fields import Field
from rest_framework.pagination import BasePagination
from rest_framework.response import Response
from wagtail.api import APIField
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.models import Page

from .datasets import DATASETS, DOCUMENTS
from .params import BadParameter, choice, integer, read_params, text
from .views import PAGE_SIZE, Scope, open_data_view, paginate, portal_info, register_documents


class DatasetField(Field):
    """A field of a dataset, computed from the page by the dataset's function (datasets.py)."""

    def __init__(self, read):
        super().__init__(source="*", read_only=True)
        self.read = read

    def to_representation(self, page):
        return self.read(self.context["request"], page)


class SectionPagination(BasePagination):
    """Pages numbered by `trang` at the public section's size; a page past the end is a bad request."""

    def paginate_queryset(self, queryset, request, view=None):
        self.view = view
        page, self.meta = paginate(request, queryset, view.params.get("trang", 1), view.page_size)
        return list(page.object_list)

    def get_paginated_response(self, data):
        return Response({**self.view.answer_header(), **self.meta, "results": data})


class DatasetAPIViewSet(PagesAPIViewSet):
    dataset = None  # set on subclass
    pagination_class = SectionPagination
    filter_backends = []
    body_fields = ["id"]
    meta_fields = ["type", "detail_url", "html_url", "locale"]
    detail_only_fields = []

    @classmethod
    def get_body_fields(cls, model):
        return cls._convert_api_fields(
            cls.body_fields
            + [APIField(name, serializer=DatasetField(read)) for name, read in cls.dataset.fields.items()]
        )

    @classmethod
    def get_listing_default_fields(cls, model):
        return cls.get_available_fields(model)

    @cached_property
    def scope(self):
        return Scope(self.request)

    @cached_property
    def page_size(self):
        return getattr(self.dataset.section_model, "items_per_page", PAGE_SIZE)

    def portal_parameter(self):
        if not self.scope.province_wide:
            return {}
        return {self.dataset.portal_parameter: choice(sorted(self.scope.portals))}

    def sections(self, slug=None):
        """The public sections this dataset lists, in the active language."""
        dataset = self.dataset
        if dataset.province_wide_section:  # the requesting portal's own section
            home = self.scope.portal.root_page.get_translation_or_none(self.scope.locale) if self.scope.portal else None
            roots = [home] if home else []
        else:
            roots = self.scope.roots(slug)
        sections = dataset.section_model.objects.live().public().filter(locale=self.scope.locale)
        if dataset.section_key:
            sections = sections.filter(category_key=dataset.section_key, depth=3)
        under = [root.path for root in roots]
        return [section for section in sections.order_by("path") if section.path[: Page.steplen * 2] in under]

    def check_query_parameters(self, queryset):
        common = {"trang": integer(), "fields": text(500)}
        if self.dataset.slug == DOCUMENTS:  # the register reads its own filters
            self.documents, self.params, self.page_size = register_documents(self.request, self.scope, common)
        else:
            self.params = read_params(self.request, {**common, **self.dataset.readers, **self.portal_parameter()})

    def get_queryset(self):
        """Every item in scope (the detail view looks items up here), before the section's filters."""
        if self.dataset.province_wide_section:
            sections = self.sections()
            portals = sections[0].province_wide_scope(self.request)[1] if sections else []
            return sections[0].items_of(self.dataset.model, self.request, portals) if sections else (
                self.dataset.model.objects.none())
        items = self.dataset.model.objects.none()
        for section in self.sections():
            items |= self.dataset.model.objects.live().public().descendant_of(section)
        return items

    def listing(self):
        if self.dataset.slug == DOCUMENTS:
            return self.documents
        items = self.dataset.listing(self.request, self.sections(self.params.get("cong")))
        if hasattr(items, "select_related"):
            items = items.select_related(*self.dataset.related).prefetch_related(*self.dataset.prefetch)
        return items

    def listing_view(self, request):
        self.check_query_parameters(None)
        page = self.paginate_queryset(self.listing())
        return self.get_paginated_response(self.get_serializer(page, many=True).data)

    def detail_view(self, request, pk):
        read_params(request, {"fields": text(500)})
        return super().detail_view(request, pk)

    def answer_header(self):
        return {"dataset": self.dataset.slug, "title": str(self.dataset.title), "language": get_language(),
                "portal": portal_info(self.scope)}

    def handle_exception(self, exc):
        if isinstance(exc, (BadParameter, BadRequestError)):
            return Response({"error": str(exc)}, status=status.HTTP_400_BAD_REQUEST)
        if isinstance(exc, Http404):
            return Response({"error": _("Không tìm thấy mục này trong tập dữ liệu.")}, status=status.HTTP_404_NOT_FOUND)
        return super().handle_exception(exc)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        response["Access-Control-Allow-Origin"] = "*"
        return response

    @classmethod
    def get_urlpatterns(cls):
        patterns = super().get_urlpatterns()
        for pattern in patterns:
            pattern.callback = open_data_view(pattern.callback)
        return patterns


router = WagtailAPIRouter("opendata:api")
for _slug, _dataset in DATASETS.items():
    router.register_endpoint(_slug, type(f"{_dataset.model.__name__}APIViewSet", (DatasetAPIViewSet,),
                                         {"dataset": _dataset, "model": _dataset.model, "name": _slug}))
