"""Public consultation on drafts: the item page shows every field, the status (upcoming, open, closed) is
derived from the dates in local time, the section lists open consultations first with a status filter,
the editor form refuses a deadline before the open date, and the demo seeds one open, one upcoming and
two closed drafts."""

import datetime
import re
from unittest import mock

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.rich_text import RichText

from decree.consultation import ConsultationIndexPage, ConsultationPage, ConsultationStatus
from demo.seeders import consultation as consultation_demo

Document = get_document_model()
DAY = datetime.timedelta(days=1)


def make_consultation(section, title="Dự thảo thử nghiệm", open_in=-5, lasts=30, publish=True, live=None,
                      **fields):
    """A consultation under `section`; `publish=False, live=True` skips the revision for bulk creation."""
    today = timezone.localdate()
    fields.setdefault("open_date", today + open_in * DAY)
    fields.setdefault("deadline", fields["open_date"] + lasts * DAY)
    fields.setdefault("summary", f"Tóm tắt của {title}.")
    fields.setdefault("body", [("paragraph", RichText("<p>Điều 1. Phạm vi điều chỉnh của dự thảo.</p>"))])
    fields.setdefault("receiving_unit", "Văn phòng Sở Thử Nghiệm A")
    fields.setdefault("receiving_address", "Số 35 Phan Chu Trinh, phường Hòa Bình")
    fields.setdefault("receiving_email", "gopy@so-a.gov.vn")
    live = publish if live is None else live
    page = ConsultationPage(title=title, locale=section.locale, live=live, **fields)
    section.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    return page


def get_html(client, portal, path):
    response = client.get(path, HTTP_HOST=portal.site.hostname)
    assert response.status_code == 200
    return response.content.decode()


def listed_titles(html):
    return [link.get_text(strip=True) for link in BeautifulSoup(html, "html.parser").select(".item-title a")]


@pytest.fixture
def consultations(section, portal_a):
    return section(portal_a, "consultation")


# --- the item page ---------------------------------------------------------------------------------


@pytest.mark.django_db
def test_consultation_page_shows_every_field_and_the_draft_files(client, portal_a, consultations):
    today = timezone.localdate()
    draft = Document.objects.create(
        title="Dự thảo Quyết định (bản lấy ý kiến)", collection=portal_a.collection,
        file=SimpleUploadedFile("du-thao.txt", "Toàn văn dự thảo".encode()),
    )
    page = make_consultation(
        consultations,
        title="Dự thảo Quyết định quy định quản lý nhiệm vụ khoa học và công nghệ cấp tỉnh",
        slug="du-thao-nhiem-vu-khcn",
        open_date=today - 3 * DAY,
        deadline=today + 4 * DAY,
        summary="Dự thảo quy định việc tuyển chọn, giao trực tiếp nhiệm vụ khoa học và công nghệ.",
        body=[("paragraph", RichText("<p>Điều 1. Phạm vi điều chỉnh: nhiệm vụ cấp tỉnh.</p>"))],
        attachments=[("document", {"document": draft, "title": ""})],
        drafting_agency="Phòng Quản lý khoa học",
        receiving_unit="Văn phòng Sở Khoa học và Công nghệ",
        receiving_address="Số 35 Phan Chu Trinh, phường Hòa Bình, tỉnh Lâm Viên",
        receiving_email="gopy@sokhcn.gov.vn",
        receiving_phone="0263 3822 345",
    )
    html = get_html(client, portal_a, page.relative_url(portal_a.site))
    soup = BeautifulSoup(html, "html.parser")
    assert [h1.get_text(strip=True) for h1 in soup.find_all("h1")] == [page.title]
    for value in (
        "Dự thảo quy định việc tuyển chọn, giao trực tiếp nhiệm vụ khoa học và công nghệ.",
        "Điều 1. Phạm vi điều chỉnh: nhiệm vụ cấp tỉnh.",
        (today - 3 * DAY).strftime("%d/%m/%Y"),
        (today + 4 * DAY).strftime("%d/%m/%Y"),
        "Phòng Quản lý khoa học",
        "Văn phòng Sở Khoa học và Công nghệ",
        "Số 35 Phan Chu Trinh, phường Hòa Bình, tỉnh Lâm Viên",
        "gopy@sokhcn.gov.vn",
        "0263 3822 345",
        "Dự thảo Quyết định (bản lấy ý kiến)",
        "Đang lấy ý kiến",
        "còn 5 ngày",
    ):
        assert value in html, value
    labels = [dt.get_text(strip=True) for dt in soup.select("dl.fields dt")]
    assert "Thời hạn tiếp nhận ý kiến" in labels
    assert "Đơn vị tiếp nhận ý kiến" in labels
    assert soup.select_one(f'.attachments a[href="{draft.url}"]')


