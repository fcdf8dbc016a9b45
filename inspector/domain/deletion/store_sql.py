"""Write access to one browser cookie database: schema checks, key matching and row copies in plain SQL."""
from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from typing import Iterable, Optional

from inspector.domain.errors import CodedError
from inspector.domain.stores import chromium
from inspector.domain.stores import firefox
from inspector.domain.stores.sqlite_source import (exact_text, key_param, key_params, q, sqlite_uri, table_columns,
                                                   unique_key_columns)

# The newest store layouts this app has seen written by a real browser. A newer one may
# mean another key or other units, so nothing is written to it.
CHROMIUM_MAX_META_VERSION = max(chromium.KNOWN_META_VERSIONS)
FIREFOX_MAX_SCHEMA = firefox.MAX_KNOWN_SCHEMA

_TABLE = {"chromium": "cookies", "firefox": "moz_cookies"}
# Which column says when a row was last set: "keep the newer one" compares it.
_TIME_COLUMNS = {"chromium": ("last_update_utc", "creation_utc"), "firefox": ("updateTime", "creationTime")}
_LOCKED_WORDS = ("locked", "busy")


class StoreWriteError(CodedError):
    """A store cannot be written. `code`: running | read-only | schema | changed | failed | missing."""


@dataclass(frozen=True)
class TableInfo:
    """What a write needs to know about a store's cookie table, read from the store itself."""

    family: str
    table: str
    columns: tuple[str, ...]
    key_columns: tuple[str, ...]
    version: Optional[int]
    id_column: Optional[str]
    time_column: str

    def to_json(self) -> dict:
        return {"family": self.family, "table": self.table, "columns": list(self.columns),
                "key_columns": list(self.key_columns), "version": self.version,
                "id_column": self.id_column, "time_column": self.time_column}

    @classmethod
    def from_json(cls, data: dict) -> "TableInfo":
        return cls(data["family"], data["table"], tuple(data["columns"]), tuple(data["key_columns"]),
                   data["version"], data["id_column"], data["time_column"])


def explain(exc: BaseException, path: str) -> StoreWriteError:
    """A sqlite3/OS error as a sentence a user can act on."""
    text = str(exc)
    low = text.lower()
    from inspector.domain.deletion.disk_full import full_disk_error  # it words through errors.py
    full = full_disk_error(exc, path)
    if full is not None:
        return StoreWriteError(full.code, why=full.why, params=full.params)
    if any(w in low for w in _LOCKED_WORDS):
        return _refused("running", "write.locked", path=path, detail=text)
    if "readonly" in low or "read-only" in low or isinstance(exc, PermissionError):
        return _refused("read-only", "write.read-only", path=path, detail=text)
    if "malformed" in low or "not a database" in low:
        return _refused("failed", "write.corrupt", path=path, detail=text)
    return _refused("failed", "write.other", path=path, detail=text)


def _refused(code: str, why: str, **params) -> StoreWriteError:
    return StoreWriteError(code, why=why, params=params)


def check_writable(path: str) -> None:
    """Refuse early, with a clear reason, a store that SQLite could only open read-only."""
    if not os.path.isfile(path):
        raise _refused("missing", "write.missing", path=path)
    folder = os.path.dirname(os.path.abspath(path))
    try:
        read_only_fs = bool(os.statvfs(folder).f_flag & os.ST_RDONLY) if hasattr(os, "statvfs") else False
    except OSError:
        read_only_fs = False
    if read_only_fs:
        raise _refused("read-only", "write.read-only-fs", path=path)
    if not os.access(path, os.W_OK):
        raise _refused("read-only", "write.read-only-user", path=path)
    if not os.access(folder, os.W_OK | os.X_OK):
        # SQLite writes its journal beside the database.
        raise _refused("read-only", "write.read-only-folder", path=folder)


def open_rw(path: str) -> sqlite3.Connection:
    """A read-write connection in autocommit mode; transactions are explicit."""
    check_writable(path)
    try:
        con = sqlite3.connect(sqlite_uri(path, "rw"), uri=True, isolation_level=None, timeout=1.0,
                              check_same_thread=False)
        con.execute("PRAGMA temp_store = MEMORY")
        con.text_factory = exact_text  # a non-UTF-8 cookie name read back (undo's keys) is no error
        # Freed pages are zeroed: a deleted cookie's value must not stay readable in the file.
        # Some SQLite builds do this by default; this connection never depends on that.
        con.execute("PRAGMA secure_delete = ON")
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as exc:
        raise explain(exc, path) from exc
    return con


