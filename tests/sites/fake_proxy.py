"""A stand-in for the caching proxy that records the PURGE and BAN requests it receives, and the GETs of
re-warming (home/rewarm.py)."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class RecordingHandler(BaseHTTPRequestHandler):
    def _record(self):
        self.server.received.append((self.command, self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    do_PURGE = do_BAN = do_GET = _record

    def log_message(self, *args):
        pass


class FakeProxy:
    def __init__(self, port):
        self.server = ThreadingHTTPServer(("127.0.0.1", port), RecordingHandler)
        self.server.received = []
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self):
        host, port = self.server.server_address
        return f"http://{host}:{port}"

    @property
    def received(self):
        return self.server.received

    def asked(self, method):
        """(host, path) of every request of `method`, in the order received."""
        return [(to, path) for received_method, to, path in self.received if received_method == method]

    def purged(self, host):
        """The paths purged on `host` (port ignored)."""
        return {path for method, to, path in self.received if method == "PURGE" and to.split(":")[0] == host}

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()
