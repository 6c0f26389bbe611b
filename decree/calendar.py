"""Leaders' work calendar (lịch công tác): weekly schedules under direction and administration.

The direction section holds one WorkCalendarPage; under it editors publish one WeeklySchedulePage per
week (starting on a Monday) whose entries are the leaders' engagements of that week. The calendar page
shows one week as a table by day: the week containing the day `?ngay=YYYY-MM-DD` (what the date picker
sends), or the week `?tuan=YYYY-Www` (an ISO week, used by the previous/next links), this week by default and
whenever the parameter is malformed; `?lanh-dao=` keeps the engagements one leader chairs.
"""

import datetime
import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from home.blocks import AttachmentsBlock
from home.filters import YEAR_RANGE, choice_param, date_param
from home.models import BasePage
from home.references import PortalAdminPageForm
from home.text import vietnamese_sort_key

WEEK_PARAMETER = "tuan"
DAY_PARAMETER = "ngay"
LEADER_PARAMETER = "lanh-dao"
WEEK_PATTERN = re.compile(r"^(\d{4})-?W(\d{1,2})$", re.IGNORECASE)
WEEKDAY_NAMES = (
    _("Thứ Hai"), _("Thứ Ba"), _("Thứ Tư"), _("Thứ Năm"), _("Thứ Sáu"), _("Thứ Bảy"), _("Chủ Nhật"),
)

NOT_A_MONDAY = _("Ngày bắt đầu tuần phải là thứ Hai.")
DAY_OUTSIDE_WEEK = _("Ngày của mục lịch phải nằm trong tuần (từ thứ Hai đến Chủ Nhật) của lịch này.")
END_BEFORE_START = _("Giờ kết thúc không được trước giờ bắt đầu.")
WEEK_ALREADY_EXISTS = _("Lịch công tác của tuần này đã có; hãy sửa lịch đã có thay vì tạo lịch mới.")


def monday_of(day):
    return day - datetime.timedelta(days=day.weekday())


def iso_week(day):
    """The `?tuan=` value of the week containing `day`, e.g. "2025-W12"."""
    year, week, _weekday = day.isocalendar()
    return f"{year}-W{week:02d}"


def in_week(day, monday):
    return monday <= day <= monday + datetime.timedelta(days=6)


def parse_iso_week(value):
    """The Monday of the ISO week `value` ("2025-W12"), or None when it is malformed or out of range."""
    match = WEEK_PATTERN.match((value or "").strip())
    if not match:
        return None
    year, week = int(match.group(1)), int(match.group(2))
    if not YEAR_RANGE[0] <= year <= YEAR_RANGE[1]:
        return None
    try:
        return datetime.date.fromisocalendar(year, week, 1)
    except ValueError:
        return None


def week_days(monday, entries):
    """The seven days of the week starting on `monday`, each with its entries (already in order):
    [{"date", "name", "entries", "is_today"}]."""
    today = timezone.localdate()
    days = [
        {"date": monday + datetime.timedelta(days=offset), "name": WEEKDAY_NAMES[offset], "entries": []}
        for offset in range(7)
    ]
    for entry in entries:
        offset = (entry.day - monday).days
        if 0 <= offset < 7:
            days[offset]["entries"].append(entry)
    for day in days:
        day["is_today"] = day["date"] == today
    return days


def week_label(monday):
    sunday = monday + datetime.timedelta(days=6)
    return _("Tuần %(week)s năm %(year)s, từ %(start)s đến %(end)s") % {
        "week": monday.isocalendar()[1],
        "year": monday.isocalendar()[0],
        "start": monday.strftime("%d/%m/%Y"),
        "end": sunday.strftime("%d/%m/%Y"),
    }


