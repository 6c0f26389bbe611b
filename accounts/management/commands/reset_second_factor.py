from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from accounts.devices import reset_second_factor


class Command(BaseCommand):
    help = ("Xóa xác thực hai bước của một người dùng (mất điện thoại và mã khôi phục); "
            "họ đăng ký lại ở lần đăng nhập sau.")

    def add_arguments(self, parser):
        parser.add_argument("--username", required=True, help="Tên đăng nhập.")

    def handle(self, *args, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"Không có người dùng «{username}».")
        removed = reset_second_factor(user)
        self.stdout.write(self.style.SUCCESS(
            f"Đã xóa {removed} thiết bị xác thực của «{username}». Lần đăng nhập sau, họ đăng ký lại."
        ))
