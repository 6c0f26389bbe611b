"""Per-address limits shared by every citizen endpoint: the client address, the project's one keyed hash (of
addresses, e-mail addresses, visitor identifiers), and fixed-window counters kept in the `limits` cache.

The `limits` cache holds only counters and captcha answers, never page fragments or other traffic, so
nothing an attacker requests can push a counter out of it: Redis when REDIS_URL is set, otherwise a table
of the database (every worker process sees the same counts; see settings.base)."""

import hashlib
import hmac
import time

from django.conf import settings
from django.core.cache import caches

LIMITS_CACHE = "limits"


def limits_cache():
    return caches[LIMITS_CACHE]


def now():
    return time.time()


def client_ip(request):
    """The client address: REMOTE_ADDR, or the right-most address of settings.CLIENT_IP_HEADER (the one the
    proxy in front of us added) when the platform runs behind a proxy."""
    header = getattr(settings, "CLIENT_IP_HEADER", "")
    if header:
        value = request.headers.get(header, "")
        addresses = [item.strip() for item in value.split(",") if item.strip()]
        if addresses:
            return addresses[-1]
    return request.META.get("REMOTE_ADDR", "")


def keyed_hash(value):
    """A keyed hash (HMAC-SHA256 with SECRET_KEY) of an address or another identifier: enough to group, count and
    limit, useless to recover the value."""
    return hmac.new(settings.SECRET_KEY.encode(), value.encode(), hashlib.sha256).hexdigest()


class RateLimit:
    """A fixed-window counter per key in the limits cache. `hit()` reserves one slot and says whether it was
    within the limit."""

    def __init__(self, scope, limit, window):
        self.scope = scope
        self.limit = limit
        self.window = window

    def key(self, identity):
        window_number = int(now() // self.window)
        return f"rate:{self.scope}:{identity}:{window_number}"

    def hit(self, identity):
        cache = limits_cache()
        key = self.key(identity)
        cache.add(key, 0, timeout=self.window)
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.add(key, 1, timeout=self.window)
            count = 1
        return count <= self.limit

    def exhausted(self, identity):
        return (limits_cache().get(self.key(identity)) or 0) >= self.limit

    def retry_after(self):
        return int(self.window - now() % self.window) + 1