class WorkCalendarPage(BasePage):
    """The leaders' work calendar of one portal, inside its direction section."""

    intro = models.TextField(
        _("mô tả ngắn"), blank=True,
        help_text=_("Ví dụ: lịch công tác tuần của Giám đốc và các Phó Giám đốc Sở."),
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    parent_page_types = ["decree.DirectionIndexPage"]
    subpage_types = ["decree.WeeklySchedulePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("lịch công tác")
        verbose_name_plural = _("lịch công tác")

    def schedules(self):
        return WeeklySchedulePage.objects.live().public().child_of(self)

    def requested_week(self, request):
        """The Monday of the week asked for by `?ngay=` or `?tuan=`; this week when absent or malformed."""
        day = date_param(request, DAY_PARAMETER)
        if day is not None and YEAR_RANGE[0] <= day.year <= YEAR_RANGE[1]:
            return monday_of(day)
        return parse_iso_week(request.GET.get(WEEK_PARAMETER)) or monday_of(timezone.localdate())

    def leaders(self):
        """Everyone who chairs an engagement in this calendar, in Vietnamese alphabetical order."""
        chairs = ScheduleEntry.objects.filter(page__in=self.schedules().values("pk")).exclude(chair="")
        return sorted(set(chairs.values_list("chair", flat=True)), key=vietnamese_sort_key)

    def upcoming_entries(self, limit):
        """The engagements of this week from today on, in order (for the home page's block)."""
        today = timezone.localdate()
        return list(
            ScheduleEntry.objects.filter(page__in=self.schedules().values("pk"))
            .filter(day__range=(today, monday_of(today) + datetime.timedelta(days=6)))
            .order_by("day", "start_time", "sort_order", "pk")[:limit]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        monday = self.requested_week(request)
        sunday = monday + datetime.timedelta(days=6)
        schedules = list(self.schedules().filter(week_start=monday).order_by("pk"))
        entries = ScheduleEntry.objects.none()
        if schedules:
            entries = (
                ScheduleEntry.objects.filter(page__in=[schedule.pk for schedule in schedules])
                .filter(day__range=(monday, sunday))
                .order_by("day", "start_time", "sort_order", "pk")
            )
        leaders = self.leaders()
        leader = choice_param(request, LEADER_PARAMETER, leaders)
        if leader:
            entries = entries.filter(chair=leader)
        entries = list(entries)
        this_monday = monday_of(timezone.localdate())
        context.update(
            leaders=leaders,
            leader=leader,
            week_start=monday,
            week_end=sunday,
            week_label=week_label(monday),
            week_value=iso_week(monday),
            days=week_days(monday, entries),
            has_entries=bool(entries),
            schedules=schedules,
            previous_week=iso_week(monday - datetime.timedelta(days=7)),
            next_week=iso_week(monday + datetime.timedelta(days=7)),
            is_this_week=monday == this_monday,
            this_week=iso_week(this_monday),
        )
        return context


class WeeklyScheduleForm(PortalAdminPageForm):
    """Checks what needs the whole form: one schedule per week in a calendar, and every entry's day
    inside the week (the entries are not attached to the page until the form is saved)."""

    def clean(self):
        cleaned_data = super().clean()
        week_start = cleaned_data.get("week_start")
        if not week_start or week_start.weekday() != 0:
            return cleaned_data  # the page's own clean() reports a start that is not a Monday
        if self.parent_page is not None:
            duplicates = WeeklySchedulePage.objects.child_of(self.parent_page).filter(week_start=week_start)
            if self.instance.pk:
                duplicates = duplicates.exclude(pk=self.instance.pk)
            if duplicates.exists():
                self.add_error("week_start", WEEK_ALREADY_EXISTS)
        entries = self.formsets.get("entries")
        if entries is not None:
            for form in entries.forms:
                if not form.is_valid() or form.cleaned_data.get("DELETE"):
                    continue
                day = form.cleaned_data.get("day")
                if day and not in_week(day, week_start):
                    form.add_error("day", DAY_OUTSIDE_WEEK)
        return cleaned_data


class WeeklySchedulePage(BasePage):
    """The leaders' engagements of one week."""

    week_start = models.DateField(
        _("tuần bắt đầu từ thứ Hai"), db_index=True,
        help_text=_("Ngày thứ Hai của tuần; mỗi tuần chỉ có một lịch."),
    )
    note = models.TextField(
        _("ghi chú"), blank=True,
        help_text=_("Ví dụ: lịch có thể thay đổi; các thay đổi sẽ được cập nhật trên trang."),
    )
    attachments = StreamField(
        AttachmentsBlock(), verbose_name=_("tệp đính kèm"), blank=True,
        help_text=_("Ví dụ: bản lịch công tác tuần đã ký (PDF)."),
    )

    base_form_class = WeeklyScheduleForm

    search_fields = BasePage.search_fields + [
        index.SearchField("note"),
        index.RelatedFields("entries", [
            index.SearchField("content"),
            index.SearchField("participants"),
            index.SearchField("location"),
            index.SearchField("chair"),
        ]),
        index.FilterField("week_start"),
    ]

    content_panels = BasePage.content_panels + [
        FieldPanel("week_start"),
        InlinePanel("entries", heading=_("Các mục lịch"), label=_("mục lịch")),
        FieldPanel("note"),
        FieldPanel("attachments"),
    ]

    parent_page_types = ["decree.WorkCalendarPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lịch công tác tuần")
        verbose_name_plural = _("lịch công tác tuần")

    def clean(self):
        super().clean()
        if self.week_start and self.week_start.weekday() != 0:
            raise ValidationError({"week_start": NOT_A_MONDAY})

    def entries_outside_week(self):
        """Entries whose day is not in this page's week (the editor form refuses them)."""
        return [entry for entry in self.entries.all() if not in_week(entry.day, self.week_start)]

    @property
    def week_end(self):
        return self.week_start + datetime.timedelta(days=6)

    @property
    def week_value(self):
        return iso_week(self.week_start)

    @property
    def week_label(self):
        return week_label(self.week_start)

    def get_summary(self):
        return self.search_description or str(self.week_label)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        entries = self.entries.all().order_by("day", "start_time", "sort_order", "pk")
        entries = list(entries)
        context.update(days=week_days(self.week_start, entries), has_entries=bool(entries))
        return context


class ScheduleEntry(Orderable):
    """One engagement: when, what, who chairs, who takes part, where."""

    page = ParentalKey(WeeklySchedulePage, on_delete=models.CASCADE, related_name="entries")
    day = models.DateField(_("ngày"))
    start_time = models.TimeField(_("giờ bắt đầu"))
    end_time = models.TimeField(_("giờ kết thúc"), null=True, blank=True)
    content = models.TextField(_("nội dung công việc"))
    chair = models.CharField(
        _("chủ trì"), max_length=255, blank=True, help_text=_("Ví dụ: Đồng chí Giám đốc Sở."),
    )
    participants = models.TextField(
        _("thành phần"), blank=True, help_text=_("Những người, đơn vị được mời hoặc cùng dự."),
    )
    location = models.CharField(_("địa điểm"), max_length=255, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("day"), FieldPanel("start_time"), FieldPanel("end_time")]),
        FieldPanel("content"),
        MultiFieldPanel(
            [FieldPanel("chair"), FieldPanel("participants"), FieldPanel("location")],
            heading=_("Chủ trì, thành phần, địa điểm"),
        ),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("mục lịch công tác")
        verbose_name_plural = _("mục lịch công tác")

    def __str__(self):
        return Truncator(self.content).words(12)

    def clean(self):
        super().clean()
        # The day is checked against the week by WeeklyScheduleForm: only the form knows the week being
        # saved (the page the entry points to may still hold the week before the edit).
        if self.start_time and self.end_time and self.end_time < self.start_time:
            raise ValidationError({"end_time": END_BEFORE_START})
