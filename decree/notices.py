"""Notices of commendations and sanctions (khen thưởng, xử phạt) under direction and administration.

Each notice publishes one decision: who issued it, when, about whom, why, and the form of the
commendation or sanction (with the fine, for a sanction that carries one). Notices are children of the
direction section; its page lists the latest ones (see `latest_notices` and the `decree_direction`
template tags) and links the archive of all of them (DirectionIndexPage.notice_archive).
"""

import django_filters
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from home.blocks import AttachmentsBlock
from home.listing import ListingFilterSet
from home.models import BasePage
from home.text import format_vnd


class NoticeKind(models.TextChoices):
    COMMENDATION = "commendation", _("Khen thưởng")
    SANCTION = "sanction", _("Xử phạt")


class SubjectKind(models.TextChoices):
    ORGANISATION = "organisation", _("Tổ chức")
    INDIVIDUAL = "individual", _("Cá nhân")


def latest_notices(section, limit=5):
    """The latest published notices of a direction section, newest decision first."""
    return NoticePage.objects.live().public().child_of(section).order_by("-decision_date", "-pk")[:limit]


class NoticeFilter(ListingFilterSet):
    parameters = {"kind": "loai"}

    kind = django_filters.ChoiceFilter(choices=NoticeKind.choices, label=_("Loại quyết định"))


class NoticePage(BasePage):
    """One decision on a commendation or a sanction."""

    kind = models.CharField(_("loại thông báo"), max_length=16, choices=NoticeKind.choices, db_index=True)
    decision_number = models.CharField(
        _("số quyết định"), max_length=100, help_text=_("Số, ký hiệu của quyết định, ví dụ 125/QĐ-UBND."),
    )
    decision_date = models.DateField(_("ngày quyết định"), db_index=True)
    issuing_authority = models.CharField(
        _("cơ quan ban hành"), max_length=255, help_text=_("Cơ quan, người có thẩm quyền ra quyết định."),
    )
    subject_kind = models.CharField(
        _("đối tượng là"), max_length=16, choices=SubjectKind.choices, default=SubjectKind.ORGANISATION,
    )
    subject = models.CharField(
        _("tổ chức, cá nhân"), max_length=255,
        help_text=_("Tên tổ chức hoặc họ tên cá nhân được khen thưởng hoặc bị xử phạt."),
    )
    subject_address = models.CharField(
        _("địa chỉ, đơn vị công tác"), max_length=255, blank=True,
        help_text=_("Địa chỉ của tổ chức, hoặc đơn vị công tác, nơi cư trú của cá nhân (nếu cần công khai)."),
    )
    content = models.TextField(
        _("nội dung, lý do"),
        help_text=_("Thành tích được khen thưởng, hoặc hành vi vi phạm và căn cứ xử phạt."),
    )
    measure = models.CharField(
        _("hình thức khen thưởng hoặc xử phạt"), max_length=255,
        help_text=_("Ví dụ: Bằng khen của Chủ tịch UBND tỉnh; Giấy khen; Cảnh cáo; Phạt tiền."),
    )
    amount = models.PositiveBigIntegerField(
        _("số tiền phạt (đồng)"), null=True, blank=True, validators=[MinValueValidator(1)],
        help_text=_("Chỉ với quyết định xử phạt có phạt tiền; nhập số, không có dấu chấm."),
    )
    attachments = StreamField(
        AttachmentsBlock(), verbose_name=_("tệp đính kèm"), blank=True,
        help_text=_("Bản quyết định đã ký và các tài liệu kèm theo."),
    )

    search_fields = BasePage.search_fields + [
        index.SearchField("decision_number"),
        index.AutocompleteField("decision_number"),
        index.SearchField("subject"),
        index.SearchField("content"),
        index.SearchField("measure"),
        index.SearchField("issuing_authority"),
        index.AutocompleteField("title"),
        index.FilterField("kind"),
        index.FilterField("decision_date"),
    ]

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldRowPanel([FieldPanel("decision_number"), FieldPanel("decision_date")]),
                FieldPanel("issuing_authority"),
            ],
            heading=_("Quyết định"),
        ),
        MultiFieldPanel(
            [FieldPanel("subject_kind"), FieldPanel("subject"), FieldPanel("subject_address")],
            heading=_("Đối tượng"),
        ),
        MultiFieldPanel(
            [FieldPanel("content"), FieldPanel("measure"), FieldPanel("amount")],
            heading=_("Nội dung và hình thức"),
        ),
        FieldPanel("attachments"),
    ]

    parent_page_types = ["decree.DirectionIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("thông báo khen thưởng, xử phạt")
        verbose_name_plural = _("thông báo khen thưởng, xử phạt")

    def clean(self):
        super().clean()
        errors = {}
        if self.amount and self.kind != NoticeKind.SANCTION:
            errors["amount"] = _("Chỉ nhập số tiền phạt cho quyết định xử phạt.")
        if self.decision_date and self.decision_date > timezone.localdate():
            errors["decision_date"] = _("Ngày quyết định không được sau ngày hôm nay.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_sanction(self):
        return self.kind == NoticeKind.SANCTION

    @property
    def measure_label(self):
        return _("Hình thức xử phạt") if self.is_sanction else _("Hình thức khen thưởng")

    @property
    def amount_display(self):
        return format_vnd(self.amount) if self.amount else ""

    def get_summary(self):
        if self.search_description:
            return super().get_summary()
        return Truncator(f"{self.subject}: {self.measure}. {self.content}").words(60)
