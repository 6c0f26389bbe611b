"""The portal settings form keeps the reCAPTCHA secret key write-only."""

import pytest
from bs4 import BeautifulSoup
from django.forms.models import model_to_dict
from django.urls import reverse

from home.models import PortalSettings

pytestmark = pytest.mark.django_db


@pytest.fixture
def stored(portal_a):
    portal_settings = PortalSettings.for_site(portal_a.site)
    portal_settings.recaptcha_site_key = "khoa-trang-cua-so-a"
    portal_settings.recaptcha_secret_key = "khoa-bi-mat-cua-so-a"
    portal_settings.save()
    return portal_settings


def edit_url(portal):
    return reverse("wagtailsettings:edit", args=["home", "portalsettings", portal.site.pk])


def post(client, portal, **changes):
    current = PortalSettings.for_site(portal.site)
    data = {name: "" if value is None else value
            for name, value in model_to_dict(current, exclude=["id", "site"]).items()}
    data["recaptcha_secret_key"] = ""  # what the browser sends back: the field is never filled in
    return client.post(edit_url(portal), {**data, **changes})


def secret_of(portal):
    return PortalSettings.for_site(portal.site).recaptcha_secret_key


def test_the_secret_is_never_sent_back_to_the_browser(login, portal_a, stored):
    response = login("approver", portal_a).get(edit_url(portal_a))
    assert response.status_code == 200
    assert "khoa-bi-mat-cua-so-a" not in response.content.decode()
    field = BeautifulSoup(response.content, "html.parser").select_one("input[name=recaptcha_secret_key]")
    assert field["type"] == "password" and not field.get("value")
    assert "khoa-trang-cua-so-a" in response.content.decode()  # the site key is public anyway


def test_leaving_the_secret_empty_keeps_it_and_typing_one_replaces_it(login, portal_a, stored):
    client = login("approver", portal_a)
    assert post(client, portal_a, full_name="Sở A (tên mới)").status_code == 302
    assert secret_of(portal_a) == "khoa-bi-mat-cua-so-a"
    assert post(client, portal_a, recaptcha_secret_key="khoa-bi-mat-moi").status_code == 302
    assert secret_of(portal_a) == "khoa-bi-mat-moi"


def test_clearing_the_site_key_drops_the_secret(login, portal_a, stored):
    assert post(login("approver", portal_a), portal_a, recaptcha_site_key="").status_code == 302
    assert secret_of(portal_a) == ""


def test_a_site_key_needs_a_secret(login, portal_a):
    response = post(login("approver", portal_a), portal_a, recaptcha_site_key="khoa-trang-moi")
    assert response.status_code == 200
    assert "Hãy nhập khóa bí mật đi kèm khóa trang reCAPTCHA." in response.content.decode()
    assert PortalSettings.for_site(portal_a.site).recaptcha_site_key == ""
