"""Citizen input: reader comments on articles, feedback on draft regulations under consultation, and
questions to an agency (hỏi đáp). One model for all three, attached to a page and its portal; nothing is
shown publicly before a moderator approves it."""

import secrets

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.utils.translation import gettext_lazy as _

BODY_MAX_LENGTH = 4000
NAME_MAX_LENGTH = 100
SUBJECT_MAX_LENGTH = 200
USER_AGENT_MAX_LENGTH = 255


class Kind(models.TextChoices):
    COMMENT = "comment", _("Ý kiến bạn đọc")
    CONSULTATION = "consultation", _("Góp ý dự thảo")
    QUESTION = "question", _("Câu hỏi")


class Status(models.TextChoices):
    PENDING = "pending", _("Chờ duyệt")
    APPROVED = "approved", _("Đã duyệt")
    REJECTED = "rejected", _("Không duyệt")
    SPAM = "spam", _("Thư rác")


class QuestionField(models.TextChoices):
    """The field (lĩnh vực) a question is about, so that it reaches the right office."""

    LAND = "dat-dai", _("Đất đai")
    CONSTRUCTION = "xay-dung", _("Xây dựng, nhà ở")
    CIVIL_STATUS = "ho-tich", _("Hộ tịch, chứng thực")
    BUSINESS = "doanh-nghiep", _("Doanh nghiệp, đầu tư")
    TAX = "thue-phi", _("Thuế, phí, lệ phí")
    LABOUR = "lao-dong", _("Lao động, việc làm, bảo hiểm")
    EDUCATION = "giao-duc", _("Giáo dục, đào tạo")
    HEALTH = "y-te", _("Y tế")
    TRANSPORT = "giao-thong", _("Giao thông, vận tải")
    ENVIRONMENT = "moi-truong", _("Tài nguyên, môi trường")
    SCIENCE = "khoa-hoc", _("Khoa học, công nghệ, chuyển đổi số")
    OTHER = "khac", _("Lĩnh vực khác")


class PrivateFileStorage(FileSystemStorage):
    """Files with no public address: asking for one is an error, not a link to an open folder."""

    def url(self, name):
        raise ValueError("A private file has no public address; moderators download it through the admin.")


def private_storage():
    """Where citizens' attachments live: outside MEDIA_ROOT (or in a private bucket), never served as a file;
    moderators of the item's portal download them through the admin (admin_views.item_attachment)."""
    if settings.PRIVATE_MEDIA_BUCKET:
        from .object_storage import PrivateObjectStorage

        return PrivateObjectStorage()
    return PrivateFileStorage(location=settings.PRIVATE_MEDIA_ROOT)


def attachment_path(instance, filename):
    """An unguessable name for a citizen's file; only its extension is kept."""
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    return f"hoi-dap/{secrets.token_urlsafe(24)}.{extension}"


class TicketStatus(models.TextChoices):
    RECEIVED = "received", _("Đã tiếp nhận")
    IN_PROGRESS = "in_progress", _("Đang xử lý")
    ANSWERED = "answered", _("Đã trả lời")


class CitizenInputQuerySet(models.QuerySet):
    def approved(self):
        return self.filter(status=Status.APPROVED)

    def published_for(self, page, kind):
        """What the public sees on `page` for `kind`: approved items; for questions only those answered and
        marked of general interest (a citizen's question may concern only them)."""
        items = self.approved().filter(page=page, kind=kind)
        if kind == Kind.QUESTION:
            items = items.filter(general_interest=True, ticket_status=TicketStatus.ANSWERED).exclude(reply="")
        return items

    def published_questions_everywhere(self):
        """Questions answered and published in the Hỏi đáp section of their portal."""
        return self.approved().filter(
            kind=Kind.QUESTION, general_interest=True, ticket_status=TicketStatus.ANSWERED
        ).exclude(reply="")

    def published_questions(self, portal):
        return self.published_questions_everywhere().filter(portal=portal)


