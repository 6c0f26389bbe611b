"""The question form asks for a phone number (optional), the field the question is about, and takes an
optional attachment whose type, content and size are checked; a refused file loses nothing typed."""

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from comments.forms import ATTACHMENT_MAX_BYTES
from comments.models import CitizenInput, Kind, QuestionField

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def upload(name, content, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def errors(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return {element.get("id"): element.get_text(" ", strip=True) for element in soup.select("[id$=_error]")}


def test_the_question_form_has_phone_field_and_attachment_but_comments_do_not(client, portal_a, qa_section, article):
    html = client.get(f"/y-kien/{qa_section.pk}/cau-hoi/?fragment=1", HTTP_HOST=portal_a.site.hostname).content
    soup = BeautifulSoup(html, "html.parser")
    form = soup.select_one("form.ci-form")
    assert form["enctype"] == "multipart/form-data"
    assert soup.select_one('label[for="id_phone"]').get_text(strip=True).startswith("Số điện thoại (không bắt buộc)")
    assert [option.get_text() for option in soup.select("#id_field option")][:3] == [
        "Chọn lĩnh vực", "Đất đai", "Xây dựng, nhà ở",
    ]
    assert soup.select_one('input[type="file"][name="attachment"]')["accept"] == ".pdf,.doc,.docx,.jpg,.jpeg,.png"
    comment = BeautifulSoup(
        client.get(f"/y-kien/{article.pk}/binh-luan/?fragment=1", HTTP_HOST=portal_a.site.hostname).content, "html.parser"
    )
    assert comment.select_one("#id_phone") is None and comment.select_one('input[type="file"]') is None


def test_a_question_with_phone_field_and_pdf_is_stored(client, send, portal_a, qa_section):
    response = send(client, portal_a, qa_section, kind=Kind.QUESTION, phone=" 0912  345 678 ", field="dat-dai",
                    attachment=upload("So do thua dat.PDF", PDF))
    assert response.status_code == 200, errors(response)
    item = CitizenInput.objects.get()
    assert item.phone == "0912 345 678" and item.field == QuestionField.LAND
    assert item.attachment.name.startswith("hoi-dap/") and item.attachment.name.endswith(".pdf")
    assert "So do thua dat" not in item.attachment.name  # the stored name is random
    assert item.attachment.read() == PDF


def test_a_question_without_phone_or_attachment_is_accepted(client, send, portal_a, qa_section):
    assert send(client, portal_a, qa_section, kind=Kind.QUESTION, phone="").status_code == 200
    assert CitizenInput.objects.get().attachment.name == ""


@pytest.mark.parametrize("overrides, field, message", [
    ({"field": ""}, "field", "Vui lòng chọn lĩnh vực của câu hỏi."),
    ({"field": "khong-co"}, "field", "Vui lòng chọn một lĩnh vực trong danh sách."),
    ({"phone": "gọi tôi"}, "phone", "Số điện thoại chỉ gồm chữ số"),
    ({"phone": "12345"}, "phone", "Số điện thoại chỉ gồm chữ số"),
    ({"attachment": upload("virus.exe", b"MZ\x90\x00")}, "attachment", "Chỉ nhận tệp PDF, DOC, DOCX, JPG hoặc PNG"),
    ({"attachment": upload("anh.png", PDF)}, "attachment", "không đúng là tệp PNG"),
    ({"attachment": upload("to-khai.pdf", b"%PDF-" + b"0" * ATTACHMENT_MAX_BYTES)}, "attachment",
     "chỉ nhận tệp tối đa 5 MB"),
])
def test_bad_phone_field_or_attachment_is_refused_and_keeps_what_was_typed(
        client, send, portal_a, qa_section, overrides, field, message):
    response = send(client, portal_a, qa_section, kind=Kind.QUESTION, **overrides)
    assert message in errors(response).get(f"id_{field}_error", ""), errors(response)
    assert not CitizenInput.objects.exists()
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("#id_subject")["value"] == "Thủ tục cấp phép xây dựng nhà ở riêng lẻ"
    assert soup.select_one(f"#id_{field}").get("aria-invalid") == "true"


def test_a_png_photo_is_accepted(client, send, portal_a, qa_section):
    assert send(client, portal_a, qa_section, kind=Kind.QUESTION, attachment=upload("giay-to.png", PNG)).status_code == 200
    assert CitizenInput.objects.get().attachment.name.endswith(".png")


def test_the_moderator_sees_phone_field_and_attachment(client, send, login, portal_a, qa_section):
    send(client, portal_a, qa_section, kind=Kind.QUESTION, phone="0912345678", field="y-te",
         attachment=upload("don.pdf", PDF))
    item = CitizenInput.objects.get()
    html = login("approver", portal_a).get(reverse("comments_admin:item", args=[item.pk])).content.decode()
    download = reverse("comments_admin:attachment", args=[item.pk])
    assert "0912345678" in html and "Y tế" in html and download in html


def test_an_attachment_is_private_to_the_moderators_of_its_portal(
    client, send, login, portal_a, portal_b, qa_section, settings
):
    """A citizen's file may carry personal data: it is stored outside MEDIA_ROOT (no address serves it) and
    only the moderators of the question's portal download it, through the admin."""
    send(client, portal_a, qa_section, kind=Kind.QUESTION, attachment=upload("don.pdf", PDF))
    item = CitizenInput.objects.get()
    stored = Path(item.attachment.path).resolve()
    assert Path(settings.PRIVATE_MEDIA_ROOT).resolve() in stored.parents
    assert Path(settings.MEDIA_ROOT).resolve() not in stored.parents
    with pytest.raises(ValueError):
        item.attachment.url  # noqa: B018  (no public address at all)

    download = reverse("comments_admin:attachment", args=[item.pk])
    response = login("approver", portal_a).get(download)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Content-Disposition"].startswith("attachment;")
    assert "no-store" in response["Cache-Control"]

    assert login("approver", portal_b).get(download).status_code == 404
    assert login("monitor").get(download).status_code in (302, 403)
    assert client.get(download).status_code == 302  # anonymous: to the login page
