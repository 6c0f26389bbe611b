"""Public consultation on drafts: open and closed consultations derived from their dates.

A consultation is open from its open date through its deadline inclusive, both read as calendar days in
the portal's local time (`timezone.localdate()`); before the open date it is upcoming, after the deadline
it is closed. The status is both a property of the page and a queryset filter, computed by the same rule.
Citizens' feedback itself is the citizen-input issue; `accepts_citizen_input("consultation")` already
tells that code whether a consultation takes feedback today.
"""

import django_filters
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, F, IntegerField, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from home.blocks import AttachmentsBlock, BodyBlock
from home.listing import ListingFilterSet
from home.models import BasePage, SectionPage


class ConsultationStatus(models.TextChoices):
    """Derived from the dates, never stored. The values are the listing filter's `trang-thai` values."""

    OPEN = "open", _("Đang lấy ý kiến")
    UPCOMING = "upcoming", _("Sắp mở")
    CLOSED = "closed", _("Đã kết thúc")


# Listing order: open consultations first, then upcoming ones, then closed ones.
STATUS_RANK = {ConsultationStatus.OPEN: 0, ConsultationStatus.UPCOMING: 1, ConsultationStatus.CLOSED: 2}


def consultation_status(open_date, deadline, day):
    """The status on `day`; the rule that the queryset filters below express in SQL."""
    if day < open_date:
        return ConsultationStatus.UPCOMING
    if day > deadline:
        return ConsultationStatus.CLOSED
    return ConsultationStatus.OPEN


class ConsultationPageQuerySet(PageQuerySet):
    def open(self, day=None):
        day = day or timezone.localdate()
        return self.filter(open_date__lte=day, deadline__gte=day)

    def upcoming(self, day=None):
        day = day or timezone.localdate()
        return self.filter(open_date__gt=day)

    def closed(self, day=None):
        day = day or timezone.localdate()
        return self.filter(open_date__lte=day, deadline__lt=day)

    def with_status(self, status, day=None):
        """Filter by a ConsultationStatus value; an unknown status gives an empty result."""
        method = {
            ConsultationStatus.OPEN: self.open,
            ConsultationStatus.UPCOMING: self.upcoming,
            ConsultationStatus.CLOSED: self.closed,
        }.get(status)
        return method(day) if method else self.none()

    def in_listing_order(self, day=None):
        """Open first (the nearest deadline first), then upcoming (nearest deadline first), then closed
        (the most recently closed first)."""
        day = day or timezone.localdate()
        rank = Case(
            When(open_date__gt=day, then=Value(STATUS_RANK[ConsultationStatus.UPCOMING])),
            When(deadline__lt=day, then=Value(STATUS_RANK[ConsultationStatus.CLOSED])),
            default=Value(STATUS_RANK[ConsultationStatus.OPEN]),
            output_field=IntegerField(),
        )
        not_closed_deadline = Case(
            When(deadline__gte=day, then=F("deadline")), default=Value(None), output_field=models.DateField()
        )
        return self.annotate(status_rank=rank, not_closed_deadline=not_closed_deadline).order_by(
            "status_rank", "not_closed_deadline", "-deadline", "-pk"
        )


ConsultationPageManager = PageManager.from_queryset(ConsultationPageQuerySet)


class ConsultationFilter(ListingFilterSet):
    parameters = {"status": "trang-thai"}

    status = django_filters.ChoiceFilter(choices=ConsultationStatus.choices, label=_("Trạng thái"), method="by_status")

    def __init__(self, *args, day, **kwargs):
        self.day = day
        super().__init__(*args, **kwargs)

    def by_status(self, consultations, name, status):
        return consultations.with_status(status, self.day)