class CitizenInput(models.Model):
    portal = models.ForeignKey(
        "component_portals.ComponentPortal", verbose_name=_("cổng thông tin"), on_delete=models.CASCADE,
        related_name="citizen_inputs",
    )
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("trang"), on_delete=models.CASCADE, related_name="citizen_inputs"
    )
    kind = models.CharField(_("loại"), max_length=16, choices=Kind.choices, db_index=True)
    status = models.CharField(
        _("trạng thái kiểm duyệt"), max_length=16, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    author_name = models.CharField(_("họ và tên"), max_length=NAME_MAX_LENGTH)
    author_email = models.EmailField(_("thư điện tử (không công khai)"))
    subject = models.CharField(_("tiêu đề"), max_length=SUBJECT_MAX_LENGTH, blank=True)
    body = models.TextField(_("nội dung"), max_length=BODY_MAX_LENGTH)
    ip_hash = models.CharField(_("địa chỉ IP (đã băm)"), max_length=64, blank=True, editable=False)
    user_agent = models.CharField(_("trình duyệt"), max_length=USER_AGENT_MAX_LENGTH, blank=True, editable=False)
    created_at = models.DateTimeField(_("thời điểm gửi"), auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(_("cập nhật lần cuối"), auto_now=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người kiểm duyệt"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    moderated_at = models.DateTimeField(_("thời điểm kiểm duyệt"), null=True, blank=True)
    reply = models.TextField(_("trả lời chính thức"), blank=True, max_length=BODY_MAX_LENGTH)
    replied_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người trả lời"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    replied_at = models.DateTimeField(_("thời điểm trả lời"), null=True, blank=True)
    # Questions only.
    ticket_code = models.CharField(_("mã tra cứu"), max_length=16, unique=True, null=True, blank=True)
    ticket_status = models.CharField(
        _("tình trạng xử lý"), max_length=16, choices=TicketStatus.choices, blank=True, db_index=True
    )
    due_date = models.DateField(_("hạn trả lời"), null=True, blank=True)
    phone = models.CharField(_("số điện thoại (không công khai)"), max_length=20, blank=True)
    field = models.CharField(_("lĩnh vực"), max_length=32, choices=QuestionField.choices, blank=True)
    attachment = models.FileField(
        _("tệp đính kèm"), upload_to=attachment_path, storage=private_storage, blank=True, max_length=200
    )
    general_interest = models.BooleanField(
        _("công khai vì được nhiều người quan tâm"), default=False,
        help_text=_("Câu hỏi đã trả lời được đăng công khai trong chuyên mục Hỏi đáp của cổng."),
    )

    objects = CitizenInputQuerySet.as_manager()

    class Meta:
        verbose_name = _("ý kiến công dân")
        verbose_name_plural = _("ý kiến công dân")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["page", "kind", "status", "-created_at"], name="comments_public_list_idx"),
            models.Index(fields=["portal", "status", "-created_at"], name="comments_queue_idx"),
        ]

    def __str__(self):
        # Also the label of audit log entries: no personal data in it.
        return f"{self.get_kind_display()} #{self.pk}"

    @property
    def is_question(self):
        return self.kind == Kind.QUESTION

    @property
    def is_overdue(self):
        from django.utils import timezone

        return (
            self.is_question and self.due_date is not None and self.ticket_status != TicketStatus.ANSWERED
            and self.due_date < timezone.localdate()
        )


class Holiday(models.Model):
    """A public holiday or compensatory day off; not counted in the 15 working days to answer a question."""

    date = models.DateField(_("ngày"), unique=True)
    name = models.CharField(_("tên ngày nghỉ"), max_length=255)

    class Meta:
        verbose_name = _("ngày nghỉ lễ")
        verbose_name_plural = _("ngày nghỉ lễ")
        ordering = ["-date"]

    def __str__(self):
        return f"{self.date:%d/%m/%Y}: {self.name}"
