import re

from django import forms
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from home.forms import VietnameseOrderIterator
from home.text import nfc

from .models import BODY_MAX_LENGTH, NAME_MAX_LENGTH, SUBJECT_MAX_LENGTH, Kind, QuestionField, Status, TicketStatus
from .protection import MAX_LINKS, count_links, setting

HONEYPOT_FIELD = "website"
ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024
# Accepted attachments by extension, with the first bytes a real file of that type starts with.
ATTACHMENT_SIGNATURES = {
    "pdf": (b"%PDF-",),
    "jpg": (b"\xff\xd8\xff",),
    "jpeg": (b"\xff\xd8\xff",),
    "png": (b"\x89PNG\r\n\x1a\n",),
    "doc": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",),
    "docx": (b"PK\x03\x04",),
}
PHONE_PATTERN = re.compile(r"^\+?[0-9][0-9 .]{7,18}$")

BODY_LABELS = {
    Kind.COMMENT: _("Ý kiến của bạn"),
    Kind.CONSULTATION: _("Nội dung góp ý"),
    Kind.QUESTION: _("Nội dung câu hỏi"),
}


class NFCCharField(forms.CharField):
    """Text is normalised to NFC before it is measured or checked."""

    def to_python(self, value):
        return nfc(super().to_python(value))


