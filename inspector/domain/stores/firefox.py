"""Read cookie metadata from a Firefox-family profile: cookies.sqlite plus the session store."""
from __future__ import annotations

import os
import sqlite3

from ..records import CookieKey, CookieRecord, StoreRef
from . import firefox_session
from .firefox_attrs import container_names, parse_origin_attributes, partition_label
from .sqlite_source import StoreReadError, open_store, table_columns, unique_key_columns

# PRAGMA user_version of moz_cookies. From 16 (Firefox 142) `expiry` is in ms, before in s.
EXPIRY_MS_FROM = 16
MIN_SCHEMA = 7
MAX_KNOWN_SCHEMA = 17

SAME_SITE = {0: "none", 1: "lax", 2: "strict", 256: "unspecified"}
KEY_COLUMNS = ("name", "host", "path", "originAttributes")

_REQUIRED = ("name", "host", "path", "expiry", "creationTime", "isSecure", "isHttpOnly")


def check_schema(con: sqlite3.Connection) -> tuple[int, set[str], tuple[str, ...]]:
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "moz_cookies" not in tables:
        raise StoreReadError("not-cookies", "not a Firefox cookie database (it has no 'moz_cookies' table)")
    version = con.execute("PRAGMA user_version").fetchone()[0]
    if not MIN_SCHEMA <= version <= MAX_KNOWN_SCHEMA:
        raise StoreReadError(
            "schema",
            f"unknown cookie schema {version} (this app reads {MIN_SCHEMA} to {MAX_KNOWN_SCHEMA}); "
            "expiry units may differ, so it is not guessed",
        )
    present = set(table_columns(con, "moz_cookies"))
    missing = [c for c in _REQUIRED if c not in present]
    if missing:
        raise StoreReadError("schema", f"unknown cookie schema: moz_cookies lacks {', '.join(missing)}")
    key = unique_key_columns(con, "moz_cookies") or KEY_COLUMNS
    return version, present, key


def read(store: StoreRef) -> list[CookieRecord]:
    """Every cookie of the profile, database rows first, then session-store cookies."""
    containers = container_names(store.profile_dir or os.path.dirname(store.path))
    with open_store(store.path) as con:
        try:
            records = _read_db(con, store, containers)
        except sqlite3.Error as exc:
            raise StoreReadError("corrupt", f"cannot read moz_cookies ({exc})") from exc
    seen = {r.key.values for r in records}
    for rec in firefox_session.read(store, containers):
        # A session cookie that also sits in the DB (never seen, but cheap to rule out) shows once.
        if rec.key.values not in seen:
            records.append(rec)
    return records


def _read_db(con, store: StoreRef, containers: dict[int, str]) -> list[CookieRecord]:
    version, present, key_columns = check_schema(con)
    expiry_to_us = 1000 if version >= EXPIRY_MS_FROM else 1_000_000
    has_same_site = "sameSite" in present
    has_oa = "originAttributes" in present
    sql = (
        "SELECT name, host, path, expiry, creationTime, lastAccessed, isSecure, isHttpOnly, "
        + ("sameSite" if has_same_site else "256")
        + ", "
        + ("originAttributes" if has_oa else "''")
        + " FROM moz_cookies"
    )
    key_cols = tuple(key_columns)
    key_index = tuple({"name": 0, "host": 1, "path": 2, "originAttributes": 9}[c] for c in key_cols)
    browser, profile, path = store.browser, store.profile, store.path
    same_site = SAME_SITE
    attrs_cache: dict[str, tuple] = {}
    out = []
    append = out.append
    for row in con.execute(sql):
        oa = row[9]
        parsed = attrs_cache.get(oa)
        if parsed is None:
            attrs = parse_origin_attributes(oa)
            context = attrs.get("userContextId", 0)
            parsed = (
                containers.get(context, f"Container {context}") if context else None,
                partition_label(attrs),
            )
            attrs_cache[oa] = parsed
        expiry = row[3]
        append(
            CookieRecord(
                browser,
                profile,
                parsed[0],
                path,
                row[1],
                row[0],
                row[2],
                expiry * expiry_to_us if expiry else None,
                row[4] or None,
                row[5] or None,
                bool(row[6]),
                bool(row[7]),
                same_site.get(row[8], "unspecified"),
                parsed[1],
                not expiry,
                CookieKey(path, "db", key_cols, tuple(row[i] for i in key_index)),
            )
        )
    return out
