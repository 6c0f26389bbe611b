"""Every GET parameter and address argument of the project's own admin screens (the addresses its apps add to
Wagtail's admin) with edge values, as a board member past the second factor: a screen, a message or a refusal,
never a server error."""

import re
from urllib.parse import quote

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from tests.factories import add_article, make_item
from tests.factories import make_user, pass_second_factor

pytestmark = pytest.mark.django_db

OUR_APPS = ("accounts.", "comments.", "component_portals.", "decree.", "home.", "opendata.", "oversight.", "search.", "sites.")
PARAMETERS = ["q", "p", "page", "next", "status", "kind", "age", "portal", "loai", "tu", "den", "cong", "nam",
              "trang", "ordering", "sort", "id", "ids", "username", "ip_address", "year", "category"]
EDGE_VALUES = ["9999-12-31", "0001-01-01", "2026-02-30", "-1", "99999999999999999999", "abc", "so\x00",
               "x" * 10_000, "<script>alert(1)</script>", "Hà Nội 🏛", "//evil.example/"]
ARGUMENT_EDGES = {"int": ["99999999999999999999", "0"], "str": ["x" * 2000, quote("Hà Nội\x00", safe="")],
                  "slug": ["x" * 2000]}
ARGUMENT = re.compile(r"<(?:(?P<converter>\w+):)?(?P<name>\w+)>")
REGEX_GROUP = re.compile(r"\(\?P<(?P<name>\w+)>[^)]*\)")


def our_admin_routes():
    """The routes (Django path syntax) of the admin screens our apps register."""

    def walk(patterns, prefix):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern))
            elif isinstance(pattern, URLPattern):
                view = getattr(pattern.callback, "view_class", pattern.callback)
                if view.__module__.startswith(OUR_APPS):
                    yield prefix + str(pattern.pattern)

    routes = (REGEX_GROUP.sub(r"<int:\g<name>>", route).replace("^", "").replace("$", "")
              for route in walk(get_resolver().url_patterns, "/"))
    return sorted({route for route in routes if route.startswith("/admin/")})


def fill(route, value_for):
    """The route with every argument replaced by value_for(converter, name)."""
    return ARGUMENT.sub(lambda match: value_for(match["converter"] or "str", match["name"]), route)


@pytest.fixture
def samples(portal_a):
    """An existing object for each kind of address argument, so that the screens behind them are reached."""
    article = add_article(portal_a, "Sở tổ chức hội nghị chuyển đổi số")
    item = make_item(portal_a, article)
    by_name = {"pk": str(item.pk), "year": "2025", "slug": portal_a.slug, "category": "news", "decision": "duyet"}
    return lambda converter, name: by_name.get(name, "1" if converter == "int" else portal_a.slug)


@pytest.fixture
def clients(province):
    """A board member and a superuser (the portal registry is theirs), each past the second factor."""
    signed_in = []
    for role in ("board", "superuser"):
        user = make_user(role)
        client = Client(raise_request_exception=False)
        client.force_login(user)
        pass_second_factor(client, user)
        signed_in.append(client)
    return signed_in


def test_the_routes_cover_our_admin_screens():
    routes = our_admin_routes()
    for expected in ("/admin/giam-sat/", "/admin/y-kien-cong-dan/", "/admin/tai-khoan-bi-khoa/"):
        assert expected in routes, routes


@pytest.mark.parametrize("value", EDGE_VALUES, ids=lambda value: repr(value[:12]))
def test_no_admin_screen_fails_on_an_edge_parameter(clients, samples, value):
    failures = []
    every_parameter = {name: value for name in PARAMETERS}
    for route in our_admin_routes():
        url = fill(route, samples)
        for client in clients:
            response = client.get(url, every_parameter)
            if response.status_code >= 500:
                failures.append((url, response.status_code))
    assert failures == []


def test_no_admin_screen_fails_on_an_edge_address_argument(clients, samples):
    failures = []
    for route in our_admin_routes():
        for converter, edges in ARGUMENT_EDGES.items():
            for edge in edges:
                url = fill(route, lambda kind, name: edge if kind == converter else samples(kind, name))
                if url == fill(route, samples):
                    continue  # the route has no argument of this kind
                for client in clients:
                    response = client.get(url)
                    if response.status_code >= 500:
                        failures.append((url[:100], response.status_code))
    assert failures == []
