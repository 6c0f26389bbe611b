"""A citizen's question survives a failed post: the form keeps a draft in the browser, the error page says how
to get it back, the form fills itself again, and the draft is gone once the server has confirmed the question."""

import pytest
from django.db import OperationalError
from django.db.backends.utils import CursorWrapper

from comments.models import CitizenInput

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

QUESTION = "Xin hỏi thủ tục cấp giấy phép xây dựng nhà ở riêng lẻ tại thị trấn cần những giấy tờ gì?"


@pytest.fixture
def qa_url(live_server, live_province, settings):
    from decree.qa import QuestionIndexPage

    settings.COMMENTS_MIN_SUBMIT_SECONDS = 1
    section = QuestionIndexPage.objects.child_of(live_province.root_page).get()
    return f"{live_server.url}{section.relative_url(live_province.site)}"


@pytest.fixture
def database_outage(monkeypatch):
    """While `outage["on"]`, the database refuses to store citizen input (the live server shares this process)."""
    outage = {"on": True}
    execute = CursorWrapper.execute

    def refusing_execute(self, sql, params=None):
        if outage["on"] and sql.lstrip().upper().startswith("INSERT") and CitizenInput._meta.db_table in sql:
            raise OperationalError("could not connect to server: Connection refused")
        return execute(self, sql, params)

    monkeypatch.setattr(CursorWrapper, "execute", refusing_execute)
    return outage


def fill_question(form):
    form.get_by_label("Họ và tên").fill("Lê Văn Bình")
    form.get_by_label("Thư điện tử").fill("binh.le@example.com")
    form.get_by_label("Tiêu đề câu hỏi").fill("Giấy phép xây dựng nhà ở")
    form.get_by_label("Lĩnh vực").select_option("xay-dung")
    form.get_by_label("Nội dung câu hỏi").fill(QUESTION)


def test_a_question_sent_during_a_database_outage_is_restored_and_forgotten_once_sent(
    page, qa_url, database_outage
):
    page.goto(qa_url)
    section = page.locator("section.citizen-input")
    fill_question(section)
    section.get_by_label("Mã xác nhận").fill("PASSED")
    page.wait_for_timeout(1200)  # the form refuses instant posts
    section.get_by_role("button", name="Gửi câu hỏi").click()

    # The post fails: the citizen lands on the error page, which says the text is kept.
    page.get_by_role("heading", name="Lỗi hệ thống").wait_for()
    assert "nội dung bạn nhập vẫn được lưu tạm trong trình duyệt này" in page.locator("main").inner_text()
    assert CitizenInput.objects.count() == 0

    # Back on the page, the form fills itself again and says so.
    page.go_back()
    section = page.locator("section.citizen-input")
    section.locator("[data-draft-notice]").wait_for(state="visible")
    assert "Đã điền lại nội dung bạn nhập lần trước" in section.locator("[data-draft-notice]").inner_text()
    assert section.get_by_label("Nội dung câu hỏi").input_value() == QUESTION
    assert section.get_by_label("Họ và tên").input_value() == "Lê Văn Bình"
    assert section.get_by_label("Lĩnh vực").input_value() == "xay-dung"

    # The database is back: the question is received and the draft is forgotten.
    database_outage["on"] = False
    section.get_by_label("Mã xác nhận").fill("PASSED")
    page.wait_for_timeout(1200)
    section.get_by_role("button", name="Gửi câu hỏi").click()
    section.locator("[data-ticket-code]").wait_for()
    assert CitizenInput.objects.get().body == QUESTION

    page.goto(qa_url)
    section = page.locator("section.citizen-input")
    section.get_by_label("Nội dung câu hỏi").wait_for()
    assert section.get_by_label("Nội dung câu hỏi").input_value() == ""
    assert section.locator("[data-draft-notice]").is_hidden()


def test_an_oversize_comment_gets_413_and_comes_back(page, qa_url, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 2_000
    long_question = QUESTION + " Chi tiết: " + "nhà hai tầng, " * 200

    page.goto(qa_url)
    section = page.locator("section.citizen-input")
    fill_question(section)
    section.get_by_label("Nội dung câu hỏi").fill(long_question)
    section.get_by_label("Mã xác nhận").fill("PASSED")
    page.wait_for_timeout(1200)
    section.get_by_role("button", name="Gửi câu hỏi").click()

    page.get_by_role("heading", name="Nội dung gửi đi quá lớn").wait_for()
    page.go_back()
    section = page.locator("section.citizen-input")
    section.locator("[data-draft-notice]").wait_for(state="visible")
    assert section.get_by_label("Nội dung câu hỏi").input_value() == long_question

    # «Xóa nội dung đã điền lại» empties the form and forgets the draft.
    section.get_by_role("button", name="Xóa nội dung đã điền lại").click()
    assert section.get_by_label("Nội dung câu hỏi").input_value() == ""
    page.reload()
    section = page.locator("section.citizen-input")
    section.get_by_label("Nội dung câu hỏi").wait_for()
    assert section.get_by_label("Nội dung câu hỏi").input_value() == ""
