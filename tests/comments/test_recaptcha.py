"""Google reCAPTCHA when keys are configured (per portal or globally). Google is never contacted: the
verification call of django-recaptcha is replaced in every test here."""

from urllib.error import HTTPError, URLError

import pytest
from bs4 import BeautifulSoup
from django_recaptcha.client import RecaptchaResponse

from comments import captcha
from comments.models import CitizenInput
from home.models import PortalSettings

from ..factories import add_article
from .conftest import input_url

pytestmark = pytest.mark.django_db

VERIFY = "comments.captcha.recaptcha_client.submit"


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a test tried to contact Google")

    monkeypatch.setattr("django_recaptcha.client.recaptcha_request", refuse)


def configure(portal, version="v2", threshold="0.5"):
    portal_settings = PortalSettings.for_site(portal.site)
    portal_settings.recaptcha_site_key = "site-key-cua-so-a"
    portal_settings.recaptcha_secret_key = "secret-key-cua-so-a"
    portal_settings.recaptcha_version = version
    portal_settings.recaptcha_score_threshold = threshold
    portal_settings.save()


def google_says(monkeypatch, calls=None, **response):
    def fake_submit(recaptcha_response, private_key, remoteip):
        if calls is not None:
            calls.append((recaptcha_response, private_key, remoteip))
        return RecaptchaResponse(**response)

    monkeypatch.setattr(VERIFY, fake_submit)


def google_unreachable(monkeypatch, error):
    def fake_submit(**kwargs):
        raise error

    monkeypatch.setattr(VERIFY, fake_submit)


def test_portal_keys_render_the_v2_checkbox(client, portal_a, portal_b, article):
    configure(portal_a)
    html = client.get(input_url(article, fragment=True), HTTP_HOST=portal_a.site.hostname).content.decode()
    soup = BeautifulSoup(html, "html.parser")
    widget = soup.select_one("[data-recaptcha-v2]")
    assert widget["data-sitekey"] == "site-key-cua-so-a"
    assert "render=explicit" in widget["data-recaptcha-src"]
    assert "secret-key-cua-so-a" not in html
    assert not soup.select_one('[name="captcha_answer"]')


def test_another_portal_without_keys_keeps_the_image_captcha(client, portal_a, portal_b):

    configure(portal_a)
    article_b = add_article(portal_b, "Tin của xã B")
    html = client.get(input_url(article_b, fragment=True), HTTP_HOST=portal_b.site.hostname).content.decode()
    assert "data-captcha-image" in html and "data-recaptcha-v2" not in html


def test_global_keys_apply_to_every_portal(client, settings, portal_a, article):
    settings.RECAPTCHA_PUBLIC_KEY = "khoa-chung"
    settings.RECAPTCHA_PRIVATE_KEY = "bi-mat-chung"
    settings.RECAPTCHA_VERSION = "v3"
    html = client.get(input_url(article, fragment=True), HTTP_HOST=portal_a.site.hostname).content.decode()
    widget = BeautifulSoup(html, "html.parser").select_one("[data-recaptcha-v3]")
    assert widget["data-sitekey"] == "khoa-chung"
    assert "render=khoa-chung" in widget["data-recaptcha-src"]


def test_v2_verified_by_google_is_stored(client, send, monkeypatch, portal_a, article):
    configure(portal_a)
    calls = []
    google_says(monkeypatch, calls, is_valid=True)
    response = send(client, portal_a, article, **{"g-recaptcha-response": "token-tu-google"})
    assert "đang chờ kiểm duyệt" in response.content.decode()
    assert CitizenInput.objects.count() == 1
    assert calls == [("token-tu-google", "secret-key-cua-so-a", "203.0.113.7")]


def test_v2_missing_or_refused(client, send, monkeypatch, portal_a, article):
    configure(portal_a)
    google_says(monkeypatch, is_valid=False, error_codes=["invalid-input-response"])
    response = send(client, portal_a, article)
    assert "Vui lòng xác nhận bạn không phải là người máy" in response.content.decode()
    response = send(client, portal_a, article, **{"g-recaptcha-response": "sai"})
    assert "Xác minh reCAPTCHA không thành công" in response.content.decode()
    assert not CitizenInput.objects.exists()


@pytest.mark.parametrize("score, action, stored", [
    (0.9, captcha.RECAPTCHA_ACTION, True),
    (0.3, captcha.RECAPTCHA_ACTION, False),
    (0.9, "hanh-dong-khac", False),
])
def test_v3_score_threshold_and_action(client, send, monkeypatch, portal_a, article, score, action, stored):
    configure(portal_a, version="v3", threshold="0.5")
    google_says(monkeypatch, is_valid=True, extra_data={"score": score}, action=action)
    send(client, portal_a, article, **{"g-recaptcha-response": "token-v3"})
    assert CitizenInput.objects.exists() is stored


@pytest.mark.parametrize("error", [
    URLError("Name or service not known"),
    TimeoutError("timed out"),
    HTTPError("https://www.google.com/recaptcha/api/siteverify", 503, "Service Unavailable", {}, None),
    ValueError("not json"),
])
def test_google_unreachable_keeps_the_text_and_falls_back_to_the_image_captcha(
    client, send, monkeypatch, portal_a, article, error
):
    configure(portal_a)
    google_unreachable(monkeypatch, error)
    response = send(client, portal_a, article, body="Nội dung tôi đã gõ rất lâu.",
                    **{"g-recaptcha-response": "token"})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert "Không kết nối được dịch vụ xác minh reCAPTCHA của Google" in soup.select_one(".ci-message").get_text()
    assert soup.select_one('textarea[name="body"]').get_text().strip() == "Nội dung tôi đã gõ rất lâu."
    assert soup.select_one("img[data-captcha-image]")  # the self-hosted captcha while Google is away
    assert not CitizenInput.objects.exists()
    # The citizen answers the image captcha and is through.
    response = send(client, portal_a, article, body="Nội dung tôi đã gõ rất lâu.")
    assert "đang chờ kiểm duyệt" in response.content.decode()
    assert CitizenInput.objects.count() == 1
