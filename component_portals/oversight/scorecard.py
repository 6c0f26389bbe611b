"""The scorecard: portals × mandatory categories, computed with a fixed number of aggregate queries.

A portal's Vietnamese home page sits at depth 2 and its category sections at depth 3 (treebeard paths,
steplen 4), so every item's section is the first 12 characters of its path. The service runs:

  1 query for the portals, 1 for the rules, 1 per section page type (the category key lives on the concrete
  types), 1 aggregate over the items grouped by section path, 1 over visits, 1 over the «useful?» ratings,
  1 over the published answers (the «Hỏi đáp» category's items), 4 completeness checks and 2 over citizen
  input: a count that does not depend on the number of portals or pages.

`today` may lie in the past (the score history, a period ending before today): items first published after it
are left out, and an item republished after it counts from its first publication.

Score of a portal (0-100), documented in the scorecard screen too:
  score = 70 × F + 20 × C + 10 × R
  F  mean over its applicable categories of the state points: ok 1, due soon 0.75, overdue 0.25, empty 0
  C  share of the 4 completeness checks the portal passes (intro with leaders, contacts with emails,
     legal documents with files, projects with a status)
  R  1 − 0.2 × questions past their due date, floored at 0 (1 when the comments app is absent)
Ranking: by score descending, ties share the rank (1, 2, 2, 4), then by name.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.apps import apps
from django.db.models import Case, Count, Max, Min, Q, Sum, When
from django.db.models.functions import Substr
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from decree.categories import CATEGORIES, CATEGORY_BY_KEY, COMPLETENESS_CHECKS, SELF_CONTAINED
from home.text import vietnamese_sort_key

from ..models import ComponentPortal, PortalStatus
from .rules import DUE_SOON, EMPTY, OK, OVERDUE, STATE_LABELS, compute_state, rules_in_force

STEP = Page.steplen
PORTAL_PREFIX = STEP * 2
SECTION_PREFIX = STEP * 3
STATE_POINTS = {OK: 1.0, DUE_SOON: 0.75, OVERDUE: 0.25, EMPTY: 0.0}
WEIGHT_FRESHNESS, WEIGHT_COMPLETENESS, WEIGHT_RESPONSIVENESS = 70, 20, 10
OVERDUE_QUESTION_PENALTY = 0.2

CHECKS = {check.key: check.problem for check in COMPLETENESS_CHECKS}


@dataclass
class Cell:
    category: object
    rule: object
    section_id: int | None = None
    total: int = 0
    in_period: int = 0
    last_update: datetime.datetime | None = None
    days_since: int | None = None
    state: str = EMPTY
    visits: int = 0
    ratings: int = 0
    useful: int = 0

    @property
    def state_label(self):
        return STATE_LABELS[self.state]

    @property
    def last_update_day(self):
        return timezone.localtime(self.last_update).date() if self.last_update else None

    @property
    def last_update_display(self):
        return timezone.localtime(self.last_update).strftime("%d/%m/%Y") if self.last_update else ""


@dataclass
class PortalRow:
    portal: object
    cells: list = field(default_factory=list)
    problems: dict = field(default_factory=lambda: defaultdict(list))  # check key -> [(page id, title)]
    visits: int = 0
    ratings: int = 0
    useful: int = 0
    pending_input: int | None = None
    oldest_pending_days: int | None = None
    overdue_questions: int | None = None
    score: float = 0.0
    rank: int = 0

    def count(self, state):
        return sum(1 for cell in self.cells if cell.state == state)

    @property
    def failed_checks(self):
        return [key for key in CHECKS if self.problems.get(key)]

    @property
    def useful_percent(self):
        """Share of «useful» answers among the ratings, in percent; None without ratings."""
        return round(100 * self.useful / self.ratings) if self.ratings else None

    @property
    def problem_count(self):
        return sum(len(pages) for pages in self.problems.values())


class PeriodError(ValueError):
    pass


def default_period(today=None):
    today = today or timezone.localdate()
    return today.replace(month=1, day=1), today


def _bounds(start, end):
    tz = timezone.get_current_timezone()
    return (
        datetime.datetime.combine(start, datetime.time.min, tzinfo=tz),
        datetime.datetime.combine(end + datetime.timedelta(days=1), datetime.time.min, tzinfo=tz),
    )


def build_scorecard(*, portals=None, kind=None, start=None, end=None, today=None):
    """The scorecard rows, ranked. `portals`: a queryset to restrict to (access rules); `kind`: a portal kind."""
    today = today or timezone.localdate()
    if start is None or end is None:
        start, end = default_period(today)
    if end < start:
        raise PeriodError(_("Ngày kết thúc phải sau hoặc trùng ngày bắt đầu của kỳ báo cáo."))
    period_from, period_to = _bounds(start, end)
    end_of_today = _bounds(today, today)[1]
    rules = rules_in_force()

    queryset = (portals if portals is not None else ComponentPortal.objects.all()).filter(
        status=PortalStatus.ACTIVE, root_page__isnull=False
    )
    if kind:
        queryset = queryset.filter(kind=kind)
    portal_list = list(queryset.select_related("root_page").order_by("name", "slug"))
    by_root_path = {portal.root_page.path: portal for portal in portal_list}
    rows = {portal.pk: PortalRow(portal) for portal in portal_list}
    cells_by_section = {}
    if not portal_list:
        return []

    # Sections: one query per concrete section type.
    sections = {}  # section path -> (portal, category key, section values)
    for model_label in sorted({category.section_type for category in CATEGORIES}):
        model = apps.get_model(model_label)
        # Filters on Page columns (depth) are applied here, not in SQL: they would make SQLite scan the
        # whole page table instead of the small section table.
        for values in model.objects.exclude(category_key="").values(
            "id", "path", "category_key", "live", "first_published_at", "last_published_at"
        ):
            if len(values["path"]) != SECTION_PREFIX:
                continue
            portal = by_root_path.get(values["path"][:PORTAL_PREFIX])
            if portal is not None and values["category_key"] in CATEGORY_BY_KEY:
                sections[values["path"]] = (portal, values["category_key"], values)

    for portal in portal_list:
        row = rows[portal.pk]
        for category in CATEGORIES:
            if category.applies_to(portal.kind):
                row.cells.append(Cell(category, rules[category.key]))
    cell_index = {(row.portal.pk, cell.category.key): cell for row in rows.values() for cell in row.cells}
    for path, (portal, key, values) in sections.items():
        cell = cell_index.get((portal.pk, key))
        if cell is None:
            continue
        cell.section_id = values["id"]
        cells_by_section[path] = cell
        if (
            key in SELF_CONTAINED and values["live"] and values["last_published_at"]
            and values["first_published_at"] and values["first_published_at"] < end_of_today
        ):
            cell.total = 1
            # As of a past day, an update published after it is unknown then: the page dates from its
            # first publication.
            updated = values["last_published_at"]
            cell.last_update = updated if updated < end_of_today else values["first_published_at"]
            cell.in_period = int(period_from <= cell.last_update < period_to)

    # Items: one aggregate over every live page below a section.
    items = (
        Page.objects.filter(depth__gte=4, live=True, first_published_at__lt=end_of_today)
        .order_by()  # Page's default ordering by path would otherwise split the groups
        .annotate(section_path=Substr("path", 1, SECTION_PREFIX))
        .values("section_path")
        .annotate(
            total=Count("id"),
            in_period=Count("id", filter=Q(first_published_at__gte=period_from, first_published_at__lt=period_to)),
            # as of `today`: a later republication does not count, the first publication does
            last_update=Max(Case(
                When(last_published_at__lt=end_of_today, then="last_published_at"), default="first_published_at",
            )),
        )
    )
    for values in items:
        cell = cells_by_section.get(values["section_path"])
        if cell is None:
            continue
        cell.total += values["total"]
        cell.in_period += values["in_period"]
        if values["last_update"] and (cell.last_update is None or values["last_update"] > cell.last_update):
            cell.last_update = values["last_update"]

    # Visits in the period, per section (the section page and everything below it).
    from home.models import PageViewCount

    visits = (
        PageViewCount.objects.filter(day__gte=start, day__lte=end)
        .annotate(section_path=Substr("page__path", 1, SECTION_PREFIX))
        .values("section_path")
        .order_by()
        .annotate(views=Sum("views"))
    )
    for values in visits:
        cell = cells_by_section.get(values["section_path"])
        if cell is not None:
            cell.visits = values["views"] or 0

    _ratings(rows, cells_by_section, by_root_path)

    _published_answers(cell_index, period_from, period_to, end_of_today)

    for cell in cell_index.values():
        if cell.last_update is not None:
            cell.days_since = max(0, (today - timezone.localtime(cell.last_update).date()).days)
        cell.state = compute_state(cell.days_since, cell.rule, has_items=cell.total > 0)

    _completeness(rows, by_root_path)
    _citizen_input(rows, today)

    for row in rows.values():
        row.visits = sum(cell.visits for cell in row.cells)
        row.score = compute_score(row)
    return rank(list(rows.values()))


def _portal_of(path, by_root_path):
    return by_root_path.get(path[:PORTAL_PREFIX])


def _ratings(rows, cells_by_section, by_root_path):
    """«Useful?» ratings of every page below a portal's home, per section (one aggregate): a portal's totals
    include pages outside the mandatory categories."""
    from .ratings import PageRating

    ratings = (
        PageRating.objects.all()
        .annotate(section_path=Substr("page__path", 1, SECTION_PREFIX))
        .values("section_path")
        .order_by()
        .annotate(total=Count("id"), useful=Count("id", filter=Q(useful=True)))
    )
    for values in ratings:
        portal = _portal_of(values["section_path"], by_root_path)
        if portal is None:
            continue
        row = rows[portal.pk]
        row.ratings += values["total"]
        row.useful += values["useful"]
        cell = cells_by_section.get(values["section_path"])
        if cell is not None:
            cell.ratings, cell.useful = values["total"], values["useful"]


def _completeness(rows, by_root_path):
    """The checks beyond counts (decree/categories.py), one query each; offending pages are kept for the
    drill-down."""
    # Conditions on Page columns (live) are checked in Python: in SQL they make SQLite scan the page table.
    for check in COMPLETENESS_CHECKS:
        for page_id, path, title, live in check.failing_pages().values_list("id", "path", "title", "live"):
            if not live and check.live_only:
                continue
            portal = _portal_of(path, by_root_path)
            if portal is not None:
                rows[portal.pk].problems[check.key].append((page_id, title))


def citizen_input_model():
    """The comments app's model, or None when it is not installed or not in the expected shape."""
    try:
        model = apps.get_model("comments", "CitizenInput")
    except LookupError:
        return None
    names = {f.name for f in model._meta.get_fields()}
    if not {"portal", "status", "created_at", "kind", "due_date", "ticket_status", "replied_at", "reply"} <= names:
        return None
    return model


