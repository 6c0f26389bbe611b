"""The official gazette of the provincial portal: issues with their number, date and documents."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.models import Orderable
from wagtail.search import index

from home.listing import ListingFilterSet, year_filter
from home.models import BasePage, SectionPage


class GazetteFilter(ListingFilterSet):
    parameters = {"year": "nam"}

    year = year_filter(_("Năm phát hành"), field_name="publication_date__year")


class GazetteIndexPage(SectionPage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["decree.GazetteIssuePage"]
    items_per_page = 20
    filterset_class = GazetteFilter

    class Meta:
        verbose_name = _("chuyên mục công báo")
        verbose_name_plural = _("chuyên mục công báo")

    def issues(self):
        return GazetteIssuePage.objects.live().public().child_of(self).order_by("-publication_date", "-pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.listing(request, self.issues().annotate(entry_count=Count("entries"))))
        context.update(
            issues=context["page_obj"].object_list,
            years=self.issues().dates("publication_date", "year", order="DESC"),
        )
        return context


class GazetteIssuePage(BasePage):
    issue_number = models.CharField(_("số công báo"), max_length=50, help_text=_("Ví dụ: Số 12."))
    publication_date = models.DateField(_("ngày phát hành"), db_index=True)
    intro = models.TextField(_("ghi chú"), blank=True, help_text=_("Giới thiệu ngắn về số công báo (không bắt buộc)."))
    pdf = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("tệp công báo (PDF)"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
        help_text=_("Toàn văn số công báo dưới dạng tệp PDF."),
    )

    search_fields = BasePage.search_fields + [
        index.SearchField("issue_number", boost=2),
        index.AutocompleteField("title"),
        index.SearchField("intro"),
        index.FilterField("publication_date"),
    ]

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("issue_number"), FieldPanel("publication_date")]), FieldPanel("intro")],
            heading=_("Thông tin số công báo"),
        ),
        InlinePanel("entries", heading=_("Văn bản đăng trong số công báo"), label=_("văn bản")),
        FieldPanel("pdf"),
    ]

    parent_page_types = ["decree.GazetteIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("số công báo")
        verbose_name_plural = _("số công báo")

    def clean(self):
        super().clean()
        if self.pdf_id and self.pdf.file_extension.lower() != "pdf":
            raise ValidationError({"pdf": _("Tệp công báo phải là tệp PDF.")})

    def listed_entries(self):
        """The entries as readers see them: number, summary and the document page when it is published."""
        entries = self.entries.all()
        if hasattr(entries, "select_related"):
            entries = entries.select_related("document")
        return [entry for entry in entries if entry.shown_number or entry.shown_summary]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["entries"] = self.listed_entries()
        return context


class GazetteEntry(Orderable):
    """One document published in an issue: a document page of the register, or a number and summary."""

    issue = ParentalKey(GazetteIssuePage, on_delete=models.CASCADE, related_name="entries")
    document = models.ForeignKey(
        "decree.LegalDocumentPage", verbose_name=_("văn bản trong sổ văn bản"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="gazette_entries",
        help_text=_("Chọn văn bản đã đăng trong sổ văn bản; hoặc để trống và nhập số ký hiệu, trích yếu bên dưới."),
    )
    number = models.CharField(_("số ký hiệu"), max_length=100, blank=True)
    summary = models.TextField(_("trích yếu"), blank=True)

    panels = [
        PageChooserPanel("document", "decree.LegalDocumentPage"),
        FieldPanel("number"),
        FieldPanel("summary"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("văn bản trong số công báo")
        verbose_name_plural = _("văn bản trong số công báo")

    def clean(self):
        super().clean()
        if not self.document_id and not (self.number.strip() and self.summary.strip()):
            raise ValidationError(
                {"document": _("Hãy chọn một văn bản hoặc nhập cả số ký hiệu và trích yếu của văn bản.")}
            )

    @property
    def linked_document(self):
        """The chosen document page, if readers can open it."""
        document = self.document if self.document_id else None
        return document if document is not None and document.live else None

    @property
    def shown_number(self):
        document = self.linked_document
        return document.number if document else self.number

    @property
    def shown_summary(self):
        document = self.linked_document
        return document.summary if document else self.summary
