"""The error pages citizens see (settings: handler400/403/404/500 in sites/urls.py, CSRF_FAILURE_VIEW).

Vietnamese, English under /en/. A portal's error page carries its own header and footer when the request names
a portal and the page can be rendered; otherwise (a host no portal names, a database that does not answer, every
500) a page of its own that needs neither the database nor the request. Pages that a failed post can land on
tell the citizen that the form kept what they typed (comments/static/comments/citizen-input.js)."""

import logging

from django.conf import settings
from django.core.exceptions import DisallowedHost, RequestDataTooBig
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template import loader
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from home.views import ENGLISH_PREFIX, vietnamese_page_for

logger = logging.getLogger(__name__)

BAD_REQUEST = (_("Yêu cầu không hợp lệ"), _(
    "Cổng không xử lý được yêu cầu này: địa chỉ hoặc dữ liệu trình duyệt gửi đi không hợp lệ."
))
TOO_LARGE = (_("Nội dung gửi đi quá lớn"), _(
    "Nội dung bạn gửi vượt quá giới hạn cho phép. Hãy rút gọn nội dung hoặc bớt tệp đính kèm rồi gửi lại."
))
FORBIDDEN = (_("Không có quyền truy cập"), _("Bạn không có quyền xem trang này hoặc thực hiện thao tác này."))
FORM_EXPIRED = (_("Biểu mẫu đã hết hiệu lực"), _(
    "Biểu mẫu chưa được gửi vì phiên làm việc đã hết hạn hoặc trình duyệt chặn cookie của cổng. "
    "Hãy tải lại trang có biểu mẫu rồi gửi lại."
))
NOT_FOUND = (_("Không tìm thấy trang"), _("Trang bạn tìm không tồn tại hoặc đã được chuyển đi."))
SERVER_ERROR = (_("Lỗi hệ thống"), _("Hệ thống đang gặp sự cố. Xin vui lòng thử lại sau ít phút."))


def language_of(request):
    return "en" if request.path_info.startswith(ENGLISH_PREFIX) else settings.LANGUAGE_CODE


def plain_page(request, status, title_and_message, after_post=False):
    """A page of its own: no database, no context processors, nothing the request could make fail."""
    language = language_of(request)
    with translation.override(language):
        title, message = title_and_message
        html = loader.render_to_string("errors/plain.html", {
            "language": language, "title": title, "message": message, "after_post": after_post,
        })
    response = HttpResponse(html, status=status)
    response["Content-Language"] = language
    return response


def portal_page(request, status, title_and_message, after_post=False, exception=None):
    """The error page in the portal's own frame, or the plain page when the portal cannot be known or shown."""
    if isinstance(exception, DisallowedHost) or getattr(request, "unknown_host", False):
        return plain_page(request, status, title_and_message, after_post)
    title, message = title_and_message
    with translation.override(language_of(request)):
        try:
            return TemplateResponse(request, "errors/portal.html", {
                "title": title, "message": message, "after_post": after_post,
            }, status=status).render()
        except Exception:  # noqa: BLE001 - the frame needs the database; the citizen still gets a page
            logger.exception("The portal's error page could not be rendered; the plain page is sent instead")
    return plain_page(request, status, title_and_message, after_post)


def bad_request(request, exception=None):
    if isinstance(exception, RequestDataTooBig):
        return portal_page(request, 413, TOO_LARGE, after_post=True, exception=exception)
    return portal_page(request, 400, BAD_REQUEST, after_post=request.method == "POST", exception=exception)


def permission_denied(request, exception=None):
    return portal_page(request, 403, FORBIDDEN, after_post=request.method == "POST", exception=exception)


def csrf_failure(request, reason=""):
    return portal_page(request, 403, FORM_EXPIRED, after_post=True)


def page_not_found(request, exception=None):
    """An English address that has no page: the Vietnamese page of the same address, when there is one, is
    offered (its English translation when it has one, else a note linking to the Vietnamese page); any other
    address gets the ordinary «Không tìm thấy trang»."""
    english_address = request.path.startswith(ENGLISH_PREFIX) and not getattr(request, "unknown_host", False)
    vietnamese = vietnamese_page_for(request) if english_address else None
    if vietnamese is None:
        return portal_page(request, 404, NOT_FOUND, exception=exception)
    english = vietnamese.get_translation_or_none(Locale.objects.filter(language_code="en").first())
    if english is not None and english.live:
        return redirect(english.get_url(request))
    with translation.override("en"):
        return TemplateResponse(request, "home/not_in_english.html", {"vietnamese_page": vietnamese}).render()


def server_error(request):
    return plain_page(request, 500, SERVER_ERROR, after_post=request.method == "POST")
