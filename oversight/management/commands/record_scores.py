"""Record every active portal's score of the day, for the score-trend charts (run daily from cron)."""

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from oversight.history import record_scores


class Command(BaseCommand):
    help = _("Lưu điểm trong ngày của mọi cổng thành phần đang hoạt động, làm dữ liệu cho biểu đồ xu hướng điểm.")

    def handle(self, *args, **options):
        count = record_scores()
        self.stdout.write(_("Đã lưu điểm của %(count)s cổng.") % {"count": count})
