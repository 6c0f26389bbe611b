"""One server-side check for every reference an admin form saves.

Every chooser and foreign key of every page type, snippet and setting reaches the database through a
Wagtail admin form; the forms of this project derive from `ReferenceCheckedForm` (pages through BasePage,
settings and snippets through their `base_form_class`). When such a form is validated, every object it
refers to is collected in one walk: model choice fields (foreign keys, many-to-many), StreamField blocks
(image, document, page and snippet choosers, and links inside rich text) and rich-text fields, in the form
and in its inline formsets. Each must be among the objects the user may choose; anything else gets a
Vietnamese field error and nothing is saved.

Which objects a user may choose is not decided here (home imports no other app of ours): the
`filter_choosable_objects` hook narrows a queryset of any model to what a user may choose, and the chooser
listings of the admin apply the same hook (component_portals/references.py). References the object already
had when the form was opened are kept, so that a page the board filled can still be edited by its portal.
"""

import json
from collections import defaultdict

from django.core.exceptions import FieldDoesNotExist
from django.forms import ModelChoiceField, ModelMultipleChoiceField
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.blocks import StreamBlockValidationError
from wagtail.documents.models import AbstractDocument
from wagtail.fields import StreamField
from wagtail.images.models import AbstractImage
from wagtail.models import Page

CHOOSABLE_HOOK = "filter_choosable_objects"


def choosable(queryset, user, *, public_reference=False):
    """`queryset` narrowed to what `user` may choose. `public_reference`: the field only cites the object
    (a «văn bản liên quan»), so published objects of other portals may be chosen too."""
    for narrow in hooks.get_hooks(CHOOSABLE_HOOK):
        queryset = narrow(queryset, user, public_reference=public_reference)
    return queryset


def model_field(form, name):
    try:
        return form._meta.model._meta.get_field(name)
    except FieldDoesNotExist:
        return None


def field_references(form, name, value, with_paths=False):
    """(model, pk) of every object that the value of the form field `name` refers to; with `with_paths`,
    (model, pk, content path) where the content path leads to the block inside a StreamField."""
    field = form.fields[name]
    if isinstance(field, ModelMultipleChoiceField):
        found = [(field.queryset.model, item.pk, "") for item in value or ()]
    elif isinstance(field, ModelChoiceField):
        found = [(field.queryset.model, value.pk, "")] if value is not None else []
    elif value is not None and hasattr(model_field(form, name), "extract_references"):
        found = [(model, str(pk), path) for model, pk, _model_path, path in model_field(form, name).extract_references(value)]
    else:
        found = []
    return found if with_paths else [(model, pk) for model, pk, _path in found]


def existing_references(form, name):
    """The references the saved object already holds in field `name` (kept even if no longer choosable)."""
    instance = form.instance
    if instance.pk is None or not hasattr(instance, name):
        return set()
    value = getattr(instance, name)
    field = form.fields[name]
    if isinstance(field, ModelMultipleChoiceField):
        return {(field.queryset.model, item.pk) for item in value.all()}
    if isinstance(field, ModelChoiceField):
        pk = getattr(instance, f"{name}_id", None)
        return {(field.queryset.model, pk)} if pk is not None else set()
    return {(model, str(pk)) for model, pk in field_references(form, name, value)}


def remember_references(form):
    form.references_before = {name: existing_references(form, name) for name in form.fields}


def check_form_references(form, user):
    """Add a field error to `form` for every reference `user` may not choose; True when there is none."""
    refused = defaultdict(list)
    public_fields = getattr(form, "public_reference_fields", ())
    for name in list(form.fields):
        if name not in form.cleaned_data:
            continue
        before = getattr(form, "references_before", {}).get(name, set())
        wanted = [
            reference for reference in field_references(form, name, form.cleaned_data[name], with_paths=True)
            if reference[:2] not in before
        ]
        by_model = defaultdict(set)
        for model, pk, _path in wanted:
            by_model[model].add(str(pk))
        for model, pks in by_model.items():
            allowed_qs = choosable(model._default_manager.filter(pk__in=pks), user,
                                   public_reference=name in public_fields)
            allowed = {str(pk) for pk in allowed_qs.values_list("pk", flat=True)}
            refused[name] += [reference for reference in wanted if reference[0] is model and str(reference[1]) not in allowed]
    for name, items in refused.items():
        if items:
            value = form.cleaned_data[name]
            form.add_error(name, refusal_error(form, name, items))
            forget_refused(form, name, value, items)
    return not any(refused.values())


