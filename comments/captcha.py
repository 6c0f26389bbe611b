"""Captcha for citizen input.

Google reCAPTCHA (django-recaptcha's client; v2 checkbox or v3 with a score threshold) when keys are
configured, per portal in PortalSettings or for the whole platform in settings (environment); otherwise a
self-hosted image captcha, so portals on an intranet without internet work. The image captcha keeps its
answer on the server, in the limits cache (home/limits.py) under a random token: single use, expiring. With
settings.CAPTCHA_TEST_MODE (never in production) it also accepts the answer "PASSED".

When Google cannot be reached the citizen is told so, keeps what they typed, and for a few minutes the
forms fall back to the image captcha, so nobody is locked out while Google is unreachable.
"""

import io
import json
import logging
import re
import secrets
from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.core.cache import cache
from django_recaptcha import client as recaptcha_client
from django_recaptcha.constants import DEFAULT_RECAPTCHA_DOMAIN
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from home.limits import limits_cache
from home.models import PortalSettings

logger = logging.getLogger(__name__)

IMAGE = "image"
RECAPTCHA = "recaptcha"
RECAPTCHA_ACTION = "citizen_input"
RECAPTCHA_RESPONSE_FIELD = "g-recaptcha-response"
RECAPTCHA_DOWN_KEY = "comments:recaptcha-unreachable"
RECAPTCHA_DOWN_SECONDS = 5 * 60

IMAGE_TTL_SECONDS = 15 * 60
IMAGE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: they look alike
IMAGE_LENGTH = 5
TEST_MODE_ANSWER = "PASSED"
TOKEN_PATTERN = re.compile(r"^[A-Za-z0-9_-]{16,64}$")


@dataclass(frozen=True)
class CaptchaConfig:
    mode: str
    version: str = ""
    public_key: str = ""
    private_key: str = ""
    threshold: float = 0.5

    @property
    def is_recaptcha(self):
        return self.mode == RECAPTCHA

    @property
    def script_url(self):
        domain = getattr(settings, "RECAPTCHA_DOMAIN", DEFAULT_RECAPTCHA_DOMAIN)
        render = self.public_key if self.version == "v3" else "explicit"
        return f"https://{domain}/recaptcha/api.js?onload=citizenInputRecaptchaLoaded&render={render}&hl=vi"


IMAGE_CONFIG = CaptchaConfig(mode=IMAGE)


def captcha_config(request):
    """The captcha the current portal uses now."""
    if cache.get(RECAPTCHA_DOWN_KEY):
        return IMAGE_CONFIG
    portal_settings = PortalSettings.for_request(request)
    if portal_settings.recaptcha_site_key and portal_settings.recaptcha_secret_key:
        return CaptchaConfig(
            mode=RECAPTCHA,
            version=portal_settings.recaptcha_version or "v2",
            public_key=portal_settings.recaptcha_site_key,
            private_key=portal_settings.recaptcha_secret_key,
            threshold=float(portal_settings.recaptcha_score_threshold or Decimal("0.5")),
        )
    public_key = getattr(settings, "RECAPTCHA_PUBLIC_KEY", "")
    private_key = getattr(settings, "RECAPTCHA_PRIVATE_KEY", "")
    if public_key and private_key:
        return CaptchaConfig(
            mode=RECAPTCHA,
            version=getattr(settings, "RECAPTCHA_VERSION", "v2") or "v2",
            public_key=public_key,
            private_key=private_key,
            threshold=float(getattr(settings, "RECAPTCHA_REQUIRED_SCORE", 0.5)),
        )
    return IMAGE_CONFIG


# Self-hosted image captcha.

def _cache_key(token):
    return f"comments:captcha:{token}"


def new_image_challenge():
    """A fresh challenge; returns its token (the answer stays on the server)."""
    token = secrets.token_urlsafe(18)
    answer = "".join(secrets.choice(IMAGE_ALPHABET) for _ in range(IMAGE_LENGTH))
    limits_cache().set(_cache_key(token), answer, timeout=IMAGE_TTL_SECONDS)
    return token


def challenge_text(token):
    if not token or not TOKEN_PATTERN.match(token):
        return None
    return limits_cache().get(_cache_key(token))


def check_image_answer(token, answer):
    """Whether `answer` solves the challenge `token`. The challenge is used up whatever the outcome."""
    given = re.sub(r"\s+", "", answer or "").upper()
    expected = challenge_text(token)
    if expected is not None:
        # Only the request that deletes the answer may use it: two parallel posts cannot both pass.
        if not limits_cache().delete(_cache_key(token)):
            expected = None
    if getattr(settings, "CAPTCHA_TEST_MODE", False) and given == TEST_MODE_ANSWER:
        return True
    return expected is not None and secrets.compare_digest(given, expected)


def render_image(text):
    """A PNG of `text`: rotated, shifted and wavy dark glyphs over light noise."""
    rng = secrets.SystemRandom()
    width, height = 220, 72
    image = Image.new("RGB", (width, height), (247, 246, 240))
    draw = ImageDraw.Draw(image)
    for _ in range(120):
        x, y = rng.randrange(width), rng.randrange(height)
        draw.point((x, y), fill=(rng.randint(150, 210),) * 3)
    font = ImageFont.load_default(size=42)
    x = 14
    for character in text:
        glyph = Image.new("RGBA", (56, 64), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text(
            (10, 4), character, font=font,
            fill=(rng.randint(10, 70), rng.randint(10, 70), rng.randint(60, 120), 255),
        )
        glyph = glyph.rotate(rng.uniform(-28, 28), resample=Image.Resampling.BICUBIC)
        image.paste(glyph, (x, rng.randint(-2, 10)), glyph)
        x += rng.randint(34, 40)
    for _ in range(4):
        points = [(rng.randrange(width), rng.randrange(height)) for _ in range(3)]
        draw.line(points, fill=(rng.randint(60, 130),) * 3, width=2)
    image = _wave(image, rng)
    image = image.filter(ImageFilter.SMOOTH)
    output = io.BytesIO()
    image.save(output, format="PNG")
    return output.getvalue()


def _wave(image, rng):
    import math

    width, height = image.size
    amplitude, period, phase = rng.uniform(2.5, 4.5), rng.uniform(30, 50), rng.uniform(0, math.pi * 2)
    waved = Image.new("RGB", image.size, (247, 246, 240))
    for column in range(width):
        offset = int(amplitude * math.sin(2 * math.pi * column / period + phase))
        waved.paste(image.crop((column, 0, column + 1, height)), (column, offset))
    return waved


# Google reCAPTCHA.

class RecaptchaUnavailable(Exception):
    """Google could not be reached, or answered something that is not a verification."""


def verify_recaptcha(config, response_token, remote_ip):
    """Whether Google vouches for `response_token`; raises RecaptchaUnavailable on a network failure."""
    if not response_token:
        return False
    try:
        result = recaptcha_client.submit(
            recaptcha_response=response_token, private_key=config.private_key, remoteip=remote_ip
        )
    except (OSError, ValueError, KeyError, json.JSONDecodeError) as error:  # URLError, HTTPError, timeouts
        logger.warning("reCAPTCHA verification unavailable: %s", error)
        cache.set(RECAPTCHA_DOWN_KEY, True, timeout=RECAPTCHA_DOWN_SECONDS)
        raise RecaptchaUnavailable from error
    if not result.is_valid:
        return False
    if config.version == "v3":
        if result.action != RECAPTCHA_ACTION:
            return False
        try:
            score = float(result.extra_data.get("score", 0))
        except (TypeError, ValueError):
            return False
        if score < config.threshold:
            return False
    return True
