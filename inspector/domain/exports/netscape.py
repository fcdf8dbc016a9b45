"""The Netscape cookies.txt export (curl, wget, yt-dlp read it): the one place where cookie values leave the app."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable, TextIO

from inspector.domain import wording
from inspector.domain.descriptions import Describer
from inspector.domain.escapes import escape
from inspector.domain.stores.values import ValueUnavailable, read_value

HEADER = ("# Netscape HTTP Cookie File\n"
          "# Written by Consent Inspector. It holds cookie values: keep it private.\n\n")
HTTPONLY_PREFIX = "#HttpOnly_"  # curl's and Python's marker for HttpOnly cookies


@dataclass
class ExportResult:
    written: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (host + name, reason)


def cookie_line(record, value: str) -> str:
    """One tab-separated line: domain, include-subdomains, path, secure, expiry (s, 0 = session), name, value."""
    domain_cookie = record.host.startswith(".")
    prefix = HTTPONLY_PREFIX if record.http_only else ""
    expires = 0 if record.expires_us is None else max(record.expires_us // 1_000_000, 0)
    return "\t".join((prefix + record.host, "TRUE" if domain_cookie else "FALSE", record.path or "/",
                      "TRUE" if record.secure else "FALSE", str(expires), record.name, value)) + "\n"


def comment_line(item, describer: Describer) -> str:
    """`# name: provider, category (per whom)`: the cookie's description, so the file explains itself."""
    record = getattr(item, "record", item)
    about = describer.describe(item) if hasattr(item, "match") else describer.guess(record.host, record.name)
    return "# " + escape(wording.cookie_comment(record.name, about)) + "\n"


def export_cookies(cookies: Iterable, out: TextIO, now_us: int,
                   value_of: Callable = read_value, describer: Describer | None = None) -> ExportResult:
    """Write the cookies with their values; expired ones and unreadable values are skipped with a reason.

    Each cookie line follows a `#` comment with its description (curl and cookiejar skip
    them; `#HttpOnly_` is the one marker they read, and a comment never starts with it).
    """
    result = ExportResult()
    describer = describer or Describer()
    out.write(HEADER)
    for item in cookies:
        record = getattr(item, "record", item)
        label = f"{record.host} {record.name}"
        if any(ch in field for field in (record.host, record.name, record.path or "") for ch in "\t\r\n"):
            # Nor can a host, name or path hold one: the line would split into a forged cookie.
            result.skipped.append((escape(label), "its name, host or path holds a tab or line break, "
                                   "which cookies.txt cannot carry"))
            continue
        if record.is_expired(now_us):
            result.skipped.append((label, "expired"))
            continue
        try:
            value = value_of(record)
        except ValueUnavailable as exc:
            result.skipped.append((label, str(exc)))
            continue
        if any(ch in value for ch in "\t\r\n"):
            # The format has no escaping: such a value would break the line.
            result.skipped.append((label, "its value holds a tab or line break, which cookies.txt cannot carry"))
            continue
        out.write(comment_line(item, describer))
        out.write(cookie_line(record, value))
        result.written += 1
    return result