@pytest.mark.django_db
def test_feedback_section_names_the_receiving_email_and_holds_no_form_yet(client, portal_a, consultations):
    page = make_consultation(consultations, slug="gop-y", receiving_email="vanphong@so-a.gov.vn")
    soup = BeautifulSoup(get_html(client, portal_a, page.relative_url(portal_a.site)), "html.parser")
    feedback = soup.select_one("section#gop-y")
    assert feedback.find("h2").get_text(strip=True) == "Góp ý"
    assert feedback.select_one('a[href="mailto:vanphong@so-a.gov.vn"]')
    assert feedback.find("form") is None


@pytest.mark.django_db
def test_closed_consultation_page_says_the_deadline_has_passed(client, portal_a, consultations):
    page = make_consultation(consultations, slug="da-dong", open_in=-40, lasts=10)
    html = get_html(client, portal_a, page.relative_url(portal_a.site))
    assert "Đã kết thúc" in html
    assert "Đã hết thời hạn tiếp nhận ý kiến góp ý" in html
    assert not re.search(r"[Cc]òn \d+ ngày", html)


# --- status derivation at the date boundaries ------------------------------------------------------

BOUNDARIES = [
    # (open date relative to today, deadline relative to today, expected status)
    (1, 10, ConsultationStatus.UPCOMING),   # opens tomorrow: the day before the open date
    (0, 10, ConsultationStatus.OPEN),       # opens today
    (-10, 0, ConsultationStatus.OPEN),      # the deadline is today: still open, inclusive
    (-10, -1, ConsultationStatus.CLOSED),   # the deadline was yesterday: the day after the deadline
    (0, 0, ConsultationStatus.OPEN),        # a one-day consultation, today
]


@pytest.mark.django_db
@pytest.mark.parametrize(("open_offset", "deadline_offset", "expected"), BOUNDARIES)
def test_status_property_and_queryset_filter_agree_at_the_boundaries(
    consultations, open_offset, deadline_offset, expected
):
    today = timezone.localdate()
    page = make_consultation(
        consultations, open_date=today + open_offset * DAY, deadline=today + deadline_offset * DAY,
    )
    assert page.status == expected
    assert page.is_open == (expected == ConsultationStatus.OPEN)
    assert page.accepts_citizen_input("consultation") == (expected == ConsultationStatus.OPEN)
    assert not page.accepts_citizen_input("comment")
    for status in ConsultationStatus.values:
        matches = ConsultationPage.objects.child_of(consultations).with_status(status).filter(pk=page.pk).exists()
        assert matches == (status == expected), status


@pytest.mark.django_db
def test_status_uses_the_local_calendar_day_not_utc(consultations):
    # 2026-11-27 18:30 UTC is already 2026-11-28 01:30 in Asia/Ho_Chi_Minh.
    page = make_consultation(
        consultations, slug="gio-dia-phuong",
        open_date=datetime.date(2026, 11, 1), deadline=datetime.date(2026, 11, 27),
    )
    late_evening_utc = datetime.datetime(2026, 11, 27, 18, 30, tzinfo=datetime.timezone.utc)
    with mock.patch("django.utils.timezone.now", return_value=late_evening_utc):
        assert timezone.localdate() == datetime.date(2026, 11, 28)
        assert page.status == ConsultationStatus.CLOSED
        assert not ConsultationPage.objects.filter(pk=page.pk).open().exists()
        assert ConsultationPage.objects.filter(pk=page.pk).closed().exists()


@pytest.mark.django_db
def test_days_remaining_counts_today_and_the_deadline(consultations):
    today = timezone.localdate()
    assert make_consultation(consultations, slug="con-3", open_in=-1, deadline=today + 2 * DAY).days_remaining == 3
    assert make_consultation(consultations, slug="con-1", open_in=-1, deadline=today).days_remaining == 1
    assert make_consultation(consultations, slug="chua-mo", open_in=2).days_remaining is None
    assert make_consultation(consultations, slug="het", open_in=-9, lasts=3).days_remaining is None


# --- editor-form validation ------------------------------------------------------------------------


@pytest.mark.django_db
def test_deadline_before_the_open_date_is_refused_with_a_vietnamese_message(consultations):
    today = timezone.localdate()
    page = make_consultation(consultations, slug="sai-han", publish=False)
    page.open_date, page.deadline = today, today - DAY
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert error.value.message_dict["deadline"] == [
        "Thời hạn tiếp nhận ý kiến không được trước ngày bắt đầu lấy ý kiến."
    ]


@pytest.mark.django_db
def test_deadline_on_the_open_date_is_accepted(consultations):
    today = timezone.localdate()
    page = make_consultation(consultations, slug="mot-ngay", publish=False, open_date=today, deadline=today)
    page.full_clean()


