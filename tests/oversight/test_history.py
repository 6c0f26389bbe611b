"""Score history: daily recording, the trend of a portal and of the province, and the trend chart."""

import datetime
import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from component_portals.models import ComponentPortal, PortalStatus
from oversight.charts import trend_chart
from oversight.history import record_scores, score_trend
from oversight.models import ScoreSnapshot
from oversight.scorecard import build_scorecard

from .conftest import TODAY


def scores_of(day):
    return {snapshot.portal.slug: snapshot.score for snapshot in ScoreSnapshot.objects.filter(day=day)}


@pytest.mark.django_db
def test_recording_stores_each_active_portal_once_a_day(province, portal_a, portal_b, add_item):
    ComponentPortal.objects.filter(pk=portal_b.pk).update(status=PortalStatus.ARCHIVED)
    assert record_scores(today=TODAY) == 2
    first = scores_of(TODAY)
    assert set(first) == {province.slug, portal_a.slug}
    expected = {row.portal.slug: row.score for row in build_scorecard(today=TODAY)}
    assert first == expected

    add_item(portal_a, "news", age=1)
    record_scores(today=TODAY)
    assert ScoreSnapshot.objects.filter(day=TODAY).count() == 2
    assert scores_of(TODAY)[portal_a.slug] > first[portal_a.slug]
    snapshot = ScoreSnapshot.objects.get(day=TODAY, portal=portal_a)
    assert snapshot.ok + snapshot.due_soon + snapshot.overdue + snapshot.empty == len(
        next(row for row in build_scorecard(today=TODAY) if row.portal == portal_a).cells
    )


@pytest.mark.django_db
def test_a_score_as_of_a_past_day_ignores_what_was_published_later(portal_a, add_item):
    add_item(portal_a, "news", age=0)
    week_ago = TODAY - datetime.timedelta(days=7)
    news_then = next(
        cell for row in build_scorecard(today=week_ago) if row.portal == portal_a for cell in row.cells
        if cell.category.key == "news"
    )
    news_now = next(
        cell for row in build_scorecard(today=TODAY) if row.portal == portal_a for cell in row.cells
        if cell.category.key == "news"
    )
    assert (news_then.total, news_then.state) == (0, "empty")
    assert (news_now.total, news_now.state) == (1, "ok")


@pytest.mark.django_db
def test_the_trend_is_the_portal_score_or_the_mean_of_several(portal_a, portal_b):
    for day, score_a, score_b in ((TODAY - datetime.timedelta(days=14), 40.0, 60.0), (TODAY, 50.0, 80.0)):
        ScoreSnapshot.objects.create(portal=portal_a, day=day, score=score_a)
        ScoreSnapshot.objects.create(portal=portal_b, day=day, score=score_b)
    ScoreSnapshot.objects.create(portal=portal_a, day=TODAY - datetime.timedelta(days=400), score=1.0)
    assert score_trend([portal_a], today=TODAY) == [(TODAY - datetime.timedelta(days=14), 40.0), (TODAY, 50.0)]
    assert score_trend([portal_a, portal_b], today=TODAY) == [
        (TODAY - datetime.timedelta(days=14), 50.0), (TODAY, 65.0),
    ]


def test_the_trend_chart_places_points_by_date_and_score():
    start = datetime.date(2026, 1, 1)
    chart = trend_chart("Xu hướng", [(start, 100.0), (start + datetime.timedelta(days=10), 50.0),
                                      (start + datetime.timedelta(days=40), 0.0)])
    xs = [point["x"] for point in chart["points"]]
    ys = [point["y"] for point in chart["points"]]
    assert xs[0] == chart["left"] and xs[-1] == chart["right"]
    assert round((xs[1] - xs[0]) / (xs[2] - xs[0]), 2) == 0.25
    assert ys == [chart["top"], chart["middle"], chart["bottom"]]
    assert trend_chart("Xu hướng", []) == {"title": "Xu hướng", "points": []}


@pytest.mark.django_db
def test_the_portal_screen_draws_the_trend_with_a_data_table(login, portal_a):
    client = login("monitor")
    empty = client.get(reverse("oversight:portal", args=[portal_a.slug])).content.decode()
    assert "chưa có dữ liệu" in empty

    ScoreSnapshot.objects.create(portal=portal_a, day=timezone.localdate() - datetime.timedelta(days=7), score=42.5)
    ScoreSnapshot.objects.create(portal=portal_a, day=timezone.localdate(), score=61.0)
    soup = BeautifulSoup(client.get(reverse("oversight:portal", args=[portal_a.slug])).content, "html.parser")
    figure = soup.find("svg", attrs={"aria-labelledby": "trend-chart-title trend-chart-desc"}).parent
    assert figure.find("title").get_text() == "Xu hướng điểm của cổng"
    assert len(figure.find_all("circle")) == 2
    table = [[cell.get_text() for cell in row.find_all(["th", "td"])] for row in figure.select("tbody tr")]
    assert [values[1] for values in table] == ["42,5", "61,0"]


@pytest.mark.django_db
def test_the_command_records_the_day(province, portal_a, portal_b):
    out = io.StringIO()
    call_command("record_scores", stdout=out)
    assert "Đã lưu điểm của 3 cổng." in out.getvalue()
    assert ScoreSnapshot.objects.count() == 3


@pytest.mark.django_db
def test_the_demo_history_shows_its_content_arriving_not_a_flat_line_then_a_jump(portal_a, section):
    """The demo publishes everything at once. Its history used to see an empty portal every week but today
    (44,8 for twelve weeks, then 85,9); dated over the window, the trend rises with the content."""
    from demo.oversight import HISTORY_WEEKS, date_demo_publications, record_demo_history
    from tests.factories import add_standard_page

    started = timezone.now()
    for key in ("news", "direction", "documents", "planning", "projects", "statistics", "dissemination"):
        for number in range(3):
            add_standard_page(section(portal_a, key), title=f"Tin {key} {number}")
    date_demo_publications([portal_a], since=started)
    record_demo_history()
    scores = [score for _day, score in score_trend([portal_a])]
    assert len(scores) == HISTORY_WEEKS + 1
    assert scores[-1] == next(row.score for row in build_scorecard() if row.portal == portal_a)
    assert scores[0] < scores[-1]
    assert max(later - earlier for earlier, later in zip(scores, scores[1:], strict=False)) < 20
    assert len(set(scores)) > 3  # not a flat line
