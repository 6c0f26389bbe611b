import uuid

import pytest
from django_tasks import task_backends

from comments.models import Kind
from comments.protection import issue_form_token, now
from comments.views import SLUG_FOR_KIND
from decree.qa import QuestionIndexPage

from ..factories import add_article

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36"


@pytest.fixture(autouse=True)
def fresh_cache_and_queue(settings):
    """Rate-limit counters, captcha answers and the recorded background tasks start empty in every test.
    The cache is not cleared (with REDIS_URL it may be shared): each test gets its own key prefix."""
    settings.CACHES = {
        alias: {**config, "KEY_PREFIX": f"{config.get('KEY_PREFIX', '')}test-{uuid.uuid4().hex}"}
        for alias, config in settings.CACHES.items()
    }
    task_backends["background"].clear()
    yield


@pytest.fixture
def article(portal_a):
    return add_article(portal_a, "Sở tổ chức hội nghị chuyển đổi số")


@pytest.fixture
def qa_section(portal_a, monkeypatch):
    """The Q&A section of portal A, taking questions (the override the lead adds to decree/qa.py)."""
    monkeypatch.setattr(QuestionIndexPage, "accepts_citizen_input", lambda self, kind: kind == Kind.QUESTION,
                        raising=False)
    return QuestionIndexPage.objects.child_of(portal_a.root_page).get(category_key="qa")


def input_url(page, kind=Kind.COMMENT, fragment=False):
    url = f"/y-kien/{page.pk}/{SLUG_FOR_KIND[kind]}/"
    return url + "?fragment=1" if fragment else url


def form_data(page, kind=Kind.COMMENT, age=10, **overrides):
    data = {
        "author_name": "Nguyễn Văn An",
        "author_email": "an.nguyen@example.com",
        "body": "Tôi đề nghị Sở công bố lịch tiếp công dân hằng tháng trên cổng.",
        "website": "",
        "form_token": issue_form_token(page.pk, kind, issued_at=now() - age),
        "captcha_token": "",
        "captcha_answer": "PASSED",
    }
    if kind == Kind.QUESTION:
        data["subject"] = "Thủ tục cấp phép xây dựng nhà ở riêng lẻ"
        data["field"] = "xay-dung"
    data.update(overrides)
    return data


@pytest.fixture
def send():
    """POST citizen input like the form does: send(client, portal, page, kind=..., **field_overrides)."""

    def _send(client, portal, page, kind=Kind.COMMENT, fragment=True, ip="203.0.113.7", **overrides):
        return client.post(
            input_url(page, kind, fragment=fragment), form_data(page, kind, **overrides),
            HTTP_HOST=portal.site.hostname, HTTP_USER_AGENT=BROWSER, REMOTE_ADDR=ip,
        )

    return _send