class CitizenInputForm(forms.Form):
    """The fields a citizen fills in. The captcha, the form token and the honeypot are checked by the view,
    in the order that spares Google and the database from bots."""

    author_name = NFCCharField(
        label=_("Họ và tên"), max_length=NAME_MAX_LENGTH,
        error_messages={
            "required": _("Vui lòng nhập họ và tên."),
            "max_length": _("Họ và tên dài tối đa %(limit_value)d ký tự (bạn đã nhập %(show_value)d)."),
        },
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    author_email = forms.EmailField(
        label=_("Thư điện tử"), max_length=254,
        help_text=_("Không hiển thị công khai; chỉ dùng để cơ quan liên hệ với bạn khi cần."),
        error_messages={
            "required": _("Vui lòng nhập địa chỉ thư điện tử."),
            "invalid": _("Địa chỉ thư điện tử không hợp lệ, ví dụ đúng: ten@example.com."),
            "max_length": _("Địa chỉ thư điện tử quá dài."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    subject = NFCCharField(
        label=_("Tiêu đề câu hỏi"), max_length=SUBJECT_MAX_LENGTH,
        error_messages={
            "required": _("Vui lòng nhập tiêu đề câu hỏi."),
            "max_length": _("Tiêu đề dài tối đa %(limit_value)d ký tự (bạn đã nhập %(show_value)d)."),
        },
    )
    phone = forms.CharField(
        label=_("Số điện thoại (không bắt buộc)"), max_length=20, required=False,
        help_text=_("Không hiển thị công khai; để cơ quan gọi lại khi cần làm rõ câu hỏi."),
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )
    field = forms.ChoiceField(
        label=_("Lĩnh vực"), choices=[("", _("Chọn lĩnh vực"))] + list(QuestionField.choices),
        error_messages={
            "required": _("Vui lòng chọn lĩnh vực của câu hỏi."),
            "invalid_choice": _("Vui lòng chọn một lĩnh vực trong danh sách."),
        },
    )
    body = NFCCharField(
        label=_("Nội dung"), max_length=BODY_MAX_LENGTH,
        help_text=_("Chỉ nhập văn bản thuần, tối đa %(max)d ký tự.") % {"max": BODY_MAX_LENGTH},
        error_messages={
            "required": _("Vui lòng nhập nội dung."),
            "max_length": _(
                "Nội dung dài %(show_value)d ký tự, vượt quá giới hạn %(limit_value)d ký tự. Vui lòng rút gọn."
            ),
        },
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    attachment = forms.FileField(
        label=_("Tệp đính kèm (không bắt buộc)"), required=False,
        help_text=_("Tệp PDF, DOC, DOCX, JPG hoặc PNG, tối đa 5 MB, ví dụ ảnh chụp giấy tờ liên quan."),
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.doc,.docx,.jpg,.jpeg,.png"}),
    )
    # Hidden from people (the wrapper has the `hidden` attribute); bots fill every field they find.
    website = forms.CharField(
        label=_("Để trống ô này"), required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    form_token = forms.CharField(required=False, widget=forms.HiddenInput)
    captcha_token = forms.CharField(required=False, widget=forms.HiddenInput)
    captcha_answer = forms.CharField(
        label=_("Mã xác nhận"), required=False, max_length=20,
        help_text=_("Nhập các ký tự trong hình (không phân biệt chữ hoa, chữ thường)."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}),
    )

    def __init__(self, *args, kind=Kind.COMMENT, **kwargs):
        super().__init__(*args, **kwargs)
        self.kind = kind
        if kind != Kind.QUESTION:
            for name in ("subject", "phone", "field", "attachment"):
                del self.fields[name]
        self.fields["body"].label = BODY_LABELS[kind]

    @property
    def honeypot_filled(self):
        return bool((self.data.get(HONEYPOT_FIELD) or "").strip())

    def clean_body(self):
        body = self.cleaned_data["body"].strip()
        max_links = setting("MAX_LINKS", MAX_LINKS)
        links = count_links(body) + count_links(self.data.get("subject", ""))
        if links > max_links:
            raise forms.ValidationError(
                _(
                    "Nội dung có %(count)d liên kết; chỉ được phép tối đa %(max)d liên kết. "
                    "Vui lòng bớt liên kết rồi gửi lại."
                ),
                code="too_many_links", params={"count": links, "max": max_links},
            )
        return body

    def clean_phone(self):
        phone = " ".join(self.cleaned_data["phone"].split())
        digits = sum(char.isdigit() for char in phone)
        if phone and (not PHONE_PATTERN.match(phone) or not 9 <= digits <= 12):
            raise forms.ValidationError(
                _("Số điện thoại chỉ gồm chữ số (9 đến 12 số), có thể có dấu cách, ví dụ 0912 345 678."),
                code="phone_invalid",
            )
        return phone

    def clean_attachment(self):
        upload = self.cleaned_data.get("attachment")
        if not upload:
            return upload
        extension = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
        if extension not in ATTACHMENT_SIGNATURES:
            raise forms.ValidationError(
                _("Chỉ nhận tệp PDF, DOC, DOCX, JPG hoặc PNG; tệp «%(name)s» không thuộc các loại này."),
                code="attachment_type", params={"name": upload.name},
            )
        if upload.size > ATTACHMENT_MAX_BYTES:
            raise forms.ValidationError(
                _("Tệp «%(name)s» nặng %(size)s; chỉ nhận tệp tối đa 5 MB."),
                code="attachment_size", params={"name": upload.name, "size": filesizeformat(upload.size)},
            )
        head = upload.read(16)
        upload.seek(0)
        if not head.startswith(ATTACHMENT_SIGNATURES[extension]):
            raise forms.ValidationError(
                _("Tệp «%(name)s» không đúng là tệp %(kind)s (nội dung không khớp đuôi tệp)."),
                code="attachment_content", params={"name": upload.name, "kind": extension.upper()},
            )
        return upload

    def fields_for_display(self):
        """The visible fields, in order (the captcha is rendered apart)."""
        names = ["author_name", "author_email", "phone", "subject", "field", "body", "attachment"]
        return [self[name] for name in names if name in self.fields]


TICKET_CODE_PATTERN = re.compile(r"^HD([A-Z0-9]{8})$")


def normalise_ticket_code(value):
    compact = re.sub(r"[^A-Z0-9]", "", (value or "").upper())
    match = TICKET_CODE_PATTERN.match(compact)
    if not match:
        return None
    code = match.group(1)
    return f"HD-{code[:4]}-{code[4:]}"


class TicketLookupForm(forms.Form):
    ticket_code = forms.CharField(
        label=_("Mã tra cứu"), max_length=20,
        help_text=_("Mã có dạng HD-XXXX-XXXX, được cấp khi bạn gửi câu hỏi."),
        error_messages={"required": _("Vui lòng nhập mã tra cứu.")},
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}),
    )
    author_email = forms.EmailField(
        label=_("Thư điện tử đã dùng khi gửi câu hỏi"),
        error_messages={
            "required": _("Vui lòng nhập địa chỉ thư điện tử."),
            "invalid": _("Địa chỉ thư điện tử không hợp lệ, ví dụ đúng: ten@example.com."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    def clean_ticket_code(self):
        code = normalise_ticket_code(self.cleaned_data["ticket_code"])
        if code is None:
            raise forms.ValidationError(_("Mã tra cứu không đúng dạng HD-XXXX-XXXX."), code="invalid")
        return code


# Moderation (admin).

AGE_CHOICES = [
    ("", _("Mọi thời điểm")),
    ("1", _("Trong 24 giờ qua")),
    ("7", _("Trong 7 ngày qua")),
    ("older7", _("Cũ hơn 7 ngày")),
    ("older30", _("Cũ hơn 30 ngày")),
]


class ModerationFilterForm(forms.Form):
    portal = forms.ModelChoiceField(label=_("Cổng"), queryset=None, required=False, empty_label=_("Mọi cổng"))
    kind = forms.ChoiceField(label=_("Loại"), required=False, choices=[("", _("Mọi loại"))] + Kind.choices)
    status = forms.ChoiceField(
        label=_("Trạng thái"), required=False, choices=[("", _("Mọi trạng thái"))] + Status.choices
    )
    age = forms.ChoiceField(label=_("Thời gian gửi"), required=False, choices=AGE_CHOICES)

    def __init__(self, *args, portals, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["portal"].iterator = VietnameseOrderIterator
        self.fields["portal"].queryset = portals


class ReplyForm(forms.Form):
    reply = NFCCharField(
        label=_("Trả lời chính thức"), required=False, max_length=BODY_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Văn bản thuần; hiển thị công khai dưới ý kiến đã duyệt."),
    )
    ticket_status = forms.ChoiceField(
        label=_("Tình trạng xử lý"), required=False,
        choices=[("", _("Tự động: «Đã trả lời» khi có nội dung trả lời, nếu không thì giữ nguyên"))]
        + TicketStatus.choices,
    )
    general_interest = forms.BooleanField(
        label=_("Đăng công khai trong chuyên mục Hỏi đáp (câu hỏi được nhiều người quan tâm)"), required=False
    )

    def __init__(self, *args, item, **kwargs):
        super().__init__(*args, **kwargs)
        self.item = item
        if not item.is_question:
            del self.fields["ticket_status"]
            del self.fields["general_interest"]

    def clean(self):
        cleaned = super().clean()
        reply = (cleaned.get("reply") or "").strip()
        cleaned["reply"] = reply
        if self.item.is_question:
            if cleaned.get("ticket_status") == TicketStatus.ANSWERED and not reply:
                self.add_error("reply", _("Câu hỏi ở trạng thái «Đã trả lời» cần có nội dung trả lời."))
            if cleaned.get("general_interest") and not reply:
                self.add_error("general_interest", _("Chỉ đăng công khai được câu hỏi đã có trả lời."))
        return cleaned


class AnswerForm(ReplyForm):
    """«Trả lời và công bố»: a question's reply, published with it."""

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("reply"):
            self.add_error("reply", _("Hãy nhập nội dung trả lời trước khi công bố."))
        return cleaned


class ForwardForm(forms.Form):
    portal = forms.ModelChoiceField(
        label=_("Chuyển cho cổng"), queryset=None, empty_label=_("Chọn cổng sẽ trả lời"),
        error_messages={"required": _("Hãy chọn cổng sẽ trả lời câu hỏi."),
                        "invalid_choice": _("Cổng được chọn không nhận được câu hỏi này.")},
    )

    def __init__(self, *args, portals, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["portal"].iterator = VietnameseOrderIterator
        self.fields["portal"].queryset = portals


# The largest value a database integer key holds (PostgreSQL bigint, SQLite INTEGER).
MAX_ID = 2**63 - 1


class BulkDecisionForm(forms.Form):
    decision = forms.ChoiceField(
        choices=[], error_messages={"invalid_choice": _("Thao tác «%(value)s» không tồn tại."),
                                    "required": _("Hãy chọn thao tác.")},
    )
    ids = forms.Field(required=False, widget=forms.MultipleHiddenInput)

    def __init__(self, *args, decisions, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["decision"].choices = [(key, key) for key in decisions]

    def clean_ids(self):
        ids = set()
        for value in self.cleaned_data["ids"] or []:
            if not value.isascii() or not value.isdigit() or not 0 < int(value) <= MAX_ID:
                raise forms.ValidationError(
                    _("Mã mục «%(value)s» không hợp lệ."), params={"value": value[:30]}, code="invalid"
                )
            ids.add(int(value))
        return ids
