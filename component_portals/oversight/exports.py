"""Exports of the scorecard (CSV, XLSX) and the yearly report (Decree 43/2011 Điều 30, due before 1 December).
They write the same rows as the screen (scorecard.ranking_row / detail_rows)."""

import csv
import io

from django.http import HttpResponse
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font

from .scorecard import CHECKS, detail_header, detail_rows, ranking_header, ranking_row

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def scorecard_csv(rows, filename):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")  # BOM so spreadsheet programs read UTF-8 Vietnamese correctly
    writer = csv.writer(response)
    writer.writerow(ranking_header())
    for row in rows:
        writer.writerow(ranking_row(row))
    writer.writerow([])
    writer.writerow(detail_header())
    for row in rows:
        writer.writerows(detail_rows(row))
    return response


def _sheet(workbook, title, header, data, first=False):
    sheet = workbook.active if first else workbook.create_sheet()
    sheet.title = title
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for values in data:
        sheet.append(values)
    sheet.freeze_panes = "A2"
    return sheet


def scorecard_workbook(rows, title_lines=()):
    workbook = Workbook()
    _sheet(workbook, _("Xếp hạng"), ranking_header(), [ranking_row(row) for row in rows], first=True)
    _sheet(workbook, _("Chi tiết"), detail_header(), [values for row in rows for values in detail_rows(row)])
    problems = [
        [row.portal.name, str(CHECKS[key]), title]
        for row in rows for key in CHECKS for _id, title in row.problems.get(key, [])
    ]
    _sheet(workbook, _("Thiếu sót"), [_("Cổng thông tin"), _("Kiểm tra"), _("Trang")], problems)
    if title_lines:
        info = workbook.create_sheet(_("Thông tin"), 0)
        for line in title_lines:
            info.append([line])
        info["A1"].font = Font(bold=True, size=14)
    return workbook


def xlsx_response(workbook, filename):
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(buffer.getvalue(), content_type=XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