def _published_answers(cell_index, period_from, period_to, end_of_today):
    """The «Hỏi đáp» category holds no pages: its items are the questions answered and published on the
    portal (one aggregate). An answer counts from the moment it was given."""
    model = citizen_input_model()
    if model is None:
        return
    answers = (
        model.objects.published_questions_everywhere().filter(replied_at__lt=end_of_today)
        .values("portal").order_by()
        .annotate(
            total=Count("id"), last=Max("replied_at"),
            in_period=Count("id", filter=Q(replied_at__gte=period_from, replied_at__lt=period_to)),
        )
    )
    for values in answers:
        cell = cell_index.get((values["portal"], "qa"))
        if cell is None:
            continue
        cell.total += values["total"]
        cell.in_period += values["in_period"]
        if cell.last_update is None or values["last"] > cell.last_update:
            cell.last_update = values["last"]


def _citizen_input(rows, today):
    """Pending input (count, oldest age) and questions past due, per portal; left empty (None) when the
    comments app is absent or its models changed shape, so the scorecard degrades instead of failing."""
    model = citizen_input_model()
    if model is None:
        return
    try:
        from comments.models import Kind, Status, TicketStatus

        pending = (
            model.objects.filter(portal__in=list(rows), status=Status.PENDING)
            .values("portal")
            .annotate(n=Count("id"), oldest=Min("created_at"))
        )
        overdue = (
            model.objects.filter(portal__in=list(rows), kind=Kind.QUESTION, due_date__lt=today)
            .exclude(status__in=[Status.REJECTED, Status.SPAM])
            .exclude(ticket_status=TicketStatus.ANSWERED)
            .values("portal")
            .annotate(n=Count("id"))
        )
        pending, overdue = list(pending), list(overdue)
    except Exception:  # noqa: BLE001 - a concurrent change of the comments app must not break oversight
        return
    for row in rows.values():
        row.pending_input, row.overdue_questions = 0, 0
    for values in pending:
        row = rows[values["portal"]]
        row.pending_input = values["n"]
        row.oldest_pending_days = (today - timezone.localtime(values["oldest"]).date()).days
    for values in overdue:
        rows[values["portal"]].overdue_questions = values["n"]


def compute_score(row):
    if row.cells:
        freshness = sum(STATE_POINTS[cell.state] for cell in row.cells) / len(row.cells)
    else:
        freshness = 0.0
    completeness = 1 - len(row.failed_checks) / len(CHECKS)
    responsiveness = max(0.0, 1 - OVERDUE_QUESTION_PENALTY * (row.overdue_questions or 0))
    score = WEIGHT_FRESHNESS * freshness + WEIGHT_COMPLETENESS * completeness + WEIGHT_RESPONSIVENESS * responsiveness
    return round(score, 1)


def rank(rows):
    """Rows by score descending then name; equal scores share a rank (standard competition ranking)."""
    rows.sort(key=lambda row: (-row.score, vietnamese_sort_key(row.portal.name), row.portal.slug))
    previous_score, previous_rank = None, 0
    for position, row in enumerate(rows, start=1):
        if row.score != previous_score:
            previous_rank, previous_score = position, row.score
        row.rank = previous_rank
    return rows


def edit_url(page_id):
    return reverse("wagtailadmin_pages:edit", args=[page_id])
