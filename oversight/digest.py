"""The weekly digest: each portal's approvers receive the list of their overdue and empty categories.
`manage.py oversight_digest` (meant for cron, e.g. Monday 07:00) enqueues one background task per portal
that has something to report; the worker (`manage.py db_worker --backend background`) sends the mail."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task

from component_portals.models import ComponentPortal

from .rules import EMPTY, OVERDUE
from .scorecard import build_scorecard

BACKGROUND = "background"


def approver_emails(portal):
    if not portal.approvers_group_id:
        return []
    users = get_user_model().objects.filter(is_active=True, groups=portal.approvers_group_id).exclude(email="")
    return sorted(set(users.values_list("email", flat=True)))


def late_cells(row):
    return [cell for cell in row.cells if cell.state in (OVERDUE, EMPTY)]


def digest_body(row):
    lines = [
        _("Kính gửi người duyệt tin của %(portal)s,") % {"portal": row.portal.name},
        "",
        _("Các chuyên mục thông tin bắt buộc cần cập nhật (điểm hiện tại: %(score)s/100):") % {"score": row.score},
    ]
    for cell in late_cells(row):
        if cell.state == EMPTY:
            lines.append(_("- %(title)s: chưa có tin nào") % {"title": cell.category.title})
        else:
            lines.append(
                _("- %(title)s: %(days)s ngày chưa cập nhật (quy định tối đa %(limit)s ngày)")
                % {"title": cell.category.title, "days": cell.days_since, "limit": cell.rule.max_age_days}
            )
    lines += ["", _("Thư này được gửi tự động hằng tuần từ hệ thống giám sát cổng thông tin điện tử của tỉnh.")]
    return "\n".join(lines)


@task(backend=BACKGROUND)
def send_weekly_digest(portal_id):
    """Send the digest of one portal; returns the number of recipients (0 when nothing to report)."""
    portal = ComponentPortal.objects.filter(pk=portal_id).first()
    if portal is None:
        return 0
    rows = build_scorecard(portals=ComponentPortal.objects.filter(pk=portal_id))
    recipients = approver_emails(portal)
    if not rows or not late_cells(rows[0]) or not recipients:
        return 0
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("[Giám sát cổng] %(portal)s: chuyên mục quá hạn hoặc chưa có tin") % {"portal": portal.name}
        send_mail(subject, digest_body(rows[0]), None, recipients)
    return len(recipients)


def enqueue_digests():
    """One task per active portal with overdue or empty categories; returns how many were enqueued."""
    count = 0
    for row in build_scorecard():
        if late_cells(row) and row.portal.approvers_group_id:
            send_weekly_digest.enqueue(row.portal.pk)
            count += 1
    return count
