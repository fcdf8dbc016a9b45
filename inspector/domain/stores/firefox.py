"""Read cookie metadata from a Firefox-family profile: cookies.sqlite plus the session store."""
from __future__ import annotations

import os
import sqlite3

from ..records import CookieRecord, KeySchema, StoreRef, new_record
from . import firefox_session
from .firefox_attrs import container_names, parse_origin_attributes, partition_label
from .sqlite_source import StoreReadError, open_store, table_columns, unique_key_columns

# PRAGMA user_version of moz_cookies. From 16 (Firefox 142) `expiry` is in ms, before in s.
EXPIRY_MS_FROM = 16
MIN_SCHEMA = 7
MAX_KNOWN_SCHEMA = 17

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
    seen = {r.key_values for r in records}
    for rec in firefox_session.read(store, containers):
        # A session cookie that also sits in the DB (never seen, but cheap to rule out) shows once.
        if rec.key_values not in seen:
            records.append(rec)
    return records


def _select(version: int, present: set[str], key_columns: tuple[str, ...]) -> str:
    """Rows in CookieRecord order with SQLite doing the unit and SameSite conversions.

    Container and partition come from originAttributes, which needs Python parsing; the
    raw string rides along at the end (after the key) and is parsed once per distinct value.
    """
    to_us = 1000 if version >= EXPIRY_MS_FROM else 1_000_000
    same_site = (
        "CASE sameSite WHEN 0 THEN 'none' WHEN 1 THEN 'lax' WHEN 2 THEN 'strict' ELSE 'unspecified' END"
        if "sameSite" in present else "'unspecified'"
    )
    oa = "originAttributes" if "originAttributes" in present else "''"
    last_access = "NULLIF(lastAccessed, 0)" if "lastAccessed" in present else "NULL"
    fields = [
        "?", "?", "NULL", "?", "host", "name", "path",
        f"NULLIF(expiry, 0) * {to_us}", "NULLIF(creationTime, 0)", last_access,
        "isSecure != 0", "isHttpOnly != 0", same_site, "NULL", "COALESCE(expiry, 0) = 0",
    ]
    fields += [oa if c == "originAttributes" else f'"{c}"' for c in key_columns]
    fields.append(oa)
    return "SELECT " + ", ".join(fields) + " FROM moz_cookies"


def _read_db(con, store: StoreRef, containers: dict[int, str]) -> list[CookieRecord]:
    version, present, key_columns = check_schema(con)
    schema = KeySchema(store.path, "db", tuple(key_columns))
    sql = _select(version, present, key_columns)
    attrs_cache: dict[str, tuple] = {}
    new = new_record
    out = []
    append = out.append
    for row in con.execute(sql, (store.browser, store.profile, store.path)):
        oa = row[-1]
        if not oa:
            append(new(CookieRecord, row[:15] + (row[15:-1], schema)))
            continue
        where = attrs_cache.get(oa)
        if where is None:
            where = attrs_cache[oa] = _container_and_partition(oa, containers)
        append(new(CookieRecord, row[:2] + (where[0],) + row[3:13] + (where[1], row[14], row[15:-1], schema)))
    return out


def _container_and_partition(origin_attributes: str, containers: dict[int, str]) -> tuple:
    attrs = parse_origin_attributes(origin_attributes)
    context = attrs.get("userContextId", 0)
    container = containers.get(context, f"Container {context}") if context else None
    return container, partition_label(attrs)
