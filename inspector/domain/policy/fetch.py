"""Fetch one policy page or declaration when the user asks: http(s), few redirects, bounded size and time, no cookies."""
from __future__ import annotations

import http.client
import re
import socket
import ssl
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlsplit

from inspector.domain import codes as C
from inspector.domain.codes import Params

MAX_BYTES = 5 * 1024 * 1024
MAX_REDIRECTS = 5
TIMEOUT_S = 20
USER_AGENT = "consent-inspector"  # plain: no browser to pretend to be, no version to fingerprint
# What a policy page or a consent platform's declaration is served as.
_TYPES = {
    "text/html": "html", "application/xhtml+xml": "html",
    "application/json": "json", "text/json": "json",
    "application/javascript": "js", "text/javascript": "js", "application/x-javascript": "js",
    "application/ecmascript": "js", "text/ecmascript": "js",
}
_CHUNK = 64 * 1024


class FetchError(Exception):
    """Why a fetch failed: a codes.FETCH_ERRORS code and its parameters (wording.fetch_error words them)."""

    def __init__(self, code: str, **params):
        super().__init__(code, dict(params))
        self.code = code
        self.params = Params(params)

    def __str__(self) -> str:
        from inspector.domain.wording import fetch_error  # the English words, for logs and the CLI

        return fetch_error(self)


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    requested: str
    kind: str  # html | json | js
    content_type: str
    text: str


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follows at most MAX_REDIRECTS, and only to http(s)."""

    max_redirections = MAX_REDIRECTS

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urlsplit(newurl).scheme not in ("http", "https"):
            raise FetchError(C.FETCH_REDIRECTS, url=req.full_url, limit=MAX_REDIRECTS)
        new = super().redirect_request(req, fp, code, msg, headers, newurl)
        if new is not None:
            new.remove_header("Referer")
        return new


def _opener():
    # No HTTPCookieProcessor: nothing is sent or kept. ProxyHandler() reads the system's proxies.
    return urllib.request.build_opener(urllib.request.ProxyHandler(), _Redirects())


def fetch(url: str, timeout: float = TIMEOUT_S, max_bytes: int = MAX_BYTES, cancelled=None,
          progress=None) -> Fetched:
    """The page at `url` as text, or a FetchError. `cancelled()` is asked between chunks;
    `progress(bytes_read, total_or_None)` is told after each one."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(C.FETCH_SCHEME, url=url)
    request = urllib.request.Request(url, headers={
        "User-Agent": USER_AGENT,
        "Accept": "text/html,application/xhtml+xml,application/json,application/javascript;q=0.9,*/*;q=0.1",
    })
    try:
        with _opener().open(request, timeout=timeout) as response:
            return _read(url, response, max_bytes, cancelled, progress)
    except FetchError:
        raise
    except urllib.error.HTTPError as exc:
        if exc.code in (301, 302, 303, 307, 308):
            raise FetchError(C.FETCH_REDIRECTS, url=url, limit=MAX_REDIRECTS) from None
        raise FetchError(C.FETCH_STATUS, url=url, status=exc.code) from None
    except urllib.error.URLError as exc:
        raise _from_reason(url, parts.hostname, exc.reason, timeout) from None
    except (TimeoutError, socket.timeout):
        raise FetchError(C.FETCH_TIMEOUT, url=url, seconds=timeout) from None
    except (OSError, http.client.HTTPException) as exc:
        raise _from_reason(url, parts.hostname, exc, timeout) from None


def _from_reason(url: str, host: str, reason, timeout) -> FetchError:
    if isinstance(reason, socket.gaierror):
        return FetchError(C.FETCH_DNS, url=url, host=host)
    if isinstance(reason, ssl.SSLError):
        return FetchError(C.FETCH_TLS, url=url, reason=getattr(reason, "reason", None) or str(reason))
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return FetchError(C.FETCH_TIMEOUT, url=url, seconds=timeout)
    text = getattr(reason, "strerror", None) or str(reason)
    return FetchError(C.FETCH_CONNECT, url=url, reason=text)


def _read(url: str, response, max_bytes: int, cancelled, progress) -> Fetched:
    final = response.geturl()
    header = response.headers.get("Content-Type", "")
    mime = header.split(";")[0].strip().lower()
    kind = _TYPES.get(mime)
    if kind is None:
        raise FetchError(C.FETCH_CONTENT_TYPE, url=final, content_type=mime or "of no stated type")
    total = response.headers.get("Content-Length")
    total = int(total) if total and total.isdigit() else None
    if total is not None and total > max_bytes:
        raise FetchError(C.FETCH_TOO_LARGE, url=final, limit_mb=max_bytes // (1024 * 1024))
    chunks, size = [], 0
    while True:
        if cancelled is not None and cancelled():
            raise FetchError(C.FETCH_CANCELLED, url=final)
        chunk = response.read(_CHUNK)
        if not chunk:
            break
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(C.FETCH_TOO_LARGE, url=final, limit_mb=max_bytes // (1024 * 1024))
        chunks.append(chunk)
        if progress is not None:
            progress(size, total)
    data = b"".join(chunks)
    return Fetched(final, url, kind, mime, decode(data, response.headers.get_content_charset()))


def decode(data: bytes, charset: str | None = None) -> str:
    """Bytes of a page as text: the stated charset, else a <meta charset>, else UTF-8, else Windows-1252."""
    if charset is None:
        found = re.search(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", data[:4096], re.IGNORECASE)
        charset = found.group(1).decode("ascii") if found else None
    for candidate in (charset, "utf-8"):
        if not candidate:
            continue
        try:
            return data.decode(candidate).removeprefix("\ufeff")
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("cp1252", errors="replace")


__all__ = ["fetch", "Fetched", "FetchError", "decode", "MAX_BYTES", "MAX_REDIRECTS", "TIMEOUT_S", "USER_AGENT"]
