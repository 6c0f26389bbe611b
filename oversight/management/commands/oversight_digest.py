"""Weekly digest of overdue and empty categories to each portal's approvers (run from cron)."""

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from oversight.digest import enqueue_digests


class Command(BaseCommand):
    help = _("Gửi thư tổng hợp hằng tuần về các chuyên mục quá hạn hoặc chưa có tin tới người duyệt của từng cổng.")

    def handle(self, *args, **options):
        count = enqueue_digests()
        self.stdout.write(_("Đã xếp lịch gửi thư tổng hợp cho %(count)s cổng.") % {"count": count})
