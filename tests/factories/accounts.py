"""Users with the roles of DESIGN.md and their second factor."""

import factory
from django.contrib.auth import get_user_model
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.second_factor import requires_second_factor
from component_portals.users import assign_role


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()

    username = factory.Sequence(lambda n: f"nguoidung{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.gov.vn")
    password = factory.django.Password("MatKhau@2026")


def make_user(role=None, portal=None, **kwargs):
    """A user with one role of DESIGN.md ("editor", "approver", "board", "monitor", "superuser" or None)."""
    if role == "superuser":
        return UserFactory(is_superuser=True, is_staff=True, **kwargs)
    user = UserFactory(**kwargs)
    if role is not None:
        assign_role(username=user.username, role=role, portal_slug=portal.slug if portal else "", validate=False)
    return user


def enrol_second_factor(user):
    """The user's confirmed authenticator app, as the enrolment screen leaves it."""
    return TOTPDevice.objects.create(user=user, name="Ứng dụng xác thực", confirmed=True)


def current_code(device):
    """The six digits the user's authenticator app shows now."""
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"


def pass_second_factor(client, user):
    """A test client logged in with force_login, past the second factor when the user's role needs one
    (as after typing the app's code)."""
    if not requires_second_factor(user):
        return None
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first() or enrol_second_factor(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return device
