"""Legal documents across portals: a portal replaces only its own documents; it cites any published document
without changing it; replacing another portal's document is a request the board approves, written in the
history of both documents. The choosers label each document with its number, issuer and portal."""

import pytest
from django.urls import reverse
from wagtail.models import PageLogEntry
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield

from decree.document_references import ReplacementRequest, ReplacementStatus
from decree.documents import DocumentStatus, LegalDocumentPage
from tests.factories import add_legal_document

pytestmark = pytest.mark.django_db


def edit_and_publish(client, document, **lists):
    url = reverse("wagtailadmin_pages:edit", args=[document.pk])
    data = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    data.update(nested_form_data({"attachments": streamfield([])}))
    for name in ("replaces", "related_documents", "replacement_proposals"):
        data.setlist(name, [str(item.pk) for item in lists.get(name, [])])
    data["action-publish"] = "action-publish"
    return client.post(url, data)


def public(client, document, portal):
    return client.get(document.relative_url(portal.site), HTTP_HOST=portal.hostname).content.decode()


def status_of(document):
    return LegalDocumentPage.objects.get(pk=document.pk).status


def test_replacing_a_provincial_document_waits_for_the_board(login, client, province, portal_a):
    provincial = add_legal_document(province, "18/2024/QĐ-UBND")
    own = add_legal_document(portal_a, "05/2025/QĐ-SA")
    approver = login("approver", portal_a)

    response = edit_and_publish(approver, own, replacement_proposals=[provincial])
    assert response.status_code == 302
    request = ReplacementRequest.objects.get(replacing=own, replaced=provincial)
    assert request.status == ReplacementStatus.PROPOSED
    assert request.requested_by == approver.user
    assert status_of(provincial) == DocumentStatus.IN_FORCE
    assert str(DocumentStatus.EXPIRED.label) not in public(client, provincial, province)
    for document in (own, provincial):
        assert PageLogEntry.objects.filter(page=document, action="decree.replacement_requested").exists()

    assert approver.get(reverse("decree_replacement_queue")).status_code in (302, 403)
    assert approver.post(reverse("decree_replacement_decide", args=[request.pk, "duyet"])).status_code in (302, 403)
    assert status_of(provincial) == DocumentStatus.IN_FORCE

    board = login("board")
    queue = board.get(reverse("decree_replacement_queue")).content.decode()
    assert "18/2024/QĐ-UBND" in queue and "05/2025/QĐ-SA" in queue
    assert board.post(reverse("decree_replacement_decide", args=[request.pk, "duyet"])).status_code == 302
    request.refresh_from_db()
    assert request.status == ReplacementStatus.APPROVED and request.decided_by == board.user
    assert status_of(provincial) == DocumentStatus.EXPIRED
    assert LegalDocumentPage.objects.with_document_status(DocumentStatus.EXPIRED).filter(pk=provincial.pk).exists()
    html = public(client, provincial, province)
    assert str(DocumentStatus.EXPIRED.label) in html and "05/2025/QĐ-SA" in html
    for document in (own, provincial):
        assert PageLogEntry.objects.filter(page=document, action="decree.replacement_approved").exists()


def test_a_refused_request_leaves_the_other_document_in_force(login, province, portal_a):
    provincial = add_legal_document(province, "19/2024/QĐ-UBND")
    own = add_legal_document(portal_a, "06/2025/QĐ-SA")
    edit_and_publish(login("approver", portal_a), own, replacement_proposals=[provincial])
    request = ReplacementRequest.objects.get(replacing=own)
    login("board").post(reverse("decree_replacement_decide", args=[request.pk, "tu-choi"]))
    assert ReplacementRequest.objects.get(pk=request.pk).status == ReplacementStatus.REJECTED
    assert status_of(provincial) == DocumentStatus.IN_FORCE
    assert PageLogEntry.objects.filter(page=provincial, action="decree.replacement_rejected").exists()


def test_citing_another_portals_document_never_changes_it(login, client, province, portal_a):
    provincial = add_legal_document(province, "20/2024/QĐ-UBND")
    own = add_legal_document(portal_a, "07/2025/QĐ-SA")
    assert edit_and_publish(login("approver", portal_a), own, related_documents=[provincial]).status_code == 302
    assert status_of(provincial) == DocumentStatus.IN_FORCE
    assert not ReplacementRequest.objects.exists()
    assert "07/2025/QĐ-SA" in public(client, provincial, province)  # listed as related, not as replacing it
    assert str(DocumentStatus.EXPIRED.label) not in public(client, provincial, province)


def test_even_the_board_replaces_another_portals_document_only_through_a_request(login, province, portal_a):
    provincial = add_legal_document(province, "21/2024/QĐ-UBND")
    own = add_legal_document(portal_a, "08/2025/QĐ-SA")
    response = edit_and_publish(login("board"), own, replaces=[provincial])
    assert response.status_code == 200
    assert "Chỉ được thay thế văn bản của cổng mình." in str(response.context["form"].errors["replaces"])
    assert status_of(provincial) == DocumentStatus.IN_FORCE


def test_choosers_show_number_issuer_and_portal(login, province, portal_a, portal_b):
    add_legal_document(province, "22/2024/QĐ-UBND")
    add_legal_document(portal_b, "09/2025/QĐ-XB")
    sibling = add_legal_document(portal_a, "10/2025/QĐ-SA")
    own = add_legal_document(portal_a, "11/2025/QĐ-SA")
    html = login("editor", portal_a).get(reverse("wagtailadmin_pages:edit", args=[own.pk])).content.decode()

    def options(name):
        return html.split(f'name="{name}"', 1)[1].split("</select>", 1)[0]

    assert f"22/2024/QĐ-UBND – Cơ quan ban hành tinh – {province.name}" in options("related_documents")
    assert f"09/2025/QĐ-XB – Cơ quan ban hành so-b – {portal_b.name}" in options("replacement_proposals")
    assert "22/2024/QĐ-UBND" not in options("replaces") and "09/2025/QĐ-XB" not in options("replaces")
    assert f'value="{sibling.pk}"' in options("replaces")
    assert "10/2025/QĐ-SA" not in options("replacement_proposals")
