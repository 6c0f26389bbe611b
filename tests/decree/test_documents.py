"""The legal-document register: document pages with their structured fields, the status derived from the
dates (and from replacement), editor validation, the searchable register (filters, paging, the
province-wide register across active portals), query budgets, catalogue permissions and the demo seed."""

import datetime
import re

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone
from wagtail.documents import get_document_model

from component_portals.models import PortalStatus
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


def test_register_is_a_table_sorted_by_issue_date_descending(client, portal_a, section, add_document):
    register = section(portal_a, "documents")
    add_document(register, number="A-2022", issue_date=datetime.date(2022, 5, 1), summary="Trích yếu năm 2022")
    add_document(register, number="B-2024", issue_date=datetime.date(2024, 5, 1))
    add_document(register, number="C-2023", issue_date=datetime.date(2023, 5, 1))
    html = get(client, register, portal_a)
    assert listed_numbers(html) == ["B-2024", "C-2023", "A-2022"]
    for header in ("Số ký hiệu", "Ngày ban hành", "Trích yếu", "Trạng thái"):
        assert f'<th scope="col">{header}</th>' in html
    assert "01/05/2022" in html and "Trích yếu năm 2022" in html and "Còn hiệu lực" in html
    assert html.count("<h1") == 1


@pytest.fixture
def filter_set(portal_a, section, add_document, catalogue):
    register = section(portal_a, "documents")
    today = TODAY()
    add_document(register, number="1/QĐ-TC", issue_date=datetime.date(2023, 3, 1), fields=[catalogue["finance"]],
                 signer="Lê Văn Một", summary="Quy định về quản lý ngân sách")
    add_document(register, number="2/KH-DD", issue_date=datetime.date(2024, 3, 1), fields=[catalogue["land"]],
                 document_type=catalogue["plan"], issuer=catalogue["department"], signer="Phạm Thị Hai",
                 summary="Kế hoạch sử dụng đất")
    add_document(register, number="3/QĐ-HH", issue_date=datetime.date(2024, 4, 1),
                 expiry_date=datetime.date(2024, 5, 1),
                 signer="Lê Văn Một", summary="Quyết định đã hết hiệu lực")
    add_document(register, number="4/QĐ-CHL", issue_date=today - ONE_DAY, effective_date=today + ONE_DAY,
                 signer="Phạm Thị Hai", summary="Quyết định chưa có hiệu lực")
    return register


@pytest.mark.parametrize("params, expected", [
    ({}, {"1/QĐ-TC", "2/KH-DD", "3/QĐ-HH", "4/QĐ-CHL"}),
    ({"loai": "TYPE_PLAN"}, {"2/KH-DD"}),
    ({"co-quan": "ISSUER_DEPARTMENT"}, {"2/KH-DD"}),
    ({"linh-vuc": "FIELD_FINANCE"}, {"1/QĐ-TC"}),
    ({"nguoi-ky": "Lê Văn Một"}, {"1/QĐ-TC", "3/QĐ-HH"}),
    ({"nam": "2024"}, {"2/KH-DD", "3/QĐ-HH"}),
    ({"trang-thai": "het-hieu-luc"}, {"3/QĐ-HH"}),
    ({"trang-thai": "chua-hieu-luc"}, {"4/QĐ-CHL"}),
    ({"trang-thai": "con-hieu-luc"}, {"1/QĐ-TC", "2/KH-DD"}),
    ({"q": "ngân sách"}, {"1/QĐ-TC"}),
    ({"q": "kh-dd"}, {"2/KH-DD"}),
    ({"q": "QĐ", "nam": "2024", "nguoi-ky": "Lê Văn Một"}, {"3/QĐ-HH"}),
])
def test_register_filters(client, portal_a, filter_set, catalogue, params, expected):
    replacements = {"TYPE_PLAN": catalogue["plan"].pk, "ISSUER_DEPARTMENT": catalogue["department"].pk,
                    "FIELD_FINANCE": catalogue["finance"].pk}
    params = {key: replacements.get(value, value) for key, value in params.items()}
    assert set(listed_numbers(get(client, filter_set, portal_a, **params))) == expected


