"""Admin of the legal-document catalogues (types, issuers, fields): one "Danh mục văn bản" menu for the
editorial board. Registered from decree.document_catalogue through a dotted path so that these admin classes load
only once the snippets app is ready."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .document_catalogue import DocumentType, Issuer, LegalField


class DocumentTypeViewSet(SnippetViewSet):
    model = DocumentType
    icon = "doc-full"
    menu_label = _("Hình thức văn bản")
    list_display = ["name", "abbreviation", "sort_order"]
    search_fields = ["name", "abbreviation"]
    search_backend_name = None
    ordering = ["sort_order", "name"]


class IssuerViewSet(SnippetViewSet):
    model = Issuer
    icon = "group"
    menu_label = _("Cơ quan ban hành")
    list_display = ["name", "sort_order"]
    search_fields = ["name"]
    search_backend_name = None
    ordering = ["sort_order", "name"]


class LegalFieldViewSet(SnippetViewSet):
    model = LegalField
    icon = "tag"
    menu_label = _("Lĩnh vực văn bản")
    list_display = ["name"]
    search_fields = ["name"]
    search_backend_name = None
    ordering = ["name"]


class LegalCatalogueViewSetGroup(SnippetViewSetGroup):
    items = (DocumentTypeViewSet, IssuerViewSet, LegalFieldViewSet)
    menu_label = _("Danh mục văn bản")
    menu_icon = "doc-full-inverse"
    menu_name = "legal-catalogues"
    menu_order = 250
