"""Legal documents: document pages with their structured fields, the status derived from the dates (and from
replacement), editor validation, catalogue permissions and the demo seed (the register: test_register.py)."""

import datetime
import re

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from demo.seeders import documents as documents_demo
from decree.documents import (
    DocumentStatus,
    DocumentType,
    Issuer,
    LegalDocumentIndexPage,
    LegalDocumentPage,
    LegalField,
)

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate
ONE_DAY = datetime.timedelta(days=1)


def get(client, page_or_url, portal, **params):
    url = page_or_url if isinstance(page_or_url, str) else page_or_url.get_url()
    response = client.get(url, params, HTTP_HOST=portal.site.hostname)
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def listed_numbers(html):
    """The document numbers in the register table, in order."""
    table = html.split('<tbody>', 1)[1].split('</tbody>', 1)[0] if "<tbody>" in html else ""
    return re.findall(r'<td[^>]*><a[^>]*href="[^"]*">([^<]+)</a>', table)


# --- The document page ------------------------------------------------------------------------------------


def test_document_page_shows_every_structured_field(client, portal_a, section, add_document, catalogue):
    register = section(portal_a, "documents")
    old = add_document(register, number="05/2019/QĐ-UBND", issue_date=datetime.date(2019, 3, 1))
    related = add_document(register, number="07/2020/KH-UBND", title="Kế hoạch liên quan")
    document = add_document(
        register, number="15/2024/QĐ-UBND", issue_date=datetime.date(2024, 6, 10),
        effective_date=datetime.date(2024, 6, 25), expiry_date=datetime.date(2099, 12, 31),
        signer="Trần Văn Ký", signer_position="Phó Chủ tịch UBND tỉnh",
        summary="Ban hành Quy chế quản lý Cổng thông tin điện tử tỉnh",
        fields=[catalogue["finance"], catalogue["land"]], replaces=[old], related=[related],
    )
    html = get(client, document, portal_a)
    assert html.count("<h1") == 1
    for text in ("15/2024/QĐ-UBND", "Quyết định", "Ủy ban nhân dân tỉnh Thử Nghiệm", "Trần Văn Ký",
                 "Phó Chủ tịch UBND tỉnh", "10/06/2024", "25/06/2024", "31/12/2099", "Còn hiệu lực",
                 "Tài chính", "Đất đai", "Ban hành Quy chế quản lý Cổng thông tin điện tử tỉnh",
                 "Văn bản được thay thế", "05/2019/QĐ-UBND", "Văn bản liên quan", "07/2020/KH-UBND"):
        assert text in html, text
    assert "<dl" in html

    # The replaced document points back to its replacement, and is expired by it.
    html = get(client, old, portal_a)
    assert "Được thay thế bởi" in html and "15/2024/QĐ-UBND" in html
    assert "Hết hiệu lực" in html
    # The related document lists the document that relates to it.
    assert "15/2024/QĐ-UBND" in get(client, related, portal_a)


def test_document_page_hides_unpublished_related_documents(client, portal_a, section, add_document):
    register = section(portal_a, "documents")
    draft = add_document(register, number="99/NHAP-UBND", publish=False)
    document = add_document(register, number="16/2024/QĐ-UBND", related=[draft])
    assert "99/NHAP-UBND" not in get(client, document, portal_a)


