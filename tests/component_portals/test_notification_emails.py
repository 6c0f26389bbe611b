"""Wagtail's workflow e-mails reach officials in Vietnamese, with links built from WAGTAILADMIN_BASE_URL:
the approvers when an editor sends a page for approval, the editor when the approver asks for changes or
publishes."""

import re

import pytest
from django.core import mail

from tests.factories import add_standard_page, make_user

pytestmark = pytest.mark.django_db
BASE_URL = "https://quantri.lamvien.gov.vn"
ENGLISH = re.compile(r"\b(The page|has been|You can|Hello|Edit your|submitted|approved|rejected)\b")


@pytest.fixture
def in_review(settings, portal_a):
    settings.WAGTAILADMIN_BASE_URL = BASE_URL
    editor = make_user("editor", portal_a, email="bientap@so-a.gov.vn")
    approver = make_user("approver", portal_a, email="duyet@so-a.gov.vn")
    page = add_standard_page(portal_a.root_page, title="Kế hoạch chuyển đổi số", publish=False)
    page.save_revision(user=editor)
    mail.outbox.clear()
    page.get_workflow().start(page, editor)
    return page, editor, approver


def messages_to(address):
    return [message for message in mail.outbox if address in message.to]


def assert_vietnamese_with_admin_links(message):
    text = message.subject + "\n" + message.body
    assert not ENGLISH.search(text), text
    admin_links = [link for link in re.findall(r"https?://\S+", message.body) if "/admin/" in link]
    assert admin_links and all(link.startswith(BASE_URL) for link in admin_links), admin_links


def test_approvers_are_told_in_vietnamese_when_a_page_is_sent_for_approval(in_review):
    page, editor, approver = in_review
    [message] = messages_to(approver.email)
    assert "Kế hoạch chuyển đổi số" in message.subject and "gửi duyệt" in message.subject
    assert f"{BASE_URL}/admin/pages/{page.pk}/edit/" in message.body
    assert_vietnamese_with_admin_links(message)


def test_the_editor_is_told_in_vietnamese_when_changes_are_requested(in_review):
    page, editor, approver = in_review
    mail.outbox.clear()
    task_state = page.current_workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, approver, "reject", comment="Bổ sung số liệu quý III.")
    [message] = messages_to(editor.email)
    assert "yêu cầu sửa" in message.body or "cần sửa" in message.subject
    assert "Bổ sung số liệu quý III." in message.body
    assert_vietnamese_with_admin_links(message)


def test_the_editor_is_told_in_vietnamese_when_the_page_is_approved(in_review):
    page, editor, approver = in_review
    mail.outbox.clear()
    task_state = page.current_workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, approver, "approve")
    [message] = messages_to(editor.email)
    assert "đã được duyệt" in message.subject
    assert_vietnamese_with_admin_links(message)
