"""Pages of the law's categories: news articles and legal documents in a portal's sections."""

import datetime

import factory

from decree.articles import ArticleIndexPage, ArticlePage
from decree.documents import DocumentType, Issuer, LegalDocumentIndexPage, LegalDocumentPage

from .pages import PageFactory


def news_section(portal):
    """The news section («Tin tức») of `portal`, in Vietnamese."""
    return ArticleIndexPage.objects.child_of(portal.root_page).get(category_key="news")


def documents_section(portal):
    """The legal-document register (section page) of `portal`, in Vietnamese."""
    return LegalDocumentIndexPage.objects.child_of(portal.root_page).get()


class ArticlePageFactory(PageFactory):
    class Meta:
        model = ArticlePage

    title = factory.Sequence(lambda n: f"Sở tổ chức hội nghị chuyển đổi số lần {n}")
    lead = factory.LazyAttribute(lambda article: f"Tóm tắt: {article.title}")
    body = factory.LazyFunction(list)


def add_article(portal, title, publish=True, **fields):
    """A news article of `portal`, published by default (a draft otherwise)."""
    return ArticlePageFactory(parent=news_section(portal), title=title, publish=publish, **fields)


class LegalDocumentPageFactory(PageFactory):
    class Meta:
        model = LegalDocumentPage

    number = factory.Sequence(lambda n: f"{n + 1}/QĐ-UBND")
    title = factory.LazyAttribute(lambda document: f"Quyết định số {document.number}")
    document_type = factory.LazyFunction(
        lambda: DocumentType.objects.get_or_create(name="Quyết định", defaults={"abbreviation": "QĐ"})[0]
    )
    issue_date = datetime.date(2024, 3, 1)
    effective_date = factory.SelfAttribute("issue_date")
    summary = factory.LazyAttribute(lambda document: f"Trích yếu {document.number}")


def add_legal_document(portal, number, publish=True, issue_date=None, **fields):
    """A legal document in the register of `portal`, published by default, in force since `issue_date`."""
    fields.setdefault("issuer", Issuer.objects.get_or_create(name=f"Cơ quan ban hành {portal.slug}")[0])
    if issue_date:
        fields["issue_date"] = issue_date
    return LegalDocumentPageFactory(parent=documents_section(portal), number=number, publish=publish, **fields)
