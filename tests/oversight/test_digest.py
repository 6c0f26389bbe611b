"""The weekly digest to approvers lists overdue and empty categories."""

import pytest
from django.core import mail
from django.core.management import call_command

from oversight.digest import send_weekly_digest
from tests.factories import make_user


@pytest.mark.django_db
def test_digest_mail_lists_empty_categories_to_the_portals_approvers(portal_a):
    approver = make_user("approver", portal_a, email="duyet@so-a.gov.vn")
    make_user("editor", portal_a, email="bientap@so-a.gov.vn")
    assert send_weekly_digest.call(portal_a.pk) == 1
    [message] = mail.outbox
    assert message.to == [approver.email]
    assert portal_a.name in message.subject
    assert "Tin tức, sự kiện: chưa có tin nào" in message.body


@pytest.mark.django_db
def test_digest_command_enqueues_one_task_per_portal_with_gaps(portal_a, portal_b, province):
    from io import StringIO

    out = StringIO()
    call_command("oversight_digest", stdout=out)
    assert "Đã xếp lịch gửi thư tổng hợp cho 3 cổng." in out.getvalue()
