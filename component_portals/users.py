import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils.translation import gettext as _

from . import roles
from .models import ComponentPortal


class PortalUserError(Exception):
    pass


@transaction.atomic
def assign_role(*, username, role, portal_slug="", email="", password="", validate=True):
    """Create or update `username` and add them to the group behind `role`.

    Returns the user and the password generated for a new user who was given none (else "").
    """
    User = get_user_model()
    username = username.strip()
    if not username:
        raise PortalUserError(_("Thiếu tên đăng nhập."))
    max_length = User._meta.get_field(User.USERNAME_FIELD).max_length
    try:
        User.username_validator(username)
        valid = len(username) <= max_length
    except ValidationError:
        valid = False
    if not valid:
        raise PortalUserError(
            _(
                "Tên đăng nhập «%(username)s» không hợp lệ: chỉ gồm chữ, số và các ký tự @ . + - _, "
                "tối đa %(max_length)s ký tự."
            ) % {"username": username, "max_length": max_length}
        )
    if role not in roles.ROLES:
        raise PortalUserError(
            _("Vai trò «%(role)s» không tồn tại; chọn một trong: %(roles)s.") % {"role": role, "roles": ", ".join(roles.ROLES)}
        )
    portal = None
    if role in roles.PORTAL_ROLES:
        if not portal_slug:
            raise PortalUserError(_("Vai trò «%(role)s» cần chỉ rõ cổng (--portal).") % {"role": role})
        portal = ComponentPortal.objects.active().filter(slug=portal_slug).first()
        if portal is None:
            raise PortalUserError(_("Không tìm thấy cổng đang hoạt động có mã «%(slug)s».") % {"slug": portal_slug})
    elif portal_slug:
        raise PortalUserError(_("Vai trò «%(role)s» áp dụng cho mọi cổng; bỏ tham số --portal.") % {"role": role})
    if email:
        try:
            validate_email(email)
        except ValidationError as error:
            raise PortalUserError(_("Địa chỉ thư điện tử «%(email)s» không hợp lệ.") % {"email": email}) from error

    user = User.objects.filter(username=username).first() or User(username=username)
    if email:
        user.email = email
    generated = ""
    if password:
        if validate:
            try:
                validate_password(password, user)
            except ValidationError as error:
                raise PortalUserError(" ".join(error.messages)) from error
        user.set_password(password)
    elif user.pk is None:
        generated = secrets.token_urlsafe(12)
        user.set_password(generated)
    user.is_active = True
    user.save()

    if role == roles.EDITOR:
        group = portal.editors_group
    elif role == roles.APPROVER:
        group = portal.approvers_group
    else:
        group = roles.global_group(role)
    user.groups.add(group)
    return user, generated
