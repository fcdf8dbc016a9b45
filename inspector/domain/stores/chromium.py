"""Read cookie metadata from a Chromium-family `Cookies` database (Chrome, Edge, Brave, Opera, Vivaldi)."""
from __future__ import annotations

import sqlite3
from ..records import CookieRecord, KeySchema, StoreRef, new_record
from .sqlite_source import StoreReadError, open_store, table_columns, unique_key_columns

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


def meta_version(con: sqlite3.Connection) -> int | None:
    try:
        row = con.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
    except sqlite3.Error:
        return None
    try:
        return int(row[0]) if row else None
    except (TypeError, ValueError):
        return None


def check_schema(con: sqlite3.Connection) -> tuple[dict[str, str], tuple[str, ...], int | None]:
    """Map our field names to this store's columns, and find its unique key."""
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "cookies" not in tables:
        raise StoreReadError("not-cookies", "not a Chromium cookie database (it has no 'cookies' table)")
    version = meta_version(con)
    if version is not None and version < MIN_META_VERSION:
        raise StoreReadError(
            "schema", f"unknown cookie schema: meta version {version} is older than this app reads ({MIN_META_VERSION})"
        )
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
        raise StoreReadError("schema", f"unknown cookie schema: the cookies table lacks {cols}")
    key = unique_key_columns(con, "cookies") or ("host_key", "name", "path")
    return mapping, key, version


def read(store: StoreRef) -> list[CookieRecord]:
    """Every cookie of the store, without values. Raises StoreReadError."""
    with open_store(store.path) as con:
        try:
            return _read(con, store)
        except sqlite3.Error as exc:
            raise StoreReadError("corrupt", f"cannot read the cookies table ({exc})") from exc


def _select(mapping: dict[str, str], key_columns: tuple[str, ...]) -> str:
    """One SELECT whose rows are already in CookieRecord order, conversions done by SQLite.

    Doing the epoch shift, the SameSite names and the session flag in SQL keeps the
    Python work per row to one slice and one tuple: a scan of 100,000 cookies then
    costs little more than reading them.
    """
    persistent = mapping.get("persistent") or mapping.get("has_expires")
    expires = f'"{mapping["expires"]}"'
    alive = f'"{persistent}"' if persistent else expires
    same_site = (
        f"""CASE "{mapping['same_site']}" WHEN 0 THEN 'none' WHEN 1 THEN 'lax' WHEN 2 THEN 'strict' """
        "ELSE 'unspecified' END" if "same_site" in mapping else "'unspecified'"
    )
    last_access = f'NULLIF("{mapping["last_access"]}", 0) - {EPOCH_DELTA_US}' if "last_access" in mapping else "NULL"
    partition = f'NULLIF("{mapping["partition"]}", \'\')' if "partition" in mapping else "NULL"
    fields = [
        "?", "?", "NULL", "?",
        f'"{mapping["host"]}"', f'"{mapping["name"]}"', f'"{mapping["path"]}"',
        f"CASE WHEN {alive} AND {expires} THEN {expires} - {EPOCH_DELTA_US} END",
        f'NULLIF("{mapping["created"]}", 0) - {EPOCH_DELTA_US}',
        last_access,
        f'"{mapping["secure"]}" != 0', f'"{mapping["http_only"]}" != 0',
        same_site,
        partition,
        f"NOT ({alive})" if persistent else f"{expires} = 0",
    ]
    fields += [f'"{c}"' for c in key_columns]
    return "SELECT " + ", ".join(fields) + " FROM cookies"


def _read(con: sqlite3.Connection, store: StoreRef) -> list[CookieRecord]:
    mapping, key_columns, _version = check_schema(con)
    schema = KeySchema(store.path, "db", tuple(key_columns))
    rows = con.execute(_select(mapping, key_columns), (store.browser, store.profile, store.path))
    new = new_record
    return [new(CookieRecord, row[:15] + (row[15:], schema)) for row in rows]
