import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from decree.documents import DocumentType, Issuer, LegalDocumentPage, LegalField
from home.models import HomePage

from .calendar_builders import make_calendar


@pytest.fixture
def section():
    """The section page of a category on a portal, as its specific type: section(portal_a, "documents")."""

    def _section(portal, key):
        home = HomePage.objects.get(pk=portal.root_page_id)
        return next(
            page for page in home.get_children().specific() if getattr(page, "category_key", "") == key
        )

    return _section


@pytest.fixture
def count_queries():
    """The number of queries one GET makes once the site's shared parts are cached (home/chrome.py: any
    publish clears them, so a first GET after adding content rebuilds them): count_queries(client, url, host)."""

    def _count(client, url, host):
        client.get(url, HTTP_HOST=host)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url, HTTP_HOST=host)
        assert response.status_code == 200, response.status_code
        return len(queries)

    return _count


@pytest.fixture
def catalogue():
    decision = DocumentType.objects.get_or_create(name="Quyết định", defaults={"abbreviation": "QĐ"})[0]
    plan = DocumentType.objects.get_or_create(name="Kế hoạch", defaults={"abbreviation": "KH"})[0]
    committee = Issuer.objects.get_or_create(name="Ủy ban nhân dân tỉnh Thử Nghiệm")[0]
    department = Issuer.objects.get_or_create(name="Sở Thử Nghiệm A")[0]
    finance = LegalField.objects.get_or_create(name="Tài chính")[0]
    land = LegalField.objects.get_or_create(name="Đất đai")[0]
    return {"decision": decision, "plan": plan, "committee": committee, "department": department,
            "finance": finance, "land": land}


@pytest.fixture
def add_document(catalogue):
    counter = {"n": 0}

    def _add(section, number=None, issue_date=None, effective_date=None, expiry_date=None, publish=True,
             fields=(), replaces=(), related=(), quick=False, **kwargs):
        """A document under `section`: published through a revision, or a draft (publish=False), or, for
        bulk content, live without a revision (quick=True)."""
        counter["n"] += 1
        issue_date = issue_date or datetime.date(2024, 1, 1) + datetime.timedelta(days=counter["n"])
        kwargs.setdefault("document_type", catalogue["decision"])
        kwargs.setdefault("issuer", catalogue["committee"])
        kwargs.setdefault("signer", "Nguyễn Văn Ký")
        kwargs.setdefault("summary", f"Trích yếu văn bản thử nghiệm {counter['n']}")
        number = number or f"{counter['n']}/2024/QĐ-UBND"
        document = LegalDocumentPage(
            title=kwargs.pop("title", f"Quyết định số {number}"),
            number=number,
            issue_date=issue_date,
            effective_date=effective_date or issue_date,
            expiry_date=expiry_date,
            locale=section.locale,
            live=publish or quick,
            **kwargs,
        )
        document.legal_fields = list(fields)
        document.replaces = list(replaces)
        document.related_documents = list(related)
        section.add_child(instance=document)
        if publish and not quick:
            document.save_revision().publish()
            document.refresh_from_db()
        return document

    return _add


@pytest.fixture
def direction(portal_a, section):
    """The direction section («Chỉ đạo, điều hành») of portal A."""
    return section(portal_a, "direction")


@pytest.fixture
def calendar(direction):
    """The leaders' work calendar of portal A, published."""
    return make_calendar(direction)
