"""The account security screens as a person sees them: a board member enrols the authenticator app (QR code and
secret, in Vietnamese) at 360 px and 1280 px, and a locked-out sign-in shows the Vietnamese lockout page."""

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("width", [360, 1280])
def test_board_member_enrols_and_a_locked_account_is_told_why(live_server, live_province, browser, width):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from tests.factories import current_code, make_user

    board = make_user("board", username=f"banbientap{width}")
    context = browser.new_context(locale="vi-VN", viewport={"width": width, "height": 900})
    tab = context.new_page()
    tab.goto(f"{live_server.url}/admin/login/")
    tab.fill("input[name=username]", board.username)
    tab.fill("input[name=password]", "MatKhau@2026")
    tab.locator("form button[type=submit]").first.click()
    tab.locator("[data-otp-qr] svg").wait_for()
    assert tab.locator("h1").inner_text() == "Đăng ký xác thực hai bước"
    tab.screenshot(path=f"screenshots/dang-ky-xac-thuc-{width}.png", full_page=True)
    tab.fill("input[name=code]", current_code(TOTPDevice.objects.get(user=board)))
    tab.get_by_role("button", name="Xác nhận và bật").click()
    tab.locator("[data-recovery-codes]").wait_for()
    assert tab.locator("[data-recovery-codes] li").count() == 10
    tab.screenshot(path=f"screenshots/ma-khoi-phuc-{width}.png", full_page=True)

    other = browser.new_context(locale="vi-VN", viewport={"width": width, "height": 900}).new_page()
    for attempt in range(11):
        other.goto(f"{live_server.url}/admin/login/")
        other.fill("input[name=username]", "khong-ai")
        other.fill("input[name=password]", f"sai-{attempt}")
        other.locator("form button[type=submit]").first.click()
        other.wait_for_load_state()
    assert "tạm bị khóa" in other.locator("main").inner_text()
    other.screenshot(path=f"screenshots/tam-khoa-{width}.png", full_page=True)
    context.close()
