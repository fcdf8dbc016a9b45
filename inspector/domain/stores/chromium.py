"""Read cookie metadata from a Chromium-family `Cookies` database (Chrome, Edge, Brave, Opera, Vivaldi)."""
from __future__ import annotations

import sqlite3
from operator import itemgetter
from inspector.domain.records import CookieRecord, KeySchema, StoreRef, new_record
from inspector.domain.stores.sqlite_source import (unreadable, built_rows, open_store, table_columns,
                                                   unique_key_columns)

# Chromium counts µs from 1601-01-01; records count µs from 1970-01-01.
EPOCH_DELTA_US = 11_644_473_600 * 1_000_000

# meta.version values whose layout this reader knows; newer ones are read when the
# columns it needs are present (Chromium only adds columns), older ones are refused.
MIN_META_VERSION = 10
KNOWN_META_VERSIONS = range(MIN_META_VERSION, 25)

# Column spellings changed over the years; the first present one is used.
_COLUMN_CHOICES = {
    "host": ("host_key",),
    "name": ("name",),
    "path": ("path",),
    "expires": ("expires_utc",),
    "created": ("creation_utc",),
    "last_access": ("last_access_utc",),
    "secure": ("is_secure", "secure"),
    "http_only": ("is_httponly", "httponly"),
    "same_site": ("samesite", "firstpartyonly"),
    "persistent": ("is_persistent", "persistent"),
    "has_expires": ("has_expires",),
    "partition": ("top_frame_site_key",),
}
_REQUIRED = ("host", "name", "path", "expires", "created", "secure", "http_only")


def meta_version(con: sqlite3.Connection, key: str = "version", *, schema: str = "main",
                 missing: int | None = None) -> int | None:
    """A number from the store's meta table: `version` or `last_compatible_version`.

    None when the table cannot be read or the value is not a whole number; `missing` when
    the table has no such row (the compatible version defaults to the version).
    """
    try:
        row = con.execute(f"SELECT value FROM {schema}.meta WHERE key = ?", (key,)).fetchone()
    except sqlite3.Error:
        return None
    if row is None:
        return missing
    try:
        return int(row[0])
    except (TypeError, ValueError):
        return None


def check_schema(con: sqlite3.Connection) -> tuple[dict[str, str], tuple[str, ...], int | None]:
    """Map our field names to this store's columns, and find its unique key."""
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "cookies" not in tables:
        raise unreadable("not-cookies", "read.not-chromium")
    version = meta_version(con)
    if version is not None and version < MIN_META_VERSION:
        raise unreadable("schema", "read.chromium-old", version=version, low=MIN_META_VERSION)
    present = set(table_columns(con, "cookies"))
    mapping = {}
    for field, choices in _COLUMN_CHOICES.items():
        for column in choices:
            if column in present:
                mapping[field] = column
                break
    missing = [f for f in _REQUIRED if f not in mapping]
    if missing:
        cols = ", ".join(_COLUMN_CHOICES[f][0] for f in missing)
        raise unreadable("schema", "read.chromium-columns", columns=cols)
    key = unique_key_columns(con, "cookies") or ("host_key", "name", "path")
    return mapping, key, version


def read(store: StoreRef) -> list[CookieRecord]:
    """Every cookie of the store, without values. Raises StoreReadError."""
    with open_store(store.path) as con:
        try:
            return _read(con, store)
        except sqlite3.Error as exc:
            raise unreadable("corrupt", "read.chromium-rows", detail=str(exc)) from exc


# Fields read per row, in this order; key columns not among them are appended after.
_ROW_FIELDS = ("host", "name", "path", "expires", "created", "last_access", "secure", "http_only",
               "same_site", "partition", "persistent")
SAME_SITE = {-1: "unspecified", 0: "none", 1: "lax", 2: "strict"}


def _read(con: sqlite3.Connection, store: StoreRef) -> list[CookieRecord]:
    mapping, key_columns, _version = check_schema(con)
    mapping.setdefault("persistent", mapping.get("has_expires") or mapping["expires"])
    # Every column is selected once and the key is gathered from the row by itemgetter:
    # duplicate or computed columns would make SQLite build a new string per cell.
    columns = [mapping.get(f, "NULL") for f in _ROW_FIELDS]
    columns += [c for c in key_columns if c not in columns]
    key_of = itemgetter(*[columns.index(c) for c in key_columns])
    if len(key_columns) == 1:
        single = key_of
        key_of = lambda row: (single(row),)  # noqa: E731 - keys are always tuples
    schema = KeySchema(store.path, "db", tuple(key_columns))
    sql = "SELECT " + ", ".join(c if c == "NULL" else f'"{c}"' for c in columns) + " FROM cookies"
    browser, profile, path, delta, same_site, new = store.browser, store.profile, store.path, EPOCH_DELTA_US, \
        SAME_SITE, new_record
    def build(r, exact):
        return new(CookieRecord, (
            browser, profile, None, path, r[0], r[1], r[2],
            r[3] - delta if r[10] and r[3] else None,
            r[4] - delta if r[4] else None,
            r[5] - delta if r[5] else None,
            r[6], r[7], same_site.get(r[8], "unspecified"), r[9] or None, not r[10],
            key_of(exact), schema,
        ))

    return built_rows(con, sql, build)
