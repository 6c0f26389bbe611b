"""The page cache of the application itself, for portals served without a caching proxy (Redis in
production, shared by every worker; the process's memory in development).

An anonymous GET of a public page is stored once rendered, keyed by host, path, language, scheme and query,
and served from the cache until a purge (home/purge.py) names its path or PAGE_CACHE_SECONDS pass. A purge
drops every query variant of a path at once: entries are stored under a token per (host, path) and one per
host, read together in one round trip, and a purge deletes a token. Requests that carry a session (a logged-in editor, a visitor who entered a page password)
never read or fill the cache, nor do responses that set a cookie, are not 200, or say they must not be
shared (`never_cache`, forms showing errors after a POST)."""

import hashlib
import secrets

from django.conf import settings
from django.core.cache import cache
from django.http.request import split_domain_port
from django.utils.cache import cc_delim_re, patch_cache_control
from django.utils.translation import get_language

KEY_PREFIX = "page-cache"
# A stored page varies only on these, all of which its key covers (Cookie: only cookie-less requests use it).
HARMLESS_VARY = {"accept-language", "cookie", "accept-encoding"}
UNSHAREABLE = {"private", "no-cache", "no-store"}


def normalised_host(host):
    """The host name without port, lower case: a purge names `localhost:8000`, a reader may ask `localhost`."""
    domain, _port = split_domain_port(host.lower())
    return domain or host.lower()


def host_key(host):
    return f"{KEY_PREFIX}:host:{normalised_host(host)}"


def token_key(host, path):
    digest = hashlib.sha256(f"{normalised_host(host)}|{path}".encode()).hexdigest()
    return f"{KEY_PREFIX}:token:{digest}"


def entry_key(request, tokens):
    parts = "|".join((request.scheme, normalised_host(request.get_host()), request.path, get_language() or "",
                      request.META.get("QUERY_STRING", ""), *tokens))
    return f"{KEY_PREFIX}:entry:{hashlib.sha256(parts.encode()).hexdigest()}"


def carries_user_state(request):
    """A session (a login, a page password entered) makes a request personal."""
    return settings.SESSION_COOKIE_NAME in request.COOKIES


def is_shareable(request, response):
    """Whether `response` may be shown to every anonymous reader of the same address."""
    if request.method not in ("GET", "HEAD") or response.status_code != 200 or response.streaming:
        return False
    # A page that used a CSRF token re-sets its cookie, so response.cookies also covers forms.
    if response.cookies or carries_user_state(request):
        return False
    # Without a session cookie nobody is logged in; a session started by this very request is personal too.
    session = getattr(request, "session", None)
    if session is not None and session.modified:
        return False
    cache_control = {part.split("=")[0].strip().lower() for part in cc_delim_re.split(response.get("Cache-Control", ""))}
    if cache_control & UNSHAREABLE:
        return False
    vary = {part.strip().lower() for part in cc_delim_re.split(response.get("Vary", "")) if part.strip()}
    return vary <= HARMLESS_VARY


class PageCacheMiddleware:
    """Serves anonymous pages from the cache and marks shareable responses for a caching proxy
    (`s-maxage`); pages of a logged-in user are marked private. Sits right after LocaleMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        use_cache = settings.APP_PAGE_CACHE and seconds > 0 and request.method in ("GET", "HEAD")
        use_cache = use_cache and not carries_user_state(request)
        tokens = {}
        if use_cache:
            keys = (host_key(request.get_host()), token_key(request.get_host(), request.path))
            tokens = cache.get_many(keys)
            if len(tokens) == len(keys):
                cached = cache.get(entry_key(request, [tokens[key] for key in keys]))
                if cached is not None:
                    cached["X-Page-Cache"] = "hit"
                    return cached

        response = self.get_response(request)
        if seconds > 0 and is_shareable(request, response):
            patch_cache_control(response, public=True, max_age=0, s_maxage=seconds)
            if use_cache:
                self.store(request, response, tokens, seconds)
        elif carries_user_state(request):
            patch_cache_control(response, private=True)
        return response

    @staticmethod
    def store(request, response, tokens, seconds):
        keys = (host_key(request.get_host()), token_key(request.get_host(), request.path))
        missing = {key: secrets.token_hex(8) for key in keys if key not in tokens}
        # Tokens outlive their entries: a purge deletes a token, and the entries stored under it die with it.
        cache.set_many(missing, None)
        tokens = {**tokens, **missing}
        response["X-Page-Cache"] = "miss"
        cache.set(entry_key(request, [tokens[key] for key in keys]), response, seconds)


def purge_paths(host, paths):
    """Forget every cached variant (language, query, scheme) of `paths` on `host`."""
    cache.delete_many([token_key(host, path) for path in paths])


def purge_host(host):
    """Forget every cached page of `host` (its settings changed, a maintenance banner appeared)."""
    cache.delete(host_key(host))
