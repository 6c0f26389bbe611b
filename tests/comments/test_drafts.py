"""What the browser's draft of a citizen post relies on (comments/static/comments/citizen-input.js): the form
names its draft, a refused post says the text is kept, and only a stored post tells the browser to drop it."""

import pytest

from comments.models import CitizenInput

from .conftest import input_url

pytestmark = pytest.mark.django_db


def test_the_form_names_its_draft_after_its_page_and_kind(client, portal_a, article):
    html = client.get(input_url(article, fragment=True), HTTP_HOST=portal_a.site.hostname).content.decode()
    assert f'data-draft-key="{input_url(article)}"' in html
    assert "data-draft-notice hidden" in html and "Xóa nội dung đã điền lại" in html
    assert "data-draft-sent" not in html


def test_a_refused_post_says_the_browser_keeps_the_text_and_keeps_the_draft(client, send, portal_a, article):
    html = send(client, portal_a, article, captcha_answer="").content.decode()
    assert "Trình duyệt này cũng giữ tạm nội dung bạn nhập cho đến khi gửi được" in html
    assert "data-draft-sent" not in html
    assert not CitizenInput.objects.exists()


def test_only_a_stored_post_tells_the_browser_to_drop_the_draft(client, send, portal_a, article):
    html = send(client, portal_a, article).content.decode()
    assert CitizenInput.objects.count() == 1
    assert f'data-draft-sent="{input_url(article)}"' in html
