import datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, Site

from home.swapped_dates import find_swapped_dates


def day(value):
    try:
        return datetime.datetime.strptime(value, "%d/%m/%Y").date()
    except ValueError as error:
        raise CommandError(f"Ngày «{value}» không hợp lệ; nhập theo dạng ngày/tháng/năm, ví dụ 25/11/2026.") from error


class Command(BaseCommand):
    help = (
        "Liệt kê các ngày đã lưu có thể bị đảo ngày và tháng do cách đọc ngày kiểu tháng trước (ví dụ 01/12 thành "
        "12/01) để người duyệt kiểm tra lại. Xem home/swapped_dates.py."
    )

    def add_arguments(self, parser):
        parser.add_argument("--hostname", help="Chỉ xét các trang của cổng có tên miền này.")
        parser.add_argument(
            "--before", type=day,
            help="Chỉ xét giá trị nhập trước ngày này (ngày bắt đầu dùng cách nhập ngày trước, dạng 25/11/2026).",
        )

    def handle(self, *args, **options):
        pages = None
        if options["hostname"]:
            site = Site.objects.filter(hostname=options["hostname"]).select_related("root_page").first()
            if site is None:
                raise CommandError(f"Không có cổng nào có tên miền «{options['hostname']}».")
            pages = Page.objects.descendant_of(site.root_page, inclusive=True)
        findings = find_swapped_dates(before=options["before"], pages=pages)
        for finding in findings:
            revision = finding.revision
            author = revision.user.get_username() if revision.user_id else "hệ thống"
            self.stdout.write(
                f"[{finding.kind}] «{finding.page.title}» — {finding.field}: "
                f"{finding.value:%d/%m/%Y} (có thể đúng là {finding.other:%d/%m/%Y}); "
                f"lưu lúc {timezone.localtime(revision.created_at):%d/%m/%Y %H:%M} bởi {author}; "
                f"{settings.WAGTAILADMIN_BASE_URL}{reverse('wagtailadmin_pages:edit', args=[finding.page.pk])}"
            )
        self.stdout.write(f"Tổng cộng {len(findings)} ngày cần người duyệt kiểm tra lại.")
