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
  R  1 − 0.2 × questions past their due date, floored at 0
Ranking: by score descending, ties share the rank (1, 2, 2, 4), then by name.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Case, Count, Max, Q, Sum, When
from django.db.models.functions import Substr
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from comments.queries import answered_question_counts, overdue_question_counts, pending_input_counts
from component_portals.models import ComponentPortal, PortalStatus
from decree import queries as decree_queries
from decree.categories import CATEGORIES, COMPLETENESS_CHECKS, SELF_CONTAINED
from home.models import PageRating, PageViewCount
from home.text import vietnamese_sort_key

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
    pending_input: int = 0
    oldest_pending_days: int | None = None
    overdue_questions: int = 0
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


def default_period(today=None):
    today = today or timezone.localdate()
    return today.replace(month=1, day=1), today


def _bounds(start, end):
    tz = timezone.get_current_timezone()
    return (
        datetime.datetime.combine(start, datetime.time.min, tzinfo=tz),
        datetime.datetime.combine(end + datetime.timedelta(days=1), datetime.time.min, tzinfo=tz),
    )


@dataclass
class Window:
    """The days a scorecard looks at: the reporting period [start, end] and the day it is computed «as of»,
    as the instants the queries compare with."""

    today: datetime.date
    start: datetime.date
    end: datetime.date

    def __post_init__(self):
        self.period_from, self.period_to = _bounds(self.start, self.end)
        self.end_of_today = _bounds(self.today, self.today)[1]


@dataclass
class Grid:
    """The scorecard being filled: a row per portal, a cell per applicable category of each, and the indexes
    through which the aggregates reach them."""

    rows: dict  # portal id -> PortalRow
    cells: dict  # (portal id, category key) -> Cell
    by_root_path: dict  # path of a portal's home page -> portal
    by_section: dict = field(default_factory=dict)  # path of a category section -> Cell

    @classmethod
    def for_portals(cls, portals, rules):
        rows = {portal.pk: PortalRow(portal) for portal in portals}
        for portal in portals:
            rows[portal.pk].cells = [
                Cell(category, rules[category.key]) for category in CATEGORIES if category.applies_to(portal.kind)
            ]
        cells = {(row.portal.pk, cell.category.key): cell for row in rows.values() for cell in row.cells}
        return cls(rows, cells, {portal.root_page.path: portal for portal in portals})

    def portal_of(self, path):
        return self.by_root_path.get(path[:PORTAL_PREFIX])


def build_scorecard(*, portals=None, kind=None, start=None, end=None, today=None):
    """The scorecard rows, ranked. `portals`: a queryset to restrict to (access rules); `kind`: a portal kind."""
    today = today or timezone.localdate()
    if start is None or end is None:
        start, end = default_period(today)
    if end < start:
        raise ValueError(f"The period ends ({end}) before it starts ({start}).")
    window = Window(today, start, end)
    rules = rules_in_force()
    portal_list = scored_portals(portals, kind)
    if not portal_list:
        return []
    grid = Grid.for_portals(portal_list, rules)
    _add_sections(grid, window)
    _add_items(grid, window)
    _add_visits(grid, window)
    _add_ratings(grid)
    _add_published_answers(grid, window)
    _set_states(grid, today)
    _add_completeness(grid)
    _add_citizen_input(grid, today)
    for row in grid.rows.values():
        row.visits = sum(cell.visits for cell in row.cells)
        row.score = compute_score(row)
    return rank(list(grid.rows.values()))


def scored_portals(portals=None, kind=None):
    """The active portals with a home page, of `portals` (default: all) and of `kind` if given."""
    queryset = (portals if portals is not None else ComponentPortal.objects.all()).filter(
        status=PortalStatus.ACTIVE, root_page__isnull=False
    )
    if kind:
        queryset = queryset.filter(kind=kind)
    return list(queryset.select_related("root_page").order_by("name", "slug"))


def _add_sections(grid, window):
    """Link each cell to its section page (one query per section type); a self-contained category's only
    item is its section page."""
    for values in decree_queries.category_sections():
        # The depth is checked here, not in SQL: there it makes SQLite scan the whole page table instead of the
        # small section table.
        if len(values["path"]) != SECTION_PREFIX:
            continue
        portal = grid.portal_of(values["path"])
        cell = grid.cells.get((portal.pk, values["category_key"])) if portal is not None else None
        if cell is None:
            continue
        cell.section_id = values["id"]
        grid.by_section[values["path"]] = cell
        if values["category_key"] in SELF_CONTAINED and _published_by(values, window.end_of_today):
            cell.total = 1
            # As of a past day, an update published after it is unknown then: the page dates from its
            # first publication.
            updated = values["last_published_at"]
            cell.last_update = updated if updated < window.end_of_today else values["first_published_at"]
            cell.in_period = int(window.period_from <= cell.last_update < window.period_to)


