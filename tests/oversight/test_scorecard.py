"""Completeness checks, visits, citizen input, the score formula, ranking, and the query count."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from component_portals.models import ComponentPortal
from component_portals.provisioning import provision_portal
from decree.contacts import ContactOfficial
from decree.documents import DocumentType, Issuer, LegalDocumentPage
from decree.intro import LeaderProfile
from decree.projects import ProjectPage
from home.models import PageViewCount
from oversight.rules import DUE_SOON, EMPTY, OK, OVERDUE
from oversight.scorecard import CHECKS, PortalRow, build_scorecard, compute_score, rank

from .conftest import TODAY


def row_of(portal, **kwargs):
    rows = build_scorecard(portals=ComponentPortal.objects.filter(pk=portal.pk), today=TODAY, **kwargs)
    return rows[0]


@pytest.mark.django_db
def test_intro_without_leader_profiles_is_reported(portal_a, section):
    intro = section(portal_a, "intro")
    assert [page_id for page_id, _title in row_of(portal_a).problems["intro_leaders"]] == [intro.pk]
    LeaderProfile.objects.create(page=intro, full_name="Nguyễn Văn Giám Đốc", position="Giám đốc")
    assert not row_of(portal_a).problems.get("intro_leaders")


@pytest.mark.django_db
def test_contacts_without_emails_are_reported(portal_a, section):
    contacts = section(portal_a, "contacts")
    ContactOfficial.objects.create(page=contacts, name="Trần Thị Liên Hệ", position="Chánh Văn phòng",
                                   email="lienhe@so-a.gov.vn")
    assert not row_of(portal_a).problems.get("contact_emails")
    ContactOfficial.objects.create(page=contacts, name="Lê Văn Điện Thoại", position="Phó Chánh Văn phòng",
                                   phone="0263 3822 000", email="")
    assert [page_id for page_id, _t in row_of(portal_a).problems["contact_emails"]] == [contacts.pk]


@pytest.mark.django_db
def test_legal_documents_without_files_are_reported(portal_a, section):
    register = section(portal_a, "documents")
    document = LegalDocumentPage(
        title="Quyết định số 1/2026/QĐ-UBND", number="1/2026/QĐ-UBND", summary="Trích yếu",
        document_type=DocumentType.objects.get_or_create(name="Quyết định", defaults={"abbreviation": "QĐ"})[0],
        issuer=Issuer.objects.get_or_create(name="Ủy ban nhân dân tỉnh Thử Nghiệm")[0],
        issue_date=datetime.date(2026, 1, 5), effective_date=datetime.date(2026, 1, 5), locale=register.locale,
        live=True,
    )
    register.add_child(instance=document)
    assert [page_id for page_id, _t in row_of(portal_a).problems["document_files"]] == [document.pk]


@pytest.mark.django_db
def test_projects_without_status_are_reported(portal_a, section):
    projects = section(portal_a, "projects")
    project = ProjectPage(title="Dự án thử nghiệm", objective="Mục tiêu", sector="other", period_start=2026,
                          period_end=2027, locale=projects.locale, live=True)
    projects.add_child(instance=project)
    assert not row_of(portal_a).problems.get("project_status")
    ProjectPage.objects.filter(pk=project.pk).update(status="")  # e.g. imported data without a status
    assert [page_id for page_id, _t in row_of(portal_a).problems["project_status"]] == [project.pk]
    ProjectPage.objects.filter(pk=project.pk).update(status="under_way")
    assert not row_of(portal_a).problems.get("project_status")


@pytest.mark.django_db
def test_visits_are_counted_per_category_within_the_period(portal_a, add_item):
    page = add_item(portal_a, "news", age=3)
    PageViewCount.objects.create(page=page, day=datetime.date(2026, 6, 1), views=7)
    PageViewCount.objects.create(page=page, day=datetime.date(2025, 6, 1), views=100)
    row = row_of(portal_a, start=datetime.date(2026, 1, 1), end=TODAY)
    assert next(cell for cell in row.cells if cell.category.key == "news").visits == 7
    assert row.visits == 7


@pytest.mark.django_db
def test_items_are_counted_in_the_period(portal_a, add_item):
    add_item(portal_a, "news", age=1)
    add_item(portal_a, "news", age=400)
    row = row_of(portal_a, start=datetime.date(2026, 1, 1), end=TODAY)
    cell = next(cell for cell in row.cells if cell.category.key == "news")
    assert (cell.in_period, cell.total, cell.days_since) == (1, 2, 1)


@pytest.mark.django_db
def test_pending_citizen_input_and_overdue_questions(portal_a, section):
    pytest.importorskip("comments.models")
    from comments.models import CitizenInput, Kind, Status, TicketStatus

    page = section(portal_a, "qa")
    CitizenInput.objects.create(portal=portal_a, page=page, kind=Kind.COMMENT, status=Status.PENDING,
                                author_name="Người dân", body="Ý kiến")
    CitizenInput.objects.create(portal=portal_a, page=page, kind=Kind.QUESTION, status=Status.APPROVED,
                                author_name="Người dân", body="Câu hỏi", ticket_status=TicketStatus.RECEIVED,
                                due_date=TODAY - datetime.timedelta(days=1))
    CitizenInput.objects.create(portal=portal_a, page=page, kind=Kind.QUESTION, status=Status.APPROVED,
                                author_name="Người dân", body="Đã trả lời", ticket_status=TicketStatus.ANSWERED,
                                due_date=TODAY - datetime.timedelta(days=1))
    row = row_of(portal_a)
    assert (row.pending_input, row.overdue_questions) == (1, 1)


def fake_row(name, states, failed_checks=0, overdue_questions=0):
    class Cell:
        def __init__(self, state):
            self.state = state

    portal = ComponentPortal(name=name, slug=name)
    row = PortalRow(portal, cells=[Cell(state) for state in states], overdue_questions=overdue_questions)
    for key in list(CHECKS)[:failed_checks]:
        row.problems[key].append((1, "x"))
    return row


def test_score_formula():
    assert compute_score(fake_row("a", [OK, OK])) == 100.0
    assert compute_score(fake_row("b", [OK, DUE_SOON, OVERDUE, EMPTY])) == round(70 * 2 / 4 + 20 + 10, 1)
    assert compute_score(fake_row("c", [OK], failed_checks=2)) == 70 + 10 + 10
    assert compute_score(fake_row("d", [OK], overdue_questions=2)) == 70 + 20 + 6
    assert compute_score(fake_row("e", [EMPTY], failed_checks=4, overdue_questions=9)) == 0


def test_ranking_orders_by_score_and_shares_ties():
    rows = [fake_row("c", [EMPTY]), fake_row("b", [OK]), fake_row("a", [OK]), fake_row("d", [OVERDUE])]
    for row in rows:
        row.score = compute_score(row)
    ranked = rank(rows)
    assert [(row.portal.name, row.rank) for row in ranked] == [("a", 1), ("b", 1), ("d", 3), ("c", 4)]


@pytest.mark.django_db
def test_query_count_does_not_grow_with_the_number_of_portals(province, add_item, portal_a, portal_b):
    add_item(portal_a, "news", age=2)
    with CaptureQueriesContext(connection) as few:
        rows = build_scorecard(today=TODAY)
    assert len(rows) == 3
    for number in range(3):
        portal = provision_portal(name=f"Xã Thêm {number}", slug=f"xa-them-{number}", kind="commune", parent=province)
        add_item(portal, "news", age=number)
        add_item(portal, "documents", age=number)
    with CaptureQueriesContext(connection) as many:
        rows = build_scorecard(today=TODAY)
    assert len(rows) == 6
    assert len(many) == len(few)
    assert len(few) <= 26


@pytest.mark.django_db
def test_english_pages_do_not_count(portal_a):
    english_home = Page.objects.get(pk=portal_a.root_page_id).get_translations().first()
    assert english_home is not None
    row = row_of(portal_a)
    assert all(cell.total == 0 for cell in row.cells if cell.category.key not in ("intro", "contacts", "services"))