def test_register_filter_form_keeps_the_chosen_values(client, portal_a, filter_set, catalogue):
    html = get(client, filter_set, portal_a, q="ngân sách", loai=catalogue["decision"].pk, nam="2023",
               **{"trang-thai": "con-hieu-luc", "nguoi-ky": "Lê Văn Một", "linh-vuc": catalogue["finance"].pk,
                  "co-quan": catalogue["committee"].pk})
    assert 'name="q" value="ngân sách"' in html
    assert f'<option value="{catalogue["decision"].pk}" selected>Quyết định</option>' in html
    assert f'<option value="{catalogue["committee"].pk}" selected>' in html
    assert f'<option value="{catalogue["finance"].pk}" selected>Tài chính</option>' in html
    assert '<option value="Lê Văn Một" selected>' in html
    assert '<option value="2023" selected>' in html
    assert '<option value="con-hieu-luc" selected>' in html
    for field_id in ("filter-keyword", "filter-type", "filter-issuer", "filter-field", "filter-signer",
                     "filter-year", "filter-status"):
        assert f'<label for="{field_id}">' in html and f'id="{field_id}"' in html
    assert listed_numbers(html) == ["1/QĐ-TC"]


@pytest.mark.parametrize("params", [
    {"loai": "abc"}, {"loai": "-1"}, {"loai": "99999999999999"}, {"co-quan": "1;DROP"}, {"linh-vuc": "x"},
    {"nam": "20x4"}, {"nam": "99999"}, {"nam": "1000"}, {"trang-thai": "khong-ro"}, {"q": "x" * 5000},
    {"trang": "abc"}, {"trang": "-3"}, {"trang": "9999"}, {"trang": ""}, {"cong": "khong-co"},
    {"nguoi-ky": "\u0000"}, {"q": "a\u0000b"}, {"q": "\u0000"},
])
def test_malformed_register_parameters_never_fail(client, portal_a, filter_set, params):
    get(client, filter_set, portal_a, **params)


def test_malformed_filters_are_ignored(client, portal_a, filter_set):
    assert len(listed_numbers(get(client, filter_set, portal_a, nam="abc", loai="x", **{"trang-thai": "?"}))) == 4


def test_unknown_catalogue_values_give_an_empty_register(client, portal_a, filter_set):
    html = get(client, filter_set, portal_a, loai="987654")
    assert listed_numbers(html) == [] and "Không có văn bản nào phù hợp." in html


def test_register_paginates_in_the_database(client, portal_a, section, add_document, monkeypatch):
    monkeypatch.setattr(LegalDocumentIndexPage, "items_per_page", 2)
    register = section(portal_a, "documents")
    for index in range(5):
        add_document(register, number=f"P{index}", issue_date=datetime.date(2024, 1, 1 + index))
    assert listed_numbers(get(client, register, portal_a)) == ["P4", "P3"]
    page_two = get(client, register, portal_a, trang="2")
    assert listed_numbers(page_two) == ["P2", "P1"]
    assert "Trang 2/3" in page_two
    assert listed_numbers(get(client, register, portal_a, trang="abc")) == ["P4", "P3"]
    assert listed_numbers(get(client, register, portal_a, trang="99")) == ["P0"]
    # Pagination links keep the filters.
    filtered = get(client, register, portal_a, nam="2024")
    assert "nam=2024&amp;trang=2" in filtered


def test_register_excludes_drafts_and_other_portals(client, portal_a, portal_b, section, add_document):
    add_document(section(portal_a, "documents"), number="CUA-A")
    add_document(section(portal_a, "documents"), number="NHAP-A", publish=False)
    add_document(section(portal_b, "documents"), number="CUA-B")
    assert listed_numbers(get(client, section(portal_a, "documents"), portal_a)) == ["CUA-A"]
    assert listed_numbers(get(client, section(portal_b, "documents"), portal_b)) == ["CUA-B"]


# --- The province-wide register -----------------------------------------------------------------------------