@pytest.mark.django_db
def test_a_draft_without_text_or_files_is_refused(consultations):
    page = make_consultation(consultations, slug="khong-noi-dung", publish=False)
    page.body = []
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert error.value.message_dict["attachments"] == [
        "Hãy nhập toàn văn dự thảo hoặc đính kèm ít nhất một tệp dự thảo."
    ]


@pytest.mark.django_db
def test_consultations_can_only_be_created_in_their_section(portal_a, consultations, section):
    assert ConsultationPage.can_create_at(consultations)
    assert not ConsultationPage.can_create_at(section(portal_a, "news"))
    assert not ConsultationPage.can_create_at(portal_a.root_page.specific)


# --- the section: order, filter, paging --------------------------------------------------------------


@pytest.fixture
def four_consultations(consultations):
    today = timezone.localdate()
    return {
        "closed_long_ago": make_consultation(
            consultations, title="Dự thảo đã đóng từ lâu", open_date=today - 90 * DAY, deadline=today - 60 * DAY),
        "closed_recently": make_consultation(
            consultations, title="Dự thảo vừa đóng", open_date=today - 30 * DAY, deadline=today - DAY),
        "open_late": make_consultation(
            consultations, title="Dự thảo còn lâu mới hết hạn", open_date=today - DAY, deadline=today + 20 * DAY),
        "open_soon": make_consultation(
            consultations, title="Dự thảo sắp hết hạn", open_date=today - 20 * DAY, deadline=today + 2 * DAY),
        "upcoming": make_consultation(
            consultations, title="Dự thảo sắp mở", open_date=today + 5 * DAY, deadline=today + 35 * DAY),
    }


@pytest.mark.django_db
def test_section_lists_open_consultations_first_then_upcoming_then_closed(client, portal_a, consultations,
                                                                          four_consultations):
    html = get_html(client, portal_a, consultations.relative_url(portal_a.site))
    assert listed_titles(html) == [
        "Dự thảo sắp hết hạn", "Dự thảo còn lâu mới hết hạn", "Dự thảo sắp mở",
        "Dự thảo vừa đóng", "Dự thảo đã đóng từ lâu",
    ]
    soup = BeautifulSoup(html, "html.parser")
    badges = [badge.get_text(strip=True) for badge in soup.select(".item .status")]
    assert badges == ["Đang lấy ý kiến", "Đang lấy ý kiến", "Sắp mở", "Đã kết thúc", "Đã kết thúc"]
    assert "Còn 3 ngày" in html
    assert "Còn 21 ngày" in html
    assert "Tóm tắt của Dự thảo sắp mở." in html
    assert soup.select_one('label[for="filter-status"]') and soup.select_one("select#filter-status")


@pytest.mark.django_db
@pytest.mark.parametrize(("value", "expected"), [
    ("open", ["Dự thảo sắp hết hạn", "Dự thảo còn lâu mới hết hạn"]),
    ("upcoming", ["Dự thảo sắp mở"]),
    ("closed", ["Dự thảo vừa đóng", "Dự thảo đã đóng từ lâu"]),
])
def test_section_filters_by_status(client, portal_a, consultations, four_consultations, value, expected):
    html = get_html(client, portal_a, f"{consultations.relative_url(portal_a.site)}?trang-thai={value}")
    assert listed_titles(html) == expected
    assert f'<option value="{value}" selected>' in html


@pytest.mark.django_db
@pytest.mark.parametrize("query", [
    "trang-thai=khong-ton-tai", "trang-thai=", "trang-thai=%00", "trang=abc", "trang=0", "trang=-1",
    "trang=99999999999999999999", "trang-thai=open&trang=999",
])
def test_malformed_filter_and_page_parameters_never_fail(client, portal_a, consultations, four_consultations,
                                                          query):
    html = get_html(client, portal_a, f"{consultations.relative_url(portal_a.site)}?{query}")
    assert listed_titles(html)


@pytest.mark.django_db
def test_section_paginates_and_keeps_the_filter_in_page_links(client, portal_a, consultations, monkeypatch):
    monkeypatch.setattr(ConsultationIndexPage, "items_per_page", 4)
    for number in range(6):
        make_consultation(consultations, title=f"Dự thảo số {number:02d}", open_in=-1, lasts=number + 1,
                          publish=False, live=True)
    make_consultation(consultations, title="Dự thảo đã đóng", open_in=-30, lasts=3, publish=False, live=True)
    url = consultations.relative_url(portal_a.site)
    first = get_html(client, portal_a, f"{url}?trang-thai=open")
    assert listed_titles(first) == [f"Dự thảo số {number:02d}" for number in range(4)]
    assert "trang-thai=open&amp;trang=2" in first
    second = get_html(client, portal_a, f"{url}?trang-thai=open&trang=2")
    assert listed_titles(second) == ["Dự thảo số 04", "Dự thảo số 05"]
    assert listed_titles(get_html(client, portal_a, f"{url}?trang=2"))[-1] == "Dự thảo đã đóng"