def _published_by(values, moment):
    return bool(
        values["live"] and values["last_published_at"] and values["first_published_at"]
        and values["first_published_at"] < moment
    )


def _add_items(grid, window):
    """Count the live pages below each section (one aggregate over the page tree)."""
    items = (
        Page.objects.filter(depth__gte=4, live=True, first_published_at__lt=window.end_of_today)
        .order_by()  # Page's default ordering by path would otherwise split the groups
        .annotate(section_path=Substr("path", 1, SECTION_PREFIX))
        .values("section_path")
        .annotate(
            total=Count("id"),
            in_period=Count("id", filter=Q(first_published_at__gte=window.period_from,
                                           first_published_at__lt=window.period_to)),
            # as of `today`: a later republication does not count, the first publication does
            last_update=Max(Case(
                When(last_published_at__lt=window.end_of_today, then="last_published_at"),
                default="first_published_at",
            )),
        )
    )
    for values in items:
        cell = grid.by_section.get(values["section_path"])
        if cell is None:
            continue
        cell.total += values["total"]
        cell.in_period += values["in_period"]
        if values["last_update"] and (cell.last_update is None or values["last_update"] > cell.last_update):
            cell.last_update = values["last_update"]


def _add_visits(grid, window):
    """Visits in the period, per section: the section page and everything below it (one aggregate)."""
    visits = (
        PageViewCount.objects.filter(day__gte=window.start, day__lte=window.end)
        .annotate(section_path=Substr("page__path", 1, SECTION_PREFIX))
        .values("section_path")
        .order_by()
        .annotate(views=Sum("views"))
    )
    for values in visits:
        cell = grid.by_section.get(values["section_path"])
        if cell is not None:
            cell.visits = values["views"] or 0


def _add_ratings(grid):
    """«Useful?» ratings of every page below a portal's home, per section (one aggregate): a portal's totals
    include pages outside the mandatory categories."""
    ratings = (
        PageRating.objects.all()
        .annotate(section_path=Substr("page__path", 1, SECTION_PREFIX))
        .values("section_path")
        .order_by()
        .annotate(total=Count("id"), useful=Count("id", filter=Q(useful=True)))
    )
    for values in ratings:
        portal = grid.portal_of(values["section_path"])
        if portal is None:
            continue
        row = grid.rows[portal.pk]
        row.ratings += values["total"]
        row.useful += values["useful"]
        cell = grid.by_section.get(values["section_path"])
        if cell is not None:
            cell.ratings, cell.useful = values["total"], values["useful"]


def _add_published_answers(grid, window):
    """The «Hỏi đáp» category holds no pages: its items are the questions answered and published on the
    portal. An answer counts from the moment it was given."""
    answers = answered_question_counts(list(grid.rows), window.end_of_today, window.period_from, window.period_to)
    for portal_id, values in answers.items():
        cell = grid.cells.get((portal_id, "qa"))
        if cell is None:
            continue
        cell.total += values["total"]
        cell.in_period += values["in_period"]
        if cell.last_update is None or values["last"] > cell.last_update:
            cell.last_update = values["last"]


def _set_states(grid, today):
    for cell in grid.cells.values():
        if cell.last_update is not None:
            cell.days_since = max(0, (today - timezone.localtime(cell.last_update).date()).days)
        cell.state = compute_state(cell.days_since, cell.rule, has_items=cell.total > 0)


def _add_completeness(grid):
    """The checks beyond counts (decree/categories.py), one query each; offending pages are kept for the
    drill-down."""
    for check in COMPLETENESS_CHECKS:
        # `live` is checked here, not in SQL: there it makes SQLite scan the page table.
        for page_id, path, title, live in check.failing_pages().values_list("id", "path", "title", "live"):
            if not live and check.live_only:
                continue
            portal = grid.portal_of(path)
            if portal is not None:
                grid.rows[portal.pk].problems[check.key].append((page_id, title))


def _add_citizen_input(grid, today):
    """Input awaiting moderation (count, age of the oldest) and questions past their due date, per portal."""
    portal_ids = list(grid.rows)
    pending = pending_input_counts(portal_ids)
    overdue = overdue_question_counts(portal_ids, today)
    for portal_id, row in grid.rows.items():
        row.pending_input, oldest = pending.get(portal_id, (0, None))
        if oldest is not None:
            row.oldest_pending_days = (today - timezone.localtime(oldest).date()).days
        row.overdue_questions = overdue.get(portal_id, 0)


def compute_score(row):
    if row.cells:
        freshness = sum(STATE_POINTS[cell.state] for cell in row.cells) / len(row.cells)
    else:
        freshness = 0.0
    completeness = 1 - len(row.failed_checks) / len(CHECKS)
    responsiveness = max(0.0, 1 - OVERDUE_QUESTION_PENALTY * row.overdue_questions)
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
