"""What the monitor saw broken on the oversight screens (issue 11 item 5, issue 13 items 3 and 4): charts whose
SVG numbers were localised, edge dates ending in a 500, a period filter without effect, a Hỏi đáp category
that stayed empty, CSV that Vietnamese Excel does not split, XLSX dates as text, formulas from page titles."""

import csv
import datetime
import io

import openpyxl
import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from oversight.exports import csv_value
from oversight.models import ScoreSnapshot
from tests.factories import add_standard_page

from .conftest import TODAY

INDEX = "/admin/giam-sat/"
EXPORTS = ["oversight:export_csv", "oversight:export_detail_csv", "oversight:export_problems_csv",
           "oversight:export_xlsx"]
GEOMETRY = ("x", "y", "width", "height", "cx", "cy", "x1", "x2", "y1", "y2")


def svg_numbers(html):
    """Every geometry attribute of every SVG on the page, parsed as a float (fails on «289,0»)."""
    soup = BeautifulSoup(html, "html.parser")
    svgs = soup.select("figure.oversight-chart svg")
    values = []
    for svg in svgs:
        values += [float(number) for number in svg["viewbox"].split()]
        for element in svg.find_all(True):
            values += [float(element[name]) for name in GEOMETRY if element.has_attr(name)]
            if element.has_attr("points"):
                values += [float(number) for point in element["points"].split() for number in point.split(",")]
    return svgs, values


@pytest.mark.django_db
def test_every_chart_writes_its_geometry_as_plain_numbers(login, portal_a, add_item):
    add_item(portal_a, "news", age=3)  # a score with a decimal (x,5) draws a bar of fractional width
    today = timezone.localdate()
    ScoreSnapshot.objects.create(portal=portal_a, day=today - datetime.timedelta(days=7), score=42.5)
    ScoreSnapshot.objects.create(portal=portal_a, day=today, score=61.3)
    client = login("monitor")
    for url in (INDEX, reverse("oversight:portal", args=[portal_a.slug])):
        html = client.get(url).content.decode()
        svgs, values = svg_numbers(html)
        assert len(svgs) == 2, url
        assert values and all(value >= 0 for value in values)
        bars = [rect for svg in svgs for rect in svg.find_all("rect")]
        assert any(float(rect["width"]) > 0 and float(rect["width"]) != int(float(rect["width"])) for rect in bars) \
            or url != INDEX
    # the visible value stays Vietnamese
    assert "61,3" in client.get(reverse("oversight:portal", args=[portal_a.slug])).content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("query, message", [
    ({"den": "9999-12-31"}, "Ngày không được sau hôm nay"),
    ({"tu": "0001-01-01"}, "Ngày không được trước 01/01/2000"),
    ({"tu": "1999-12-31", "den": "2000-01-05"}, "Ngày không được trước 01/01/2000"),
    ({"tu": "garbage"}, "Ngày bắt đầu không hợp lệ"),
    ({"den": "2026-02-30"}, "Ngày kết thúc không hợp lệ"),
    ({"den": "31/12/99999"}, "Ngày kết thúc không hợp lệ"),
    ({"tu": "\x00"}, "Ngày bắt đầu không hợp lệ"),
    ({"loai": "hanh-tinh"}, "Loại cổng «hanh-tinh» không tồn tại."),
])
def test_edge_and_garbage_filters_get_a_vietnamese_message_on_every_screen_and_export(login, portal_a, query, message):
    client = login("monitor")
    for url in [INDEX, reverse("oversight:portal", args=[portal_a.slug])] + [reverse(name) for name in EXPORTS]:
        response = client.get(url, query)
        assert response.status_code == 400, url
        assert message in response.content.decode(), url


@pytest.mark.django_db
def test_a_day_first_period_and_the_first_valid_day_are_accepted(login, portal_a):
    client = login("monitor")
    assert client.get(INDEX, {"tu": "01/01/2000", "den": "25/11/2026"}).status_code == 200
    assert client.get(reverse("oversight:export_xlsx"), {"tu": "2000-01-01"}).status_code == 200


