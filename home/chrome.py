"""What every page of a portal shows around its content (the menu, the banners, a register's filter choices),
built once and kept in the cache per site and language until anything published changes.

`site_cached(request, name, build)` returns `build()`, read from the cache: all the parts of one site and
language are one cache entry, read once per request. Any page published, unpublished, moved or deleted, and
any change of a site, a portal, its settings or a maintenance notice, forgets the entries of every site: a
provincial page lists other portals' pages, and changes are rare next to readings.
Time-dependent parts (a notice that starts or ends) must be filtered by the caller after reading.

Forgetting reaches other processes only through a shared cache (Redis, as production runs): with a cache
of each process's own (the embedded default), entries live LOCAL_CACHE_SECONDS, so that a change made in
one worker shows in the others within that time."""

import hashlib
import secrets

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.http.request import split_domain_port
from django.utils.translation import get_language
from wagtail.models import Page, Site
from wagtail.models.i18n import LocaleManager
from wagtail.signals import page_published, page_unpublished, post_page_move

SHARED_CACHE_SECONDS = 6 * 60 * 60  # a safety net: changes forget the entries at once
LOCAL_CACHE_SECONDS = 2
KEY_PREFIX = "site-chrome"
SITE_LOOKUP_GENERATION = f"{KEY_PREFIX}:site-lookup-generation"
MISSING = object()
_find_site_uncached = Site._find_for_request
_locale_for_language_uncached = LocaleManager.get_for_language


def cache_seconds():
    """How long an entry may live: settings.SITE_CHROME_SECONDS, else by whether the cache is shared."""
    configured = getattr(settings, "SITE_CHROME_SECONDS", None)
    if configured is not None:
        return configured
    shared = "locmem" not in settings.CACHES["default"]["BACKEND"].lower()
    return SHARED_CACHE_SECONDS if shared else LOCAL_CACHE_SECONDS


def chrome_key(site_id, language_code):
    return f"{KEY_PREFIX}:{site_id}:{language_code}"


def site_cached(request, name, build):
    """`build()` for the request's site and language, from the cache when it is there."""
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return build()
    key = chrome_key(site.pk, get_language())
    parts = getattr(request, "_site_chrome", None)
    if parts is None:
        parts = cache.get(key) or {}
        request._site_chrome = parts
    value = parts.get(name, MISSING)
    if value is MISSING:
        value = parts[name] = build()
        cache.set(key, parts, cache_seconds())
    return value


def page_cached(request, page_id, name, build):
    """`build()` for one page of the request's site and language: an entry of its own (a site has thousands
    of pages; its chrome entry would grow with each), keyed by the generation that any change renews."""
    site = Site.find_for_request(request) if request is not None else None
    if site is None or page_id is None:
        return build()
    digest = hashlib.sha256(name.encode()).hexdigest()[:32]
    key = f"{KEY_PREFIX}:page:{lookup_generation()}:{site.pk}:{get_language()}:{page_id}:{digest}"
    value = cache.get(key, MISSING)
    if value is MISSING:
        value = build()
        cache.set(key, value, cache_seconds())
    return value


def find_site_for_request(request):
    """Wagtail's `Site._find_for_request` (a query on every request), remembered per host name and port
    with the chrome: forgotten by the same changes (a site, or its root page, changed). Only host names that
    are a site's own are remembered, so unknown Host headers cannot fill the cache."""
    hostname = split_domain_port(request._get_raw_host())[0]
    port = request.get_port()
    digest = hashlib.sha256(f"{hostname}:{port}".encode()).hexdigest()[:32]
    key = f"{KEY_PREFIX}:site-for-host:{lookup_generation()}:{digest}"
    site = cache.get(key)
    if site is None:
        site = _find_site_uncached(request)
        if site is not None and site.hostname == hostname:
            site.root_page.specific  # kept with the site: routing starts from it on every request
            cache.set(key, site, cache_seconds())
    return site


def lookup_generation():
    """Part of the keys of the remembered lookups: forgetting the chrome renews it, so they all go at once."""
    generation = cache.get(SITE_LOOKUP_GENERATION)
    if generation is None:
        generation = secrets.token_hex(4)
        cache.set(SITE_LOOKUP_GENERATION, generation, cache_seconds())
    return generation


def locale_for_language(manager, language_code):
    """Wagtail's `Locale.objects.get_for_language` (a query each time Wagtail routes a request or localises a
    page), remembered per language with the chrome's lookups; a locale saved or deleted forgets it."""
    key = f"{KEY_PREFIX}:locale:{lookup_generation()}:{language_code}"
    locale = cache.get(key)
    if locale is None:
        locale = _locale_for_language_uncached(manager, language_code)
        cache.set(key, locale, cache_seconds())
    return locale


def install_site_lookup():
    """Called from HomeConfig.ready."""
    Site._find_for_request = staticmethod(find_site_for_request)
    LocaleManager.get_for_language = locale_for_language


def forget_site_chrome(**kwargs):
    """Forget the parts of every site now and again once the change is committed (a reader between the two
    may have cached the state before the change)."""

    def forget():
        site_ids = Site.objects.values_list("pk", flat=True)
        keys = [chrome_key(site_id, code) for site_id in site_ids for code, _name in settings.LANGUAGES]
        cache.delete_many([*keys, SITE_LOOKUP_GENERATION])

    forget()
    transaction.on_commit(forget)


def forget_on_change_of(*models):
    """Connect `forget_site_chrome` to the saving and deleting of `models` (other apps call this for theirs)."""
    for model in models:
        post_save.connect(forget_site_chrome, sender=model, dispatch_uid=f"site-chrome-save-{model._meta.label}")
        post_delete.connect(forget_site_chrome, sender=model, dispatch_uid=f"site-chrome-delete-{model._meta.label}")


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def forget_on_page_change(sender, **kwargs):
    forget_site_chrome()


@receiver(post_save)
@receiver(post_delete)
def forget_on_page_save_or_delete(sender, instance, **kwargs):
    if isinstance(instance, Page):
        forget_site_chrome()
