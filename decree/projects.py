"""Projects, investment, tenders and public procurement (Decree 43/2011 Điều 10 k1 i).

A project page carries what the checklist names: name, objective, sector, type, period, budget, funding
type, funder and status (preparing / under way / completed), plus its tender notices and their results.

The project status is the editor's statement (a project is "under way" from the investment decision, not
from a date the portal could know). A tender notice's status is derived from its dates relative to
`timezone.localdate()`: before the notice date it is upcoming, from the notice date through the bid closing
date inclusive bids are open, afterwards it is closed, or awarded once the winning contractor is entered.
The same rule exists as a property and as a queryset filter (the listing's "open tenders" filter).

The sector is a closed list of the usual public-investment sectors (Luật Đầu tư công), so that the listing
filter is a fixed vocabulary; the filter only offers the sectors the section actually holds.
"""

import django_filters
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from home.blocks import AttachmentsBlock, BodyBlock
from home.filters import YEAR_RANGE
from home.listing import ListingFilterSet
from home.models import BasePage, SectionPage
from home.text import format_vnd


def year_validators():
    return [MinValueValidator(YEAR_RANGE[0]), MaxValueValidator(YEAR_RANGE[1])]


def money_field(verbose_name, **kwargs):
    """An amount in đồng (no fractional part)."""
    return models.DecimalField(
        verbose_name, max_digits=18, decimal_places=0, validators=[MinValueValidator(0)], **kwargs
    )


class ProjectSector(models.TextChoices):
    TRANSPORT = "transport", _("Giao thông vận tải")
    AGRICULTURE = "agriculture", _("Nông nghiệp, lâm nghiệp, thủy lợi")
    URBAN = "urban", _("Xây dựng, hạ tầng đô thị")
    EDUCATION = "education", _("Giáo dục, đào tạo")
    HEALTH = "health", _("Y tế")
    CULTURE = "culture", _("Văn hóa, thể thao, du lịch")
    SCIENCE = "science", _("Khoa học, công nghệ")
    DIGITAL = "digital", _("Thông tin, truyền thông, chuyển đổi số")
    ENVIRONMENT = "environment", _("Tài nguyên, môi trường")
    INDUSTRY = "industry", _("Công nghiệp, năng lượng")
    SOCIAL = "social", _("Lao động, an sinh xã hội")
    ADMINISTRATION = "administration", _("Quản lý nhà nước")
    OTHER = "other", _("Khác")


class ProjectType(models.TextChoices):
    PUBLIC_INVESTMENT = "public_investment", _("Dự án đầu tư công")
    PPP = "ppp", _("Dự án đầu tư theo phương thức đối tác công tư (PPP)")
    CALLING_FOR_INVESTMENT = "calling_for_investment", _("Dự án kêu gọi đầu tư")
    PROCUREMENT = "procurement", _("Mua sắm công")
    OTHER = "other", _("Khác")


class ProjectGroup(models.TextChoices):
    """Classification by size and importance (Luật Đầu tư công Điều 8)."""

    NATIONAL = "national", _("Dự án quan trọng quốc gia")
    A = "a", _("Nhóm A")
    B = "b", _("Nhóm B")
    C = "c", _("Nhóm C")


class FundingType(models.TextChoices):
    STATE_BUDGET = "state_budget", _("Ngân sách nhà nước")
    ODA = "oda", _("Vốn ODA")
    PREFERENTIAL_LOAN = "preferential_loan", _("Vốn vay ưu đãi")
    PPP = "ppp", _("Đối tác công tư (PPP)")
    SOCIALISATION = "socialisation", _("Xã hội hóa")
    OTHER = "other", _("Khác")


class ProjectStatus(models.TextChoices):
    PREPARING = "preparing", _("Chuẩn bị đầu tư")
    UNDER_WAY = "under_way", _("Đang thực hiện")
    COMPLETED = "completed", _("Hoàn thành")


class SelectionMethod(models.TextChoices):
    """Contractor selection methods (Luật Đấu thầu 2023)."""

    OPEN_BIDDING = "open_bidding", _("Đấu thầu rộng rãi")
    LIMITED_BIDDING = "limited_bidding", _("Đấu thầu hạn chế")
    DIRECT_APPOINTMENT = "direct_appointment", _("Chỉ định thầu")
    COMPETITIVE_QUOTATION = "competitive_quotation", _("Chào hàng cạnh tranh")
    DIRECT_PROCUREMENT = "direct_procurement", _("Mua sắm trực tiếp")
    SELF_PERFORMANCE = "self_performance", _("Tự thực hiện")