def rollback_and_close(con: sqlite3.Connection | None) -> None:
    """Abandon an open write transaction; a failing rollback still closes the connection
    (SQLite then rolls back from its journal or WAL on the next open)."""
    if con is None:
        return
    try:
        if con.in_transaction:
            con.execute("ROLLBACK")
    except sqlite3.Error:
        pass
    con.close()


def table_info(con: sqlite3.Connection, family: str, path: str, schema: str = "main") -> TableInfo:
    """The store's cookie table, or StoreWriteError('schema') for a layout we may not write."""
    table = _TABLE.get(family)
    if table is None:
        raise _refused("schema", "write.family", path=path, family=family)
    try:
        version = _version(con, family, path, schema)
        columns = tuple(table_columns(con, table, schema))
        key = unique_key_columns(con, table, schema)
    except sqlite3.Error as exc:
        raise explain(exc, path) from exc
    if not columns:
        raise _refused("schema", "write.no-table", path=path, family=family, table=table)
    if not key:
        raise _refused("schema", "write.no-key", path=path, table=table)
    id_column = "id" if family == "firefox" and "id" in columns else None
    time_column = next((c for c in _TIME_COLUMNS[family] if c in columns), key[0])
    return TableInfo(family, table, columns, key, version, id_column, time_column)


def _version(con, family: str, path: str, schema: str) -> Optional[int]:
    if family == "chromium":
        version = chromium.meta_version(con, schema=schema)
        compatible = chromium.meta_version(con, "last_compatible_version", schema=schema, missing=version)
        if version is None or compatible is None:
            raise _refused("schema", "write.no-meta", path=path)
        if not chromium.MIN_META_VERSION <= version <= CHROMIUM_MAX_META_VERSION \
                or compatible > CHROMIUM_MAX_META_VERSION:
            raise _refused("schema", "write.chromium-schema", path=path, version=version,
                           low=chromium.MIN_META_VERSION, high=CHROMIUM_MAX_META_VERSION)
        return version
    version = con.execute(f"PRAGMA {schema}.user_version").fetchone()[0]
    if not firefox.MIN_SCHEMA <= version <= FIREFOX_MAX_SCHEMA:
        raise _refused("schema", "write.firefox-schema", path=path, version=version, low=firefox.MIN_SCHEMA,
                       high=FIREFOX_MAX_SCHEMA)
    return version


# --- key matching -------------------------------------------------------------------

def key_join(info: TableInfo, alias: str = "t", keys: str = "k") -> str:
    # IS instead of = : a NULL in a key column still addresses its row, and SQLite uses
    # the unique index for IS as well.
    return " AND ".join(f"{alias}.{q(c)} IS {keys}.k{i}" for i, c in enumerate(info.key_columns))


def load_keys(con: sqlite3.Connection, info: TableInfo, keys: Iterable[tuple], name: str = "ci_keys") -> None:
    """Put the planned keys into a TEMP table of this connection (nothing touches the store)."""
    cols = ", ".join(f"k{i}" for i in range(len(info.key_columns)))
    con.execute(f"DROP TABLE IF EXISTS temp.{name}")
    con.execute(f"CREATE TEMP TABLE {name} ({cols})")
    # key_param: a key read from non-UTF-8 text carries its bytes, and goes back in as that TEXT.
    marks = ", ".join(key_param(i) for i in range(len(info.key_columns)))
    con.executemany(f"INSERT INTO temp.{name} VALUES ({marks})", map(key_params, keys))


def matching_rowids(con: sqlite3.Connection, info: TableInfo) -> list[int]:
    """Rowids of the rows whose full unique key is in temp.ci_keys; also kept in temp.ci_rows."""
    rowids = [r for (r,) in con.execute(f"SELECT t.rowid FROM temp.ci_keys k JOIN main.{q(info.table)} t "
                                        f"ON {key_join(info)}")]
    con.execute("DROP TABLE IF EXISTS temp.ci_rows")
    con.execute("CREATE TEMP TABLE ci_rows (rid INTEGER PRIMARY KEY)")
    con.executemany("INSERT INTO temp.ci_rows VALUES (?)", ((r,) for r in rowids))
    return rowids


def delete_rowids(con: sqlite3.Connection, info: TableInfo) -> int:
    """DELETE the rows listed in temp.ci_rows; returns the rows affected."""
    return con.execute(f"DELETE FROM main.{q(info.table)} WHERE rowid IN (SELECT rid FROM temp.ci_rows)").rowcount


def same_row_condition(info: TableInfo, a: str, b: str, skip_id: bool = True) -> str:
    cols = [c for c in info.columns if not (skip_id and c == info.id_column)]
    return " AND ".join(f"{a}.{q(c)} IS {b}.{q(c)}" for c in cols)
