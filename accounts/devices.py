"""The devices of a user's second factor: an authenticator app (TOTP) and single-use recovery codes."""

import base64
import io

import qrcode
import qrcode.image.svg
from django.db import transaction
from django.utils.translation import gettext as _
from django_otp import devices_for_user
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

RECOVERY_CODE_COUNT = 10


def pending_totp_device(user):
    """The user's authenticator app not yet confirmed (a new secret the first time)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=_("Ứng dụng xác thực"), confirmed=False)
    return device


def confirmed_totp_device(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def secret_of(device):
    """The secret as the authenticator app types it (base32, no padding)."""
    return base64.b32encode(device.bin_key).decode().rstrip("=")


def qr_svg(device):
    image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    output = io.BytesIO()
    image.save(output)
    return output.getvalue().decode()


@transaction.atomic
def new_recovery_codes(user):
    """Replaces the user's recovery codes with fresh ones and returns them (shown once)."""
    device, _created = StaticDevice.objects.get_or_create(user=user, defaults={"name": _("Mã khôi phục")})
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _number in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create([StaticToken(device=device, token=code) for code in codes])
    return codes


@transaction.atomic
def reset_second_factor(user):
    """Removes every device of the user; returns how many. They enrol again at their next sign-in."""
    devices = list(devices_for_user(user, confirmed=None))
    for device in devices:
        device.delete()
    return len(devices)
