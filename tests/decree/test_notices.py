"""Notices of commendations and sanctions: the notice page and its checks, and the direction section's
page listing the latest notices and linking the leaders' work calendar."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents.models import Document

from decree.articles import ArticlePage, DirectionIndexPage
from decree.calendar import WorkCalendarPage
from demo.seeders import notices as notices_demo
from decree.notices import NoticeKind, NoticePage, SubjectKind, latest_notices
from decree.templatetags import decree_direction


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def make_notice(direction, title="Khen thưởng tập thể hoàn thành xuất sắc nhiệm vụ", live=True, **fields):
    defaults = dict(
        kind=NoticeKind.COMMENDATION,
        decision_number="35/QĐ-UBND",
        decision_date=datetime.date(2025, 1, 15),
        issuing_authority="Chủ tịch UBND tỉnh",
        subject_kind=SubjectKind.ORGANISATION,
        subject="Phòng Kế hoạch – Tài chính",
        content="Có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2024.",
        measure="Bằng khen của Chủ tịch UBND tỉnh",
    )
    defaults.update(fields)
    notice = NoticePage(title=title, live=live, **defaults)
    direction.add_child(instance=notice)
    if live:
        return publish(notice)
    notice.save_revision()
    return notice


@pytest.fixture
def direction(portal_a, section):
    return section(portal_a, "direction")


def path(page):
    """The page's address on its own site, as its templates write it."""
    return page.relative_url(page.get_site())


def get(client, url, portal):
    response = client.get(url, HTTP_HOST=portal.site.hostname)
    assert response.status_code == 200
    return response.content.decode()


# Page type rules ------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_notices_and_the_calendar_belong_in_the_direction_section_only(direction, section, portal_a):
    assert NoticePage.allowed_parent_page_models() == [DirectionIndexPage]
    assert NoticePage.allowed_subpage_models() == []
    assert NoticePage.can_create_at(direction)
    assert not NoticePage.can_create_at(section(portal_a, "news"))
    assert set(DirectionIndexPage.allowed_subpage_models()) == {ArticlePage, WorkCalendarPage, NoticePage}


# The notice page ------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_sanction_notice_renders_every_field(client, portal_a, direction):
    document = Document.objects.create(
        title="Quyết định xử phạt số 58", file=ContentFile(b"%PDF-1.4 demo", name="qd-58-xphc.pdf"),
    )
    notice = make_notice(
        direction,
        title="Xử phạt vi phạm hành chính đối với Công ty TNHH Thương mại Lâm Viên",
        kind=NoticeKind.SANCTION,
        decision_number="58/QĐ-XPHC",
        decision_date=datetime.date(2025, 2, 3),
        issuing_authority="Chánh Thanh tra Sở",
        subject_kind=SubjectKind.ORGANISATION,
        subject="Công ty TNHH Thương mại Lâm Viên",
        subject_address="Số 18 Nguyễn Văn Trỗi, phường Hòa Bình",
        content="Không thực hiện chế độ báo cáo định kỳ theo quy định.",
        measure="Phạt tiền",
        amount=15_000_000,
        attachments=[("document", {"document": document, "title": "Bản quyết định đã ký"})],
    )
    html = get(client, path(notice), portal_a)
    assert html.count("<h1") == 1
    for value in (notice.title, "Xử phạt", "58/QĐ-XPHC", "03/02/2025", "Chánh Thanh tra Sở",
                  "Công ty TNHH Thương mại Lâm Viên", "(tổ chức)", "Số 18 Nguyễn Văn Trỗi, phường Hòa Bình",
                  "Không thực hiện chế độ báo cáo định kỳ theo quy định.", "Hình thức xử phạt", "Phạt tiền",
                  "Số tiền phạt", "15.000.000 đồng", "Bản quyết định đã ký", "Tổ chức, cá nhân bị xử phạt"):
        assert value in html, value
    assert "đồng đồng" not in html
    assert "<dl" in html


@pytest.mark.django_db
def test_a_commendation_notice_uses_commendation_labels(client, portal_a, direction):
    notice = make_notice(direction, subject_kind=SubjectKind.INDIVIDUAL, subject="Bà Nguyễn Thị Thanh Hương",
                         measure="Giấy khen")
    html = get(client, path(notice), portal_a)
    for value in ("Khen thưởng", "Hình thức khen thưởng", "Giấy khen", "Bà Nguyễn Thị Thanh Hương", "(cá nhân)",
                  "Tổ chức, cá nhân được khen thưởng", "15/01/2025", "35/QĐ-UBND", "Chủ tịch UBND tỉnh"):
        assert value in html, value
    assert "Số tiền phạt" not in html
    assert "Hình thức xử phạt" not in html


