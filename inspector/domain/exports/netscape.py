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
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (host + name, reason), escaped
    unsafe: int = 0  # of the skipped: a name, host, path or value that cookies.txt cannot carry safely


# Every character some reader of cookies.txt ends a line at (curl and cookiejar at CR/LF,
# str.splitlines at the others too), and the field separator: in a value, each would start
# a forged line or field.
_LINE_BREAKING = frozenset("\t\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\x00")


def _unsafe_field(record) -> bool:
    """A host, name or path holding any character escapes.escape would change (controls, C1, line
    separators, bidi overrides, lone surrogates), or a host starting a comment (`#HttpOnly_…`):
    no escaping exists in the format, so the line would be read as another cookie, or not at all."""
    host, name, path = record.host, record.name, record.path or "/"
    return (not (host.isprintable() and name.isprintable() and path.isprintable())
            or host.startswith("#") or not host)


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


def _encodable(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: the file could not be written at all
        return False
    return True


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
        label = escape(label)
        if _unsafe_field(record):
            result.skipped.append((label, "its name, host or path holds a character that cookies.txt "
                                          "cannot carry safely (a control character or line break)"))
            result.unsafe += 1
            continue
        if record.is_expired(now_us):
            result.skipped.append((label, "expired"))
            continue
        try:
            value = value_of(record)
        except ValueUnavailable as exc:
            result.skipped.append((label, str(exc)))
            continue
        if not _LINE_BREAKING.isdisjoint(value) or not _encodable(value):
            # The format has no escaping: such a value would break the line.
            result.skipped.append((label, "its value holds a tab or line break, which cookies.txt cannot carry"))
            result.unsafe += 1
            continue
        out.write(comment_line(item, describer))
        out.write(cookie_line(record, value))
        result.written += 1
    return result