@pytest.mark.django_db
def test_the_period_filter_changes_the_states_and_scores(login, portal_a, add_item):
    """News published 10 days before the period's end is «Đạt» for that period, and 40 days late today."""
    page = add_item(portal_a, "news")
    when = timezone.now() - datetime.timedelta(days=40)
    Page.objects.filter(pk=page.pk).update(first_published_at=when, last_published_at=when)
    end = timezone.localdate() - datetime.timedelta(days=30)
    client = login("monitor")

    def news_state(query):
        soup = BeautifulSoup(client.get(INDEX, query).content, "html.parser")
        row = next(tr for tr in soup.select("#oversight-matrix tbody tr") if portal_a.name in tr.th.get_text())
        header = [th.get_text() for th in soup.select("#oversight-matrix thead th")]
        return row.find_all(["th", "td"])[header.index("Tin tức, sự kiện")].get_text(" ", strip=True)

    def score(query):
        soup = BeautifulSoup(client.get(INDEX, query).content, "html.parser")
        row = next(tr for tr in soup.select("#oversight-ranking tbody tr") if portal_a.name in tr.th.get_text())
        return row.find("td", attrs={"data-label": "Điểm"}).get_text()

    assert news_state({}).startswith("Quá hạn")
    assert news_state({"tu": f"{end:%Y-01-01}", "den": f"{end:%Y-%m-%d}"}).startswith("Đạt")
    assert score({}) != score({"tu": f"{end:%Y-01-01}", "den": f"{end:%Y-%m-%d}"})


@pytest.mark.django_db
def test_qa_is_counted_from_answered_published_questions(login, portal_a, portal_b, section):
    from comments.models import CitizenInput, Kind, Status, TicketStatus

    qa = section(portal_a, "qa")

    def qa_cell():
        soup = BeautifulSoup(login("monitor").get(reverse("oversight:portal", args=[portal_a.slug])).content,
                             "html.parser")
        row = next(tr for tr in soup.select("#oversight-portal-categories tbody tr") if "Hỏi đáp" in tr.th.get_text())
        return [cell.get_text(strip=True) for cell in row.find_all(["th", "td"])]

    assert qa_cell()[6] == "Trống"
    common = {"portal": portal_a, "page": qa, "kind": Kind.QUESTION, "author_name": "Lê Văn An",
              "author_email": "an@example.com", "body": "Hỏi về thủ tục cấp phép."}
    CitizenInput.objects.create(**common, status=Status.APPROVED, ticket_status=TicketStatus.IN_PROGRESS)
    CitizenInput.objects.create(**common, status=Status.APPROVED, ticket_status=TicketStatus.ANSWERED,
                                reply="Đã trả lời riêng.", replied_at=timezone.now())  # not published
    assert qa_cell()[6] == "Trống"
    CitizenInput.objects.create(**common, status=Status.APPROVED, ticket_status=TicketStatus.ANSWERED,
                                general_interest=True, reply="Hồ sơ gồm hai bộ.", replied_at=timezone.now())
    cells = qa_cell()
    assert cells[1:3] == ["1", "1"] and cells[6] == "Đạt"
    assert cells[3] == f"{timezone.localdate():%d/%m/%Y}"


@pytest.mark.django_db
def test_csv_exports_are_one_table_each_for_vietnamese_excel(login, portal_a, add_item):
    add_item(portal_a, "news", age=3)
    client = login("monitor")
    expected_first = {"oversight:export_csv": "Hạng", "oversight:export_detail_csv": "Cổng thông tin",
                      "oversight:export_problems_csv": "Cổng thông tin"}
    for name, first in expected_first.items():
        response = client.get(reverse(name))
        assert response["Content-Type"] == "text/csv; charset=utf-8"
        assert response.content.startswith("\ufeff".encode())
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
        assert rows[0][0] == first
        assert all(len(row) == len(rows[0]) for row in rows), name  # one table: no blank line, no second header
        assert rows.count(rows[0]) == 1
    detail = list(csv.reader(io.StringIO(client.get(reverse("oversight:export_detail_csv")).content.decode("utf-8-sig")),
                             delimiter=";"))
    news = next(row for row in detail if row[0] == portal_a.name and row[1] == "Tin tức, sự kiện")
    assert datetime.datetime.strptime(news[4], "%d/%m/%Y").date() == TODAY - datetime.timedelta(days=3)
    ranking = list(csv.reader(io.StringIO(client.get(reverse("oversight:export_csv")).content.decode("utf-8-sig")),
                              delimiter=";"))
    assert any("," in row[3] for row in ranking[1:])  # scores with a decimal comma


