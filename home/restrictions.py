"""The pages with view restrictions, kept in the cache and read once per request.

Wagtail's `PageQuerySet.public()` reads every PageViewRestriction each time it is called: a listing page
that filters two or three querysets by `public()` pays a query for each, and the check before serving two
more. While a request is being handled the list is read once from the cache (a restriction added meanwhile
applies from the next request); a restriction saved or deleted, and a page moved or deleted, forget it
(in other processes too when the cache is shared; otherwise it lives only seconds, home/chrome.py).
Outside requests (commands, workers, the admin's own checks) Wagtail's query runs as before."""

import threading

from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import transaction
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.query import PageQuerySet
from wagtail.signals import post_page_move

from .chrome import cache_seconds

CACHE_KEY = "restricted-pages"
_memo = threading.local()


def read_restricted_pages():
    return [restriction.page for restriction in PageViewRestriction.objects.select_related("page")]


def restricted_pages():
    if not getattr(_memo, "in_request", False):
        return read_restricted_pages()
    if getattr(_memo, "pages", None) is None:
        _memo.pages = cache.get(CACHE_KEY)
        if _memo.pages is None:
            _memo.pages = read_restricted_pages()
            cache.set(CACHE_KEY, _memo.pages, cache_seconds())
    return _memo.pages


def forget_restricted_pages(sender=None, instance=None, **kwargs):
    if sender is PageViewRestriction or isinstance(instance, Page):
        cache.delete(CACHE_KEY)
        transaction.on_commit(lambda: cache.delete(CACHE_KEY))


def private_q(queryset):
    q = Q()
    for page in restricted_pages():
        q |= queryset.descendant_of_q(page, inclusive=True)
    return q if q else Q(pk__in=[])  # no private section: match no page


def start_memo(**kwargs):
    _memo.in_request = True
    _memo.pages = None


def end_memo(**kwargs):
    _memo.in_request = False
    _memo.pages = None


def install():
    """Called from HomeConfig.ready."""
    PageQuerySet.private_q = private_q
    post_save.connect(forget_restricted_pages, dispatch_uid="home-restrictions-save")
    post_delete.connect(forget_restricted_pages, dispatch_uid="home-restrictions-delete")
    post_page_move.connect(forget_restricted_pages, dispatch_uid="home-restrictions-move")
    request_started.connect(start_memo, dispatch_uid="home-restrictions-start")
    request_finished.connect(end_memo, dispatch_uid="home-restrictions-end")
