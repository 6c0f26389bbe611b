from django.core.management.base import BaseCommand, CommandError

from component_portals.lifecycle import LifecycleError, restore_portal


class Command(BaseCommand):
    help = "Khôi phục một cổng đã lưu trữ."

    def add_arguments(self, parser):
        parser.add_argument("--slug", required=True, help="Mã cổng.")

    def handle(self, *args, **options):
        try:
            portal, changed = restore_portal(options["slug"])
        except LifecycleError as error:
            raise CommandError(str(error)) from error
        if changed:
            self.stdout.write(self.style.SUCCESS(f"Đã khôi phục cổng «{portal.name}»."))
        else:
            self.stdout.write(f"Cổng «{portal.name}» đang hoạt động: không có gì thay đổi.")
