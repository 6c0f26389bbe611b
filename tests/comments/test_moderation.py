"""Moderation in the Wagtail admin: the queue, decisions, replies, the audit log, the dashboard count, and
the scope matrix: approvers moderate their own portal only, the board every portal, editors and the
monitor nothing, whatever admin URL they type."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from comments.models import CitizenInput, Holiday, Kind, Status, TicketStatus

from ..factories import add_article, make_item


pytestmark = pytest.mark.django_db

QUEUE = reverse("comments_admin:queue")


def assert_refused(response):
    """Wagtail answers a PermissionDenied in the admin with a redirect to the dashboard and a message."""
    assert (response.status_code, response.get("Location")) in ((403, None), (302, reverse("wagtailadmin_home")))


@pytest.fixture
def items(portal_a, portal_b):
    article_a = add_article(portal_a, "Tin của Sở A")
    article_b = add_article(portal_b, "Tin của xã B")
    return {
        "a": make_item(portal_a, article_a, body="Ý kiến gửi Sở A"),
        "b": make_item(portal_b, article_b, body="Ý kiến gửi xã B"),
    }


def refreshed(item):
    return CitizenInput.objects.get(pk=item.pk)


def do(client, action, item, **extra):
    """One admin action on one item; returns the response."""
    if action == "list":
        return client.get(QUEUE, {"status": ""})
    if action == "detail":
        return client.get(reverse("comments_admin:item", args=[item.pk]))
    if action in ("duyet", "tu-choi", "thu-rac"):
        return client.post(reverse("comments_admin:decide", args=[item.pk, action]))
    if action == "reply":
        return client.post(reverse("comments_admin:reply", args=[item.pk]), {"reply": "Trả lời chính thức của cơ quan."})
    if action == "bulk":
        return client.post(reverse("comments_admin:bulk"), {"ids": [item.pk], "decision": "duyet"})
    raise ValueError(action)


def changed(before, after):
    return (before.status, before.reply) != (after.status, after.reply)


ACTIONS = ["list", "detail", "duyet", "tu-choi", "thu-rac", "reply", "bulk"]


@pytest.mark.parametrize("action", ACTIONS)
def test_approver_of_a_cannot_touch_b_items(login, portal_a, items, action):
    approver = login("approver", portal_a)
    before = refreshed(items["b"])
    response = do(approver, action, items["b"])
    if action == "list":
        assert response.status_code == 200
        assert "Ý kiến gửi xã B" not in response.content.decode()
        assert "Ý kiến gửi Sở A" in response.content.decode()
    elif action == "bulk":
        assert_refused(response)
    else:
        assert response.status_code == 404
    assert not changed(before, refreshed(items["b"]))
    assert not ModelLogEntry.objects.filter(object_id=str(items["b"].pk), content_type__model="citizeninput").exists()


@pytest.mark.parametrize("action", ACTIONS)
def test_approver_of_a_moderates_a_items(login, portal_a, items, action):
    approver = login("approver", portal_a)
    response = do(approver, action, items["a"])
    assert response.status_code in (200, 302)
    if action not in ("list", "detail"):
        assert changed(items["a"], refreshed(items["a"]))


@pytest.mark.parametrize("role", ["board", "superuser"])
@pytest.mark.parametrize("action", ACTIONS)
def test_board_and_superuser_moderate_every_portal(login, items, role, action):
    client = login(role)
    for key in ("a", "b"):
        response = do(client, action, items[key])
        assert response.status_code in (200, 302)
        if action == "list":
            assert "Ý kiến gửi Sở A" in response.content.decode() and "Ý kiến gửi xã B" in response.content.decode()
        elif action != "detail":
            assert changed(items[key], refreshed(items[key]))


@pytest.mark.parametrize("role", ["editor", "monitor"])
@pytest.mark.parametrize("action", ACTIONS)
def test_editors_and_monitor_moderate_nothing(login, portal_a, items, role, action):
    client = login(role, portal_a if role == "editor" else None)
    for key in ("a", "b"):
        assert_refused(do(client, action, items[key]))
        assert not changed(items[key], refreshed(items[key]))


def test_anonymous_is_sent_to_login(client, items):
    response = do(client, "duyet", items["a"])
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert refreshed(items["a"]).status == Status.PENDING


def test_bulk_with_an_item_of_another_portal_changes_nothing(login, portal_a, items):
    approver = login("approver", portal_a)
    response = approver.post(reverse("comments_admin:bulk"), {"ids": [items["a"].pk, items["b"].pk], "decision": "duyet"})
    assert_refused(response)
    assert refreshed(items["a"]).status == Status.PENDING and refreshed(items["b"]).status == Status.PENDING


def test_filter_on_another_portal_shows_nothing_of_it(login, portal_a, portal_b, items):
    approver = login("approver", portal_a)
    html = approver.get(QUEUE, {"portal": portal_b.pk, "status": ""}).content.decode()
    assert "Ý kiến gửi xã B" not in html


def test_queue_filters(login, portal_a, portal_b, items):
    board = login("board")
    old = make_item(portal_a, items["a"].page, kind=Kind.QUESTION, body="Câu hỏi cũ", status=Status.APPROVED)
    CitizenInput.objects.filter(pk=old.pk).update(created_at=timezone.now() - timezone.timedelta(days=40))

    def shown(**params):
        soup = BeautifulSoup(board.get(QUEUE, params).content, "html.parser")
        return {int(row["data-item"]) for row in soup.select("tr[data-item]")}

    a, b = items["a"].pk, items["b"].pk
    assert shown() == {a, b}  # pending by default
    assert shown(status="") == {a, b, old.pk}
    assert shown(status="", portal=portal_b.pk) == {b}
    assert shown(status="", kind="question") == {old.pk}
    assert shown(status="approved") == {old.pk}
    assert shown(status="", age="older30") == {old.pk}
    assert shown(status="", age="1") == {a, b}


def test_bulk_approve_reject_spam_are_logged(login, portal_a, items):
    approver = login("approver", portal_a)
    extra = make_item(portal_a, items["a"].page, body="Quảng cáo")
    response = approver.post(reverse("comments_admin:bulk"), {"ids": [items["a"].pk], "decision": "duyet", "next": QUEUE})
    assert response.status_code == 302 and response["Location"] == QUEUE
    approver.post(reverse("comments_admin:bulk"), {"ids": [extra.pk], "decision": "thu-rac"})
    a, spam = refreshed(items["a"]), refreshed(extra)
    assert (a.status, a.moderated_by) == (Status.APPROVED, approver.user)
    assert a.moderated_at is not None
    assert spam.status == Status.SPAM
    entries = ModelLogEntry.objects.filter(content_type__model="citizeninput")
    assert {(entry.object_id, entry.action, entry.user_id) for entry in entries} == {
        (str(a.pk), "comments.approve", approver.user.pk),
        (str(spam.pk), "comments.spam", approver.user.pk),
    }
    entry = entries.get(action="comments.approve")
    assert entry.data["previous_status"] == "pending" and entry.data["portal"] == portal_a.slug
    assert entry.label == f"Ý kiến bạn đọc #{a.pk}"  # no personal data in the audit log


def test_reject_and_reply_are_logged(login, portal_a, items):
    approver = login("approver", portal_a)
    do(approver, "tu-choi", items["a"])
    do(approver, "reply", items["a"])
    item = refreshed(items["a"])
    assert item.status == Status.REJECTED
    assert item.reply == "Trả lời chính thức của cơ quan."
    assert item.replied_by == approver.user and item.replied_at is not None
    actions = list(ModelLogEntry.objects.filter(object_id=str(item.pk)).values_list("action", flat=True))
    assert sorted(actions) == ["comments.reject", "comments.reply"]
    detail = approver.get(reverse("comments_admin:item", args=[item.pk])).content.decode()
    assert "Lịch sử" in detail


def test_detail_shows_email_to_moderators_and_escapes_text(login, portal_a, items):
    item = items["a"]
    item.body = "<script>alert(1)</script>"
    item.save()
    html = login("approver", portal_a).get(reverse("comments_admin:item", args=[item.pk])).content.decode()
    assert item.author_email in html
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_reply_form_refuses_answered_without_text(login, portal_a, qa_section):
    question = make_item(portal_a, qa_section, kind=Kind.QUESTION, ticket_code="HD-AAAA-BBBB",
                         ticket_status=TicketStatus.RECEIVED)
    approver = login("approver", portal_a)
    response = approver.post(reverse("comments_admin:reply", args=[question.pk]),
                             {"reply": "", "ticket_status": TicketStatus.ANSWERED})
    assert response.status_code == 200
    assert "cần có nội dung trả lời" in response.content.decode()
    assert refreshed(question).ticket_status == TicketStatus.RECEIVED


def test_unknown_decision_is_404(login, portal_a, items):
    response = login("approver", portal_a).post(reverse("comments_admin:decide", args=[items["a"].pk, "xoa"]))
    assert response.status_code == 404


# The dashboard.

def test_dashboard_counts_pending_items_in_scope(login, portal_a, items):
    make_item(portal_a, items["a"].page, status=Status.APPROVED)
    approver = login("approver", portal_a)
    soup = BeautifulSoup(approver.get(reverse("wagtailadmin_home")).content, "html.parser")
    assert soup.select_one("[data-pending-count]")["data-pending-count"] == "1"
    board = BeautifulSoup(login("board").get(reverse("wagtailadmin_home")).content, "html.parser")
    assert board.select_one("[data-pending-count]")["data-pending-count"] == "2"
    editor = BeautifulSoup(login("editor", portal_a).get(reverse("wagtailadmin_home")).content, "html.parser")
    assert editor.select_one("[data-pending-count]") is None


def test_menu_item_only_for_moderators(login, portal_a):
    assert QUEUE in login("approver", portal_a).get(reverse("wagtailadmin_home")).content.decode()
    assert QUEUE not in login("monitor").get(reverse("wagtailadmin_home")).content.decode()


# Holidays.

def test_only_the_board_edits_holidays(login, portal_a):
    add_url = reverse("holidays:add")
    data = {"date": "2026-09-02", "name": "Quốc khánh"}
    assert login("approver", portal_a).post(add_url, data).status_code in (302, 403)
    assert not Holiday.objects.exists()
    assert login("approver", portal_a).get(reverse("holidays:index")).status_code in (302, 403)
    board = login("board")
    assert board.get(reverse("holidays:index")).status_code == 200
    response = board.post(add_url, data)
    assert response.status_code == 302
    assert Holiday.objects.get().name == "Quốc khánh"


def test_saving_an_unchanged_reply_logs_nothing(login, portal_a, items):
    approver = login("approver", portal_a)
    response = approver.post(reverse("comments_admin:reply", args=[items["a"].pk]), {"reply": ""})
    assert response.status_code == 302
    assert not ModelLogEntry.objects.filter(object_id=str(items["a"].pk)).exists()
