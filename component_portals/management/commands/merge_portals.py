from django.core.management.base import BaseCommand, CommandError

from component_portals.lifecycle import LifecycleError
from component_portals.merge import merge_portals, plan_merge


class Command(BaseCommand):
    help = ("Hợp nhất các cổng thành phần vào một cổng: chuyển toàn bộ trang, tệp, ý kiến công dân; chuyển hướng "
            "301 mọi địa chỉ cũ; lưu trữ cổng cũ.")

    def add_arguments(self, parser):
        parser.add_argument("--from", dest="sources", action="append", required=True,
                            help="Mã cổng được hợp nhất (lặp lại được).")
        parser.add_argument("--into", dest="target", required=True, help="Mã cổng tiếp nhận.")
        parser.add_argument("--dry-run", action="store_true", help="Chỉ in kế hoạch, không thay đổi gì.")

    def handle(self, *args, **options):
        plan = plan_merge(options["sources"], options["target"])
        if plan.errors:
            if options["dry_run"] and plan.target is not None and plan.moves:
                self.print_plan(plan, options["verbosity"])  # the conflicts follow, as the command's error
            raise CommandError("\n".join(plan.errors))
        self.print_plan(plan, options["verbosity"])
        if options["dry_run"]:
            self.stdout.write("Chạy thử (--dry-run): không thay đổi gì.")
            return
        if plan.nothing_to_do:
            return
        try:
            merge_portals(options["sources"], options["target"], progress=self.progress)
        except LifecycleError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(
            f"Đã hợp nhất {', '.join(source.name for source in plan.sources)} vào «{plan.target.name}»."
        ))

    def progress(self, done, total):
        if done == total or done % 100 == 0:
            self.stdout.write(f"Đã chuyển {done}/{total} nhóm trang.")

    def print_plan(self, plan, verbosity):
        write = self.stdout.write
        for source in plan.already_merged:
            write(f"Cổng «{source.name}» đã được hợp nhất vào «{plan.target.name}»: không còn gì để làm.")
        if plan.nothing_to_do:
            return
        write(f"Kế hoạch hợp nhất vào «{plan.target.name}» ({plan.target.hostname}):")
        write(f"- Cổng được hợp nhất: {', '.join(f'{s.name} ({s.hostname})' for s in plan.sources)}")
        write(f"- {len(plan.pages)} trang (kể cả bản nháp và bản dịch):")
        for move in plan.moves:
            destination = move.destination.title if move.destination else f"Lưu trữ: {move.source.name}"
            write(f"    {move.page.title} [{move.page.locale.language_code}] → {destination}")
        write(f"- {plan.images} ảnh và {plan.documents} tài liệu chuyển vào thư mục của cổng đích.")
        addresses = [address for address in plan.addresses if address.path]
        write(f"- {len(addresses)} địa chỉ cũ chuyển hướng 301:")
        if verbosity > 1:
            for address in addresses:
                write(f"    http://{address.source.hostname}{address.path}")
        for source in plan.sources:
            write(f"- Tên miền {source.hostname}: mọi địa chỉ khác chuyển hướng 301 sang {plan.target.hostname}.")
        for portal in plan.child_portals:
            write(f"- Cổng cấp dưới «{portal.name}» chuyển về dưới «{plan.target.name}».")
        if plan.users:
            write("- Người dùng của cổng cũ (không tự động cấp quyền; cấp bằng lệnh dưới đây nếu cần):")
            for user, role, _source in plan.users:
                write(f"    python manage.py add_portal_user --username {user.username} --role {role} "
                      f"--portal {plan.target.slug}")
