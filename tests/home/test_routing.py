"""Each hostname serves its own portal; an unknown hostname never reaches a component portal's pages."""

import pytest

from tests.factories import add_standard_page


def get(client, hostname, path="/"):
    return client.get(path, HTTP_HOST=hostname)


@pytest.mark.django_db
def test_each_hostname_serves_its_own_home_page(client, province, portal_a, portal_b):
    for portal in (province, portal_a, portal_b):
        response = get(client, portal.site.hostname)
        assert response.status_code == 200
        assert response.context["page"].pk == portal.root_page_id


@pytest.mark.django_db
def test_hostname_with_development_port_serves_the_same_portal(client, portal_a):
    response = get(client, f"{portal_a.site.hostname}:8000")
    assert response.context["page"].pk == portal_a.root_page_id


@pytest.mark.django_db
def test_a_portal_does_not_serve_another_portals_page_by_path(client, portal_a, portal_b):
    add_standard_page(portal_b.root_page, title="Thông báo riêng của xã B", slug="thong-bao-rieng-xa-b")

    assert get(client, portal_b.site.hostname, "/thong-bao-rieng-xa-b/").status_code == 200
    response = get(client, portal_a.site.hostname, "/thong-bao-rieng-xa-b/")
    assert response.status_code == 404
    assert "Thông báo riêng của xã B" not in response.content.decode()


@pytest.mark.django_db
def test_same_section_path_resolves_to_each_portals_own_section(client, portal_a, portal_b):
    page_a = get(client, portal_a.site.hostname, "/gioi-thieu/").context["page"]
    page_b = get(client, portal_b.site.hostname, "/gioi-thieu/").context["page"]
    assert page_a.get_parent().pk == portal_a.root_page_id
    assert page_b.get_parent().pk == portal_b.root_page_id


@pytest.mark.django_db
def test_unknown_hostname_gets_the_provincial_portal_and_no_agency_page(client, settings, province, portal_b):
    settings.ALLOWED_HOSTS = [".localhost"]
    add_standard_page(portal_b.root_page, title="Thông báo riêng của xã B", slug="thong-bao-rieng-xa-b")

    home = get(client, "khong-ton-tai.localhost")
    assert home.context["page"].pk == province.root_page_id
    assert "Thông báo riêng của xã B" not in home.content.decode()
    assert get(client, "khong-ton-tai.localhost", "/thong-bao-rieng-xa-b/").status_code == 404


@pytest.mark.django_db
def test_hostname_outside_allowed_hosts_is_refused(client):
    assert get(client, "evil.example.com").status_code == 400


@pytest.mark.django_db
def test_english_home_lives_under_en_prefix(client, portal_a):
    response = get(client, portal_a.site.hostname, "/en/")
    assert response.status_code == 200
    assert response.context["page"].locale.language_code == "en"
    assert response.context["page"].translation_key == portal_a.root_page.translation_key
    assert '<html lang="en">' in response.content.decode()


@pytest.mark.django_db
def test_vietnamese_is_served_at_the_root(client, portal_a):
    response = get(client, portal_a.site.hostname, "/")
    assert '<html lang="vi">' in response.content.decode()