@pytest.mark.django_db
def test_a_fine_is_written_like_every_other_amount():
    """One money format for the whole portal (home.text.format_vnd): a fine reads like a project budget."""
    assert NoticePage(amount=7_500_000).amount_display == "7.500.000 đồng"
    assert NoticePage(amount=500).amount_display == "500 đồng"
    assert NoticePage(amount=None).amount_display == ""


# Editor validation ----------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_fine_on_a_commendation_is_refused(direction):
    notice = make_notice(direction, kind=NoticeKind.SANCTION, amount=1_000_000)
    notice.full_clean()
    notice.kind = NoticeKind.COMMENDATION
    with pytest.raises(ValidationError) as error:
        notice.full_clean()
    assert error.value.message_dict["amount"] == ["Chỉ nhập số tiền phạt cho quyết định xử phạt."]
    notice.amount = None
    notice.full_clean()


@pytest.mark.django_db
def test_a_zero_fine_is_refused(direction):
    notice = make_notice(direction, kind=NoticeKind.SANCTION, amount=1)
    notice.amount = 0
    with pytest.raises(ValidationError) as error:
        notice.full_clean()
    assert "amount" in error.value.message_dict


@pytest.mark.django_db
@pytest.mark.parametrize("offset, accepted", [(-1, True), (0, True), (1, False)])
def test_a_decision_dated_after_today_is_refused(direction, offset, accepted):
    notice = make_notice(direction)
    notice.decision_date = timezone.localdate() + datetime.timedelta(days=offset)
    if accepted:
        notice.full_clean()
    else:
        with pytest.raises(ValidationError) as error:
            notice.full_clean()
        assert error.value.message_dict["decision_date"] == ["Ngày quyết định không được sau ngày hôm nay."]


# The direction section's page -----------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_direction_page_lists_the_latest_five_notices_newest_first(client, portal_a, direction):
    for day in range(1, 7):
        make_notice(direction, title=f"Thông báo khen thưởng số {day}", decision_date=datetime.date(2025, 3, day),
                    decision_number=f"{day}/QĐ-UBND")
    make_notice(direction, title="Thông báo chưa xuất bản", decision_date=datetime.date(2025, 3, 28), live=False)
    html = get(client, path(direction), portal_a)
    assert "Khen thưởng, xử phạt" in html
    positions = [html.index(f"Thông báo khen thưởng số {day}") for day in range(6, 1, -1)]
    assert positions == sorted(positions)
    assert "Thông báo khen thưởng số 1<" not in html  # the sixth newest is not listed
    assert "Thông báo chưa xuất bản" not in html
    assert "06/03/2025" in html and "6/QĐ-UBND" in html
    assert html.count("<h1") == 1


def archive_titles(client, direction, portal, **params):
    from bs4 import BeautifulSoup

    response = client.get(path(direction) + "khen-thuong-xu-phat/", params, HTTP_HOST=portal.site.hostname)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text() == "Khen thưởng, xử phạt"
    return [heading.get_text(strip=True) for heading in soup.select(".item-list .item-title")], soup


@pytest.mark.django_db
def test_every_notice_stays_browsable_in_the_archive_by_kind_and_page(client, portal_a, portal_b, section, direction):
    for day in range(1, 15):
        make_notice(direction, title=f"Quyết định số {day:02d}", decision_date=datetime.date(2025, 3, day),
                    kind=NoticeKind.SANCTION if day % 3 == 0 else NoticeKind.COMMENDATION,
                    amount=500_000 if day % 3 == 0 else None)
    make_notice(direction, title="Bản nháp", live=False)
    make_notice(section(portal_b, "direction"), title="Của cổng B")
    assert f'href="{path(direction)}khen-thuong-xu-phat/"' in get(client, path(direction), portal_a)

    first, soup = archive_titles(client, direction, portal_a)
    second, _soup = archive_titles(client, direction, portal_a, trang=2)
    assert first + second == [f"Quyết định số {day:02d}" for day in range(14, 0, -1)]
    assert len(first) == DirectionIndexPage.items_per_page
    assert soup.select_one('a[rel="next"]')["href"] == "?trang=2"

    sanctions, soup = archive_titles(client, direction, portal_a, loai="sanction")
    assert sanctions == ["Quyết định số 12", "Quyết định số 09", "Quyết định số 06", "Quyết định số 03"]
    assert "Bản nháp" not in first + second and "Của cổng B" not in first + second
    assert soup.select_one("#filter-kind option[selected]")["value"] == "sanction"