class TenderStatus(models.TextChoices):
    """Derived from the dates (and the recorded winner), never stored."""

    UPCOMING = "upcoming", _("Sắp phát hành hồ sơ")
    OPEN = "open", _("Đang mời thầu")
    CLOSED = "closed", _("Đã đóng thầu")
    AWARDED = "awarded", _("Đã có kết quả lựa chọn nhà thầu")


def tender_status(notice_date, closing_date, awarded, day):
    """The status of a tender notice on `day`; `TenderNoticeQuerySet` expresses the same rule in SQL."""
    if day < notice_date:
        return TenderStatus.UPCOMING
    if day <= closing_date:
        return TenderStatus.OPEN
    return TenderStatus.AWARDED if awarded else TenderStatus.CLOSED


class TenderNoticeQuerySet(models.QuerySet):
    def open(self, day=None):
        day = day or timezone.localdate()
        return self.filter(notice_date__lte=day, closing_date__gte=day)


class TenderNotice(Orderable):
    """A tender notice (thông báo mời thầu) of one package of a project, and its result."""

    page = ParentalKey("decree.ProjectPage", related_name="tender_notices", on_delete=models.CASCADE)
    package_name = models.CharField(_("tên gói thầu"), max_length=500)
    package_value = money_field(_("giá gói thầu (đồng)"), null=True, blank=True)
    selection_method = models.CharField(
        _("hình thức lựa chọn nhà thầu"), max_length=32, choices=SelectionMethod.choices,
        default=SelectionMethod.OPEN_BIDDING,
    )
    notice_date = models.DateField(_("ngày đăng thông báo"))
    closing_date = models.DateField(
        _("ngày đóng thầu"), help_text=_("Hồ sơ dự thầu được nhận đến hết ngày này."),
    )
    result = models.TextField(_("kết quả lựa chọn nhà thầu"), blank=True)
    winning_contractor = models.CharField(_("nhà thầu trúng thầu"), max_length=500, blank=True)
    winning_price = money_field(_("giá trúng thầu (đồng)"), null=True, blank=True)

    objects = TenderNoticeQuerySet.as_manager()

    panels = [
        FieldPanel("package_name"),
        FieldRowPanel([FieldPanel("package_value"), FieldPanel("selection_method")]),
        FieldRowPanel([FieldPanel("notice_date"), FieldPanel("closing_date")]),
        FieldPanel("result"),
        FieldRowPanel([FieldPanel("winning_contractor"), FieldPanel("winning_price")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("thông báo mời thầu")
        verbose_name_plural = _("thông báo mời thầu")

    def __str__(self):
        return self.package_name

    def clean(self):
        super().clean()
        if self.notice_date and self.closing_date and self.closing_date < self.notice_date:
            raise ValidationError({"closing_date": _("Ngày đóng thầu không được trước ngày đăng thông báo mời thầu.")})

    @property
    def status(self):
        return tender_status(self.notice_date, self.closing_date, bool(self.winning_contractor),
                             timezone.localdate())

    @property
    def status_label(self):
        return TenderStatus(self.status).label

    @property
    def package_value_display(self):
        return format_vnd(self.package_value)

    @property
    def winning_price_display(self):
        return format_vnd(self.winning_price)


class ProjectFilter(ListingFilterSet):
    parameters = {"status": "trang-thai", "sector": "linh-vuc", "open_tenders": "dang-moi-thau"}

    status = django_filters.ChoiceFilter(choices=ProjectStatus.choices, label=_("Tình trạng"))
    sector = django_filters.ChoiceFilter(choices=ProjectSector.choices, label=_("Lĩnh vực"))
    # The form's checkbox sends «1»; nothing else means anything.
    open_tenders = django_filters.ChoiceFilter(
        choices=[("1", "1")], label=_("Chỉ dự án có gói thầu đang mời thầu"), method="with_open_tenders"
    )

    def __init__(self, *args, day, **kwargs):
        self.day = day
        super().__init__(*args, **kwargs)

    def with_open_tenders(self, projects, name, value):
        return projects.filter(Exists(TenderNotice.objects.open(self.day).filter(page_id=OuterRef("pk"))))


class ProjectIndexPage(SectionPage):
    """The section of projects: filter by status, sector and open tenders; paginated in the database."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["decree.ProjectPage"]
    items_per_page = 15
    filterset_class = ProjectFilter

    class Meta:
        verbose_name = _("chuyên mục dự án, đấu thầu")
        verbose_name_plural = _("chuyên mục dự án, đấu thầu")

    def projects(self):
        return ProjectPage.objects.live().public().child_of(self)

    def sector_choices(self, selected=None):
        """The sectors this section holds (one query), and the selected one even if it holds none."""
        used = set(self.projects().order_by().values_list("sector", flat=True).distinct())
        return [(value, label) for value, label in ProjectSector.choices if value in used or value == selected]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        projects = self.projects().order_by("-period_start", "title", "-pk")
        context.update(self.listing(request, projects, day=timezone.localdate()))
        context.update(
            projects=context["page_obj"].object_list,
            statuses=ProjectStatus.choices,
            sectors=self.sector_choices(context["filters"]["sector"]),
        )
        return context


class ProjectPage(BasePage):
    objective = models.TextField(_("mục tiêu"), help_text=_("Mục tiêu đầu tư của dự án, một đến ba câu."))
    sector = models.CharField(_("lĩnh vực"), max_length=32, choices=ProjectSector.choices, db_index=True)
    project_type = models.CharField(
        _("loại dự án"), max_length=32, choices=ProjectType.choices, default=ProjectType.PUBLIC_INVESTMENT,
    )
    project_group = models.CharField(_("nhóm dự án"), max_length=16, choices=ProjectGroup.choices, blank=True)
    investor = models.CharField(_("chủ đầu tư"), max_length=255, blank=True)
    location = models.CharField(_("địa điểm thực hiện"), max_length=255, blank=True)
    approval_decision = models.CharField(
        _("quyết định phê duyệt"), max_length=255, blank=True,
        help_text=_("Ví dụ: Quyết định số 1234/QĐ-UBND ngày 15/3/2025 của UBND tỉnh."),
    )
    period_start = models.PositiveSmallIntegerField(_("năm bắt đầu"), validators=year_validators(), db_index=True)
    period_end = models.PositiveSmallIntegerField(_("năm kết thúc"), validators=year_validators())
    total_budget = money_field(
        _("tổng mức đầu tư (đồng)"), null=True, blank=True,
        help_text=_("Ghi số đồng, không ghi dấu chấm phân cách; để trống nếu chưa xác định."),
    )
    funding_type = models.CharField(
        _("nguồn vốn"), max_length=32, choices=FundingType.choices, default=FundingType.STATE_BUDGET,
    )
    funder = models.CharField(_("nhà tài trợ, đơn vị cấp vốn"), max_length=255, blank=True)
    status = models.CharField(
        _("tình trạng"), max_length=16, choices=ProjectStatus.choices, default=ProjectStatus.PREPARING,
        db_index=True,
    )
    body = StreamField(BodyBlock(), verbose_name=_("mô tả dự án"), blank=True)
    attachments = StreamField(AttachmentsBlock(), verbose_name=_("tệp đính kèm"), blank=True)

    search_fields = BasePage.search_fields + [
        index.SearchField("objective"),
        index.SearchField("investor"),
        index.SearchField("location"),
        index.SearchField("approval_decision"),
        index.SearchField("body"),
        index.AutocompleteField("title"),
        index.RelatedFields("tender_notices", [
            index.SearchField("package_name"),
            index.SearchField("winning_contractor"),
        ]),
        index.FilterField("status"),
        index.FilterField("sector"),
        index.FilterField("period_start"),
    ]

    content_panels = BasePage.content_panels + [
        FieldPanel("objective"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("sector"), FieldPanel("project_type"), FieldPanel("project_group")]),
                FieldPanel("investor"),
                FieldPanel("location"),
                FieldPanel("approval_decision"),
                FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")]),
                FieldPanel("status"),
            ],
            heading=_("Thông tin dự án"),
        ),
        MultiFieldPanel(
            [FieldPanel("total_budget"), FieldRowPanel([FieldPanel("funding_type"), FieldPanel("funder")])],
            heading=_("Vốn đầu tư"),
        ),
        FieldPanel("body"),
        FieldPanel("attachments"),
        InlinePanel("tender_notices", heading=_("Thông báo mời thầu và kết quả lựa chọn nhà thầu"),
                    label=_("Gói thầu")),
    ]

    parent_page_types = ["decree.ProjectIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("dự án")
        verbose_name_plural = _("dự án")

    def clean(self):
        super().clean()
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise ValidationError({"period_end": _("Năm kết thúc không được trước năm bắt đầu thực hiện dự án.")})

    def get_summary(self):
        return super().get_summary() or self.objective

    @property
    def period_display(self):
        if self.period_start == self.period_end:
            return str(self.period_start)
        return f"{self.period_start}–{self.period_end}"

    @property
    def total_budget_display(self):
        return format_vnd(self.total_budget)


def projects_without_status():
    """Projects whose status is none of today's statuses (an oversight completeness check)."""
    return ProjectPage.objects.exclude(status__in=ProjectStatus.values)
