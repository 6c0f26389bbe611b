"""Score history: `manage.py record_scores` (daily, from cron) stores each active portal's score of the day,
which the score-trend charts read. Recording the same day again replaces that day's figures."""

import datetime

from django.db import models
from django.db.models import Avg
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .rules import DUE_SOON, EMPTY, OK, OVERDUE
from .scorecard import build_scorecard

TREND_DAYS = 365


class ScoreSnapshot(models.Model):
    portal = models.ForeignKey(
        "component_portals.ComponentPortal", verbose_name=_("cổng thông tin"), on_delete=models.CASCADE,
        related_name="score_snapshots",
    )
    day = models.DateField(_("ngày"))
    score = models.FloatField(_("điểm"))
    ok = models.PositiveSmallIntegerField(_("chuyên mục đạt"), default=0)
    due_soon = models.PositiveSmallIntegerField(_("chuyên mục sắp đến hạn"), default=0)
    overdue = models.PositiveSmallIntegerField(_("chuyên mục quá hạn"), default=0)
    empty = models.PositiveSmallIntegerField(_("chuyên mục trống"), default=0)

    class Meta:
        db_table = "component_portals_scoresnapshot"  # created under component_portals; the table kept its name
        verbose_name = _("điểm theo ngày")
        verbose_name_plural = _("điểm theo ngày")
        ordering = ["day"]
        constraints = [models.UniqueConstraint(fields=["portal", "day"], name="one_score_per_portal_and_day")]

    def __str__(self):
        return f"{self.portal_id} {self.day}: {self.score}"


def record_scores(today=None):
    """Store today's (or `today`'s) score of every active portal; returns the number of portals recorded."""
    today = today or timezone.localdate()
    rows = build_scorecard(today=today)
    ScoreSnapshot.objects.bulk_create(
        [
            ScoreSnapshot(
                portal=row.portal, day=today, score=row.score, ok=row.count(OK), due_soon=row.count(DUE_SOON),
                overdue=row.count(OVERDUE), empty=row.count(EMPTY),
            )
            for row in rows
        ],
        update_conflicts=True, unique_fields=["portal", "day"],
        update_fields=["score", "ok", "due_soon", "overdue", "empty"],
    )
    return len(rows)


def score_trend(portals, today=None, days=TREND_DAYS):
    """[(day, score)] over the last `days` days: the portal's own score when `portals` holds one portal,
    the mean score of `portals` otherwise (one aggregate query)."""
    today = today or timezone.localdate()
    snapshots = ScoreSnapshot.objects.filter(portal__in=portals, day__gt=today - datetime.timedelta(days=days))
    return [
        (values["day"], round(values["mean"], 1))
        for values in snapshots.values("day").order_by("day").annotate(mean=Avg("score"))
    ]
