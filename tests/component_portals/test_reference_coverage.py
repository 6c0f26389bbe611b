"""Every chooser and foreign key of every page type, snippet and setting is checked on the server, and the
data-level matrix (test_reference_matrix.py) covers its kind.

The inventory below is compared with what the registered admin forms really contain (reference_inventory.py
discovers it): a new page type, snippet, setting, inline panel, block or foreign key that refers to something
makes `test_the_inventory_is_complete` fail until it is listed here, and a reference of a kind the matrix
does not test (a new snippet model, for instance) fails `test_the_matrix_covers_every_kind`. Each listed
field is then tried with another portal's object through its real admin form class.
"""

import uuid

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.forms import ModelMultipleChoiceField
from wagtail.blocks import BlockField
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from decree.documents import LegalDocumentPage
from home.references import ReferenceCheckedForm, check_form_references
from tests.component_portals.reference_inventory import (
    admin_form_classes,
    discovered_references,
    raw_reference,
)
from tests.component_portals.permission_scenario import PNG
from tests.factories import add_legal_document, add_standard_page, make_user

# The board's shared catalogues: no portal owns them, every editor chooses among them.
SHARED_CATALOGUES = {"snippet:decree.DocumentType", "snippet:decree.Issuer", "snippet:decree.LegalField"}
MATRIX_KINDS = {"page", "image", "document", "rich_text"} | SHARED_CATALOGUES

INVENTORY = {
    "decree.ArticlePage.attachments": {"document"},
    "decree.ArticlePage.body": {"document", "image", "page", "rich_text"},
    "decree.ArticlePage.image": {"image"},
    "decree.ConsultationPage.attachments": {"document"},
    "decree.ConsultationPage.body": {"document", "image", "page", "rich_text"},
    "decree.FinancialReportPage.attachments": {"document"},
    "decree.FinancialReportPage.body": {"document", "image", "page", "rich_text"},
    "decree.GazetteIssuePage.entries.document": {"page"},
    "decree.GazetteIssuePage.pdf": {"document"},
    "decree.IntroductionPage.boundary_map": {"image"},
    "decree.IntroductionPage.culture_heritage": {"rich_text"},
    "decree.IntroductionPage.functions": {"rich_text"},
    "decree.IntroductionPage.geography": {"rich_text"},
    "decree.IntroductionPage.history": {"rich_text"},
    "decree.IntroductionPage.leaders.biography": {"rich_text"},
    "decree.IntroductionPage.leaders.duties": {"rich_text"},
    "decree.IntroductionPage.leaders.photo": {"image"},
    "decree.IntroductionPage.local_history": {"rich_text"},
    "decree.IntroductionPage.org_chart": {"image"},
    "decree.LegalDocumentPage.attachments": {"document"},
    "decree.LegalDocumentPage.document_type": {"snippet:decree.DocumentType"},
    "decree.LegalDocumentPage.issuer": {"snippet:decree.Issuer"},
    "decree.LegalDocumentPage.legal_fields": {"snippet:decree.LegalField"},
    "decree.LegalDocumentPage.related_documents": {"page"},
    "decree.LegalDocumentPage.replacement_proposals": {"page"},
    "decree.LegalDocumentPage.replaces": {"page"},
    "decree.ConsultationPage.report_files": {"document"},
    "decree.NoticePage.attachments": {"document"},
    "decree.PlanPage.attachments": {"document"},
    "decree.PlanPage.body": {"document", "image", "page", "rich_text"},
    "decree.ProjectPage.attachments": {"document"},
    "decree.ProjectPage.body": {"document", "image", "page", "rich_text"},
    "decree.PublicServicePage.attachments": {"document"},
    "decree.ScienceTopicPage.attachments": {"document"},
    "decree.ScienceTopicPage.results": {"rich_text"},
    "decree.StatisticsPage.analysis": {"document", "image", "page", "rich_text"},
    "decree.StatisticsPage.attachments": {"document"},
    "decree.StatisticsPage.methodology": {"rich_text"},
    "decree.WeeklySchedulePage.attachments": {"document"},
    "home.HomePage.body": {"document", "image", "page", "rich_text"},
    "home.HomePage.layout": {"image"},
    "home.PortalSettings.logo": {"image"},
    "home.StandardPage.body": {"document", "image", "page", "rich_text"},
}


