import base64

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django_otp.oath import totp

from demo.province import DEMO_PASSWORD, DEMO_TOTP_KEY, DEMO_TOTP_ROLES, seed_demo


class Command(BaseCommand):
    help = "Tạo (hoặc sửa lại) tỉnh mẫu: cổng tỉnh, các cổng thành phần, nội dung và người dùng mẫu."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError(
                "seed_demo tạo người dùng có mật khẩu công khai; chỉ chạy khi DEBUG bật (máy phát triển)."
            )
        portals, logins = seed_demo()
        self.stdout.write(self.style.SUCCESS("Tỉnh mẫu đã sẵn sàng:"))
        for portal in portals:
            self.stdout.write(f"  {portal.name}: http://{portal.hostname}:8000/")
        self.stdout.write("")
        self.stdout.write(self.style.SUCCESS(f"Tài khoản mẫu (mật khẩu chung: {DEMO_PASSWORD}), quản trị tại /admin/:"))
        for username, role, portal_slug in logins:
            scope = f" — cổng {portal_slug}" if portal_slug else ""
            second = " (xác thực hai bước)" if role in DEMO_TOTP_ROLES else ""
            self.stdout.write(f"  {username:16} {role}{scope}{second}")
        key = bytes.fromhex(DEMO_TOTP_KEY)
        secret = base64.b32encode(key).decode().rstrip("=")
        self.stdout.write("")
        self.stdout.write(self.style.SUCCESS("Xác thực hai bước của các tài khoản mẫu được đánh dấu:"))
        self.stdout.write(f"  khóa bí mật (thêm vào ứng dụng xác thực): {secret}")
        self.stdout.write(f"  mã lúc này: {totp(key):06d}")
