"""Firefox session cookies, which live only in the session store (mozLz4-compressed JSON)."""
from __future__ import annotations

import json
import os
import re
from typing import Iterator

import lz4.block

from inspector.domain.bounded_read import FileRefused, read_regular
from inspector.domain.errors import CodedError
from inspector.domain.records import CookieRecord, KeySchema, StoreRef
from inspector.domain.stores.firefox_attrs import origin_attributes_suffix, partition_label

MAGIC = b"mozLz40\0"
SESSION_FILES = (
    "sessionstore-backups/recovery.jsonlz4",  # written every few seconds while Firefox runs
    "sessionstore.jsonlz4",  # written at a clean shutdown
    "sessionstore-backups/recovery.baklz4",  # the previous recovery file
)
KEY_COLUMNS = ("name", "host", "path", "originAttributes")
_SAME_SITE = {0: "none", 1: "lax", 2: "strict", 256: "unspecified"}
# A UTF-16 surrogate on its own: JSON.stringify writes it as a \uXXXX escape (ES2019,
# "well-formed JSON.stringify"), so a page title such as '\ud800' reaches the file that way.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


# Firefox's own session stores are a few MB; these bounds keep a damaged or hostile file
# from costing the machine's memory (stated in the README).
MAX_SESSION_FILE = 64 * 2**20
MAX_SESSION_JSON = 128 * 2**20


class SessionStoreError(CodedError, ValueError):
    """A session file that cannot be used; its words name the file (problem_words "session.*")."""


def _damaged(why: str, **params) -> SessionStoreError:
    return SessionStoreError("session", why=why, params=params)


def read_mozlz4(path: str) -> dict:
    """The JSON state of a mozLz4 file. Raises SessionStoreError (or OSError) naming the file."""
    try:
        data = read_regular(path, MAX_SESSION_FILE)
    except FileRefused as exc:
        raise _damaged("session.refused", path=path, error=exc) from exc
    if not data.startswith(MAGIC):
        raise _damaged("session.not-mozlz4", path=path)
    # The block starts with its decompressed size: refused before anything is allocated,
    # so a 1.6 MB file claiming gigabytes (an lz4 bomb) costs nothing.
    size = int.from_bytes(data[len(MAGIC):len(MAGIC) + 4], "little")
    if size > MAX_SESSION_JSON:
        raise _damaged("session.too-big", path=path, size=size, limit=MAX_SESSION_JSON)
    try:
        # surrogatepass: a surrogate an older writer put in as raw bytes reads back as the
        # same code point, which encode_mozlz4 then writes as the escape Firefox uses.
        return json.loads(lz4.block.decompress(data[len(MAGIC):]).decode("utf-8", "surrogatepass"))
    except (lz4.block.LZ4BlockError, ValueError) as exc:
        raise _damaged("session.corrupt", path=path, detail=str(exc)) from exc
    except RecursionError as exc:
        raise _damaged("session.too-deep", path=path) from exc


def encode_mozlz4(state: dict) -> bytes:
    """A session state as Firefox writes it: the magic, then the lz4 block of its compact JSON."""
    text = json.dumps(state, ensure_ascii=False, separators=(",", ":"))
    # Only inside a JSON string can a surrogate appear, so escaping it there is exact.
    raw = _LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text).encode("utf-8")
    return MAGIC + lz4.block.compress(raw, store_size=True)


def write_mozlz4(path: str, state: dict) -> None:
    """A plain write, for the demo profile; the session-store editor writes atomically."""
    with open(path, "wb") as fh:
        fh.write(encode_mozlz4(state))


def session_files(profile_dir: str) -> list[str]:
    """Existing session-store files, newest first: the newest holds the current cookies."""
    found = [os.path.join(profile_dir, f) for f in SESSION_FILES if os.path.isfile(os.path.join(profile_dir, f))]
    return sorted(found, key=lambda p: os.stat(p).st_mtime_ns, reverse=True)


