"""Legal documents: the searchable register of legal and administrative documents, with types, issuers and
fields as shared snippets managed by the editorial board.

Status rule (relative to `timezone.localdate()`):
- "Hết hiệu lực" when the expiry date has come (the expiry date is the first day the document is no longer
  in force) or when a live document that is itself in force replaces it;
- otherwise "Chưa có hiệu lực" while the effective date is still in the future;
- otherwise "Còn hiệu lực" (from the effective date itself).
"""

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, OuterRef, Q, TextField
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from home.blocks import AttachmentsBlock
from home.chrome import forget_on_change_of, site_cached
from home.listing import TextFilter, id_filter, year_filter
from home.models import BasePage, SectionPage
from home.text import vietnamese_sort_key

from .document_catalogue import DocumentType, Issuer, LegalField
from .document_files import attach_download_files, check_document_files
from .province_wide import ProvinceWideFilter, ProvinceWideSection
from .document_references import LegalDocumentPageForm, ReplacementRequest, ReplacementStatus, documents_around


# --- Legal document pages -------------------------------------------------------------------------------


class DocumentStatus(models.TextChoices):
    NOT_YET_IN_FORCE = "chua-hieu-luc", _("Chưa có hiệu lực")
    IN_FORCE = "con-hieu-luc", _("Còn hiệu lực")
    EXPIRED = "het-hieu-luc", _("Hết hiệu lực")


def in_force_q(today, prefix=""):
    """Documents whose own dates put them in force on `today` (replacement not considered)."""
    return Q(**{f"{prefix}effective_date__lte": today}) & (
        Q(**{f"{prefix}expiry_date__isnull": True}) | Q(**{f"{prefix}expiry_date__gt": today})
    )


class LegalDocumentQuerySet(PageQuerySet):
    """Status filters computed in the database; see the module docstring for the rule."""

    @staticmethod
    def replaced_in_force(today=None):
        """True for a document that a live document in force on `today` replaces: one of its own portal, or
        one of another portal whose request the editorial board approved."""
        today = today or timezone.localdate()
        replacers = LegalDocumentPage.objects.filter(in_force_q(today), replaces=OuterRef("pk"), live=True)
        approved = ReplacementRequest.objects.filter(
            in_force_q(today, prefix="replacing__"), replaced=OuterRef("pk"), replacing__live=True,
            status=ReplacementStatus.APPROVED,
        )
        return Exists(replacers) | Exists(approved)

    def with_status(self, today=None):
        """Annotate what `status` needs so that listing a page of documents adds no query per document."""
        return self.annotate(replaced_in_force_flag=self.replaced_in_force(today))

    def expired(self, today=None):
        today = today or timezone.localdate()
        return self.filter(Q(expiry_date__lte=today) | self.replaced_in_force(today))

    def not_yet_in_force(self, today=None):
        today = today or timezone.localdate()
        return self.filter(effective_date__gt=today).exclude(
            Q(expiry_date__lte=today) | self.replaced_in_force(today)
        )

    def in_force(self, today=None):
        today = today or timezone.localdate()
        return self.filter(in_force_q(today)).exclude(self.replaced_in_force(today))

    def with_document_status(self, status, today=None):
        return {
            DocumentStatus.NOT_YET_IN_FORCE: self.not_yet_in_force,
            DocumentStatus.IN_FORCE: self.in_force,
            DocumentStatus.EXPIRED: self.expired,
        }[status](today)


LegalDocumentManager = PageManager.from_queryset(LegalDocumentQuerySet)


