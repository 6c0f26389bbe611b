"""A subdomain no portal uses gets 404 instead of the provincial portal, unless SERVE_UNKNOWN_HOSTS."""

import pytest

pytestmark = pytest.mark.django_db


def test_an_unknown_host_gets_404(client, settings, province, portal_a):
    settings.SERVE_UNKNOWN_HOSTS = False
    assert client.get("/", HTTP_HOST="khong-co.localhost").status_code == 404
    assert client.get("/", HTTP_HOST=province.site.hostname).status_code == 200
    assert client.get("/", HTTP_HOST=portal_a.site.hostname).status_code == 200
    assert client.get("/healthz", HTTP_HOST="khong-co.localhost").status_code == 200


def test_the_setting_serves_the_province_on_unknown_hosts(client, settings, province):
    settings.SERVE_UNKNOWN_HOSTS = True
    response = client.get("/", HTTP_HOST="khong-co.localhost")
    assert response.status_code == 200 and province.name in response.content.decode()
