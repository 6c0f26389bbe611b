"""Moderation decisions and replies. Every one is written to Wagtail's audit log; a question that becomes
answered is mailed to the citizen who asked it (after the commit, by the background worker)."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from home.chrome import forget_site_chrome
from home.purge import purge_page

from .models import Status, TicketStatus
from .tasks import enqueue_after_commit, notify_asker_answered, notify_forwarded

APPROVE = "comments.approve"
REJECT = "comments.reject"
MARK_SPAM = "comments.spam"
REPLY = "comments.reply"
FORWARD = "comments.forward"

ACTION_FOR_STATUS = {Status.APPROVED: APPROVE, Status.REJECTED: REJECT, Status.SPAM: MARK_SPAM}

# The admin's URL words for decisions.
DECISIONS = {"duyet": Status.APPROVED, "tu-choi": Status.REJECTED, "thu-rac": Status.SPAM}

LOG_ACTIONS = [
    (APPROVE, _("Duyệt ý kiến công dân"), _("Đã duyệt ý kiến công dân")),
    (REJECT, _("Không duyệt ý kiến công dân"), _("Đã không duyệt ý kiến công dân")),
    (MARK_SPAM, _("Đánh dấu thư rác"), _("Đã đánh dấu ý kiến công dân là thư rác")),
    (REPLY, _("Trả lời ý kiến công dân"), _("Đã cập nhật trả lời chính thức")),
    (FORWARD, _("Chuyển câu hỏi cho cổng khác"), _("Đã chuyển câu hỏi cho cổng khác trả lời")),
]


def _log_data(item, **extra):
    return {"kind": item.kind, "portal": item.portal.slug, "page_id": item.page_id, **extra}


@transaction.atomic
def decide(item, user, status):
    previous = item.status
    item.status = status
    item.moderated_by = user
    item.moderated_at = timezone.now()
    fields = ["status", "moderated_by", "moderated_at", "updated_at"]
    if item.is_question and status == Status.APPROVED and item.ticket_status == TicketStatus.RECEIVED:
        # An approved question is accepted for processing.
        item.ticket_status = TicketStatus.IN_PROGRESS
        fields.append("ticket_status")
    item.save(update_fields=fields)
    forget_site_chrome()  # a home's answered questions are kept with the site's chrome
    purge_page(item.page)  # approved input shows on its page; a decision may also take it away
    log(instance=item, action=ACTION_FOR_STATUS[status], user=user,
        data=_log_data(item, previous_status=previous, status=status))


@transaction.atomic
def save_reply(item, user, reply, ticket_status=None, general_interest=None):
    """Save the official reply (and, for a question, its ticket status and publication); returns whether
    anything changed. Only changes are logged."""
    previous = {"reply": item.reply, "ticket_status": item.ticket_status, "general_interest": item.general_interest}
    if reply != item.reply:
        item.reply = reply
        item.replied_by = user if reply else None
        item.replied_at = timezone.now() if reply else None
    if item.is_question:
        if ticket_status:
            item.ticket_status = ticket_status
        elif reply:
            item.ticket_status = TicketStatus.ANSWERED
        if general_interest is not None:
            item.general_interest = general_interest
    current = {"reply": item.reply, "ticket_status": item.ticket_status, "general_interest": item.general_interest}
    if current == previous:
        return False
    item.save()
    forget_site_chrome()
    purge_page(item.page)
    newly_answered = previous["ticket_status"] != TicketStatus.ANSWERED and item.ticket_status == TicketStatus.ANSWERED
    if item.is_question and item.reply and newly_answered:
        enqueue_after_commit(notify_asker_answered, item.pk)
    log(instance=item, action=REPLY, user=user, data=_log_data(
        item,
        replied=bool(item.reply),
        reply_changed=previous["reply"] != item.reply,
        ticket_status=item.ticket_status,
        previous_ticket_status=previous["ticket_status"],
        general_interest=item.general_interest,
    ))
    return True


@transaction.atomic
def answer_and_publish(item, user, reply):
    """One step for a question: the reply is saved, the question approved and published in the portal's Hỏi
    đáp section (each change logged as usual)."""
    if item.status != Status.APPROVED:
        decide(item, user, Status.APPROVED)
    save_reply(item, user, reply, ticket_status=TicketStatus.ANSWERED, general_interest=True)


@transaction.atomic
def forward(item, user, portal, page):
    """Hand a question to another portal's approvers: it becomes that portal's (its queue, its questions past
    due) and is attached to its Hỏi đáp section; the asker's due date stays. Its approvers are mailed."""
    previous = item.portal
    item.portal, item.page = portal, page
    item.save(update_fields=["portal", "page", "updated_at"])
    forget_site_chrome()
    log(instance=item, action=FORWARD, user=user,
        data=_log_data(item, from_portal=previous.slug, from_portal_name=previous.name, to_portal_name=portal.name))
    enqueue_after_commit(notify_forwarded, item.pk, previous.name)
