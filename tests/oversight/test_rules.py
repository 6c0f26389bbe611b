"""Freshness states at the boundaries of each rule, and rule editing by the board (the monitor only reads)."""

import pytest
from django.urls import reverse

from decree.categories import CATEGORIES
from oversight.rules import (
    DEFAULTS, DUE_SOON, EMPTY, OK, OVERDUE, FreshnessRule, calendar_days, compute_state, default_rule,
    rules_in_force,
)
from oversight.scorecard import build_scorecard

from .conftest import TODAY


def test_every_category_has_a_default_rule():
    assert {category.key for category in CATEGORIES} <= set(DEFAULTS)


@pytest.mark.parametrize("key", sorted(DEFAULTS))
def test_state_at_the_boundaries_of_each_default_rule(key):
    rule = default_rule(key)
    limit, soon = rule.max_age_days, rule.due_soon_days
    assert compute_state(0, rule) == OK
    assert compute_state(limit - soon, rule) == OK
    assert compute_state(limit - soon + 1, rule) == DUE_SOON
    assert compute_state(limit, rule) == DUE_SOON
    assert compute_state(limit + 1, rule) == OVERDUE
    assert compute_state(None, rule, has_items=False) == EMPTY


def test_working_days_convert_to_calendar_days():
    assert calendar_days(10) == 14
    assert calendar_days(15) == 21
    assert calendar_days(2) == 3


@pytest.mark.django_db
def test_scorecard_state_of_a_category_follows_its_newest_item(portal_a, add_item):
    rule = default_rule("news")
    add_item(portal_a, "news", age=rule.max_age_days + 1)
    [row] = build_scorecard(portals=type(portal_a).objects.filter(pk=portal_a.pk), today=TODAY)
    cell = next(cell for cell in row.cells if cell.category.key == "news")
    assert (cell.state, cell.days_since) == (OVERDUE, rule.max_age_days + 1)
    add_item(portal_a, "news", age=rule.max_age_days)
    [row] = build_scorecard(portals=type(portal_a).objects.filter(pk=portal_a.pk), today=TODAY)
    cell = next(cell for cell in row.cells if cell.category.key == "news")
    assert (cell.state, cell.total) == (DUE_SOON, 2)


@pytest.mark.django_db
def test_a_category_without_items_is_empty(portal_a):
    [row] = build_scorecard(portals=type(portal_a).objects.filter(pk=portal_a.pk), today=TODAY)
    cell = next(cell for cell in row.cells if cell.category.key == "news")
    assert cell.state == EMPTY and cell.total == 0


@pytest.mark.django_db
def test_a_stored_rule_replaces_the_default(portal_a, add_item):
    FreshnessRule.objects.create(category_key="news", max_age_days=5, due_soon_days=1)
    assert rules_in_force()["news"].max_age_days == 5
    add_item(portal_a, "news", age=6)
    [row] = build_scorecard(portals=type(portal_a).objects.filter(pk=portal_a.pk), today=TODAY)
    assert next(cell for cell in row.cells if cell.category.key == "news").state == OVERDUE


def rules_post(**overrides):
    data = {}
    for key, rule in rules_in_force().items():
        data[f"{key}-max_age_days"] = rule.max_age_days
        data[f"{key}-due_soon_days"] = rule.due_soon_days
        data[f"{key}-deadline_working_days"] = rule.deadline_working_days or ""
    data.update(overrides)
    return data


@pytest.mark.django_db
def test_the_board_edits_a_rule(login):
    client = login("board")
    response = client.post(reverse("oversight:rules"), rules_post(**{"news-max_age_days": 14, "news-due_soon_days": 3}))
    assert response.status_code == 302
    assert FreshnessRule.objects.get(category_key="news").max_age_days == 14


@pytest.mark.django_db
def test_a_negative_number_of_days_is_refused_in_vietnamese(login):
    client = login("board")
    response = client.post(reverse("oversight:rules"), rules_post(**{"news-max_age_days": -3}))
    assert response.status_code == 400
    assert "Số ngày phải lớn hơn 0." in response.content.decode()
    response = client.post(reverse("oversight:rules"), rules_post(**{"qa-due_soon_days": -1}))
    assert response.status_code == 400
    assert "Số ngày không được âm." in response.content.decode()
    assert not FreshnessRule.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["monitor", "editor", "approver"])
def test_only_the_board_edits_rules(login, portal_a, role, refused):
    client = login(role, portal_a if role in ("editor", "approver") else None)
    assert refused(client.get(reverse("oversight:rules")))
    assert refused(client.post(reverse("oversight:rules"), rules_post()))