@pytest.mark.django_db
@pytest.mark.parametrize("params", [{"loai": "khong-co"}, {"loai": "<script>"}, {"trang": "999"}, {"trang": "x"}])
def test_the_archive_answers_bad_filters_normally(client, portal_a, direction, params):
    make_notice(direction, title="Khen thưởng phong trào thi đua")
    titles, soup = archive_titles(client, direction, portal_a, **params)
    assert titles == ["Khen thưởng phong trào thi đua"]
    assert "<script>" not in str(soup.select_one("form.filters"))


@pytest.mark.django_db
def test_the_direction_page_links_the_work_calendar(client, portal_a, direction):
    html = get(client, path(direction), portal_a)
    assert "Xem lịch công tác tuần này" not in html
    calendar = WorkCalendarPage(title="Lịch công tác của lãnh đạo")
    direction.add_child(instance=calendar)
    publish(calendar)
    html = get(client, path(direction), portal_a)
    assert "Xem lịch công tác tuần này" in html
    assert f'href="{path(calendar)}"' in html


@pytest.mark.django_db
def test_the_direction_page_does_not_list_notices_as_articles(client, portal_a, direction):
    make_notice(direction, title="Khen thưởng phong trào thi đua")
    html = get(client, path(direction), portal_a)
    assert "Chưa có bài viết nào phù hợp." in html
    assert "Khen thưởng phong trào thi đua" in html


@pytest.mark.django_db
def test_the_template_tags_find_only_this_sections_live_pages(portal_a, portal_b, section, direction):
    other = section(portal_b, "direction")
    mine = make_notice(direction, title="Của cổng A")
    make_notice(other, title="Của cổng B")
    make_notice(direction, title="Bản nháp", live=False)
    assert [notice.pk for notice in decree_direction.latest_notices(direction)] == [mine.pk]
    assert [notice.pk for notice in latest_notices(direction, limit=1)] == [mine.pk]
    assert decree_direction.calendar_for(direction) is None
    calendar = WorkCalendarPage(title="Lịch công tác")
    other.add_child(instance=calendar)
    publish(calendar)
    assert decree_direction.calendar_for(direction) is None
    assert decree_direction.calendar_for(other).pk == calendar.pk


# Query budgets --------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_direction_and_notice_query_counts_do_not_grow_with_notices(client, portal_a, direction, count_queries):
    host = portal_a.site.hostname
    calendar = WorkCalendarPage(title="Lịch công tác")
    direction.add_child(instance=calendar)
    publish(calendar)
    first = [make_notice(direction, title=f"Thông báo {i}", decision_date=datetime.date(2024, 1, 1 + i))
             for i in range(3)]
    count_queries(client, path(direction), host)  # warm caches
    small_index = count_queries(client, path(direction), host)
    small_item = count_queries(client, path(first[0]), host)
    for i in range(27):
        make_notice(direction, title=f"Thông báo thêm {i}", decision_date=datetime.date(2024, 2, 1 + i),
                    kind=NoticeKind.SANCTION if i % 2 else NoticeKind.COMMENDATION,
                    amount=1_000_000 if i % 2 else None)
    assert count_queries(client, path(direction), host) == small_index
    assert count_queries(client, path(first[0]), host) == small_item


# Demo content ---------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_demo_notices_are_valid_and_seeding_is_idempotent(client, portal_a, direction):
    notices_demo.seed(portal_a)
    count = NoticePage.objects.child_of(direction).count()
    assert count >= 3
    notices_demo.seed(portal_a)
    assert NoticePage.objects.child_of(direction).count() == count
    kinds = set(NoticePage.objects.child_of(direction).live().values_list("kind", flat=True))
    assert kinds == {NoticeKind.COMMENDATION, NoticeKind.SANCTION}
    for notice in NoticePage.objects.child_of(direction):
        notice.full_clean()
    html = get(client, path(direction), portal_a)
    assert "Xử phạt vi phạm hành chính đối với Công ty TNHH Thương mại Lâm Viên" in html


@pytest.mark.django_db
@pytest.mark.parametrize("portal_fixture", ["province", "portal_b"])
def test_the_demo_direction_content_seeds_on_provincial_and_commune_portals(request, section, portal_fixture):
    from decree.calendar import WeeklySchedulePage
    from demo.seeders import calendar as calendar_demo

    portal = request.getfixturevalue(portal_fixture)
    notices_demo.seed(portal)
    calendar_demo.seed(portal)
    direction = section(portal, "direction")
    assert NoticePage.objects.child_of(direction).live().count() == 3
    calendar = WorkCalendarPage.objects.child_of(direction).get()
    assert WeeklySchedulePage.objects.child_of(calendar).live().count() == 3
    assert all(notice.decision_number.count("/") == 1 for notice in NoticePage.objects.child_of(direction))