@pytest.mark.django_db
def test_xlsx_has_date_cells_widths_and_filters(login, portal_a, add_item):
    add_item(portal_a, "news", age=3)
    workbook = openpyxl.load_workbook(io.BytesIO(login("monitor").get(reverse("oversight:export_xlsx")).content))
    for sheet in workbook.worksheets:
        assert sheet.auto_filter.ref == sheet.dimensions
        assert sheet.freeze_panes == "A2"
        assert all(sheet.column_dimensions[letter].width >= 8 for letter in "ABC")
    detail = workbook["Chi tiết"]
    header = [cell.value for cell in detail[1]]
    column = header.index("Cập nhật lần cuối")
    dated = [row[column] for row in detail.iter_rows(min_row=2) if row[column].value is not None]
    assert dated and all(cell.is_date and cell.number_format == "DD/MM/YYYY" for cell in dated)
    assert TODAY - datetime.timedelta(days=3) in {cell.value.date() for cell in dated}
    assert detail.column_dimensions["B"].width > len("Chuyên mục")


FORMULAS = ["=HYPERLINK(\"http://evil.example\",\"Bấm\")", "+1+2", "-3+4", "@SUM(A1)", "\t=1"]


@pytest.mark.django_db
def test_spreadsheet_cells_from_user_text_are_never_formulas(login, portal_a, section):
    """Legal documents titled like formulas by an editor (they lack a file, so the exports list them)."""
    from decree.documents import DocumentType, Issuer, LegalDocumentPage

    documents = section(portal_a, "documents")
    for number, title in enumerate(FORMULAS):
        page = LegalDocumentPage(
            title=title, slug=f"van-ban-{number}", number=f"{number}/QĐ-UBND", summary="Trích yếu",
            document_type=DocumentType.objects.get_or_create(name="Quyết định")[0],
            issuer=Issuer.objects.get_or_create(name="Ủy ban nhân dân")[0],
            issue_date=datetime.date(2026, 6, 1), effective_date=datetime.date(2026, 6, 15),
            locale=documents.locale, live=True,
        )
        documents.add_child(instance=page)
    client = login("monitor")
    workbook = openpyxl.load_workbook(io.BytesIO(client.get(reverse("oversight:export_xlsx")).content))
    cells = [row[2] for row in workbook["Thiếu sót"].iter_rows(min_row=2)]
    written = {cell.value: cell.data_type for cell in cells}
    for title in FORMULAS:
        assert written.get(title) == "s", title
    raw = client.get(reverse("oversight:export_problems_csv")).content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(raw), delimiter=";"))
    titles = [row[2] for row in rows[1:]]
    for title in FORMULAS:
        assert "'" + title in titles, title
    assert not any(value.startswith(("=", "+", "-", "@", "\t", "\r")) for row in rows for value in row)
    assert csv_value("\r=1+2") == "'\r=1+2" and csv_value(-3) == "-3" and csv_value(40.5) == "40,5"


@pytest.mark.django_db
def test_labels_say_what_they_count_and_the_law_in_force_is_cited(login, province):
    client = login("monitor")
    html = client.get(INDEX).content.decode()
    assert "Lỗi đầy đủ" not in html and "Trang thiếu thông tin bắt buộc" in html
    rules = login("board").get(reverse("oversight:rules")).content.decode()  # the rules are the board's
    assert "NĐ 42/2022 Điều 4" in rules and "trước 15/08/2022: NĐ 43/2011 Điều 10 k1 a" in rules
    report = openpyxl.load_workbook(io.BytesIO(client.get(reverse("oversight:yearly_report", args=[2026])).content))
    lines = [row[0] for row in report["Thông tin"].iter_rows(values_only=True)]
    assert lines[3].startswith("Căn cứ: Nghị định 42/2022/NĐ-CP")
    assert not any("43/2011" in line and "Căn cứ" in line for line in lines)


@pytest.mark.django_db
def test_a_past_score_does_not_count_a_later_update_as_fresh(portal_a, section):
    """An item published 100 days before the day, republished after it, was not fresh on that day."""
    from oversight.scorecard import build_scorecard

    page = add_standard_page(section(portal_a, "news"), title="Tin cũ sửa lại")
    day = timezone.localdate() - datetime.timedelta(days=20)
    Page.objects.filter(pk=page.pk).update(first_published_at=timezone.now() - datetime.timedelta(days=120),
                                           last_published_at=timezone.now())
    row = next(row for row in build_scorecard(today=day) if row.portal == portal_a)
    news = next(cell for cell in row.cells if cell.category.key == "news")
    assert news.days_since == 100 and news.state == "overdue"
