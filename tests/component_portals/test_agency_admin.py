"""An agency's official works in the agency's own portal: the dashboard counts and links its pages, the
«Trang» menu and the page choosers start at its home, the explorer lists its sections in menu order and a
section's title opens its contents. Users of every portal (the board) keep the whole tree."""

import json

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import Page

pytestmark = pytest.mark.django_db


def sidebar_explorer_start(html):
    props = BeautifulSoup(html, "html.parser").select_one("#wagtail-sidebar-props").string
    found = []

    def walk(value):
        if isinstance(value, dict):
            if value.get("_type") == "wagtail.sidebar.PageExplorerMenuItem":
                found.append(value["_args"])
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(json.loads(props))
    [args] = found
    return args


def summary_link(html):
    link = BeautifulSoup(html, "html.parser").select_one(".w-summary a[href^='/admin/pages/']")
    return link["href"], link.get_text(" ", strip=True)


def test_the_dashboard_counts_and_links_the_agencys_own_portal(login, portal_a):
    editor = login("editor", portal_a)
    html = editor.get(reverse("wagtailadmin_home")).content.decode()
    href, text = summary_link(html)
    count = Page.objects.descendant_of(portal_a.root_page, inclusive=True).count()
    assert href == reverse("wagtailadmin_explore", args=[portal_a.root_page_id])
    assert text.startswith(f"{count} trang")
    assert count < Page.objects.count() - 1


def test_the_page_menu_opens_at_the_agencys_home(login, portal_a):
    approver = login("approver", portal_a)
    args = sidebar_explorer_start(approver.get(reverse("wagtailadmin_home")).content.decode())
    menu_item, start_page_id = args
    assert start_page_id == portal_a.root_page_id
    assert menu_item["url"] == reverse("wagtailadmin_explore", args=[portal_a.root_page_id])


def test_the_board_keeps_the_whole_tree(login, portal_a):
    board = login("board")
    html = board.get(reverse("wagtailadmin_home")).content.decode()
    href, _text = summary_link(html)
    assert href != reverse("wagtailadmin_explore", args=[portal_a.root_page_id])
    response = board.get(reverse("wagtailadmin_choose_page"))
    assert response.json()["parent_page_id"] == Page.get_first_root_node().pk


def test_the_page_chooser_and_link_chooser_start_at_the_agencys_home(login, portal_a, portal_b):
    editor = login("editor", portal_a)
    response = editor.get(reverse("wagtailadmin_choose_page"))
    assert response.status_code == 200
    assert response.json()["parent_page_id"] == portal_a.root_page_id
    chooser = BeautifulSoup(response.json()["html"], "html.parser").get_text(" ")
    assert portal_b.root_page.title not in chooser
    # a chooser opened on a page keeps its place
    section = Page.objects.child_of(portal_a.root_page).first()
    response = editor.get(reverse("wagtailadmin_choose_page_child", args=[section.pk]))
    assert response.json()["parent_page_id"] == section.pk


def test_the_chooser_still_needs_a_login(client):
    response = client.get(reverse("wagtailadmin_choose_page"))
    assert response.status_code == 302 and reverse("wagtailadmin_login") in response["Location"]


def test_sections_are_listed_in_menu_order_and_their_titles_open_their_contents(login, portal_a):
    editor = login("editor", portal_a)
    home = portal_a.root_page
    html = editor.get(reverse("wagtailadmin_explore", args=[home.pk])).content.decode()
    titles = [cell for cell in BeautifulSoup(html, "html.parser").select("td.title .title-wrapper")]
    listed = [cell.select_one("span[id$=_title]").get_text(strip=True) for cell in titles]
    assert listed == [page.title for page in Page.objects.child_of(home).order_by("path")]
    for cell, page in zip(titles, Page.objects.child_of(home).order_by("path")):
        link = cell.select_one("a[href]:not([title='Sites menu'])")
        expected = "wagtailadmin_explore" if page.numchild else "wagtailadmin_pages:edit"
        assert link["href"] == reverse(expected, args=[page.pk]), page.title
