from django.core.management.base import BaseCommand, CommandError

from component_portals.lifecycle import LifecycleError, rename_portal


class Command(BaseCommand):
    help = "Đổi tên, tên miền hoặc mã của một cổng; tên miền cũ chuyển hướng 301 sang tên miền mới."

    def add_arguments(self, parser):
        parser.add_argument("--slug", required=True, help="Mã cổng hiện tại.")
        parser.add_argument("--name", help="Tên cơ quan mới.")
        parser.add_argument("--hostname", help="Tên miền mới.")
        parser.add_argument("--new-slug", help="Mã cổng mới.")

    def handle(self, *args, **options):
        try:
            portal, changes = rename_portal(
                options["slug"], name=options["name"], hostname=options["hostname"], new_slug=options["new_slug"]
            )
        except LifecycleError as error:
            raise CommandError(str(error)) from error
        if not changes:
            self.stdout.write(f"Cổng «{portal.name}»: không có gì thay đổi.")
        for old, new in changes.values():
            self.stdout.write(self.style.SUCCESS(f"Đã đổi «{old}» thành «{new}»."))
        if "hostname" in changes:
            self.stdout.write(f"Địa chỉ cũ http://{changes['hostname'][0]}/ chuyển hướng 301 sang http://{portal.hostname}/.")