class LegalDocumentPage(BasePage):
    number = models.CharField(
        _("số ký hiệu"), max_length=100, db_index=True, help_text=_("Ví dụ: 15/2024/QĐ-UBND.")
    )
    document_type = models.ForeignKey(
        DocumentType, verbose_name=_("hình thức văn bản"), on_delete=models.PROTECT, related_name="documents"
    )
    issuer = models.ForeignKey(
        Issuer, verbose_name=_("cơ quan ban hành"), on_delete=models.PROTECT, related_name="documents"
    )
    signer = models.CharField(_("người ký"), max_length=255, blank=True, db_index=True)
    signer_position = models.CharField(
        _("chức vụ người ký"), max_length=255, blank=True, help_text=_("Ví dụ: Phó Chủ tịch UBND tỉnh.")
    )
    issue_date = models.DateField(_("ngày ban hành"), db_index=True)
    effective_date = models.DateField(
        _("ngày có hiệu lực"), db_index=True, help_text=_("Văn bản có hiệu lực kể từ ngày này.")
    )
    expiry_date = models.DateField(
        _("ngày hết hiệu lực"), null=True, blank=True, db_index=True,
        help_text=_("Kể từ ngày này văn bản hết hiệu lực. Để trống nếu chưa xác định."),
    )
    summary = models.TextField(_("trích yếu"), help_text=_("Trích yếu nội dung văn bản."))
    legal_fields = ParentalManyToManyField(
        LegalField, verbose_name=_("lĩnh vực"), blank=True, related_name="documents"
    )
    replaces = ParentalManyToManyField(
        "self", verbose_name=_("văn bản được thay thế"), blank=True, symmetrical=False, related_name="replaced_by",
        help_text=_("Các văn bản mà văn bản này thay thế; chúng hết hiệu lực khi văn bản này có hiệu lực."),
    )
    related_documents = ParentalManyToManyField(
        "self", verbose_name=_("văn bản liên quan"), blank=True, symmetrical=False, related_name="related_from",
        help_text=_("Văn bản đã đăng của bất kỳ cổng nào, chỉ để tham chiếu: không thay đổi hiệu lực của văn bản đó."),
    )
    replacement_proposals = ParentalManyToManyField(
        "self", verbose_name=_("đề nghị thay thế văn bản của cổng khác"), blank=True, symmetrical=False,
        related_name="replacement_proposed_by",
        help_text=_("Văn bản của cổng khác mà văn bản này thay thế. Khi văn bản được đăng, đề nghị được gửi Ban "
                    "biên tập; văn bản kia chỉ hết hiệu lực khi Ban biên tập duyệt."),
    )
    attachments = StreamField(AttachmentsBlock(), verbose_name=_("tệp đính kèm"), blank=True)

    objects = LegalDocumentManager()
    base_form_class = LegalDocumentPageForm

    search_fields = BasePage.search_fields + [
        index.SearchField("number", boost=3),
        index.AutocompleteField("number"),
        index.SearchField("summary"),
        index.SearchField("signer"),
        index.AutocompleteField("title"),
        index.RelatedFields("document_type", [index.SearchField("name")]),
        index.RelatedFields("issuer", [index.SearchField("name")]),
        index.FilterField("issue_date"),
        index.FilterField("effective_date"),
        index.FilterField("expiry_date"),
    ]

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("number"),
                FieldRowPanel([FieldPanel("document_type"), FieldPanel("issuer")]),
                FieldRowPanel([FieldPanel("signer"), FieldPanel("signer_position")]),
            ],
            heading=_("Thông tin văn bản"),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("issue_date"), FieldPanel("effective_date"), FieldPanel("expiry_date")])],
            heading=_("Ngày tháng và hiệu lực"),
        ),
        FieldPanel("summary"),
        FieldPanel("legal_fields", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [FieldPanel("replaces"), FieldPanel("related_documents"), FieldPanel("replacement_proposals")],
            heading=_("Văn bản thay thế, liên quan")
        ),
        FieldPanel("attachments"),
    ]

    parent_page_types = ["decree.LegalDocumentIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("văn bản")
        verbose_name_plural = _("văn bản")

    def clean(self):
        super().clean()
        errors = {}
        if self.issue_date and self.effective_date and self.effective_date < self.issue_date:
            errors["effective_date"] = _("Ngày có hiệu lực không được trước ngày ban hành.")
        if self.effective_date and self.expiry_date and self.expiry_date < self.effective_date:
            errors["expiry_date"] = _("Ngày hết hiệu lực không được trước ngày có hiệu lực.")
        try:
            check_document_files(self.attachments)
        except ValidationError as error:
            errors["attachments"] = error
        if errors:
            raise ValidationError(errors)

    @property
    def is_replaced_by_document_in_force(self):
        if "replaced_in_force_flag" in self.__dict__:
            return self.replaced_in_force_flag
        if not self.pk:
            return False
        today = timezone.localdate()
        # Remembered like the listing's annotation, so that one page view asks once.
        self.replaced_in_force_flag = LegalDocumentPage.objects.filter(
            LegalDocumentQuerySet.replaced_in_force(today), pk=self.pk
        ).exists()
        return self.replaced_in_force_flag

    @property
    def status(self):
        today = timezone.localdate()
        if (self.expiry_date and self.expiry_date <= today) or self.is_replaced_by_document_in_force:
            return DocumentStatus.EXPIRED
        if self.effective_date and self.effective_date > today:
            return DocumentStatus.NOT_YET_IN_FORCE
        return DocumentStatus.IN_FORCE

    @property
    def status_label(self):
        return self.status.label

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        around = documents_around(self)
        if self.pk:
            # What `status` would ask the database: is a document that replaces this one in force today?
            today = timezone.localdate()
            self.replaced_in_force_flag = any(
                doc.effective_date is not None and doc.effective_date <= today
                and (doc.expiry_date is None or doc.expiry_date > today)
                for doc in around["replacing"]
            )
        context["replaced_documents"] = around["replaced"]
        context["replacing_documents"] = around["replacing"]
        context["related_documents"] = around["related"]
        context["document_fields"] = list(self.legal_fields.all())
        # The type and the issuer from the site cache (a handful of rows) rather than a query each.
        kinds = site_cached(request, "document_types", lambda: {kind.pk: kind for kind in DocumentType.objects.all()})
        issuers = site_cached(request, "issuers", lambda: {issuer.pk: issuer for issuer in Issuer.objects.all()})
        if self.document_type_id in kinds:
            self.document_type = kinds[self.document_type_id]
        if self.issuer_id in issuers:
            self.issuer = issuers[self.issuer_id]
        return context


class LegalDocumentFilter(ProvinceWideFilter):
    parameters = {
        "type": "loai", "issuer": "co-quan", "field": "linh-vuc", "signer": "nguoi-ky", "year": "nam",
        "status": "trang-thai", "keyword": "q", "portal": "cong",
    }

    type = id_filter("document_type_id", _("Hình thức văn bản"))
    issuer = id_filter("issuer_id", _("Cơ quan ban hành"))
    field = id_filter("legal_fields__id", _("Lĩnh vực"))
    signer = TextFilter(field_name="signer", max_length=255, label=_("Người ký"))
    year = year_filter(_("Năm ban hành"), field_name="issue_date__year")
    status = django_filters.ChoiceFilter(choices=DocumentStatus.choices, label=_("Trạng thái"), method="by_status")
    keyword = TextFilter(label=_("Số ký hiệu, trích yếu"), method="by_keyword")

    def by_status(self, documents, name, value):
        return documents.with_document_status(value)

    def by_keyword(self, documents, name, value):
        return documents.filter(Q(number__icontains=value) | Q(summary__icontains=value) | Q(title__icontains=value))


def by_name(item):
    return vietnamese_sort_key(item.name)


class LegalDocumentIndexPage(ProvinceWideSection, SectionPage):
    """The searchable register. On the provincial portal it spans the registers of every active portal
    and can be filtered by portal; on any other portal it lists that portal's own documents."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["decree.LegalDocumentPage"]
    items_per_page = 20
    filterset_class = LegalDocumentFilter

    class Meta:
        verbose_name = _("sổ văn bản pháp luật")
        verbose_name_plural = _("sổ văn bản pháp luật")

    def documents(self, request=None, portals=None):
        """Every published document of the register, before the reader's filters."""
        return self.items_of(LegalDocumentPage, request, portals)

    def filtered_documents(self, request, documents, portals=()):
        """`documents` with the reader's filters (the open-data API reads the same ones)."""
        return self.filterset(request, documents, portals=portals).qs

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        province_wide, portals = self.province_wide_scope(request)
        register = self.documents(request, portals)
        context.update(self.listing(request, register, portals=portals, arrange=lambda documents: (
            documents.with_status()
            .select_related("document_type", "issuer")
            .prefetch_related("legal_fields")
            .order_by("-issue_date", "-pk")
        )))
        context.update(
            documents=SimpleLazyObject(lambda: attach_download_files(context["page_obj"].object_list)),
            province_wide=province_wide,
            portals=[portal for portal, _path in portals],
            statuses=DocumentStatus.choices,
            **site_cached(request, f"register_choices:{self.pk}", lambda: self.filter_choices(register)),
        )
        return context

    @staticmethod
    def filter_choices(register):
        """The choices of the filter form: only values some document of the register has."""
        return {
            "document_types": sorted(
                DocumentType.objects.filter(pk__in=register.values("document_type_id")),
                key=lambda document_type: (document_type.sort_order, vietnamese_sort_key(document_type.name)),
            ),
            "issuers": sorted(Issuer.objects.filter(pk__in=register.values("issuer_id")), key=by_name),
            "legal_fields": sorted(
                LegalField.objects.filter(documents__in=register.values("pk")).distinct(), key=by_name
            ),
            "signers": sorted(
                set(register.exclude(signer="").values_list("signer", flat=True)), key=vietnamese_sort_key
            ),
            "years": list(register.dates("issue_date", "year", order="DESC")),
        }


def documents_without_files():
    """Documents with no attachment at all (an oversight completeness check)."""
    return LegalDocumentPage.objects.annotate(files=Cast("attachments", TextField())).filter(
        Q(files__in=["[]", ""]) | Q(files__isnull=True)
    )


# Their names show in the registers' filters and on every document page, kept in the site cache.
forget_on_change_of(DocumentType, Issuer, LegalField)