def test_every_admin_form_checks_its_references():
    for model, form_class in admin_form_classes().items():
        assert issubclass(form_class, ReferenceCheckedForm), f"{model._meta.label} bypasses home/references.py"


def test_the_inventory_is_complete():
    discovered = discovered_references()
    assert set(discovered) - set(INVENTORY) == set(), "new reference fields: list them and check the matrix"
    assert set(INVENTORY) - set(discovered) == set(), "references that no longer exist: remove them"
    assert discovered == INVENTORY


def test_the_matrix_covers_every_kind():
    for name, kinds in discovered_references().items():
        assert kinds <= MATRIX_KINDS, f"{name}: {kinds - MATRIX_KINDS} is not in the data-level matrix"


CASES = sorted(
    (name, kind) for name, kinds in INVENTORY.items() for kind in kinds - SHARED_CATALOGUES
)


def target_of(kind, field_model, portal):
    suffix = uuid.uuid4().hex[:6]
    if kind == "image":
        return get_image_model().objects.create(
            title=f"Anh {suffix}", collection=portal.collection, file=SimpleUploadedFile("a.png", PNG)
        )
    if kind in ("document", "rich_text"):
        return get_document_model().objects.create(
            title=f"Tep {suffix}", collection=portal.collection, file=SimpleUploadedFile("t.txt", b"x")
        )
    if field_model is not None and issubclass(field_model, LegalDocumentPage):
        return add_legal_document(portal, f"{suffix}/2025", publish=False)
    return add_standard_page(portal.root_page, title=f"Ban nhap {suffix}", publish=False, live=False)


def form_for(name, user, portal):
    """The real admin form (or inline child form) holding the field `name` ("app.Model[.relation].field")."""
    parts = name.split(".")
    label, path = ".".join(parts[:2]), parts[2:]
    forms = admin_form_classes()
    model = next(model for model in forms if model._meta.label == label)
    form_class = forms[model]
    kwargs = {"for_user": user}
    if hasattr(model, "path"):  # a page type
        kwargs["parent_page"] = portal.root_page
    if len(path) == 2:
        formset = form_class.formsets[path[0]]
        return formset.form(instance=formset.model()), path[1]
    return form_class(instance=model(), **kwargs), path[0]


def value_for(form, field_name, kind, target):
    field = form.fields[field_name]
    if isinstance(field, ModelMultipleChoiceField):
        return [target]
    if isinstance(field, BlockField):
        raw_kind = "document" if kind == "rich_text" else kind
        blocks = field.block
        raw = raw_reference(blocks, raw_kind, target.pk) if kind != "rich_text" else rich_text_raw(blocks, target.pk)
        return blocks.to_python(raw)
    if kind == "rich_text":
        return f'<p><a linktype="document" id="{target.pk}">tep</a></p>'
    return target


def rich_text_raw(stream_block, pk):
    name = next(name for name, block in stream_block.child_blocks.items() if block.__class__.__name__ == "RichTextBlock")
    return [{"type": name, "value": f'<p><a linktype="document" id="{pk}">tep</a></p>'}]


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "kind"), CASES, ids=[f"{name}-{kind}" for name, kind in CASES])
@pytest.mark.parametrize("owner", ["own", "other"])
def test_every_reference_field_refuses_another_portals_object(name, kind, owner, portal_a, portal_b, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    approver = make_user("approver", portal_a)
    form, field_name = form_for(name, approver, portal_a)
    field_model = getattr(form.fields[field_name], "queryset", None)
    target = target_of(kind, field_model.model if field_model is not None else None, portal_a if owner == "own" else portal_b)
    form.cleaned_data = {field_name: value_for(form, field_name, kind, target)}
    accepted = check_form_references(form, approver)
    assert accepted is (owner == "own")
    assert (field_name in form.errors) is (owner == "other")
    if owner == "other":
        error = form.errors.as_data()[field_name][0]
        messages = [str(message) for message in getattr(error, "non_block_errors", [])] + list(error)
        assert any(message.startswith("Không được chọn") for message in messages)
