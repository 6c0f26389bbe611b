import pytest
from django.conf import settings


def test_vietnamese_is_the_default_language_and_english_the_second():
    assert settings.LANGUAGE_CODE == "vi"
    assert [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES] == ["vi", "en"]
    assert settings.TIME_ZONE == "Asia/Ho_Chi_Minh"


@pytest.mark.django_db
def test_wagtail_admin_speaks_vietnamese_by_default(login):
    response = login("superuser").get("/admin/")
    assert response.status_code == 200
    assert '<html lang="vi"' in response.content.decode()
    assert "Trang tổng quan" in response.content.decode() or "Bảng điều khiển" in response.content.decode()
