"""How a legal document refers to the documents of its own and of other portals.

- «Văn bản được thay thế» (`replaces`): only documents of the same portal; replacing one ends its force.
- «Văn bản liên quan» (`related_documents`): a plain citation of a published document of any portal; it never
  changes the cited document's status.
- «Đề nghị thay thế văn bản của cổng khác» (`replacement_proposals`): replacing another portal's document is
  a request. Publishing the document files one `ReplacementRequest` per proposed document for the editorial
  board; only an approved request makes the other document «Hết hiệu lực», and the request, the approval or
  the refusal are written in the history of both documents.
"""

from django.conf import settings
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log
from wagtail.models import Page

from component_portals.models import ComponentPortal
from home.forms import VietnameseOrderIterator
from home.references import PortalAdminPageForm

REQUESTED_ACTION = "decree.replacement_requested"
APPROVED_ACTION = "decree.replacement_approved"
REJECTED_ACTION = "decree.replacement_rejected"
ROOT_LENGTH = Page.steplen * 2


def portal_names_by_root_path():
    """{path of a portal's home page in any language: portal name}, in two queries."""
    names = dict(ComponentPortal.objects.exclude(root_page=None).values_list("root_page__translation_key", "name"))
    homes = Page.objects.filter(depth=2, translation_key__in=names).values_list("path", "translation_key")
    return {path: names[key] for path, key in homes}


class LegalDocumentPageForm(PortalAdminPageForm):
    """The three lists of other documents, among published documents of the same language (plus whatever the
    document already refers to), labelled with number, issuer and portal; a document never refers to itself."""

    public_reference_fields = ("related_documents", "replacement_proposals")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        model = self._meta.model
        parent = getattr(self, "parent_page", None)
        page_path = self.instance.path or (parent.path if parent is not None else "")
        locale_id = self.instance.locale_id or getattr(parent, "locale_id", None)
        own_root = page_path[:ROOT_LENGTH]
        portal_names = portal_names_by_root_path()
        if "legal_fields" in self.fields:
            legal_fields = self.fields["legal_fields"]
            legal_fields.iterator = VietnameseOrderIterator
            legal_fields.queryset = legal_fields.queryset  # the widget takes its options from the new iterator
        for name in ("replaces", "related_documents", "replacement_proposals"):
            field = self.fields.get(name)
            if field is None:
                continue
            current = [document.pk for document in getattr(self.instance, name).all()]
            choices = model.objects.filter(Q(live=True) | Q(pk__in=current)).select_related("issuer")
            if locale_id:
                choices = choices.filter(locale_id=locale_id)
            if self.instance.pk:
                choices = choices.exclude(pk=self.instance.pk)
            if name == "replaces":
                choices = choices.filter(path__startswith=own_root)
                field.error_messages["invalid_choice"] = _(
                    "Chỉ được thay thế văn bản của cổng mình. Để thay thế văn bản của cổng khác, hãy chọn nó ở "
                    "«Đề nghị thay thế văn bản của cổng khác»: Ban biên tập sẽ xem xét."
                )
            elif name == "replacement_proposals":
                choices = choices.exclude(path__startswith=own_root)
            field.queryset = choices.order_by("-issue_date", "number")
            field.label_from_instance = lambda document: choice_label(document, portal_names)


def choice_label(document, portal_names):
    """«15/2024/QĐ-UBND – UBND tỉnh – Cổng tỉnh: title», so documents of different portals can be told apart."""
    portal = portal_names.get(document.path[:ROOT_LENGTH], "")
    return " – ".join(filter(None, (document.number, str(document.issuer), portal))) + f": {document.title}"


class ReplacementStatus(models.TextChoices):
    PROPOSED = "proposed", _("Chờ Ban biên tập duyệt")
    APPROVED = "approved", _("Đã duyệt")
    REJECTED = "rejected", _("Không duyệt")


