"""Demo leaders' work calendar: the calendar page of the direction section and the schedules of last
week, this week and next week (relative to the day the demo is seeded)."""

import datetime

from django.utils import timezone

from decree.articles import DirectionIndexPage
from decree.calendar import ScheduleEntry, WeeklySchedulePage, WorkCalendarPage, iso_week, monday_of

from .intro import leaders_of

CALENDAR_SLUG = "lich-cong-tac"



def _leaders(portal):
    """The head and a deputy by name, as the introduction and the contacts directory list them."""
    return tuple(f"Đồng chí {name}, {position}" for name, position in leaders_of(portal))


# (weekday 0-6, start, end or None, content, chair 0 head / 1 deputy, participants, location or None = the
# agency's meeting room). Three sets, one per demo week, so the weeks differ.
WEEKS = (
    (
        (0, "07:30", "08:00", "Chào cờ đầu tuần", 0, "Toàn thể cán bộ, công chức, viên chức", "Sân trụ sở cơ quan"),
        (0, "08:00", "11:00", "Giao ban lãnh đạo: đánh giá kết quả công tác tuần trước, triển khai nhiệm vụ tuần này",
         0, "Các đồng chí lãnh đạo; Chánh Văn phòng; Trưởng các phòng chuyên môn", None),
        (1, "08:00", "11:30", "Họp trực tuyến với Bộ, ngành Trung ương về tình hình thực hiện chuyển đổi số",
         1, "Văn phòng; phòng chuyên môn phụ trách chuyển đổi số", "Điểm cầu trực tuyến của cơ quan"),
        (1, "14:00", "17:00", "Làm việc tại cơ quan, xử lý công việc thường xuyên", 0, "", None),
        (2, "08:00", None, "Tiếp công dân định kỳ tháng", 0,
         "Ban Tiếp công dân; đại diện các phòng có liên quan", "Phòng Tiếp công dân"),
        (3, "08:30", "11:00", "Kiểm tra tiến độ giải ngân vốn đầu tư công các dự án do cơ quan làm chủ đầu tư",
         1, "Phòng Kế hoạch – Tài chính; Ban Quản lý dự án", "Hiện trường các dự án"),
        (3, "14:00", "16:30", "Dự họp UBND tỉnh thường kỳ tháng", 0, "Theo giấy mời của UBND tỉnh",
         "Hội trường UBND tỉnh"),
        (4, "08:00", "10:00", "Họp Hội đồng thi đua – khen thưởng xét khen thưởng thành tích năm", 0,
         "Thành viên Hội đồng thi đua – khen thưởng", None),
        (4, "15:00", "16:30", "Giao ban công tác cải cách hành chính và chỉ số hài lòng của người dân", 1,
         "Văn phòng; Bộ phận một cửa", None),
    ),
    (
        (0, "08:00", "10:30", "Giao ban lãnh đạo đầu tuần", 0,
         "Các đồng chí lãnh đạo; Chánh Văn phòng; Trưởng các phòng chuyên môn", None),
        (0, "14:00", "16:00", "Làm việc với Đoàn kiểm tra của UBND tỉnh về công tác phòng, chống tham nhũng", 0,
         "Chánh Thanh tra; Chánh Văn phòng", None),
        (1, "08:00", "17:00", "Dự lớp bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 3", 1,
         "Theo quyết định triệu tập", "Trường Chính trị tỉnh"),
        (2, "08:30", "11:00", "Hội nghị giao ban công tác tháng, triển khai nhiệm vụ tháng tới", 0,
         "Toàn thể cán bộ, công chức, viên chức; khách mời theo giấy mời", "Hội trường cơ quan"),
        (3, "08:00", "11:00", "Khảo sát tình hình cung cấp dịch vụ công trực tuyến tại Bộ phận một cửa", 1,
         "Văn phòng; Trung tâm Phục vụ hành chính công tỉnh", "Trung tâm Phục vụ hành chính công tỉnh"),
        (4, "09:00", "11:00", "Làm việc tại cơ quan, duyệt văn bản", 0, "", None),
        (5, "07:30", "11:00", "Trực lãnh đạo cuối tuần, tham gia ra quân vệ sinh môi trường", 1,
         "Đoàn Thanh niên, Công đoàn cơ quan", "Khu dân cư kết nghĩa"),
    ),
    (
        (0, "07:30", "08:00", "Chào cờ đầu tuần", 0, "Toàn thể cán bộ, công chức, viên chức", "Sân trụ sở cơ quan"),
        (0, "08:00", "11:00", "Giao ban lãnh đạo tuần", 0,
         "Các đồng chí lãnh đạo; Chánh Văn phòng; Trưởng các phòng chuyên môn", None),
        (1, "14:00", "16:30", "Họp thẩm định hồ sơ đề xuất nhiệm vụ, dự án năm sau", 1,
         "Hội đồng thẩm định; đại diện các đơn vị đề xuất", None),
        (2, "08:00", "11:30", "Dự Kỳ họp thường lệ của Hội đồng nhân dân tỉnh", 0,
         "Theo giấy mời của Thường trực HĐND tỉnh", "Hội trường HĐND tỉnh"),
        (3, "08:00", "16:30", "Làm việc tại các xã về xây dựng nông thôn mới và cải cách hành chính", 1,
         "Phòng chuyên môn liên quan; UBND các xã", "Xã Tân Phú"),
        (4, "14:00", "16:00", "Tiếp và làm việc với Đoàn công tác của Bộ về kiểm tra công tác chuyên môn", 0,
         "Lãnh đạo các phòng có liên quan", None),
    ),
)