class ConsultationIndexPage(SectionPage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["decree.ConsultationPage"]
    items_per_page = 10
    filterset_class = ConsultationFilter

    class Meta:
        verbose_name = _("chuyên mục lấy ý kiến")
        verbose_name_plural = _("chuyên mục lấy ý kiến")

    def consultations(self):
        return ConsultationPage.objects.live().public().child_of(self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        today = timezone.localdate()
        context.update(self.listing(request, self.consultations().in_listing_order(today), day=today))
        context.update(
            consultations=context["page_obj"].object_list, statuses=ConsultationStatus.choices, today=today
        )
        return context


class ConsultationPage(BasePage):
    """One draft (a regulation, policy or plan) published for public comment."""

    summary = models.TextField(
        _("tóm tắt dự thảo"), help_text=_("Nội dung chính, phạm vi điều chỉnh và đối tượng áp dụng của dự thảo.")
    )
    body = StreamField(
        BodyBlock(), verbose_name=_("toàn văn dự thảo"), blank=True,
        help_text=_("Toàn văn dự thảo; có thể để trống nếu dự thảo chỉ được đăng dưới dạng tệp đính kèm."),
    )
    attachments = StreamField(
        AttachmentsBlock(), verbose_name=_("tệp dự thảo"), blank=True,
        help_text=_("Tệp dự thảo, tờ trình, bản thuyết minh và các tài liệu kèm theo."),
    )
    drafting_agency = models.CharField(_("cơ quan chủ trì soạn thảo"), max_length=255, blank=True)
    open_date = models.DateField(_("ngày bắt đầu lấy ý kiến"), default=timezone.localdate, db_index=True)
    deadline = models.DateField(
        _("thời hạn tiếp nhận ý kiến"), db_index=True,
        help_text=_("Ngày cuối cùng tiếp nhận ý kiến góp ý (tính cả ngày này)."),
    )
    receiving_unit = models.CharField(_("đơn vị tiếp nhận ý kiến"), max_length=255)
    receiving_address = models.CharField(_("địa chỉ đơn vị tiếp nhận"), max_length=255)
    receiving_email = models.EmailField(_("thư điện tử tiếp nhận ý kiến"))
    receiving_phone = models.CharField(_("điện thoại đơn vị tiếp nhận"), max_length=64, blank=True)
    report_summary = models.TextField(
        _("báo cáo tiếp thu, giải trình"), blank=True,
        help_text=_("Sau khi hết hạn: số ý kiến nhận được, những ý kiến được tiếp thu và giải trình những ý kiến "
                    "không tiếp thu."),
    )
    report_files = StreamField(
        AttachmentsBlock(), verbose_name=_("tệp báo cáo tiếp thu, giải trình"), blank=True,
        help_text=_("Bản báo cáo tiếp thu, giải trình đã ký (PDF) và dự thảo đã chỉnh lý."),
    )

    objects = ConsultationPageManager()

    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("drafting_agency"),
        index.SearchField("receiving_unit"),
        index.AutocompleteField("title"),
        index.FilterField("open_date"),
        index.FilterField("deadline"),
    ]

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("attachments"),
        MultiFieldPanel(
            [FieldPanel("open_date"), FieldPanel("deadline"), FieldPanel("drafting_agency")],
            heading=_("Thời gian lấy ý kiến"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("receiving_unit"),
                FieldPanel("receiving_address"),
                FieldPanel("receiving_email"),
                FieldPanel("receiving_phone"),
            ],
            heading=_("Đơn vị tiếp nhận ý kiến"),
        ),
        MultiFieldPanel(
            [FieldPanel("report_summary"), FieldPanel("report_files")], heading=_("Kết quả lấy ý kiến"),
        ),
    ]

    parent_page_types = ["decree.ConsultationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("dự thảo lấy ý kiến")
        verbose_name_plural = _("dự thảo lấy ý kiến")

    def clean(self):
        super().clean()
        errors = {}
        if self.open_date and self.deadline and self.deadline < self.open_date:
            errors["deadline"] = _(
                "Thời hạn tiếp nhận ý kiến không được trước ngày bắt đầu lấy ý kiến."
            )
        if not self.body and not self.attachments:
            errors["attachments"] = _("Hãy nhập toàn văn dự thảo hoặc đính kèm ít nhất một tệp dự thảo.")
        if errors:
            raise ValidationError(errors)

    def status_on(self, day):
        return consultation_status(self.open_date, self.deadline, day)

    @property
    def status(self):
        return self.status_on(timezone.localdate())

    @property
    def status_label(self):
        return ConsultationStatus(self.status).label

    @property
    def is_open(self):
        return self.status == ConsultationStatus.OPEN

    @property
    def days_remaining(self):
        """Days left to send comments while open, today and the deadline included (1 on the deadline
        itself); None when not open."""
        today = timezone.localdate()
        if self.status_on(today) != ConsultationStatus.OPEN:
            return None
        return (self.deadline - today).days + 1

    def accepts_citizen_input(self, kind):
        return kind == "consultation" and self.is_open
