from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from .calendar import WorkCalendarPage
from .documents import LegalDocumentPage


@hooks.register("describe_search_results")
def show_issue_dates(results_by_pk):
    """A legal document found by search shows its number and issue date, not the day it was put online."""
    rows = LegalDocumentPage.objects.filter(pk__in=list(results_by_pk)).values_list("pk", "number", "issue_date")
    for pk, number, issue_date in rows:
        results_by_pk[pk].update(
            number=number, date=issue_date, date_iso=issue_date.isoformat(), date_label=_("Ngày ban hành")
        )


@hooks.register("portal_menu_links")
def work_calendar_in_the_menu(root):
    """The leaders' work calendar in the main menu of every portal that has one (it lives deep in the
    direction section, where citizens would not look for it)."""
    calendar = WorkCalendarPage.objects.live().public().descendant_of(root).first()
    return [(_("Lịch công tác"), calendar)] if calendar else []
