from django.core.management.base import BaseCommand, CommandError

from component_portals.lifecycle import LifecycleError, archive_portal


class Command(BaseCommand):
    help = "Lưu trữ một cổng: chỉ đọc, có thông báo, ra khỏi bảng theo dõi, tìm kiếm và danh sách cổng."

    def add_arguments(self, parser):
        parser.add_argument("--slug", required=True, help="Mã cổng.")

    def handle(self, *args, **options):
        try:
            portal, changed = archive_portal(options["slug"])
        except LifecycleError as error:
            raise CommandError(str(error)) from error
        if changed:
            self.stdout.write(self.style.SUCCESS(f"Đã lưu trữ cổng «{portal.name}»."))
        else:
            self.stdout.write(f"Cổng «{portal.name}» đã được lưu trữ từ trước: không có gì thay đổi.")
