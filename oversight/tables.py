"""The tables shown on the scorecard screen and written to the exports: one definition, so they cannot
diverge."""

from django.utils.translation import gettext_lazy as _

from .rules import DUE_SOON, EMPTY, OK, OVERDUE, STATE_LABELS


def ranking_header():
    return [
        str(_("Hạng")), str(_("Cổng thông tin")), str(_("Loại cổng")), str(_("Điểm")),
        str(STATE_LABELS[OK]), str(STATE_LABELS[DUE_SOON]), str(STATE_LABELS[OVERDUE]), str(STATE_LABELS[EMPTY]),
        str(_("Trang thiếu thông tin bắt buộc")), str(_("Lượt xem")), str(_("Lượt đánh giá")), str(_("Hữu ích (%)")),
        str(_("Ý kiến chờ xử lý")), str(_("Câu hỏi quá hạn")),
    ]


def _optional(value):
    return "" if value is None else value


def ranking_row(row):
    return [
        row.rank, row.portal.name, str(row.portal.get_kind_display()), row.score,
        row.count(OK), row.count(DUE_SOON), row.count(OVERDUE), row.count(EMPTY),
        row.problem_count, row.visits, row.ratings, _optional(row.useful_percent),
        row.pending_input, row.overdue_questions,
    ]


def detail_header():
    return [
        str(_("Cổng thông tin")), str(_("Chuyên mục")), str(_("Số tin trong kỳ")), str(_("Tổng số tin")),
        str(_("Cập nhật lần cuối")), str(_("Số ngày")), str(_("Trạng thái")), str(_("Lượt xem")),
        str(_("Lượt đánh giá")), str(_("Đánh giá hữu ích")),
    ]


def detail_rows(row):
    return [
        [
            row.portal.name, str(cell.category.title), cell.in_period, cell.total, cell.last_update_day,
            _optional(cell.days_since), str(cell.state_label), cell.visits, cell.ratings, cell.useful,
        ]
        for cell in row.cells
    ]
