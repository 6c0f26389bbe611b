from django.core.management.base import BaseCommand, CommandError

from component_portals.forms import PortalForm
from component_portals.models import NEW_PORTAL_KINDS
from component_portals.provisioning import provision_portal


class Command(BaseCommand):
    help = "Tạo một cổng thông tin thành phần: trang chủ, các chuyên mục bắt buộc, tên miền, nhóm quyền, quy trình duyệt."

    def add_arguments(self, parser):
        parser.add_argument("--name", required=True, help="Tên cơ quan, ví dụ «Sở Tài chính».")
        parser.add_argument("--slug", required=True, help="Mã cổng: chữ thường không dấu, số, dấu gạch ngang.")
        parser.add_argument("--kind", required=True, help="Loại cổng: " + ", ".join(NEW_PORTAL_KINDS))
        parser.add_argument("--hostname", default="", help="Tên miền; mặc định <slug>.localhost.")
        parser.add_argument("--parent", default="", help="Mã cổng cấp trên; mặc định cổng tỉnh.")
        parser.add_argument("--name-en", default="", help="Tên tiếng Anh của cơ quan.")

    def handle(self, *args, **options):
        form = PortalForm(
            data={
                "name": options["name"],
                "name_en": options["name_en"],
                "slug": options["slug"],
                "kind": options["kind"],
                "hostname": options["hostname"],
                "parent": options["parent"],
            }
        )
        if not form.is_valid():
            raise CommandError(form.first_error())
        portal = provision_portal(**form.cleaned_data)
        self.stdout.write(
            self.style.SUCCESS(f"Đã tạo cổng «{portal.name}» tại http://{portal.hostname}/ (mã {portal.slug}).")
        )
