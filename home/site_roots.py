"""Wagtail's site root paths read once per request.

Every page URL built without the request (`page.url`, `pageurl` in some tags) makes Wagtail read
`wagtail_site_root_paths` from the cache: a dozen reads per home page, each a round trip when the cache is
Redis (measured: the home 0.77× as fast with Redis as with local memory). While a request is being handled
the first read is kept for the rest of it; outside requests (commands, workers) nothing changes. Wagtail's
own invalidation (a Site saved or deleted) also drops the kept copy."""

import threading

from django.core.signals import request_finished, request_started
from django.dispatch import receiver
from wagtail.models import Site

_memo = threading.local()
_read_from_cache = Site.get_site_root_paths
_clear_cache = Site.clear_site_root_paths_cache


def get_site_root_paths():
    if not getattr(_memo, "in_request", False):
        return _read_from_cache()
    if getattr(_memo, "paths", None) is None:
        _memo.paths = _read_from_cache()
    return _memo.paths


def clear_site_root_paths_cache():
    _memo.paths = None
    _clear_cache()


@receiver(request_started)
def start_memo(**kwargs):
    _memo.in_request = True
    _memo.paths = None


@receiver(request_finished)
def end_memo(**kwargs):
    _memo.in_request = False
    _memo.paths = None


def install():
    """Called from HomeConfig.ready."""
    Site.get_site_root_paths = staticmethod(get_site_root_paths)
    Site.clear_site_root_paths_cache = staticmethod(clear_site_root_paths_cache)
