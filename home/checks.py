"""System checks of the deployment (`manage.py check --deploy`)."""

from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.caches, deploy=True)
def shared_cache(app_configs, **kwargs):
    """Without REDIS_URL production still works on one server, but says what it uses instead."""
    if settings.DEBUG or settings.REDIS_URL:
        return []
    page_cache = (
        "bộ nhớ đệm trang của ứng dụng đang bật nhưng mỗi tiến trình một bản (xóa khi xuất bản chỉ tới một tiến trình)"
        if settings.APP_PAGE_CACHE else "bộ nhớ đệm trang của ứng dụng tắt (APP_PAGE_CACHE)"
    )
    return [Warning(
        "REDIS_URL chưa được đặt: không có bộ nhớ đệm dùng chung.",
        hint=(
            f"Thay vào đó, giới hạn theo địa chỉ và đáp án mã xác nhận được lưu trong bảng cơ sở dữ liệu "
            f"{settings.LIMITS_CACHE_TABLE} (mọi tiến trình cùng thấy); bộ nhớ đệm còn lại nằm riêng trong bộ nhớ "
            f"từng tiến trình; {page_cache}. Đặt REDIS_URL khi chạy "
            f"nhiều tiến trình hoặc nhiều máy chủ (README «Security»)."
        ),
        id="home.W001",
    )]
