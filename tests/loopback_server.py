"""A loopback HTTP server for the fetch and import tests: recorded pages, redirects, errors, and what it was sent."""
from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PAGES = Path(__file__).parent / "data" / "policy_pages"
_TYPES = {".html": "text/html; charset=utf-8", ".json": "application/json", ".js": "application/javascript",
          ".txt": "text/plain; charset=utf-8"}


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # quiet tests
        pass

    def do_GET(self):
        server = self.server
        server.requests.append((self.requestline, dict(self.headers)))
        path = self.path
        if path.startswith("http://"):  # asked as a proxy: the absolute URL is in the request line
            path = "/" + path.split("/", 3)[3]
        route = server.routes.get(path)
        if route is not None:
            status, headers, body = route() if callable(route) else route
        elif path.startswith("/redirect/"):
            n = int(path.rsplit("/", 1)[1])
            status, headers, body = (302, {"Location": f"/redirect/{n - 1}" if n > 1 else "/final",
                                           "Set-Cookie": "tracked=1"}, b"")
        elif path.startswith("/pages/"):
            file = PAGES / path.removeprefix("/pages/")
            if not file.is_file():
                status, headers, body = 404, {"Content-Type": "text/plain"}, b"not found"
            else:
                status, headers, body = 200, {"Content-Type": _TYPES.get(file.suffix, "text/plain")}, file.read_bytes()
        else:
            status, headers, body = 404, {"Content-Type": "text/plain"}, b"not found"
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        if "Content-Length" not in headers:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if callable(body):
            body(self.wfile)
        else:
            self.wfile.write(body)


class LoopbackServer:
    """Serves tests/data/policy_pages/ under /pages/, /redirect/N chains, and `routes` {path: (status, headers, body)}."""

    def __init__(self):
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.routes = {}
        self.httpd.requests = []
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    @property
    def routes(self) -> dict:
        return self.httpd.routes

    @property
    def requests(self) -> list:
        return self.httpd.requests

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


def slow(seconds: float):
    """A route that waits before answering (longer than a short timeout)."""
    def route():
        time.sleep(seconds)
        return 200, {"Content-Type": "text/html"}, b"<p>late</p>"
    return route


def slow_body(chunks: int = 200, pause: float = 0.05):
    """A page that trickles out in chunks for a while (to cancel midway)."""
    def body(wfile):
        for _ in range(chunks):
            try:
                wfile.write(b"<p>" + b"x" * 70000 + b"</p>")
                wfile.flush()
            except OSError:  # the client went away: it cancelled
                return
            time.sleep(pause)
    return 200, {"Content-Type": "text/html", "Content-Length": ""}, body