def forget_refused(form, name, value, items):
    """Take the refused objects out of what the form shows again, so that posting an ID never reveals the
    title, address or preview of an object the user may not see; everything else typed stays."""
    data = form.data
    mutable, data._mutable = getattr(data, "_mutable", True), True
    try:
        field = form.fields[name]
        key = form.add_prefix(name)
        refused_pks = {str(pk) for _model, pk, _path in items}
        if isinstance(field, ModelMultipleChoiceField):
            data.setlist(key, [pk for pk in data.getlist(key) if pk not in refused_pks])
        elif isinstance(field, ModelChoiceField):
            data[key] = ""
        else:
            for _model, pk, path in items:
                forget_in_content(form, name, value, key, path, str(pk))
    finally:
        data._mutable = mutable


def forget_in_content(form, name, value, key, path, pk):
    """Blank a chooser holding `pk` under the form key `key` (a StreamField's blocks, posted one key per
    input), and unlink it from rich text (posted as Draftail content state) without touching the text."""
    data = form.data
    last = (path or "").rsplit(".", 1)[-1]
    for data_key in [data_key for data_key in data if data_key == key or data_key.startswith(f"{key}-")]:
        posted = data[data_key]
        if posted == pk and (data_key.endswith(f"-{last}") or data_key.endswith("-value")):
            data[data_key] = ""
        elif '"entityMap"' in posted:
            data[data_key] = unlink_entities(posted, pk)


def unlink_entities(content_state, pk):
    """The Draftail content state without links to, or embeds of, the object `pk`; the text is kept."""
    try:
        state = json.loads(content_state)
    except ValueError:
        return content_state
    entities = state.get("entityMap", {})
    dropped = {key for key, entity in entities.items() if str(entity.get("data", {}).get("id")) == pk}
    for key in dropped:
        del entities[key]
    for block in state.get("blocks", []):
        block["entityRanges"] = [item for item in block.get("entityRanges", []) if str(item.get("key")) not in dropped]
    return json.dumps(state)


def kind_label(model):
    if issubclass(model, Page):
        return _("trang")
    if issubclass(model, AbstractImage):
        return _("ảnh")
    if issubclass(model, AbstractDocument):
        return _("tệp")
    return model._meta.verbose_name


def refusal_error(form, name, items):
    labels = ", ".join(sorted(f"{kind_label(model)} #{pk}" for model, pk, _path in items))
    message = _(
        "Không được chọn %(objects)s: đối tượng này thuộc cổng khác hoặc bạn không có quyền sử dụng. "
        "Hãy chọn một đối tượng của cổng mình."
    ) % {"objects": labels}
    if _is_stream_field(form, name):
        return StreamBlockValidationError(non_block_errors=[message])
    return message


def _is_stream_field(form, name):
    try:
        return isinstance(form._meta.model._meta.get_field(name), StreamField)
    except FieldDoesNotExist:
        return False


class ReferenceCheckedForm:
    """Mixed into every admin form of the project: refuses references the user may not choose, in the form
    and in each of its inline formsets (InlinePanel children)."""

    public_reference_fields = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.is_bound and self.for_user is not None:
            # before validation writes the submitted values into the instance
            remember_references(self)
            for formset in getattr(self, "formsets", {}).values():
                for child in formset.forms:
                    remember_references(child)

    def is_valid(self):
        valid = super().is_valid()
        if self.for_user is None or getattr(self, "references_checked", False):
            return valid and not self.errors
        self.references_checked = True
        references_valid = check_form_references(self, self.for_user) if hasattr(self, "cleaned_data") else True
        for formset in getattr(self, "formsets", {}).values():
            for child in formset.forms:
                if hasattr(child, "cleaned_data") and not child.cleaned_data.get("DELETE"):
                    references_valid &= check_form_references(child, self.for_user)
        return valid and references_valid


class PortalAdminModelForm(ReferenceCheckedForm, WagtailAdminModelForm):
    """The admin form of settings and snippets."""


class PortalAdminPageForm(ReferenceCheckedForm, WagtailAdminPageForm):
    """The admin form of every page type (BasePage.base_form_class)."""
