"""Open a browser's SQLite store for reading without ever changing it, even while the browser runs."""
from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
from typing import Iterator
from urllib.parse import quote

from inspector.domain.errors import CodedError
from inspector.domain.stores import run_dir

# The files SQLite may need beside the database to see the latest committed rows:
# a WAL store keeps new rows in -wal, a rollback store may have a hot -journal.
_SIDE_FILES = ("-wal", "-journal")


class StoreReadError(CodedError):
    """A store could not be read. `code` is one of the StoreError codes."""


def _classify(exc: sqlite3.Error) -> StoreReadError:
    text = str(exc)
    low = text.lower()
    if "locked" in low or "busy" in low:
        return StoreReadError("locked", "the database is locked by a running browser")
    if "not a database" in low or "malformed" in low or "file is encrypted" in low:
        return StoreReadError("corrupt", f"the file is corrupt or not an SQLite database ({text})")
    if "unable to open" in low:
        return StoreReadError("unreadable", f"cannot open the database ({text})")
    return StoreReadError("unreadable", text)


def check_readable(path: str) -> None:
    """Fail early with a message a user understands, before SQLite's generic ones."""
    if not os.path.exists(path):
        raise StoreReadError("missing", "the file does not exist")
    if os.path.isdir(path):
        raise StoreReadError("not-cookies", "this is a directory, not a cookie database")
    if not os.access(path, os.R_OK):
        raise StoreReadError("permission", "permission denied: this user cannot read the file")
    if os.path.getsize(path) == 0:
        raise StoreReadError("corrupt", "the file is empty")


def _open_ro(path: str) -> sqlite3.Connection:
    con = sqlite3.connect(sqlite_uri(path, "ro"), uri=True, check_same_thread=False)
    # Touch the schema now: SQLite opens lazily, and lock/corruption errors show up here.
    con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return con


def sqlite_uri(path: str, mode: str, immutable: bool = False) -> str:
    """The `file:` URI that opens `path` with `mode` (ro | rw), and with `immutable` as an unchanging file."""
    uri = "file:" + quote(os.path.abspath(path).replace(os.sep, "/"), safe="/:") + f"?mode={mode}"
    return uri + "&immutable=1" if immutable else uri


def q(name: str) -> str:
    """A quoted SQL identifier (column, table and index names come from the store's own schema)."""
    return '"' + name.replace('"', '""') + '"'


@contextlib.contextmanager
def _private_copy(path: str) -> Iterator[sqlite3.Connection]:
    # The copy holds cookie values, which are secrets: it lives in a 0700 folder of this
    # run's own folder, only for this read; run_dir removes the run's folder on a signal or
    # at exit, and the next run removes it after a kill -9.
    tmp = tempfile.mkdtemp(prefix="read-", dir=run_dir.path())
    try:
        target = os.path.join(tmp, os.path.basename(path))
        try:
            shutil.copyfile(path, target)
            for suffix in _SIDE_FILES:
                if os.path.exists(path + suffix):
                    shutil.copyfile(path + suffix, target + suffix)
        except OSError as exc:
            raise StoreReadError("locked", f"cannot copy the locked database ({exc.strerror or exc})") from exc
        # Read-write on the copy, so SQLite replays the -wal into what we read.
        con = sqlite3.connect(target, check_same_thread=False)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
            yield con
        finally:
            con.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _is_wal(path: str) -> bool:
    # Bytes 18-19 of the header are the file format versions; 2 means WAL mode.
    with open(path, "rb") as f:
        header = f.read(20)
    return len(header) == 20 and header[18] == 2


def _side_size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def _stamp(path: str) -> tuple[int, int]:
    st = os.stat(path)
    return st.st_size, st.st_mtime_ns


@contextlib.contextmanager
def _immutable(path: str) -> Iterator[sqlite3.Connection]:
    """Read a WAL store whose -wal is empty: everything committed is in the main file.

    A plain read-only open of a WAL database creates -shm and -wal beside it, which would
    leave traces in the browser's profile; `immutable` reads the main file alone, with no
    locks and no side files. A browser moves pages into the main file only at a checkpoint,
    so the file is stamped before and after: a change in between means the read may be torn.
    """
    before = _stamp(path)
    con = sqlite3.connect(sqlite_uri(path, "ro", immutable=True), uri=True, check_same_thread=False)
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        yield con
    finally:
        con.close()
    if _stamp(path) != before:
        raise StoreReadError("locked", "the browser changed the database while it was being read; "
                                       "refresh to read it again")


@contextlib.contextmanager
def open_store(path: str) -> Iterator[sqlite3.Connection]:
    """A read-only connection to `path` that leaves the browser's files exactly as they were.

    - A rollback-journal store (Chromium) is opened read-only in place.
    - A WAL store (Firefox) with an empty -wal is read from its main file alone.
    - A WAL store whose -wal holds rows, or one a running browser has locked, is read from a
      private copy of the database *with* its -wal: a running Firefox holds its database with
      exclusive locking and keeps fresh rows in the -wal, and SQLite ignores a torn trailing
      WAL frame by its checksum, so the copy is consistent.
    """
    check_readable(path)
    try:
        wal = _is_wal(path)
    except OSError as exc:
        raise StoreReadError("unreadable", f"cannot open the database ({exc.strerror or exc})") from exc
    if not wal:
        try:
            con = _open_ro(path)
        except sqlite3.Error as exc:
            err = _classify(exc)
            if err.code == "corrupt":
                raise err from exc
        else:
            try:
                yield con
            except sqlite3.Error as exc:
                raise _classify(exc) from exc
            finally:
                con.close()
            return
    opener = _immutable if wal and _side_size(path + "-wal") == 0 else _private_copy
    try:
        with opener(path) as con:
            yield con
    except sqlite3.Error as exc:
        raise _classify(exc) from exc


def table_columns(con: sqlite3.Connection, table: str, schema: str = "main") -> list[str]:
    """The table's columns in order; `schema` names an ATTACHed database."""
    return [row[1] for row in con.execute(f"PRAGMA {schema}.table_info({table})")]


def unique_key_columns(con: sqlite3.Connection, table: str, schema: str = "main") -> tuple[str, ...]:
    """The columns of the table's widest UNIQUE index or constraint, in index order.

    Browsers widen their unique key over the years (partition, scheme, port...), so the
    key is read from the schema rather than assumed.
    """
    best: tuple[str, ...] = ()
    for row in con.execute(f"PRAGMA {schema}.index_list({table})"):
        name, unique = row[1], row[2]
        if not unique:
            continue
        cols = tuple(r[2] for r in con.execute(f"PRAGMA {schema}.index_info({q(name)})"))
        if len(cols) > len(best):
            best = cols
    return best
