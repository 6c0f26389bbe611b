"""The oversight screens: access rules, filters, bad input, drill-down, exports matching the screen."""

import csv
import io
import re
from html import unescape

import openpyxl
import pytest
from django.urls import reverse

INDEX = "/admin/giam-sat/"


def ranking_table(html):
    """The ranking table of the screen as rows of cell texts."""
    table = html.split('id="oversight-ranking"', 1)[1].split("</table>", 1)[0]
    body = table.split("<tbody>", 1)[1]
    rows = []
    for row in re.findall(r"<tr>(.*?)</tr>", body, re.S):
        cells = re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)
        rows.append([unescape(re.sub(r"<[^>]+>", "", cell)).strip() for cell in cells])
    return rows


def normalise(value):
    """A cell as the screen and the files both mean it: numbers as floats (the screen writes 40,5)."""
    text = "" if value is None else str(value)
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return text


def as_text(values):
    return [[normalise(value) for value in row] for row in values]


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["monitor", "board", "superuser"])
def test_monitor_and_board_see_every_portal(login, role, province, portal_a, portal_b):
    response = login(role).get(INDEX)
    assert response.status_code == 200
    names = [row[1] for row in ranking_table(response.content.decode())]
    assert sorted(names) == sorted([province.name, portal_a.name, portal_b.name])


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["editor", "approver"])
def test_an_agency_sees_only_its_own_portal(login, role, portal_a, portal_b, refused):
    client = login(role, portal_a)
    response = client.get(INDEX)
    assert response.status_code == 200
    assert [row[1] for row in ranking_table(response.content.decode())] == [portal_a.name]
    assert client.get(reverse("oversight:portal", args=[portal_a.slug])).status_code == 200
    assert refused(client.get(reverse("oversight:portal", args=[portal_b.slug])))
    rows = list(csv.reader(io.StringIO(client.get(reverse("oversight:export_csv")).content.decode("utf-8-sig")), delimiter=";"))
    assert portal_b.name not in str(rows) and portal_a.name in str(rows)
    assert refused(client.get(reverse("oversight:yearly_report", args=[2026])))
    assert refused(client.get(reverse("oversight:yearly_report", args=[2026]) + f"?cong={portal_b.slug}"))
    assert client.get(reverse("oversight:yearly_report", args=[2026]) + f"?cong={portal_a.slug}").status_code == 200


@pytest.mark.django_db
def test_nobody_else_sees_any_scorecard(login, client, portal_a):
    assert login(None).get(INDEX).status_code in (302, 403)
    assert client.get(INDEX).status_code == 302  # anonymous: to the login page
    assert login(None).get(reverse("oversight:export_xlsx")).status_code in (302, 403)


@pytest.mark.django_db
def test_filter_by_portal_kind(login, portal_a, portal_b):
    response = login("monitor").get(INDEX, {"loai": "commune"})
    assert [row[1] for row in ranking_table(response.content.decode())] == [portal_b.name]


@pytest.mark.django_db
def test_a_period_ending_before_it_starts_gets_a_vietnamese_message(login):
    response = login("monitor").get(INDEX, {"tu": "2026-05-01", "den": "2026-04-01"})
    assert response.status_code == 400
    assert "ngày kết thúc phải sau hoặc trùng ngày bắt đầu" in response.content.decode()
    response = login("monitor").get(INDEX, {"tu": "không-phải-ngày"})
    assert response.status_code == 400
    assert "Ngày bắt đầu không hợp lệ" in response.content.decode()


@pytest.mark.django_db
def test_unknown_portal_or_category_is_a_404_with_a_message(login, portal_a):
    client = login("monitor")
    response = client.get(reverse("oversight:portal", args=["khong-co"]))
    assert response.status_code == 404 and "Không có cổng thông tin «khong-co»." in response.content.decode()
    response = client.get(reverse("oversight:portal_category", args=[portal_a.slug, "khong-co"]))
    assert response.status_code == 404 and "Không có chuyên mục «khong-co»." in response.content.decode()


@pytest.mark.django_db
def test_drill_down_lists_offending_pages_with_edit_links_for_who_may_edit(login, portal_a, section):
    intro = section(portal_a, "intro")
    edit = reverse("wagtailadmin_pages:edit", args=[intro.pk])
    response = login("approver", portal_a).get(reverse("oversight:portal", args=[portal_a.slug]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Giới thiệu chưa có tiểu sử lãnh đạo" in html
    assert edit in html
    assert "<svg" in html and "Xem số liệu dạng bảng" in html
    response = login("monitor").get(reverse("oversight:portal_category", args=[portal_a.slug, "news"]))
    assert response.status_code == 200


@pytest.mark.django_db
def test_the_monitor_is_offered_no_edit_link(login, portal_a, section):
    """The monitor edits nothing: the drill-down names the pages to fix without «Sửa» links that would end
    in a refusal."""
    intro = section(portal_a, "intro")
    client = login("monitor")
    html = client.get(reverse("oversight:portal", args=[portal_a.slug])).content.decode()
    assert "Giới thiệu chưa có tiểu sử lãnh đạo" in html and intro.title in html
    assert "/edit/" not in html and "Sửa" not in html
    assert client.get(reverse("wagtailadmin_pages:edit", args=[intro.pk])).status_code in (302, 403)


@pytest.mark.django_db
def test_exports_open_with_openpyxl_and_match_the_screen(login, portal_a):
    client = login("monitor")
    screen = ranking_table(client.get(INDEX).content.decode())
    workbook = openpyxl.load_workbook(io.BytesIO(client.get(reverse("oversight:export_xlsx")).content))
    sheet = workbook.worksheets[0]
    header, *rows = as_text(sheet.iter_rows(values_only=True))
    assert header[:4] == ["Hạng", "Cổng thông tin", "Loại cổng", "Điểm"]
    assert rows == as_text(screen)
    text = client.get(reverse("oversight:export_csv")).content.decode("utf-8-sig")
    csv_rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert as_text(csv_rows[:1]) == [header]
    assert as_text(csv_rows[1 : 1 + len(screen)]) == as_text(screen)


@pytest.mark.django_db
def test_yearly_report_of_the_province_opens_with_openpyxl(login, province, portal_a, portal_b):
    response = login("monitor").get(reverse("oversight:yearly_report", args=[2026]))
    assert response.status_code == 200
    workbook = openpyxl.load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames[0] == "Thông tin"
    assert "Báo cáo năm 2026" in workbook.worksheets[0]["A1"].value
    ranking = workbook["Xếp hạng"]
    assert {row[1] for row in ranking.iter_rows(min_row=2, values_only=True)} == {
        province.name, portal_a.name, portal_b.name,
    }
    assert login("monitor").get(reverse("oversight:yearly_report", args=[1990])).status_code == 404


@pytest.mark.django_db
def test_board_queue_shows_pending_work_across_the_province(login, portal_a, portal_b, section):
    from tests.factories import add_standard_page

    page = add_standard_page(section(portal_b, "news"), title="Bài chờ duyệt của xã", publish=False)
    page.save_revision()
    page.get_workflow().start(page, login("editor", portal_b).user)
    response = login("board").get(reverse("oversight:board_queue"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Bài chờ duyệt của xã" in html
    assert reverse("wagtailadmin_pages:edit", args=[page.pk]) in html


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["monitor", "editor", "approver"])
def test_only_the_board_opens_its_queue(login, portal_a, role, refused):
    client = login(role, portal_a if role in ("editor", "approver") else None)
    assert refused(client.get(reverse("oversight:board_queue")))
