from django.core.management.base import BaseCommand, CommandError

from component_portals import roles
from component_portals.users import PortalUserError, assign_role


class Command(BaseCommand):
    help = "Tạo hoặc cập nhật một người dùng và gán vai trò: editor, approver (theo cổng), board, monitor."

    def add_arguments(self, parser):
        parser.add_argument("--username", required=True)
        parser.add_argument("--role", required=True, help="Vai trò: " + ", ".join(roles.ROLES))
        parser.add_argument("--portal", default="", help="Mã cổng; bắt buộc với editor và approver.")
        parser.add_argument("--email", default="")
        parser.add_argument("--password", default="", help="Mật khẩu; bỏ trống thì người dùng mới nhận mật khẩu ngẫu nhiên.")

    def handle(self, *args, **options):
        try:
            user, generated_password = assign_role(
                username=options["username"],
                role=options["role"],
                portal_slug=options["portal"],
                email=options["email"],
                password=options["password"],
            )
        except PortalUserError as error:
            raise CommandError(str(error)) from error
        message = f"Người dùng «{user.username}» có vai trò {options['role']}"
        if options["portal"]:
            message += f" trên cổng «{options['portal']}»"
        self.stdout.write(self.style.SUCCESS(message + "."))
        if generated_password:
            self.stdout.write(f"Mật khẩu được tạo: {generated_password}")