def _time(value):
    return datetime.time.fromisoformat(value)


def _title(monday):
    sunday = monday + datetime.timedelta(days=6)
    week = monday.isocalendar()
    return (f"Lịch công tác tuần {week[1]}/{week[0]} "
            f"(từ ngày {monday:%d/%m} đến ngày {sunday:%d/%m/%Y})")


def _ensure_calendar(direction, portal):
    existing = WorkCalendarPage.objects.child_of(direction).first()
    if existing is not None:
        return existing
    head = leaders_of(portal)[0][0]
    calendar = WorkCalendarPage(
        title="Lịch công tác của lãnh đạo",
        slug=CALENDAR_SLUG,
        intro=f"Lịch công tác tuần của {head} và các lãnh đạo {portal.name}. Lịch có thể thay đổi; các thay đổi "
        "được cập nhật trên trang.",
        locale=direction.locale,
    )
    direction.add_child(instance=calendar)
    calendar.save_revision().publish()
    return calendar


def seed(portal):
    direction = DirectionIndexPage.objects.child_of(portal.root_page).get(category_key="direction")
    calendar = _ensure_calendar(direction, portal)
    leaders = _leaders(portal)
    meeting_room = f"Phòng họp số 1, trụ sở {portal.name}"
    this_monday = monday_of(timezone.localdate())
    for offset, week_entries in zip((-1, 0, 1), WEEKS):
        monday = this_monday + datetime.timedelta(days=7 * offset)
        slug = f"tuan-{iso_week(monday).lower()}"
        if calendar.get_children().filter(slug=slug).exists() or (
            WeeklySchedulePage.objects.child_of(calendar).filter(week_start=monday).exists()
        ):
            continue
        schedule = WeeklySchedulePage(
            title=_title(monday),
            slug=slug,
            week_start=monday,
            note="Lịch có thể thay đổi theo chỉ đạo của cấp trên; các thay đổi được cập nhật trên trang.",
            locale=calendar.locale,
            entries=[
                ScheduleEntry(
                    day=monday + datetime.timedelta(days=weekday),
                    start_time=_time(start),
                    end_time=_time(end) if end else None,
                    content=content,
                    chair=leaders[chair],
                    participants=participants,
                    location=location or meeting_room,
                )
                for weekday, start, end, content, chair, participants, location in week_entries
            ],
        )
        calendar.add_child(instance=schedule)
        schedule.save_revision().publish()
