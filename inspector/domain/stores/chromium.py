"""Read cookie metadata from a Chromium-family `Cookies` database (Chrome, Edge, Brave, Opera, Vivaldi)."""
from __future__ import annotations

import sqlite3
from operator import itemgetter

from ..records import CookieKey, CookieRecord, StoreRef
from .sqlite_source import StoreReadError, open_store, table_columns, unique_key_columns

# Chromium counts µs from 1601-01-01; records count µs from 1970-01-01.
EPOCH_DELTA_US = 11_644_473_600 * 1_000_000

# meta.version values whose layout this reader knows; newer ones are read when the
# columns it needs are present (Chromium only adds columns), older ones are refused.
MIN_META_VERSION = 10
KNOWN_META_VERSIONS = range(MIN_META_VERSION, 25)

SAME_SITE = {-1: "unspecified", 0: "none", 1: "lax", 2: "strict"}

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


def _read(con: sqlite3.Connection, store: StoreRef) -> list[CookieRecord]:
    mapping, key_columns, _version = check_schema(con)
    fields = list(mapping)
    selected = [mapping[f] for f in fields]
    # Key columns that are not already selected are appended, so one SELECT serves both.
    for column in key_columns:
        if column not in selected:
            selected.append(column)
    pos = {f: i for i, f in enumerate(fields)}
    key_of = itemgetter(*[selected.index(c) for c in key_columns])
    single_key = len(key_columns) == 1

    i_host, i_name, i_path = pos["host"], pos["name"], pos["path"]
    i_exp, i_cre = pos["expires"], pos["created"]
    i_acc = pos.get("last_access")
    i_sec, i_http = pos["secure"], pos["http_only"]
    i_ss = pos.get("same_site")
    i_pers = pos.get("persistent", pos.get("has_expires"))
    i_part = pos.get("partition")

    browser, profile, path = store.browser, store.profile, store.path
    key_cols = tuple(key_columns)
    same_site = SAME_SITE
    delta = EPOCH_DELTA_US
    out = []
    append = out.append
    sql = "SELECT " + ", ".join(f'"{c}"' for c in selected) + " FROM cookies"
    for row in con.execute(sql):
        expires = row[i_exp]
        session = (not row[i_pers]) if i_pers is not None else not expires
        partition = row[i_part] if i_part is not None else None
        access = row[i_acc] if i_acc is not None else 0
        created = row[i_cre]
        append(
            CookieRecord(
                browser,
                profile,
                None,
                path,
                row[i_host],
                row[i_name],
                row[i_path],
                None if session or not expires else expires - delta,
                created - delta if created else None,
                access - delta if access else None,
                bool(row[i_sec]),
                bool(row[i_http]),
                same_site.get(row[i_ss], "unspecified") if i_ss is not None else "unspecified",
                partition or None,
                session,
                CookieKey(path, "db", key_cols, (key_of(row),) if single_key else key_of(row)),
            )
        )
    return out
