from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from component_portals.roles import is_board

from . import views


@hooks.register("register_admin_urls")
def register_account_security_urls():
    return [
        path("xac-thuc-hai-buoc/", views.verify, name="accounts_verify"),
        path("xac-thuc-hai-buoc/dang-ky/", views.enrol, name="accounts_enrol"),
        path("xac-thuc-hai-buoc/ma-khoi-phuc/", views.regenerate_recovery_codes, name="accounts_recovery_codes"),
        path("tai-khoan-bi-khoa/", views.locked_accounts, name="accounts_locked"),
        path("tai-khoan-bi-khoa/mo-khoa/", views.unlock, name="accounts_unlock"),
    ]


class UnlockMenuItem(MenuItem):
    def is_shown(self, request):
        return is_board(request.user)


@hooks.register("register_settings_menu_item")
def register_locked_accounts_menu_item():
    return UnlockMenuItem(_("Tài khoản bị khóa"), reverse("accounts_locked"), icon_name="lock", order=900)


@hooks.register("register_account_menu_item")
def second_factor_account_item(request):
    return {
        "url": reverse("accounts_enrol"),
        "label": _("Xác thực hai bước"),
        "help_text": _("Đăng nhập bằng mật khẩu và mã trong ứng dụng xác thực trên điện thoại; mã khôi phục."),
    }
