"""Re-warming the caching proxy right after a purge: every purged address is asked for again through the
proxy, a few at a time, so that the new version is rendered once, at once, and the first reader after a
publish finds it ready (or joins the fetch already under way: Varnish coalesces requests for one object)
rather than starting a cold render. The requests look like an anonymous reader's (no cookie) coming through
the TLS-terminating nginx (`X-Forwarded-Proto: https` for an https address or when the application redirects
plain http), so the proxy keeps what the application shares, exactly as for a reader."""

import logging
import threading

from django.conf import settings
from urllib.error import URLError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import Request, urlopen

logger = logging.getLogger("wagtail.frontendcache")

TIMEOUT_SECONDS = 30


def fetch(scheme, netloc, url, https):
    parts = urlsplit(url)
    headers = {"Host": parts.netloc, "User-Agent": "portal-rewarm"}
    if https or parts.scheme == "https":
        headers["X-Forwarded-Proto"] = "https"  # as deploy/nginx/portal.conf sets it
    request = Request(urlunsplit((scheme, netloc, parts.path or "/", parts.query, "")), headers=headers)
    try:
        with urlopen(request, timeout=TIMEOUT_SECONDS) as response:  # noqa: S310 - the configured proxy
            response.read()
    except (URLError, OSError) as error:  # an error page, a timeout: the next reader renders it instead
        logger.info("Couldn't re-warm %s through the HTTP cache: %s", url, error)


def rewarm(scheme, netloc, urls, threads):
    """Ask the proxy at `scheme://netloc` for `urls` (in their order, `threads` at a time) from threads of
    their own; returns them. Not daemons: a process that publishes and exits (a command, a task) still
    re-warms. (Plain threads: a thread pool takes no work once the interpreter is shutting down.)"""
    pending = list(dict.fromkeys(urls))
    lock = threading.Lock()
    https = settings.SECURE_SSL_REDIRECT

    def work():
        while True:
            with lock:
                if not pending:
                    return
                url = pending.pop(0)
            fetch(scheme, netloc, url, https)

    workers = [threading.Thread(target=work, name="cache-rewarm") for _ in range(min(threads, len(pending)))]
    for worker in workers:
        worker.start()
    return workers
