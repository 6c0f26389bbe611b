"""A section's listing (the filter form, the items, the page links) is the same for every anonymous reader
of one address on one day, so it is rendered once and shared until anything is published
(home/templates/home/section_index.html, `{% page_fragment %}`): the next reader gets it without a query,
and still sees every publication, every change of day and only the list of the address asked for."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.factories import add_article

from .test_notices import archive_titles, make_notice
from .test_register import listed_numbers

pytestmark = pytest.mark.django_db


def html_of(client, portal, url, **params):
    response = client.get(url, params, HTTP_HOST=portal.site.hostname)
    assert response.status_code == 200
    return response.content.decode()


def listed_statuses(html):
    return [status.get_text(strip=True) for status in BeautifulSoup(html, "html.parser").select("td span.status")]


def test_a_register_read_again_runs_no_query(client, portal_a, section, add_document, catalogue):
    register = section(portal_a, "documents")
    for number in range(3):
        add_document(register, number=f"{number + 1}/QĐ-UBND")
    url = register.relative_url(portal_a.site)
    params = {"loai": catalogue["decision"].pk}
    assert len(listed_numbers(html_of(client, portal_a, url, **params))) == 3

    with CaptureQueriesContext(connection) as queries:
        html = html_of(client, portal_a, url, **params)
    assert len(listed_numbers(html)) == 3
    assert len(queries) == 0, [query["sql"] for query in queries]


def test_a_document_published_shows_in_the_register_at_once(client, portal_a, section, add_document):
    register = section(portal_a, "documents")
    add_document(register, number="1/QĐ-UBND")
    url = register.relative_url(portal_a.site)
    assert listed_numbers(html_of(client, portal_a, url)) == ["1/QĐ-UBND"]

    add_document(register, number="2/QĐ-UBND", issue_date=datetime.date(2030, 1, 1))
    assert listed_numbers(html_of(client, portal_a, url)) == ["2/QĐ-UBND", "1/QĐ-UBND"]


def test_each_filter_and_page_of_the_register_gets_its_own_list(client, portal_a, section, add_document, catalogue):
    register = section(portal_a, "documents")
    add_document(register, number="QĐ-1")
    add_document(register, number="KH-1", document_type=catalogue["plan"])
    url = register.relative_url(portal_a.site)
    for _ in range(2):
        assert sorted(listed_numbers(html_of(client, portal_a, url))) == ["KH-1", "QĐ-1"]
        assert listed_numbers(html_of(client, portal_a, url, loai=catalogue["plan"].pk)) == ["KH-1"]
        assert "không hợp lệ" in html_of(client, portal_a, url, loai="abc")
        assert "không hợp lệ" not in html_of(client, portal_a, url)


def test_a_document_that_expires_overnight_is_listed_as_expired_the_next_morning(
    client, portal_a, section, add_document, monkeypatch
):
    register = section(portal_a, "documents")
    today = timezone.localdate()
    add_document(register, number="1/QĐ-UBND", issue_date=today - datetime.timedelta(days=30),
                 expiry_date=today + datetime.timedelta(days=1))
    url = register.relative_url(portal_a.site)
    assert listed_statuses(html_of(client, portal_a, url)) == ["Còn hiệu lực"]

    tomorrow = today + datetime.timedelta(days=1)
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: tomorrow)
    assert listed_statuses(html_of(client, portal_a, url)) == ["Hết hiệu lực"]


def test_the_direction_section_and_its_notice_archive_keep_their_own_lists(client, portal_a, section):
    direction = section(portal_a, "direction")
    make_notice(direction, title="Khen thưởng phòng Kế hoạch")
    add_article(portal_a, "Bài của chuyên mục tin tức")  # another section: listed in neither
    direction_url = direction.relative_url(portal_a.site)
    for _ in range(2):
        titles, _soup = archive_titles(client, direction, portal_a)
        assert titles == ["Khen thưởng phòng Kế hoạch"]
        soup = BeautifulSoup(html_of(client, portal_a, direction_url), "html.parser")
        assert soup.h1.get_text(strip=True) == direction.title


def test_a_logged_in_editor_gets_the_register_rendered_afresh(client, login, portal_a, section, add_document):
    register = section(portal_a, "documents")
    add_document(register, number="1/QĐ-UBND")
    url = register.relative_url(portal_a.site)
    html_of(client, portal_a, url)
    editor = login("editor", portal_a)
    with CaptureQueriesContext(connection) as queries:
        response = editor.get(url, HTTP_HOST=portal_a.site.hostname)
    assert listed_numbers(response.content.decode()) == ["1/QĐ-UBND"]
    assert len(queries) > 3
