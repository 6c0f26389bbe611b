from django.core.management.base import BaseCommand, CommandError

from component_portals.models import ComponentPortal
from component_portals.provisioning import provision_portal


class Command(BaseCommand):
    help = "Sửa lại cổng thành phần: tạo lại chuyên mục, nhóm quyền, quyền và quy trình duyệt còn thiếu."

    def add_arguments(self, parser):
        parser.add_argument("--slug", action="append", default=[], help="Chỉ sửa cổng có mã này (lặp lại được).")

    def handle(self, *args, **options):
        portals = ComponentPortal.objects.active().select_related("site", "parent")
        if options["slug"]:
            portals = portals.filter(slug__in=options["slug"])
            missing = set(options["slug"]) - set(portals.values_list("slug", flat=True))
            if missing:
                raise CommandError(f"Không tìm thấy cổng đang hoạt động có mã: {', '.join(sorted(missing))}.")
        for portal in portals:
            provision_portal(
                name=portal.name, slug=portal.slug, kind=portal.kind, hostname=portal.hostname,
                parent=portal.parent, name_en=portal.name_en,
            )
            self.stdout.write(f"Đã kiểm tra và sửa cổng «{portal.name}».")
