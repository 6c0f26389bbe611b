"""Factories and builders per app; tests import them from here."""

from .accounts import UserFactory, current_code, enrol_second_factor, make_user, pass_second_factor
from .comments import CitizenInputFactory, make_item
from .decree import (
    ArticlePageFactory, LegalDocumentPageFactory, add_article, add_legal_document, documents_section, news_section,
)
from .images import ImageFactory, make_image
from .pages import PageFactory, StandardPageFactory, add_standard_page

__all__ = [
    "ArticlePageFactory", "CitizenInputFactory", "ImageFactory", "LegalDocumentPageFactory", "PageFactory", "StandardPageFactory",
    "UserFactory", "add_article", "add_legal_document", "add_standard_page", "current_code", "documents_section",
    "enrol_second_factor", "make_image", "make_item", "make_user", "news_section", "pass_second_factor",
]