def test_provincial_register_spans_every_active_portal_with_a_portal_filter(
        client, province, portal_a, portal_b, section, add_document):
    add_document(section(province, "documents"), number="TINH-1", issue_date=datetime.date(2024, 3, 1))
    add_document(section(portal_a, "documents"), number="SO-A-1", issue_date=datetime.date(2024, 2, 1))
    add_document(section(portal_b, "documents"), number="XA-B-1", issue_date=datetime.date(2024, 1, 1))
    register = section(province, "documents")

    html = get(client, register, province)
    assert listed_numbers(html) == ["TINH-1", "SO-A-1", "XA-B-1"]
    assert '<label for="filter-portal">' in html and f'value="{portal_a.slug}"' in html
    assert listed_numbers(get(client, register, province, cong=portal_a.slug)) == ["SO-A-1"]
    assert listed_numbers(get(client, register, province, cong=province.slug)) == ["TINH-1"]
    # Other filters combine with the portal filter; an unknown portal is ignored.
    assert listed_numbers(get(client, register, province, cong=portal_b.slug, nam="2024")) == ["XA-B-1"]
    assert len(listed_numbers(get(client, register, province, cong="khong-co"))) == 3

    # A component portal's register stays its own, without the portal filter.
    html = get(client, section(portal_a, "documents"), portal_a)
    assert listed_numbers(html) == ["SO-A-1"] and "filter-portal" not in html

    # An archived portal's documents leave the provincial register.
    portal_b.status = PortalStatus.ARCHIVED
    portal_b.save(update_fields=["status"])
    html = get(client, register, province)
    assert listed_numbers(html) == ["TINH-1", "SO-A-1"]
    assert f'value="{portal_b.slug}"' not in html


def test_provincial_register_links_documents_to_their_own_portal(client, province, portal_a, section, add_document):
    document = add_document(section(portal_a, "documents"), number="SO-A-LINK")
    html = get(client, section(province, "documents"), province)
    assert document.get_url(None) in html or document.full_url in html
    assert "so-a.localhost" in html


# --- Query budgets ------------------------------------------------------------------------------------------


def stored_file(register, name):
    """A small PDF in the collection of the register's portal (the root collection will do for counting)."""
    document = get_document_model()(title=name)
    document.file.save(name, ContentFile(b"%PDF-1.4\n%%EOF\n"), save=False)
    document.save()
    return document


def fill(register, add_document, catalogue, count, offset=0):
    documents = []
    for index in range(count):
        documents.append(add_document(
            register, number=f"{offset + index}/QS", fields=[catalogue["finance"], catalogue["land"]],
            issuer=catalogue["committee"] if index % 2 else catalogue["department"],
            document_type=catalogue["decision"] if index % 2 else catalogue["plan"],
            signer=f"Người ký {index % 5}",
            replaces=documents[-1:], quick=True,
            attachments=[("document", {"document": stored_file(register, f"{offset + index}.pdf"), "title": ""})],
        ))
    return documents


@pytest.mark.parametrize("portal_fixture", ["portal_a", "province"])
def test_register_query_count_does_not_grow_with_documents(
        request, client, section, add_document, catalogue, count_queries, portal_fixture):
    portal = request.getfixturevalue(portal_fixture)
    register = section(portal, "documents")
    url, host = register.get_url(), portal.site.hostname
    fill(register, add_document, catalogue, 3)
    client.get(url, HTTP_HOST=host)  # warm the per-process caches (site root paths, settings)
    small = count_queries(client, url, host)
    filtered_small = count_queries(client, url + "?trang-thai=con-hieu-luc&linh-vuc=%d&q=QS" % catalogue["finance"].pk,
                                   host)
    fill(register, add_document, catalogue, 27, offset=100)
    assert count_queries(client, url, host) == small
    assert count_queries(
        client, url + "?trang-thai=con-hieu-luc&linh-vuc=%d&q=QS" % catalogue["finance"].pk, host
    ) == filtered_small


def test_document_page_query_count_does_not_grow_with_documents(
        client, portal_a, section, add_document, catalogue, count_queries):
    register = section(portal_a, "documents")
    documents = fill(register, add_document, catalogue, 3)
    page = documents[1]
    url, host = page.get_url(), portal_a.site.hostname
    client.get(url, HTTP_HOST=host)
    small = count_queries(client, url, host)
    fill(register, add_document, catalogue, 27, offset=100)
    assert count_queries(client, url, host) == small


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