class ReplacementRequest(models.Model):
    """A portal's document proposes to replace a document of another portal; the editorial board decides."""

    replacing = models.ForeignKey(
        "decree.LegalDocumentPage", verbose_name=_("văn bản thay thế"), on_delete=models.CASCADE,
        related_name="replacement_requests",
    )
    replaced = models.ForeignKey(
        "decree.LegalDocumentPage", verbose_name=_("văn bản đề nghị được thay thế"), on_delete=models.CASCADE,
        related_name="replacement_requests_received",
    )
    status = models.CharField(
        _("trạng thái"), max_length=16, choices=ReplacementStatus.choices, default=ReplacementStatus.PROPOSED,
        db_index=True,
    )
    requested_at = models.DateTimeField(_("ngày đề nghị"), auto_now_add=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người đề nghị"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    decided_at = models.DateTimeField(_("ngày quyết định"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người quyết định"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )

    class Meta:
        verbose_name = _("đề nghị thay thế văn bản của cổng khác")
        verbose_name_plural = _("đề nghị thay thế văn bản của cổng khác")
        ordering = ["-requested_at"]
        constraints = [
            models.UniqueConstraint(fields=["replacing", "replaced"], name="unique_replacement_request"),
        ]

    def __str__(self):
        return f"{self.replacing.number} → {self.replaced.number}"


def log_on_both(request, action, user):
    data = {"replacing": request.replacing.number, "replaced": request.replaced.number}
    for document in (request.replacing, request.replaced):
        log(instance=document, action=action, user=user, data=data)


def file_requests(document, user):
    """After `document` is published: one request per proposed document not yet asked for; proposals taken
    back before the board decided are withdrawn."""
    proposed = {other.pk: other for other in document.replacement_proposals.all()}
    existing = ReplacementRequest.objects.filter(replacing=document)
    existing.filter(status=ReplacementStatus.PROPOSED).exclude(replaced__in=list(proposed)).delete()
    asked = set(existing.values_list("replaced_id", flat=True))
    for pk, other in proposed.items():
        if pk not in asked:
            request = ReplacementRequest.objects.create(replacing=document, replaced=other, requested_by=user)
            log_on_both(request, REQUESTED_ACTION, user)


def documents_around(document):
    """The published documents shown on `document`'s page, in one query: those it replaces (`replaced`), those
    that replace it, by its own portal or by an approved request (`replacing`), and those it cites or that
    cite it (`related`, its own citations first). Choices held in memory (a preview) are used as they are."""
    model = type(document)
    replaces, cites = model.replaces.through.objects, model.related_documents.through.objects
    documents = []
    if document.pk:
        approved = ReplacementRequest.objects.filter(replaced=document.pk, status=ReplacementStatus.APPROVED)
        outward = {"from_legaldocumentpage": document.pk, "to_legaldocumentpage": OuterRef("pk")}
        inward = {"from_legaldocumentpage": OuterRef("pk"), "to_legaldocumentpage": document.pk}
        documents = list(
            model.objects.live()
            .filter(
                Q(pk__in=replaces.filter(from_legaldocumentpage=document.pk).values("to_legaldocumentpage"))
                | Q(pk__in=replaces.filter(to_legaldocumentpage=document.pk).values("from_legaldocumentpage"))
                | Q(pk__in=approved.values("replacing"))
                | Q(pk__in=cites.filter(from_legaldocumentpage=document.pk).values("to_legaldocumentpage"))
                | Q(pk__in=cites.filter(to_legaldocumentpage=document.pk).values("from_legaldocumentpage"))
            )
            .annotate(
                replaced_here=Exists(replaces.filter(**outward)),
                replaces_this=Exists(replaces.filter(**inward)) | Exists(approved.filter(replacing=OuterRef("pk"))),
                cited_here=Exists(cites.filter(**outward)),
                cites_this=Exists(cites.filter(**inward)),
            )
            .order_by("-issue_date", "pk")
        )
    in_memory = getattr(document, "_cluster_related_objects", {})
    if "replaces" in in_memory or not document.pk:
        replaced = [doc for doc in document.replaces.all() if doc.live]
    else:
        replaced = [doc for doc in documents if doc.replaced_here]
    if "related_documents" in in_memory or not document.pk:
        cited = [doc for doc in document.related_documents.all() if doc.live]
    else:
        cited = [doc for doc in documents if doc.cited_here]
    seen = {doc.pk for doc in cited}
    return {
        "replaced": replaced,
        "replacing": [doc for doc in documents if doc.replaces_this],
        "related": cited + [doc for doc in documents if doc.cites_this and doc.pk not in seen],
    }
