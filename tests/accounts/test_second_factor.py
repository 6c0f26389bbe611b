"""Two-factor sign-in: required for approvers, the board, the monitor and superusers, offered to editors;
enrolment in the admin (QR code and secret, in Vietnamese), recovery codes, and the reset command."""

import io
import re
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.factories import current_code, enrol_second_factor, make_user

pytestmark = pytest.mark.django_db

PASSWORD = "MatKhau@2026"
REQUIRED = ["approver", "board", "monitor", "superuser"]


def sign_in(client, user):
    response = client.post("/admin/login/", {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302
    return client.get("/admin/")


def wait_out_the_throttle(device):
    TOTPDevice.objects.filter(pk=device.pk).update(throttling_failure_timestamp=timezone.now() - timedelta(minutes=1))


@pytest.mark.parametrize("role", REQUIRED)
def test_a_role_that_needs_it_enrols_before_anything_else(client, role, portal_a):
    user = make_user(role, portal_a if role == "approver" else None)
    response = sign_in(client, user)
    assert response["Location"].startswith("/admin/xac-thuc-hai-buoc/dang-ky/")
    assert client.get("/admin/pages/")["Location"].startswith("/admin/xac-thuc-hai-buoc/dang-ky/")

    page = client.get(response["Location"]).content.decode()
    assert "Đăng ký xác thực hai bước" in page and "<svg" in page
    secret = re.search(r"data-otp-secret[^>]*>([A-Z2-7]+)<", page).group(1)
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    assert len(secret) >= 32

    wrong = client.post("/admin/xac-thuc-hai-buoc/dang-ky/", {"code": "000000" if current_code(device) != "000000" else "111111"})
    assert "Mã không đúng" in wrong.content.decode()
    wait_out_the_throttle(device)
    confirmed = client.post("/admin/xac-thuc-hai-buoc/dang-ky/", {"code": current_code(device), "next": "/admin/pages/"})
    codes = re.findall(r"<li><code>([a-z0-9]+)</code></li>", confirmed.content.decode())
    assert len(codes) == 10
    assert client.get("/admin/").status_code == 200


@pytest.mark.parametrize("role", REQUIRED)
def test_an_enrolled_user_types_the_code_after_the_password(client, role, portal_a):
    user = make_user(role, portal_a if role == "approver" else None)
    device = enrol_second_factor(user)
    response = sign_in(client, user)
    assert response["Location"].startswith("/admin/xac-thuc-hai-buoc/?next=")
    page = client.get(response["Location"]).content.decode()
    assert "Xác thực hai bước" in page and "mã khôi phục" in page

    refused = client.post("/admin/xac-thuc-hai-buoc/", {"code": "12345", "next": "/admin/"})
    assert "Mã không đúng" in refused.content.decode()
    assert client.get("/admin/").status_code == 302
    # After a wrong code the next one waits (django-otp's throttling): guessing is slowed down.
    throttled = client.post("/admin/xac-thuc-hai-buoc/", {"code": current_code(device), "next": "/admin/pages/"})
    assert throttled.status_code == 200
    wait_out_the_throttle(device)
    accepted = client.post("/admin/xac-thuc-hai-buoc/", {"code": current_code(device), "next": "/admin/pages/"})
    assert accepted["Location"] == "/admin/pages/"
    assert client.get("/admin/").status_code == 200


def test_a_recovery_code_works_once(client, login, portal_a):
    user = make_user("board")
    enrol_second_factor(user)
    from accounts.devices import new_recovery_codes

    codes = new_recovery_codes(user)
    sign_in(client, user)
    assert client.post("/admin/xac-thuc-hai-buoc/", {"code": codes[0]})["Location"] == "/admin/"
    assert not StaticToken.objects.filter(token=codes[0]).exists()
    client.logout()
    sign_in(client, user)
    assert "Mã không đúng" in client.post("/admin/xac-thuc-hai-buoc/", {"code": codes[0]}).content.decode()


def test_an_editor_may_skip_or_enrol(client, portal_a):
    editor = make_user("editor", portal_a)
    assert sign_in(client, editor).status_code == 200
    account = client.get("/admin/account/").content.decode()
    assert "Xác thực hai bước" in account
    device = TOTPDevice.objects.get_or_create(user=editor, confirmed=False)[0]
    client.get("/admin/xac-thuc-hai-buoc/dang-ky/")
    device = TOTPDevice.objects.get(user=editor, confirmed=False)
    client.post("/admin/xac-thuc-hai-buoc/dang-ky/", {"code": current_code(device)})
    client.logout()
    # Once enrolled, the code is asked every time.
    assert sign_in(client, editor)["Location"].startswith("/admin/xac-thuc-hai-buoc/?next=")


def test_the_reset_command_removes_the_devices(client, portal_a):
    user = make_user("approver", portal_a, username="duyet")
    enrol_second_factor(user)
    output = io.StringIO()
    call_command("reset_second_factor", "--username", "duyet", stdout=output)
    assert "Đã xóa" in output.getvalue()
    assert not TOTPDevice.objects.filter(user=user).exists()
    assert sign_in(client, user)["Location"].startswith("/admin/xac-thuc-hai-buoc/dang-ky/")


def test_the_next_address_stays_on_this_site(client, portal_a):
    user = make_user("board")
    device = enrol_second_factor(user)
    sign_in(client, user)
    response = client.post("/admin/xac-thuc-hai-buoc/", {"code": current_code(device), "next": "https://evil.example/"})
    assert response["Location"] == "/admin/"
