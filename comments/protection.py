"""Spam defences that need no third party: the signed form token (which page and kind the form was issued
for, and when), the per-address rate limits (home.limits) and the count of links in a text."""

import re

from django.conf import settings
from django.core import signing

from home.limits import RateLimit, now

FORM_TOKEN_SALT = "comments.form-token"
# Too fast: a person needs at least this long to read the form and type; bots post at once.
MIN_SUBMIT_SECONDS = 3
# Too old: the token (and its timestamp) is reissued after this; the person only has to send again.
FORM_TOKEN_MAX_AGE = 24 * 60 * 60
# Too often: stored items per address per window.
RATE_LIMIT_COUNT = 5
RATE_LIMIT_WINDOW = 10 * 60
# Look-ups of a question ticket per address per window (guessing codes).
LOOKUP_LIMIT_COUNT = 20
# New captcha images asked for per address per window (each one is kept in the cache until it expires).
CAPTCHA_REFRESH_LIMIT_COUNT = 60
MAX_LINKS = 2

LINK_PATTERN = re.compile(
    r"(?:https?://|www\.)\S+"  # explicit links
    r"|\b(?:[a-z0-9-]+\.)+(?:com|net|org|info|biz|xyz|top|site|online|ru|cn|vn)\b(?:/\S*)?",  # bare domains
    re.IGNORECASE,
)


def setting(name, default):
    return getattr(settings, f"COMMENTS_{name}", default)


def issue_form_token(page_id, kind, issued_at=None):
    issued_at = int(now() if issued_at is None else issued_at)
    return signing.dumps({"p": page_id, "k": kind, "t": issued_at}, salt=FORM_TOKEN_SALT, compress=False)


class TokenCheck:
    VALID = "valid"
    FORGED = "forged"  # missing, tampered with, or issued for another page or kind
    TOO_FAST = "too_fast"
    EXPIRED = "expired"


def check_form_token(token, page_id, kind):
    try:
        data = signing.loads(token or "", salt=FORM_TOKEN_SALT)
    except signing.BadSignature:
        return TokenCheck.FORGED
    if not isinstance(data, dict) or data.get("p") != page_id or data.get("k") != kind:
        return TokenCheck.FORGED
    age = now() - data.get("t", 0)
    if age < setting("MIN_SUBMIT_SECONDS", MIN_SUBMIT_SECONDS):
        return TokenCheck.TOO_FAST
    if age > FORM_TOKEN_MAX_AGE:
        return TokenCheck.EXPIRED
    return TokenCheck.VALID


def count_links(text):
    return len(LINK_PATTERN.findall(text or ""))


def submission_limit():
    count, window = setting("RATE_LIMIT", (RATE_LIMIT_COUNT, RATE_LIMIT_WINDOW))
    return RateLimit("submit", count, window)


def lookup_limit():
    return RateLimit("lookup", setting("LOOKUP_LIMIT", LOOKUP_LIMIT_COUNT), RATE_LIMIT_WINDOW)


def captcha_refresh_limit():
    return RateLimit("captcha", setting("CAPTCHA_REFRESH_LIMIT", CAPTCHA_REFRESH_LIMIT_COUNT), RATE_LIMIT_WINDOW)
