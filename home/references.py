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

from collections import defaultdict

from django.core.exceptions import FieldDoesNotExist
from django.forms import ModelChoiceField, ModelMultipleChoiceField
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.blocks import StreamBlockValidationError
from wagtail.fields import StreamField

CHOOSABLE_HOOK = "filter_choosable_objects"


def choosable(queryset, user, *, public_reference=False):
    """`queryset` narrowed to what `user` may choose. `public_reference`: the field only cites the object
    (a «văn bản liên quan»), so published objects of other portals may be chosen too."""
    for narrow in hooks.get_hooks(CHOOSABLE_HOOK):
        queryset = narrow(queryset, user, public_reference=public_reference)
    return queryset


def field_references(form, name, value):
    """(model, pk) of every object that the value of the form field `name` refers to."""
    field = form.fields[name]
    if isinstance(field, ModelMultipleChoiceField):
        return [(field.queryset.model, item.pk) for item in value or ()]
    if isinstance(field, ModelChoiceField):
        return [(field.queryset.model, value.pk)] if value is not None else []
    try:
        model_field = form._meta.model._meta.get_field(name)
    except FieldDoesNotExist:
        return []
    if value is None or not hasattr(model_field, "extract_references"):
        return []
    return [(model, str(pk)) for model, pk, _path, _content_path in model_field.extract_references(value)]


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


def check_form_references(form, user):
    """Add a field error to `form` for every reference `user` may not choose; True when there is none."""
    refused = defaultdict(list)
    public_fields = getattr(form, "public_reference_fields", ())
    for name in list(form.fields):
        if name not in form.cleaned_data:
            continue
        wanted = set(field_references(form, name, form.cleaned_data[name])) - existing_references(form, name)
        by_model = defaultdict(set)
        for model, pk in wanted:
            by_model[model].add(pk)
        for model, pks in by_model.items():
            allowed_qs = choosable(model._default_manager.filter(pk__in=pks), user,
                                   public_reference=name in public_fields)
            allowed = {str(pk) for pk in allowed_qs.values_list("pk", flat=True)}
            refused[name] += [(model, pk) for pk in pks if str(pk) not in allowed]
    for name, items in refused.items():
        if items:
            form.add_error(name, refusal_error(form, name, items))
    return not any(refused.values())


def refusal_error(form, name, items):
    labels = ", ".join(sorted(f"{model._meta.verbose_name} #{pk}" for model, pk in items))
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
