"""decree/categories.py is the only place to edit to add a category: every section page type, the main menu
and the oversight defaults (freshness rules, self-contained sections, completeness checks) follow it."""

import inspect

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.db.models import QuerySet
from wagtail.models import Page

import decree.models
from oversight import rules, scorecard
from decree.categories import CATEGORIES, COMPLETENESS_CHECKS, SELF_CONTAINED, freshness_defaults
from decree.contacts import ContactOfficial
from decree.intro import IntroductionPage
from home.models import HomePage, SectionPage, StandardPage


def section_page_types():
    """Every concrete section page type of the decree app that a portal's home page may hold."""
    return {
        model for model in apps.get_app_config("decree").get_models()
        if issubclass(model, SectionPage) and "home.HomePage" in (model.parent_page_types or [])
    }


def test_every_section_page_type_of_decree_is_a_category_and_the_reverse():
    declared = {apps.get_model(category.section_type) for category in CATEGORIES}
    assert declared == section_page_types()


def test_every_category_page_type_lives_in_a_page_module_that_decree_models_imports():
    page_modules = {module.__name__ for _name, module in inspect.getmembers(decree.models, inspect.ismodule)}
    for category in CATEGORIES:
        assert apps.get_model(category.section_type).__module__ in page_modules, category.key


def test_keys_and_slugs_are_unique_and_menu_positions_distinct():
    assert len({category.key for category in CATEGORIES}) == len(CATEGORIES)
    assert len({category.slug for category in CATEGORIES}) == len(CATEGORIES)
    positions = [category.menu_position for category in CATEGORIES if category.menu_position is not None]
    assert len(set(positions)) == len(positions)


def test_freshness_defaults_are_the_categories():
    assert rules.DEFAULTS == freshness_defaults()
    for category in CATEGORIES:
        rule = rules.default_rule(category.key)
        assert (rule.max_age_days, rule.deadline_working_days) == (
            category.max_age_days, category.deadline_working_days
        )


def test_the_scorecard_reads_self_contained_sections_and_checks_from_the_categories():
    assert scorecard.SELF_CONTAINED is SELF_CONTAINED
    assert SELF_CONTAINED == {"intro", "contacts", "services"}
    assert set(scorecard.CHECKS) == {check.key for check in COMPLETENESS_CHECKS}


@pytest.mark.django_db
def test_every_completeness_check_returns_the_failing_pages_of_its_category(portal_a):
    home = HomePage.objects.get(pk=portal_a.root_page_id)
    sections = {page.category_key: page for page in home.get_children().specific() if page.category_key}
    for category in CATEGORIES:
        for check in category.checks:
            failing = check.failing_pages()
            assert isinstance(failing, QuerySet)
            assert issubclass(failing.model, Page), check.key
            # The pages a check is about belong to its own category's section (or are that section).
            section = sections[category.key]
            for page in failing.filter(path__startswith=home.path):
                assert page.path.startswith(section.path), (check.key, page)


@pytest.mark.django_db
def test_the_leaders_check_flags_an_introduction_without_leaders(portal_a):
    intro = IntroductionPage.objects.descendant_of(HomePage.objects.get(pk=portal_a.root_page_id)).get()
    check = next(check for check in COMPLETENESS_CHECKS if check.key == "intro_leaders")
    assert intro.leaders.count() == 0
    assert check.failing_pages().filter(pk=intro.pk).exists()


@pytest.mark.django_db
def test_the_email_check_flags_a_directory_with_an_official_without_email(portal_a):
    directory = next(page for page in HomePage.objects.get(pk=portal_a.root_page_id).get_children().specific()
                     if page.category_key == "contacts")
    check = next(check for check in COMPLETENESS_CHECKS if check.key == "contact_emails")
    assert not check.failing_pages().filter(pk=directory.pk).exists()
    ContactOfficial.objects.create(page=directory, name="Nguyễn Văn An", position="Chánh Văn phòng", email="",
                                   locale=directory.locale)
    assert check.failing_pages().filter(pk=directory.pk).exists()


@pytest.mark.django_db
def test_the_main_menu_shows_the_categories_with_a_menu_position_in_their_order(client, portal_a):
    response = client.get("/", HTTP_HOST=portal_a.site.hostname)
    soup = BeautifulSoup(response.content, "html.parser")
    # The main menu's own entries: home, the sections, the calendar and the sitemap; «Chuyên mục khác» aside.
    menu = [link["href"] for link in soup.select("#main-menu > li > a")]
    in_menu = sorted((category for category in CATEGORIES if category.menu_position), key=lambda c: c.menu_position)
    expected = [f"/{category.slug}/" for category in in_menu if category.applies_to(portal_a.kind)]
    assert [href for href in menu if href.strip("/") in {category.slug for category in CATEGORIES}] == expected
    others = [link["href"] for link in soup.select("#main-menu .nav-more a")]
    assert not set(others) & set(expected)


@pytest.mark.django_db
def test_a_placeholder_section_of_a_menu_category_is_in_the_menu_too(client, portal_a):
    """The menu follows the category's slug, whatever page type holds it until the real one exists."""
    home = HomePage.objects.get(pk=portal_a.root_page_id)
    category = next(category for category in CATEGORIES if category.menu_position == 1)
    real = next(page for page in home.get_children().specific() if page.category_key == category.key)
    real.delete()
    placeholder = StandardPage(title=str(category.title), slug=category.slug, category_key=category.key,
                               locale=home.locale, show_in_menus=True)
    home.add_child(instance=placeholder)
    placeholder.save_revision().publish()
    soup = BeautifulSoup(client.get("/", HTTP_HOST=portal_a.site.hostname).content, "html.parser")
    assert soup.select("#main-menu > li > a")[1]["href"] == f"/{category.slug}/"
