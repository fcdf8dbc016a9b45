"""Read cookie metadata from a Firefox-family profile: cookies.sqlite plus the session store."""
from __future__ import annotations

import os
import sqlite3
from operator import attrgetter, itemgetter

from inspector.domain.records import CookieList, CookieRecord, KeySchema, StoreError, StoreRef, new_record
from inspector.domain.stores import firefox_session
from inspector.domain.stores.firefox_attrs import container_names, parse_origin_attributes, partition_label
from inspector.domain.stores.sqlite_source import (unreadable, built_rows, open_store, table_columns,
                                                   unique_key_columns)

# PRAGMA user_version of moz_cookies. From 16 (Firefox 142) `expiry` is in ms, before in s.
EXPIRY_MS_FROM = 16
MIN_SCHEMA = 7
MAX_KNOWN_SCHEMA = 17

KEY_COLUMNS = ("name", "host", "path", "originAttributes")

_REQUIRED = ("name", "host", "path", "expiry", "creationTime", "isSecure", "isHttpOnly")


def check_schema(con: sqlite3.Connection) -> tuple[int, set[str], tuple[str, ...]]:
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "moz_cookies" not in tables:
        raise unreadable("not-cookies", "read.not-firefox")
    version = con.execute("PRAGMA user_version").fetchone()[0]
    if not MIN_SCHEMA <= version <= MAX_KNOWN_SCHEMA:
        raise unreadable("schema", "read.firefox-schema", version=version, low=MIN_SCHEMA, high=MAX_KNOWN_SCHEMA)
    present = set(table_columns(con, "moz_cookies"))
    missing = [c for c in _REQUIRED if c not in present]
    if missing:
        raise unreadable("schema", "read.firefox-columns", columns=", ".join(missing))
    key = unique_key_columns(con, "moz_cookies") or KEY_COLUMNS
    return version, present, key


def read(store: StoreRef) -> list[CookieRecord]:
    """Every cookie of the profile, database rows first, then session-store cookies."""
    warnings: list[str] = []
    containers = container_names(store.profile_dir or os.path.dirname(store.path), warnings)
    with open_store(store.path) as con:
        try:
            records = CookieList(_read_db(con, store, containers))
        except sqlite3.Error as exc:
            raise unreadable("corrupt", "read.firefox-rows", detail=str(exc)) from exc
    session = firefox_session.read(store, containers, warnings)
    records.warnings = tuple(StoreError(store, w.message, "session", w) for w in warnings)
    if session:
        # Firefox never writes session cookies to the DB, but a hand-edited or migrated
        # profile could hold both; the set is built from the small side only.
        wanted = {r.key_values for r in session}
        in_db = wanted.intersection(map(_KEY_VALUES, records))
        records.extend(r for r in session if r.key_values not in in_db)
    return records


_KEY_VALUES = attrgetter("key_values")
SAME_SITE = {0: "none", 1: "lax", 2: "strict", 256: "unspecified"}


def _read_db(con, store: StoreRef, containers: dict[int, str]) -> list[CookieRecord]:
    version, present, key_columns = check_schema(con)
    to_us = 1000 if version >= EXPIRY_MS_FROM else 1_000_000
    fields = ["name", "host", "path", "expiry", "creationTime",
              "lastAccessed" if "lastAccessed" in present else "NULL", "isSecure", "isHttpOnly",
              "sameSite" if "sameSite" in present else "256",
              "originAttributes" if "originAttributes" in present else "''"]
    # Each column once; the key comes from the row by itemgetter (see chromium.py for why).
    key_of = itemgetter(*[fields.index(c) for c in key_columns])
    schema = KeySchema(store.path, "db", tuple(key_columns))
    sql = "SELECT " + ", ".join(fields) + " FROM moz_cookies"
    browser, profile, path, same_site, new = store.browser, store.profile, store.path, SAME_SITE, new_record
    where_cache: dict[str, tuple] = {"": (None, None)}

    def build(r, exact):
        where = where_cache.get(r[9])
        if where is None:
            where = where_cache[r[9]] = _container_and_partition(r[9], containers)
        expiry = r[3]
        return new(CookieRecord, (
            browser, profile, where[0], path, r[1], r[0], r[2],
            expiry * to_us if expiry else None, r[4] or None, r[5] or None,
            r[6], r[7], same_site.get(r[8], "unspecified"), where[1], not expiry,
            key_of(exact), schema,
        ))

    return built_rows(con, sql, build)


def _container_and_partition(origin_attributes: str, containers: dict[int, str]) -> tuple:
    attrs = parse_origin_attributes(origin_attributes)
    context = attrs.get("userContextId", 0)
    container = containers.get(context, f"Container {context}") if context else None
    return container, partition_label(attrs)
