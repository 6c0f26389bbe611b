"""Password guessing on the admin: django-axes refuses an account, and an address, after repeated failures,
with a Vietnamese page; the lock ends by itself or when the board or a superuser unlocks it."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt, AccessFailureLog
from django.core import mail
from django.utils import timezone

from tests.factories import make_user

pytestmark = pytest.mark.django_db

PASSWORD = "MatKhau@2026"


def sign_in(client, username, password, ip="203.0.113.5"):
    return client.post("/admin/login/", {"username": username, "password": password}, REMOTE_ADDR=ip)


def test_thirty_wrong_passwords_then_the_right_one_is_refused_while_locked(client, settings, portal_a):
    user = make_user("editor", portal_a, username="bientap")
    statuses = [sign_in(client, user.username, f"sai-{number}").status_code for number in range(30)]
    assert statuses[: settings.AXES_FAILURE_LIMIT - 1] == [200] * (settings.AXES_FAILURE_LIMIT - 1)
    assert set(statuses[settings.AXES_FAILURE_LIMIT:]) == {429}

    refused = sign_in(client, user.username, PASSWORD)
    assert refused.status_code == 429
    text = refused.content.decode()
    assert "Tạm khóa đăng nhập" in text and "tạm bị khóa trong 30 phút" in text
    assert "_auth_user_id" not in client.session
    # Every attempt is logged (username, address, time), the refused right one too.
    assert AccessFailureLog.objects.filter(username="bientap").count() == 31

    # From another address the account stays locked too (per account).
    assert sign_in(client, user.username, PASSWORD, ip="198.51.100.20").status_code == 429


def test_the_lock_ends_after_the_cool_off(client, settings, portal_a):
    user = make_user("editor", portal_a, username="bientap")
    for number in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, user.username, f"sai-{number}")
    assert sign_in(client, user.username, PASSWORD).status_code == 429
    AccessAttempt.objects.update(attempt_time=timezone.now() - settings.AXES_COOLOFF_TIME - timedelta(minutes=1))
    response = sign_in(client, user.username, PASSWORD)
    assert response.status_code == 302 and client.session["_auth_user_id"] == str(user.pk)


def test_one_address_guessing_many_accounts_is_locked(client, settings, portal_a):
    victims = [make_user("editor", portal_a, username=f"nguoi{number}") for number in range(3)]
    for number in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, victims[number % 3].username, "sai", ip="192.0.2.66")
    innocent = make_user("editor", portal_a, username="vo-can")
    assert sign_in(client, innocent.username, PASSWORD, ip="192.0.2.66").status_code == 429
    assert sign_in(client, innocent.username, PASSWORD, ip="198.51.100.1").status_code == 302


def test_the_board_unlocks_an_account_and_an_editor_cannot(client, login, settings, portal_a):
    user = make_user("editor", portal_a, username="bientap")
    for number in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, user.username, f"sai-{number}")

    editor = login("editor", portal_a)
    # Wagtail answers a refused admin view with a redirect to the dashboard.
    assert editor.get("/admin/tai-khoan-bi-khoa/")["Location"] == "/admin/"
    assert editor.post("/admin/tai-khoan-bi-khoa/mo-khoa/", {"username": "bientap"})["Location"] == "/admin/"
    assert sign_in(client, user.username, PASSWORD, ip="198.51.100.7").status_code == 429

    board = login("board")
    listing = board.get("/admin/tai-khoan-bi-khoa/").content.decode()
    assert 'data-locked-username="bientap"' in listing
    assert 'data-locked-address="203.0.113.5"' in listing
    board.post("/admin/tai-khoan-bi-khoa/mo-khoa/", {"username": "bientap"})
    assert sign_in(client, user.username, PASSWORD, ip="198.51.100.7").status_code == 302


def test_password_reset_requests_are_limited(client, portal_a):
    make_user("editor", portal_a, username="bientap", email="bientap@example.gov.vn")
    statuses = [
        client.post("/admin/password_reset/", {"email": "bientap@example.gov.vn"}).status_code for _number in range(6)
    ]
    assert statuses[:3] == [302] * 3 and set(statuses[3:]) == {429}
    assert len(mail.outbox) == 3
    refused = client.post("/admin/password_reset/", {"email": "bientap@example.gov.vn"})
    assert "quá nhiều yêu cầu đặt lại mật khẩu" in refused.content.decode()


def test_password_reset_requests_are_limited_per_address_across_email_addresses(client):
    statuses = [
        client.post("/admin/password_reset/", {"email": f"nguoi{number}@example.gov.vn"}).status_code
        for number in range(6)
    ]
    assert statuses[:5] == [302] * 5 and statuses[5] == 429