@pytest.mark.django_db
def test_unpublished_and_other_portals_consultations_are_not_listed(client, portal_a, portal_b, section):
    make_consultation(section(portal_a, "consultation"), title="Dự thảo đã đăng")
    make_consultation(section(portal_a, "consultation"), title="Dự thảo nháp", publish=False)
    make_consultation(section(portal_b, "consultation"), title="Dự thảo của xã B")
    html = get_html(client, portal_a, section(portal_a, "consultation").relative_url(portal_a.site))
    assert listed_titles(html) == ["Dự thảo đã đăng"]


# --- query budget ----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_query_count_does_not_grow_with_ten_times_more_consultations(client, portal_a, consultations,
                                                                     count_queries):
    host = portal_a.site.hostname
    draft = Document.objects.create(title="Tệp dự thảo", collection=portal_a.collection,
                                    file=SimpleUploadedFile("du-thao.txt", b"du thao"))
    pages = [make_consultation(consultations, title=f"Dự thảo {n}", open_in=n - 2,
                               attachments=[("document", {"document": draft, "title": ""})]) for n in range(3)]
    listing = consultations.relative_url(portal_a.site)
    item = pages[0].relative_url(portal_a.site)
    client.get(listing, HTTP_HOST=host)
    client.get(item, HTTP_HOST=host)
    small = (count_queries(client, listing, host), count_queries(client, item, host),
             count_queries(client, f"{listing}?trang-thai=open", host))
    for n in range(3, 30):
        make_consultation(consultations, title=f"Dự thảo {n}", open_in=n % 5 - 2, publish=False, live=True,
                          attachments=[("document", {"document": draft, "title": ""})])
    large = (count_queries(client, listing, host), count_queries(client, item, host),
             count_queries(client, f"{listing}?trang-thai=open", host))
    assert small == large


# --- demo content ----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_demo_seeds_one_open_one_upcoming_and_two_closed_consultations_idempotently(portal_a, consultations):
    consultation_demo.seed(portal_a)
    consultation_demo.seed(portal_a)
    pages = ConsultationPage.objects.live().child_of(consultations)
    assert pages.count() == 4
    statuses = sorted(page.status for page in pages)
    assert statuses == sorted([ConsultationStatus.OPEN, ConsultationStatus.UPCOMING,
                               ConsultationStatus.CLOSED, ConsultationStatus.CLOSED])
    for page in pages:
        page.full_clean()
        assert page.attachments and page.body and page.receiving_email


@pytest.mark.django_db
def test_demo_reseeded_on_a_later_day_keeps_a_consultation_open(portal_a, consultations):
    consultation_demo.seed(portal_a)
    later = timezone.now() + datetime.timedelta(days=200)
    with mock.patch("django.utils.timezone.now", return_value=later):
        consultation_demo.seed(portal_a)
        pages = ConsultationPage.objects.live().child_of(consultations)
        assert pages.count() == 4
        assert pages.open().count() == 1
        assert pages.upcoming().count() == 1


@pytest.mark.django_db
def test_demo_for_a_commune_has_commune_drafts(portal_b, section):
    consultation_demo.seed(portal_b)
    titles = set(ConsultationPage.objects.child_of(section(portal_b, "consultation")).values_list("title", flat=True))
    assert "Dự thảo Quy ước thôn, tổ dân phố về nếp sống văn minh và bảo vệ môi trường" in titles


@pytest.mark.django_db
def test_editor_form_refuses_a_deadline_before_the_open_date_and_keeps_the_input(login, portal_a, consultations):
    from django.urls import reverse

    client = login("superuser")
    url = reverse("wagtailadmin_pages:add", args=("decree", "consultationpage", consultations.pk))
    assert client.get(url).status_code == 200
    response = client.post(url, {
        "title": "Dự thảo có thời hạn sai",
        "slug": "du-thao-thoi-han-sai",
        "summary": "Tóm tắt dự thảo.",
        "body-count": "0",
        "attachments-count": "0",
        "open_date": "2026-12-10",
        "deadline": "2026-12-01",
        "drafting_agency": "",
        "receiving_unit": "Văn phòng Sở",
        "receiving_address": "Số 1 Trần Hưng Đạo",
        "receiving_email": "gopy@so-a.gov.vn",
        "receiving_phone": "",
        "report_summary": "",
        "report_files-count": "0",
        "action-publish": "action-publish",
    })
    assert response.status_code == 200
    html = response.content.decode()
    assert "Thời hạn tiếp nhận ý kiến không được trước ngày bắt đầu lấy ý kiến." in html
    assert "Dự thảo có thời hạn sai" in html
    assert not ConsultationPage.objects.filter(slug="du-thao-thoi-han-sai").exists()
