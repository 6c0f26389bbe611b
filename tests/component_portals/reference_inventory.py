"""Every reference field of every admin form: discovered from the page types, snippets and settings that are
registered, so that a new chooser or foreign key shows up here without anyone listing it."""

from django.forms import ModelChoiceField
from wagtail.admin.panels import get_edit_handler
from wagtail.blocks import BlockField, ChooserBlock, RichTextBlock, StreamBlock
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.documents.models import AbstractDocument
from wagtail.fields import RichTextField
from wagtail.images.models import AbstractImage
from wagtail.models import Page, get_page_models
from wagtail.snippets.models import get_snippet_models


def admin_form_classes():
    """{model: its admin form class} for every page type, snippet and setting."""
    forms = {model: model.get_edit_handler().get_form_class() for model in get_page_models() if model is not Page}
    for model in list(get_snippet_models()) + list(settings_registry):
        forms[model] = get_edit_handler(model).get_form_class()
    return forms


def kind_of(model):
    if issubclass(model, Page):
        return "page"
    if issubclass(model, AbstractImage):
        return "image"
    if issubclass(model, AbstractDocument):
        return "document"
    return f"snippet:{model._meta.label}"


def raw_reference(block, kind, pk):
    """Raw StreamField data that refers to object `pk` of `kind` through `block`, or None if it cannot."""
    if isinstance(block, ChooserBlock):
        return pk if kind_of(block.model_class) == kind else None
    if isinstance(block, RichTextBlock):
        linktype = {"page": "page", "document": "document"}.get(kind)
        return f'<p><a linktype="{linktype}" id="{pk}">lien ket</a></p>' if linktype else None
    if hasattr(block, "child_block"):
        child = raw_reference(block.child_block, kind, pk)
        return None if child is None else [child]
    for name, child_block in getattr(block, "child_blocks", {}).items():
        child = raw_reference(child_block, kind, pk)
        if child is None:
            continue
        if isinstance(block, StreamBlock):
            return [{"type": name, "value": child}]
        return {name: child}
    return None


def block_kinds(block):
    if isinstance(block, ChooserBlock):
        return {kind_of(block.model_class)}
    if isinstance(block, RichTextBlock):
        return {"rich_text"}
    kinds = set()
    for child in getattr(block, "child_blocks", {}).values():
        kinds |= block_kinds(child)
    if hasattr(block, "child_block"):
        kinds |= block_kinds(block.child_block)
    return kinds


PAGE_FIELDS = {field.name for field in Page._meta.get_fields()}  # Wagtail's own (owner, locale, ...)


def form_reference_kinds(form_class, model):
    found = {}
    for name, field in form_class.base_fields.items():
        if issubclass(model, Page) and name in PAGE_FIELDS:
            continue
        model_field = next((f for f in model._meta.get_fields() if f.name == name), None)
        if isinstance(field, ModelChoiceField):
            found[name] = {kind_of(field.queryset.model)}
        elif isinstance(field, BlockField):
            found[name] = block_kinds(field.block)
        elif isinstance(model_field, RichTextField):
            found[name] = {"rich_text"}
    return {name: kinds for name, kinds in found.items() if kinds}


def discovered_references():
    """{"app.Model.field" (or "app.Model.relation.field" for inline panels): {kinds of reference}}."""
    references = {}
    for model, form_class in admin_form_classes().items():
        for name, kinds in form_reference_kinds(form_class, model).items():
            references[f"{model._meta.label}.{name}"] = kinds
        for relation, formset in getattr(form_class, "formsets", {}).items():
            child_model = formset.model
            for name, kinds in form_reference_kinds(formset.form, child_model).items():
                references[f"{model._meta.label}.{relation}.{name}"] = kinds
    return references
