"""wagtail.contrib.frontend_cache backends: the application's page cache, and the caching proxy (Varnish,
deploy/varnish/portal.vcl), which also forgets a whole host at once (BAN)."""

import logging
from urllib.error import URLError
from urllib.parse import unquote, urlsplit, urlunsplit
from urllib.request import Request, urlopen

from wagtail.contrib.frontend_cache.backends.base import BaseBackend
from wagtail.contrib.frontend_cache.backends.http import HTTPBackend

from .page_cache import purge_host, purge_paths

logger = logging.getLogger("wagtail.frontendcache")


class PageCacheBackend(BaseBackend):
    """Purges the application's page cache, so the proxy and the application forget the same addresses."""

    def purge(self, url):
        self.purge_batch([url])

    def purge_batch(self, urls):
        by_host = {}
        for url in urls:
            parts = urlsplit(url)
            # Page URLs are percent-encoded; the middleware keys on the decoded request.path.
            by_host.setdefault(parts.netloc, []).append(unquote(parts.path) or "/")
        for host, paths in by_host.items():
            purge_paths(host, paths)

    def purge_host(self, host):
        purge_host(host)


class VarnishBackend(HTTPBackend):
    """PURGE of one address (the VCL drops every query variant of its path), BAN of a whole host. With
    REWARM_THREADS (0: off), home/purge.py asks for the purged addresses again through it (home/rewarm.py)."""

    def __init__(self, params):
        super().__init__(params)
        self.rewarm_threads = int(params.get("REWARM_THREADS", 0))

    def purge_host(self, host):
        request = Request(urlunsplit((self.cache_scheme, self.cache_netloc, "/", "", "")), method="BAN",
                          headers={"Host": host})
        try:
            urlopen(request, timeout=5)  # noqa: S310 - the configured proxy's address
        except URLError as error:
            logger.error("Couldn't ban host %s from the HTTP cache: %s", host, error)
