"""Background work: tell a portal's approvers that citizen input awaits moderation, and tell a citizen that
their question has been answered. Enqueued after the item is committed and run by the worker
(`manage.py db_worker --backend background`), never inside the citizen's or the approver's request."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from component_portals.roles import BOARD_GROUP

from .models import CitizenInput, Status, TicketStatus

BACKGROUND = "background"
logger = logging.getLogger(__name__)


def enqueue_after_commit(task_function, item_id, *args):
    """Enqueue `task_function(item_id, *args)` once the current transaction commits. A queue that cannot take it
    must not turn the stored decision into an error page: the item stays visible in the admin and to look-ups."""

    def enqueue():
        try:
            task_function.enqueue(item_id, *args)
        except Exception:
            logger.exception("Could not enqueue %s for citizen input %s", getattr(task_function, "name", "a task"), item_id)

    transaction.on_commit(enqueue)


def moderator_emails(portal):
    """The portal's active approvers with an address; the board when the portal has none, so that nothing
    waits unseen."""
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    emails = list(users.filter(groups=portal.approvers_group_id).values_list("email", flat=True).distinct()) \
        if portal.approvers_group_id else []
    if not emails:
        emails = list(users.filter(groups__name=BOARD_GROUP).values_list("email", flat=True).distinct())
    return sorted(set(emails))


@task(backend=BACKGROUND)
def notify_moderators(item_id):
    item = CitizenInput.objects.select_related("portal", "page").filter(pk=item_id).first()
    if item is None or item.status != Status.PENDING:
        return 0
    return _mail_moderators(item)


@task(backend=BACKGROUND)
def notify_forwarded(item_id, from_portal_name):
    """Tell the approvers of the portal a question was forwarded to that it is theirs to answer."""
    item = CitizenInput.objects.select_related("portal", "page").filter(pk=item_id).first()
    if item is None or item.status in (Status.REJECTED, Status.SPAM) or item.ticket_status == TicketStatus.ANSWERED:
        return 0
    return _mail_moderators(item, forwarded_from=from_portal_name)


def _mail_moderators(item, forwarded_from=""):
    recipients = moderator_emails(item.portal)
    if not recipients:
        return 0
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "item": item,
            "portal": item.portal,
            "forwarded_from": forwarded_from,
            "admin_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("comments_admin:item", args=[item.pk]),
        }
        subject = render_to_string("comments/email/new_pending_subject.txt", context).strip()
        body = render_to_string("comments/email/new_pending.txt", context)
    # One message per moderator: they do not see each other's addresses.
    subject = " ".join(subject.split())
    messages = [EmailMessage(subject=subject, body=body, to=[email]) for email in recipients]
    return get_connection().send_messages(messages) or 0


@task(backend=BACKGROUND)
def notify_asker_answered(item_id):
    """Mail the citizen who asked that the official answer is there, with the answer and the look-up link."""
    item = CitizenInput.objects.select_related("portal__site").filter(pk=item_id).first()
    if (
        item is None or not item.is_question or item.ticket_status != TicketStatus.ANSWERED or not item.reply
        or item.status in (Status.REJECTED, Status.SPAM) or not item.author_email
    ):
        return 0
    site = item.portal.site
    lookup_url = f"{site.root_url}{reverse('comments:lookup')}?ma={item.ticket_code}" if site else ""
    with translation.override(settings.LANGUAGE_CODE):
        context = {"item": item, "portal": item.portal, "lookup_url": lookup_url}
        subject = render_to_string("comments/email/question_answered_subject.txt", context).strip()
        body = render_to_string("comments/email/question_answered.txt", context)
    message = EmailMessage(subject=" ".join(subject.split()), body=body, to=[item.author_email])
    return get_connection().send_messages([message]) or 0
