"""Read Safari's Cookies.binarycookies through browser-cookie3 (macOS)."""
from __future__ import annotations

import struct

from inspector.domain.records import CookieRecord, KeySchema, StoreRef
from inspector.domain.stores.sqlite_source import check_readable, unreadable

KEY_COLUMNS = ("host", "name", "path")


def _load_jar(path: str):
    import browser_cookie3  # only where Safari stores exist: see stores/values.py for its weight

    try:
        return browser_cookie3.Safari(cookie_file=path).load()
    except (AssertionError, struct.error, UnicodeDecodeError, IndexError, ValueError) as exc:
        # browser-cookie3 checks the format with asserts; a failed one means a bad file.
        raise unreadable("corrupt", "read.safari", detail=str(exc) or "bad format") from exc


def read(store: StoreRef) -> list[CookieRecord]:
    check_readable(store.path)
    schema = KeySchema(store.path, "binarycookies", KEY_COLUMNS)
    out = []
    for c in _load_jar(store.path):
        expires = int(c.expires) * 1_000_000 if c.expires else None
        out.append(
            CookieRecord(
                store.browser,
                store.profile,
                None,
                store.path,
                c.domain,
                c.name,
                c.path,
                expires,
                None,
                None,
                bool(c.secure),
                c.has_nonstandard_attr("HTTPOnly"),
                "unspecified",
                None,
                expires is None,
                (c.domain, c.name, c.path),
                schema,
            )
        )
        # The value browser-cookie3 parsed along is dropped here: scans never hold values.
    return out


def read_value(store_path: str, key_values: tuple) -> str:
    for c in _load_jar(store_path):
        if (c.domain, c.name, c.path) == tuple(key_values):
            return c.value or ""
    raise LookupError("the cookie is no longer in the store")
