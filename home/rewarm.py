"""Re-warming the caching proxy right after a purge: every purged address is asked for again through the
proxy, a few at a time, so that the new version is rendered once, at once, and the first reader after a
publish finds it ready (or joins the fetch already under way: Varnish coalesces requests for one object)
rather than starting a cold render. The requests look like an anonymous reader's (no cookie), so the proxy
keeps what the application shares, exactly as for a reader."""

import logging
import threading
from urllib.error import URLError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import Request, urlopen

logger = logging.getLogger("wagtail.frontendcache")

TIMEOUT_SECONDS = 30


def fetch(scheme, netloc, url):
    parts = urlsplit(url)
    request = Request(urlunsplit((scheme, netloc, parts.path or "/", parts.query, "")),
                      headers={"Host": parts.netloc, "User-Agent": "portal-rewarm"})
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

    def work():
        while True:
            with lock:
                if not pending:
                    return
                url = pending.pop(0)
            fetch(scheme, netloc, url)

    workers = [threading.Thread(target=work, name="cache-rewarm") for _ in range(min(threads, len(pending)))]
    for worker in workers:
        worker.start()
    return workers