def is_cookie(entry) -> bool:
    """Is this entry of a cookie list a cookie Firefox could restore: a mapping with a text name and
    host, and a text path and a mapping of origin attributes when it has them? Anything else (a
    damaged or forged file) is neither shown nor edited, and the reader counts it as skipped."""
    return (isinstance(entry, dict) and isinstance(entry.get("name"), str) and isinstance(entry.get("host"), str)
            and isinstance(entry.get("path", "/"), str)
            and isinstance(entry.get("originAttributes") or {}, dict))


def cookie_lists(state) -> Iterator[list]:
    """Every list Firefox restores session cookies from, in this order: the top-level `cookies`
    (Firefox 48 and later), then the `cookies` of each open window and of each closed one
    (`_closedWindows`, which a restore can reopen). The reader and the editor both walk these."""
    if not isinstance(state, dict):
        return
    if isinstance(state.get("cookies"), list):
        yield state["cookies"]
    for group in ("windows", "_closedWindows"):
        windows = state.get(group)
        for window in windows if isinstance(windows, list) else ():
            if isinstance(window, dict) and isinstance(window.get("cookies"), list):
                yield window["cookies"]


def cookies_in(state) -> list[dict]:
    """The cookies of a session state, one per cookie key: the first met in cookie_lists order."""
    found: dict[tuple, dict] = {}
    for cookies in cookie_lists(state):
        for c in cookies:
            if is_cookie(c):
                found.setdefault(cookie_key_values(c), c)
    return list(found.values())


def cookie_key_values(cookie: dict) -> tuple:
    return (
        cookie.get("name", ""),
        cookie.get("host", ""),
        cookie.get("path", "/"),
        origin_attributes_suffix(cookie.get("originAttributes") or {}),
    )


def read(store: StoreRef, containers: dict[int, str], warnings: list | None = None) -> list[CookieRecord]:
    """Session cookies of the newest readable session-store file; [] when there is none.

    A file that cannot be read, and cookies of a shape Firefox would not restore, are added
    to `warnings` (sentences naming the file) instead of failing the profile."""
    warnings = [] if warnings is None else warnings
    profile_dir = store.profile_dir or os.path.dirname(store.path)
    for path in session_files(profile_dir):
        try:
            state = read_mozlz4(path)
        except SessionStoreError as exc:
            warnings.append(exc)
            continue  # an older file may still be readable
        except OSError as exc:
            warnings.append(_damaged("session.unreadable", path=path, detail=str(exc.strerror or exc)))
            continue
        skipped = sum(1 for cookies in cookie_lists(state) for c in cookies if not is_cookie(c))
        if skipped:
            warnings.append(_damaged("session.odd-cookies", path=path, n=skipped))
        return [_record(store, path, c, containers) for c in cookies_in(state)]
    return []


def _shown(text: str) -> str:
    # A lone surrogate (a page title or name Firefox wrote from a JS string) as `\\ud800`; the key keeps it.
    return text if text.isprintable() else text.encode("utf-8", "backslashreplace").decode("utf-8")


def _record(store: StoreRef, path: str, c: dict, containers: dict[int, str]) -> CookieRecord:
    attrs = c.get("originAttributes") or {}
    context = attrs.get("userContextId") or 0
    context = context if isinstance(context, int) else 0
    same_site = c.get("sameSite", 256)
    return CookieRecord(
        store.browser,
        store.profile,
        containers.get(context, f"Container {context}") if context else None,
        store.path,
        _shown(c["host"]),
        _shown(c["name"]),
        _shown(c.get("path", "/")),
        None,
        None,
        None,
        bool(c.get("secure")),
        bool(c.get("httponly")),
        _SAME_SITE.get(same_site, "unspecified") if isinstance(same_site, int) else "unspecified",
        partition_label(attrs),
        True,
        cookie_key_values(c),
        KeySchema(store.path, "session", KEY_COLUMNS),
    )
