"""Narrow questions about citizen input, asked by the oversight scorecard and the editorial board's queue,
so that they need to know neither the model nor its statuses. Each answer is one query."""

from django.db.models import Count, Max, Min, Q

from .models import CitizenInput, Kind, Status, TicketStatus


def _open_questions():
    """Questions still waiting for their answer (rejected and spam ones wait for nothing)."""
    return (
        CitizenInput.objects.filter(kind=Kind.QUESTION)
        .exclude(status__in=[Status.REJECTED, Status.SPAM])
        .exclude(ticket_status=TicketStatus.ANSWERED)
    )


def answered_question_counts(portal_ids, until, period_from, period_to):
    """{portal id: {"total", "in_period", "last"}} of the questions answered before `until` and published in
    the portal's Hỏi đáp section; `in_period` counts those answered in [period_from, period_to), `last` is the
    time of the latest answer."""
    answers = (
        CitizenInput.objects.published_questions_everywhere()
        .filter(portal__in=portal_ids, replied_at__lt=until)
        .values("portal").order_by()
        .annotate(
            total=Count("id"), last=Max("replied_at"),
            in_period=Count("id", filter=Q(replied_at__gte=period_from, replied_at__lt=period_to)),
        )
    )
    return {values["portal"]: values for values in answers}


def pending_input_counts(portal_ids):
    """{portal id: (number of items awaiting moderation, when the oldest was sent)}; portals with none are
    left out."""
    pending = (
        CitizenInput.objects.filter(portal__in=portal_ids, status=Status.PENDING)
        .values("portal").order_by()
        .annotate(n=Count("id"), oldest=Min("created_at"))
    )
    return {values["portal"]: (values["n"], values["oldest"]) for values in pending}


def overdue_question_counts(portal_ids, today):
    """{portal id: number of open questions whose due date is before `today`}; portals with none are left out."""
    overdue = (
        _open_questions().filter(portal__in=portal_ids, due_date__lt=today)
        .values("portal").order_by()
        .annotate(n=Count("id"))
    )
    return {values["portal"]: values["n"] for values in overdue}


def oldest_pending_input(limit):
    """Up to `limit` items awaiting moderation, oldest first, with their portal."""
    return list(CitizenInput.objects.filter(status=Status.PENDING).select_related("portal").order_by("created_at")[:limit])


def questions_due_by(day, limit):
    """Up to `limit` open questions due on or before `day`, soonest first, with their portal."""
    return list(_open_questions().filter(due_date__lte=day).select_related("portal").order_by("due_date")[:limit])
