"""Freshness rules: how old the newest item of a category may be before the category is late.

Defaults are set per category in decree/categories.py, from shared/reference/decree-checklist.md:

* "regularly" (thường xuyên): news and direction 30 days; introduction and contacts 90 days (structural
  information that changes rarely but must be reviewed each quarter).
* Deadlines "≤ N working days after the event" bound the publication lag, which the portal cannot see (it
  does not know when a plan was approved). They are kept as `deadline_working_days`, shown in calendar days
  (N working days ≈ ceil(N × 7 / 5) calendar days), and the freshness expectation is a cadence: at least one
  new item per quarter (90 days) for documents, dissemination, projects, statistics and Q&A answers, per
  half-year (180 days) for planning, science and services, 30 days for the gazette (published on issue),
  and 366 days for the yearly financial report.
* "due soon" starts `due_soon_days` before the limit (default: a fifth of the limit, at least 3 days).

States, with d = whole days since the last update and L = max_age_days, S = due_soon_days:
  empty    no published item at all
  ok       d ≤ L − S
  due soon L − S < d ≤ L
  overdue  d > L
"""

import math

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from decree.categories import CATEGORIES, CATEGORY_BY_KEY, freshness_defaults

OK = "ok"
DUE_SOON = "due_soon"
OVERDUE = "overdue"
EMPTY = "empty"
STATE_LABELS = {
    OK: _("Đạt"),
    DUE_SOON: _("Sắp đến hạn"),
    OVERDUE: _("Quá hạn"),
    EMPTY: _("Trống"),
}


def calendar_days(working_days):
    """A deadline in working days as calendar days (five working days a week, holidays ignored)."""
    return math.ceil(working_days * 7 / 5)


def default_due_soon(max_age_days):
    return max(3, max_age_days // 5)


# key: (max_age_days, deadline_working_days or None), from the categories (decree/categories.py).
DEFAULTS = freshness_defaults()


class RuleValues:
    """The rule in force for one category: a stored FreshnessRule or the default."""

    def __init__(self, key, max_age_days, due_soon_days, deadline_working_days=None, stored=False):
        self.key = key
        self.max_age_days = max_age_days
        self.due_soon_days = due_soon_days
        self.deadline_working_days = deadline_working_days
        self.stored = stored

    @property
    def category(self):
        return CATEGORY_BY_KEY[self.key]

    @property
    def deadline_calendar_days(self):
        return calendar_days(self.deadline_working_days) if self.deadline_working_days else None


def default_rule(key):
    max_age, deadline = DEFAULTS.get(key, (90, None))
    return RuleValues(key, max_age, default_due_soon(max_age), deadline)


class FreshnessRule(models.Model):
    """A rule the board has changed; categories without one use the default of DEFAULTS."""

    category_key = models.CharField(
        _("chuyên mục"), max_length=32, unique=True,
        choices=[(category.key, category.title) for category in CATEGORIES],
    )
    max_age_days = models.PositiveIntegerField(
        _("số ngày tối đa giữa hai lần cập nhật"), validators=[MinValueValidator(1)],
    )
    due_soon_days = models.PositiveIntegerField(
        _("báo sắp đến hạn trước (ngày)"), validators=[MinValueValidator(0)],
    )
    deadline_working_days = models.PositiveIntegerField(
        _("thời hạn đăng tải theo quy định (ngày làm việc)"), null=True, blank=True,
    )
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)

    class Meta:
        db_table = "component_portals_freshnessrule"  # created under component_portals; the table kept its name
        verbose_name = _("quy tắc cập nhật thông tin")
        verbose_name_plural = _("quy tắc cập nhật thông tin")
        ordering = ["category_key"]

    def __str__(self):
        return str(CATEGORY_BY_KEY[self.category_key].title) if self.category_key in CATEGORY_BY_KEY else self.category_key

    def clean(self):
        if self.max_age_days is not None and self.due_soon_days is not None and self.due_soon_days >= self.max_age_days:
            raise ValidationError(
                {"due_soon_days": _("Số ngày báo trước phải nhỏ hơn số ngày tối đa giữa hai lần cập nhật.")}
            )

    def as_values(self):
        return RuleValues(
            self.category_key, self.max_age_days, self.due_soon_days, self.deadline_working_days, stored=True
        )


def rules_in_force():
    """{category key: RuleValues} for every category, in one query."""
    rules = {category.key: default_rule(category.key) for category in CATEGORIES}
    for stored in FreshnessRule.objects.all():
        if stored.category_key in rules:
            rules[stored.category_key] = stored.as_values()
    return rules


def compute_state(days_since, rule, has_items=True):
    """The state of a category whose newest item is `days_since` whole days old."""
    if not has_items or days_since is None:
        return EMPTY
    if days_since > rule.max_age_days:
        return OVERDUE
    if days_since > rule.max_age_days - rule.due_soon_days:
        return DUE_SOON
    return OK