def test_document_page_asks_as_many_queries_with_many_references_as_with_none(client, portal_a, section,
                                                                               add_document):
    """The documents it replaces, those replacing it and related documents both ways come in one query."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    register = section(portal_a, "documents")
    alone = add_document(register, number="01/2024/QĐ-UBND")
    older = [add_document(register, number=f"0{n}/2019/QĐ-UBND") for n in range(2, 5)]
    cited = [add_document(register, number=f"0{n}/2020/KH-UBND") for n in range(5, 7)]
    document = add_document(register, number="15/2024/QĐ-UBND", replaces=older, related=cited)
    add_document(register, number="20/2025/QĐ-UBND", replaces=[document])
    add_document(register, number="21/2025/KH-UBND", related=[document])

    def count(page):
        get(client, page, portal_a)
        with CaptureQueriesContext(connection) as queries:
            html = get(client, page, portal_a)
        return len(queries), html

    (alone_count, _), (count_with_references, html) = count(alone), count(document)
    assert count_with_references == alone_count
    for number in ("02/2019", "03/2019", "04/2019", "05/2020", "06/2020", "20/2025", "21/2025"):
        assert number in html, number


def test_document_pages_live_only_in_the_register():
    assert LegalDocumentPage.parent_page_types == ["decree.LegalDocumentIndexPage"]
    assert LegalDocumentPage.subpage_types == []
    assert LegalDocumentIndexPage.subpage_types == ["decree.LegalDocumentPage"]


# --- Status at the date boundaries --------------------------------------------------------------------------


def statuses(documents):
    """Status by number, from the property and from each queryset filter (they must agree)."""
    by_property = {doc.number: doc.status for doc in LegalDocumentPage.objects.filter(pk__in=[d.pk for d in documents])}
    base = LegalDocumentPage.objects.filter(pk__in=[d.pk for d in documents])
    by_filter = {}
    for status in DocumentStatus:
        for doc in base.with_document_status(status):
            assert doc.number not in by_filter, f"{doc.number} matches two status filters"
            by_filter[doc.number] = status
    annotated = {doc.number: doc.status for doc in base.with_status()}
    assert by_property == by_filter == annotated
    return by_property


def test_status_at_the_effective_date_boundary(portal_a, section, add_document):
    register = section(portal_a, "documents")
    today = TODAY()
    documents = [
        add_document(register, number="mai", issue_date=today - ONE_DAY, effective_date=today + ONE_DAY),
        add_document(register, number="hom-nay", issue_date=today - ONE_DAY, effective_date=today),
        add_document(register, number="hom-qua", issue_date=today - ONE_DAY, effective_date=today - ONE_DAY),
    ]
    assert statuses(documents) == {
        "mai": DocumentStatus.NOT_YET_IN_FORCE,
        "hom-nay": DocumentStatus.IN_FORCE,
        "hom-qua": DocumentStatus.IN_FORCE,
    }


def test_status_at_the_expiry_date_boundary(portal_a, section, add_document):
    """The expiry date is the first day the document is no longer in force."""
    register = section(portal_a, "documents")
    today = TODAY()
    start = today - datetime.timedelta(days=30)
    documents = [
        add_document(register, number="het-hom-qua", issue_date=start, expiry_date=today - ONE_DAY),
        add_document(register, number="het-hom-nay", issue_date=start, expiry_date=today),
        add_document(register, number="het-ngay-mai", issue_date=start, expiry_date=today + ONE_DAY),
        add_document(register, number="khong-thoi-han", issue_date=start),
    ]
    assert statuses(documents) == {
        "het-hom-qua": DocumentStatus.EXPIRED,
        "het-hom-nay": DocumentStatus.EXPIRED,
        "het-ngay-mai": DocumentStatus.IN_FORCE,
        "khong-thoi-han": DocumentStatus.IN_FORCE,
    }
    labels = {doc.number: str(doc.status_label) for doc in documents}
    assert labels["het-hom-nay"] == "Hết hiệu lực"
    assert labels["het-ngay-mai"] == "Còn hiệu lực"


def test_a_document_is_expired_once_a_live_replacement_is_in_force(portal_a, section, add_document):
    register = section(portal_a, "documents")
    today = TODAY()
    start = today - datetime.timedelta(days=100)
    in_force_old = add_document(register, number="cu-1", issue_date=start)
    pending_old = add_document(register, number="cu-2", issue_date=start)
    draft_old = add_document(register, number="cu-3", issue_date=start)
    add_document(register, number="moi-1", issue_date=today - ONE_DAY, effective_date=today, replaces=[in_force_old])
    add_document(register, number="moi-2", issue_date=today - ONE_DAY, effective_date=today + ONE_DAY,
                 replaces=[pending_old])
    add_document(register, number="moi-3", issue_date=today - ONE_DAY, replaces=[draft_old], publish=False)
    result = statuses([in_force_old, pending_old, draft_old])
    assert result == {
        "cu-1": DocumentStatus.EXPIRED,  # its replacement is in force from today
        "cu-2": DocumentStatus.IN_FORCE,  # its replacement takes effect tomorrow
        "cu-3": DocumentStatus.IN_FORCE,  # its replacement is not published
    }


# --- Editor validation --------------------------------------------------------------------------------------


def test_expiry_before_effective_date_is_refused_in_vietnamese(portal_a, section, add_document):
    document = add_document(section(portal_a, "documents"), issue_date=datetime.date(2024, 1, 1))
    document.effective_date = datetime.date(2024, 2, 1)
    document.expiry_date = datetime.date(2024, 1, 31)
    with pytest.raises(ValidationError) as error:
        document.full_clean()
    assert error.value.message_dict["expiry_date"] == ["Ngày hết hiệu lực không được trước ngày có hiệu lực."]


def test_effective_before_issue_date_is_refused_in_vietnamese(portal_a, section, add_document):
    document = add_document(section(portal_a, "documents"), issue_date=datetime.date(2024, 1, 10))
    document.effective_date = datetime.date(2024, 1, 9)
    with pytest.raises(ValidationError) as error:
        document.full_clean()
    assert error.value.message_dict["effective_date"] == ["Ngày có hiệu lực không được trước ngày ban hành."]


def test_consistent_dates_are_accepted(portal_a, section, add_document):
    document = add_document(section(portal_a, "documents"), issue_date=datetime.date(2024, 1, 10))
    document.effective_date = datetime.date(2024, 1, 10)
    document.expiry_date = datetime.date(2024, 1, 10)
    document.full_clean()


# --- The register -------------------------------------------------------------------------------------------


# --- Catalogues: managed by the board, chosen by editors ---------------------------------------------------


@pytest.mark.parametrize("model_name", ["documenttype", "issuer", "legalfield"])
def test_board_manages_the_catalogues(login, model_name):
    board = login("board")
    for action in ("list", "add"):
        url = reverse(f"wagtailsnippets_decree_{model_name}:{action}")
        assert board.get(url).status_code == 200, (action, url)
    for codename in (f"add_{model_name}", f"change_{model_name}", f"delete_{model_name}"):
        assert board.user.has_perm(f"decree.{codename}")


@pytest.mark.parametrize("role", ["editor", "approver"])
@pytest.mark.parametrize("model_name", ["documenttype", "issuer", "legalfield"])
def test_editors_and_approvers_only_choose_catalogue_entries(login, portal_a, role, model_name):
    user_client = login(role, portal_a)
    for action in ("add",):
        response = user_client.get(reverse(f"wagtailsnippets_decree_{model_name}:{action}"))
        assert response.status_code in (302, 403)
    for codename in (f"add_{model_name}", f"change_{model_name}", f"delete_{model_name}"):
        assert not user_client.user.has_perm(f"decree.{codename}")
    response = user_client.get(reverse(f"wagtailsnippetchoosers_decree_{model_name}:choose"))
    assert response.status_code == 200


def test_board_can_create_a_catalogue_entry_in_the_admin(login):
    board = login("board")
    response = board.post(reverse("wagtailsnippets_decree_legalfield:add"), {"name": "Giao thông, vận tải"})
    assert response.status_code == 302
    assert LegalField.objects.filter(name="Giao thông, vận tải").exists()


def test_editor_opens_the_document_editor(login, portal_a, section, add_document):
    register = section(portal_a, "documents")
    document = add_document(register, number="SUA-1")
    other = add_document(register, number="KHAC-1")
    editor = login("editor", portal_a)
    response = editor.get(reverse("wagtailadmin_pages:add", args=("decree", "legaldocumentpage", register.pk)))
    assert response.status_code == 200
    response = editor.get(reverse("wagtailadmin_pages:edit", args=(document.pk,)))
    assert response.status_code == 200
    html = response.content.decode()
    assert "KHAC-1" in html  # offered as a replaced or related document, by its number
    assert f'value="{document.pk}"' not in html.split('name="replaces"', 1)[1].split("</select>", 1)[0]


# --- Demo content -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("portal_fixture", ["province", "portal_a", "portal_b"])
def test_demo_seed_fills_the_register_idempotently(request, client, portal_fixture):
    portal = request.getfixturevalue(portal_fixture)
    register = documents_demo.seed(portal)
    documents = LegalDocumentPage.objects.child_of(register)
    count = documents.count()
    assert count >= 12
    assert documents.live().count() == count
    found = {doc.status for doc in documents.with_status()}
    assert found == set(DocumentStatus)
    assert documents.filter(replaces__isnull=False).exists()
    assert documents.values("document_type").distinct().count() >= 4
    catalogue_counts = (DocumentType.objects.count(), Issuer.objects.count(), LegalField.objects.count())

    documents_demo.seed(portal)
    assert LegalDocumentPage.objects.child_of(register).count() == count
    assert (DocumentType.objects.count(), Issuer.objects.count(), LegalField.objects.count()) == catalogue_counts
    for document in documents:
        document.full_clean()
    get(client, register, portal)
