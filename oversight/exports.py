"""Exports of the scorecard (CSV, XLSX) and the yearly report (under Decree 42/2022/NĐ-CP; the date, before
1 December, comes from Decree 43/2011 Điều 30, which 42/2022 replaced). They write the same rows as the screen (scorecard.ranking_row /
detail_rows).

CSV is written for Vietnamese Excel: one table per file, `;` between fields, a decimal comma, dates as
dd/mm/yyyy and a UTF-8 BOM. XLSX has real date cells, column widths, a filter on every table and a frozen
header. In both, text never becomes a formula: an editor's page titled «=HYPERLINK(…)» stays text
(CSV: a leading apostrophe; XLSX: a string cell)."""

import csv
import datetime
import io

from django.http import HttpResponse
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from .scorecard import CHECKS
from .tables import detail_header, detail_rows, ranking_header, ranking_row

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV_DELIMITER = ";"
# A cell starting with one of these is read as a formula (or a command) by spreadsheet programs.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
DATE_FORMAT = "DD/MM/YYYY"
MIN_WIDTH, MAX_WIDTH = 8, 60


def csv_value(value):
    """One CSV field as Vietnamese Excel reads it; text that would start a formula gets a leading apostrophe."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, float):
        return f"{value:g}".replace(".", ",")
    if isinstance(value, (datetime.date, datetime.datetime)):
        return f"{value:%d/%m/%Y}"
    if isinstance(value, int):
        return str(value)
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_response(header, data, filename):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")  # BOM: Excel then reads the file as UTF-8
    writer = csv.writer(response, delimiter=CSV_DELIMITER)
    writer.writerow([csv_value(value) for value in header])
    writer.writerows([csv_value(value) for value in values] for values in data)
    return response


def ranking_csv(rows, filename):
    return csv_response(ranking_header(), [ranking_row(row) for row in rows], filename)


def detail_csv(rows, filename):
    return csv_response(detail_header(), [values for row in rows for values in detail_rows(row)], filename)


def problem_rows(rows):
    return [
        [row.portal.name, str(CHECKS[key]), title]
        for row in rows for key in CHECKS for _id, title in row.problems.get(key, [])
    ]


def problems_header():
    return [_("Cổng thông tin"), _("Kiểm tra"), _("Trang")]


def problems_csv(rows, filename):
    return csv_response(problems_header(), problem_rows(rows), filename)


def _write(sheet, values):
    """Append a row; text is always a string cell, never a formula."""
    sheet.append([None if value is None else value for value in values])
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, str):
            cell.data_type = "s"
        elif isinstance(cell.value, (datetime.date, datetime.datetime)):
            cell.number_format = DATE_FORMAT


def _sheet(workbook, title, header, data, first=False):
    sheet = workbook.active if first else workbook.create_sheet()
    sheet.title = title
    _write(sheet, header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    widths = [len(str(value)) for value in header]
    for values in data:
        _write(sheet, values)
        widths = [
            max(width, len(f"{value:%d/%m/%Y}" if isinstance(value, datetime.date) else str(value or "")))
            for width, value in zip(widths, values, strict=True)
        ]
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(MAX_WIDTH, max(MIN_WIDTH, width + 2))
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    return sheet


def scorecard_workbook(rows, title_lines=()):
    workbook = Workbook()
    _sheet(workbook, _("Xếp hạng"), ranking_header(), [ranking_row(row) for row in rows], first=True)
    _sheet(workbook, _("Chi tiết"), detail_header(), [values for row in rows for values in detail_rows(row)])
    _sheet(workbook, _("Thiếu sót"), problems_header(), problem_rows(rows))
    if title_lines:
        info = workbook.create_sheet(_("Thông tin"), 0)
        for line in title_lines:
            _write(info, [line])
        info["A1"].font = Font(bold=True, size=14)
        info.column_dimensions["A"].width = MAX_WIDTH * 2
    return workbook


def xlsx_response(workbook, filename):
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(buffer.getvalue(), content_type=XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
