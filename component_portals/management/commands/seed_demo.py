from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from component_portals.demo import DEMO_PASSWORD, seed_demo


class Command(BaseCommand):
    help = "Tạo (hoặc sửa lại) tỉnh mẫu: cổng tỉnh, các cổng thành phần, nội dung và người dùng mẫu."

    def add_arguments(self, parser):
        parser.add_argument(
            "--allow-production", action="store_true",
            help="Cho phép chạy khi DEBUG tắt (người dùng mẫu có mật khẩu công khai).",
        )

    def handle(self, *args, **options):
        if not settings.DEBUG and not options["allow_production"] and settings.SETTINGS_MODULE.endswith("production"):
            raise CommandError("seed_demo tạo người dùng có mật khẩu công khai; không chạy trên môi trường production.")
        portals, logins = seed_demo()
        self.stdout.write(self.style.SUCCESS("Tỉnh mẫu đã sẵn sàng:"))
        for portal in portals:
            self.stdout.write(f"  {portal.name}: http://{portal.hostname}:8000/")
        self.stdout.write("")
        self.stdout.write(self.style.SUCCESS(f"Tài khoản mẫu (mật khẩu chung: {DEMO_PASSWORD}), quản trị tại /admin/:"))
        for username, role, portal_slug in logins:
            scope = f" — cổng {portal_slug}" if portal_slug else ""
            self.stdout.write(f"  {username:16} {role}{scope}")
