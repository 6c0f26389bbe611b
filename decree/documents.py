"""Legal documents: the searchable register of legal and administrative documents, with types, issuers and fields as shared snippets."""

from django.utils.translation import gettext_lazy as _

from home.models import SectionPage


class LegalDocumentIndexPage(SectionPage):
    parent_page_types = ["home.HomePage"]
    subpage_types = []  # set once its item page type exists

    class Meta:
        verbose_name = _("sổ văn bản pháp luật")
        verbose_name_plural = _("sổ văn bản pháp luật")
