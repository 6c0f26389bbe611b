"""Planned maintenance: the board announces it at least 7 working days ahead; every portal shows the banner
from the announcement until the expected restore time."""

import datetime
from unittest import mock

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone

from comments.models import Holiday
from oversight.maintenance import earliest_start
from oversight.models import MaintenanceNotice

# Tuesday 1 December 2026, 10:00 in Hà Nội; 7 working days later is Thursday 10 December.
NOW = timezone.make_aware(datetime.datetime(2026, 12, 1, 10, 0))
EARLIEST = datetime.date(2026, 12, 10)
ADD_URL = reverse("maintenance_notices:add")


def at(moment):
    return mock.patch("django.utils.timezone.now", return_value=moment)


def local(day, hour=22):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


def form_data(start, end, message="Nâng cấp máy chủ cơ sở dữ liệu."):
    return {"title": "Bảo trì hệ thống", "starts_at": f"{start:%Y-%m-%d %H:%M}", "ends_at": f"{end:%Y-%m-%d %H:%M}",
            "message": message}


def banner(client, portal):
    soup = BeautifulSoup(client.get("/", HTTP_HOST=portal.site.hostname).content, "html.parser")
    return soup.select_one("aside.maintenance-notice")


def test_the_notice_period_counts_working_days_and_skips_holidays(db):
    assert earliest_start(datetime.date(2026, 12, 1)) == EARLIEST
    Holiday.objects.create(date=datetime.date(2026, 12, 4), name="Ngày nghỉ bù")
    assert earliest_start(datetime.date(2026, 12, 1)) == datetime.date(2026, 12, 11)


@pytest.mark.django_db
def test_the_board_schedules_a_notice_seven_working_days_ahead(login):
    client = login("board")
    with at(NOW):
        response = client.post(ADD_URL, form_data(local(EARLIEST), local(EARLIEST + datetime.timedelta(days=1), 2)))
    assert response.status_code == 302
    notice = MaintenanceNotice.objects.get()
    assert notice.created_by == client.user
    assert timezone.localtime(notice.starts_at).date() == EARLIEST


@pytest.mark.django_db
def test_a_notice_less_than_seven_working_days_ahead_is_refused(login):
    client = login("board")
    day_before = EARLIEST - datetime.timedelta(days=1)
    with at(NOW):
        response = client.post(ADD_URL, form_data(local(day_before), local(EARLIEST, 2)))
    assert response.status_code == 200
    assert not MaintenanceNotice.objects.exists()
    assert "ít nhất 7 ngày làm việc" in response.content.decode()
    assert "10/12/2026" in response.content.decode()


@pytest.mark.django_db
def test_a_restore_time_before_the_start_is_refused(login):
    client = login("board")
    with at(NOW):
        response = client.post(ADD_URL, form_data(local(EARLIEST, 22), local(EARLIEST, 20)))
    assert response.status_code == 200
    assert not MaintenanceNotice.objects.exists()
    assert "phải sau thời điểm bắt đầu" in response.content.decode()


@pytest.mark.django_db
def test_the_text_of_an_announced_notice_can_change_as_the_day_comes_near(login):
    with at(NOW - datetime.timedelta(days=14)):
        notice = MaintenanceNotice.objects.create(starts_at=local(EARLIEST), ends_at=local(EARLIEST, 23))
    client = login("board")
    with at(NOW):
        edit = reverse("maintenance_notices:edit", args=[notice.pk])
        same_time = client.post(edit, form_data(notice.starts_at, notice.ends_at, message="Thêm số điện thoại trực."))
        earlier = client.post(edit, form_data(local(EARLIEST - datetime.timedelta(days=3)), notice.ends_at))
    assert same_time.status_code == 302
    assert earlier.status_code == 200
    notice.refresh_from_db()
    assert notice.message == "Thêm số điện thoại trực."
    assert timezone.localtime(notice.starts_at).date() == EARLIEST


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["editor", "approver", "monitor"])
def test_only_the_board_manages_maintenance_notices(login, role, portal_a):
    client = login(role, portal_a if role in ("editor", "approver") else None)
    with at(NOW):
        assert client.get(reverse("maintenance_notices:index")).status_code in (302, 403)
        response = client.post(ADD_URL, form_data(local(EARLIEST), local(EARLIEST, 23)))
    assert response.status_code in (302, 403)
    assert not MaintenanceNotice.objects.exists()
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "thong-bao-bao-tri" not in menu


@pytest.mark.django_db
def test_the_banner_shows_on_every_portal_from_announcement_until_restore(client, province, portal_a, portal_b):
    start, end = local(EARLIEST, 22), local(EARLIEST + datetime.timedelta(days=1), 2)
    with at(NOW):
        MaintenanceNotice.objects.create(title="Nâng cấp hệ thống", starts_at=start, ends_at=end)
        for portal in (province, portal_a, portal_b):
            shown = banner(client, portal)
            assert shown is not None, portal.slug
            text = " ".join(shown.get_text().split())
            assert "Thông báo bảo trì: Nâng cấp hệ thống." in text
            assert "từ 22:00 ngày 10/12/2026, dự kiến khôi phục lúc 02:00 ngày 11/12/2026" in text
    with at(start + datetime.timedelta(hours=1)):
        assert "Đang bảo trì" in banner(client, portal_a).get_text()
    with at(end - datetime.timedelta(seconds=1)):
        assert banner(client, portal_a) is not None
    with at(end):
        assert banner(client, portal_a) is None
        assert banner(client, province) is None


@pytest.mark.django_db
def test_no_banner_without_a_notice(client, portal_a):
    assert banner(client, portal_a) is None


@pytest.mark.django_db
def test_the_board_queue_lists_the_notices_being_shown(login):
    with at(NOW):
        MaintenanceNotice.objects.create(title="Bảo trì máy chủ", starts_at=local(EARLIEST), ends_at=local(EARLIEST, 23))
        MaintenanceNotice.objects.create(title="Đợt đã xong", starts_at=NOW - datetime.timedelta(days=20),
                                         ends_at=NOW - datetime.timedelta(days=19))
        page = login("board").get(reverse("oversight:board_queue")).content.decode()
    assert "Bảo trì máy chủ" in page
    assert "Đợt đã xong" not in page


@pytest.mark.django_db
def test_the_board_sees_the_form_and_the_list(login):
    client = login("board")
    with at(NOW):
        MaintenanceNotice.objects.create(title="Bảo trì máy chủ", starts_at=local(EARLIEST), ends_at=local(EARLIEST, 23))
        form = client.get(ADD_URL)
        listing = client.get(reverse("maintenance_notices:index"))
    assert form.status_code == 200
    assert "Phải sau ít nhất 7 ngày làm việc kể từ ngày thông báo." in form.content.decode()
    assert listing.status_code == 200
    assert "Bảo trì máy chủ" in listing.content.decode()
    assert "thong-bao-bao-tri" in client.get(reverse("wagtailadmin_home")).content.decode()
