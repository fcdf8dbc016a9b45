"""Open a browser's SQLite store for reading without ever changing it, even while the browser runs."""
from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import stat
import tempfile
from typing import Iterator
from urllib.parse import quote

from inspector.domain.bounded_read import kind_of
from inspector.domain.errors import CodedError
from inspector.domain.stores import run_dir

# The files SQLite may need beside the database to see the latest committed rows:
# a WAL store keeps new rows in -wal, a rollback store may have a hot -journal.
_SIDE_FILES = ("-wal", "-journal")


class StoreReadError(CodedError):
    """A store could not be read. `code` is one of the StoreError codes; `why` a key of problem_words."""


def unreadable(code: str, why: str, **params) -> StoreReadError:
    return StoreReadError(code, why=why, params=params)


def _classify(exc: sqlite3.Error) -> StoreReadError:
    text = str(exc)
    low = text.lower()
    if "locked" in low or "busy" in low:
        return unreadable("locked", "read.locked")
    if "not a database" in low or "malformed" in low or "file is encrypted" in low:
        return unreadable("corrupt", "read.corrupt", detail=text)
    if "unable to open" in low:
        return unreadable("unreadable", "read.cannot-open", detail=text)
    return StoreReadError("unreadable", text)  # SQLite's own words, which no catalogue holds


class StoredText(bytes):
    """A TEXT cell whose bytes are not UTF-8: real browsers store a cookie name, host or path
    exactly as a website's `Set-Cookie` header sent it (bytes E9 FF included). It stays bytes in
    a cookie's key, so deletion and undo address that very row; records show `shown()` instead."""

    __slots__ = ()

    def shown(self) -> str:
        # The way escapes.escape spells a character it cannot print: `\\xe9`.
        return self.decode("utf-8", "backslashreplace")


def exact_text(raw: bytes):
    """A text_factory that never fails: UTF-8 text as str, anything else as StoredText."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return StoredText(raw)


def is_decode_error(exc: BaseException) -> bool:
    """Did SQLite's default text_factory meet a TEXT cell that is not UTF-8?"""
    return isinstance(exc, sqlite3.OperationalError) and "decode" in str(exc).lower()


def shown_row(row: tuple) -> tuple:
    """The row as records show it: every StoredText cell made printable text."""
    return tuple(c.shown() if type(c) is StoredText else c for c in row)


def exact_rows(con: sqlite3.Connection, sql: str) -> Iterator[tuple]:
    """(shown row, exact row) pairs: the slow path a reader takes once a store holds a non-UTF-8 cell."""
    con.text_factory = exact_text
    try:
        for row in con.execute(sql):
            yield shown_row(row), row
    finally:
        con.text_factory = str


def built_rows(con: sqlite3.Connection, sql: str, build) -> list:
    """build(shown row, exact row) for every row: the fast path while every TEXT cell is UTF-8."""
    try:
        return [build(r, r) for r in con.execute(sql)]
    except sqlite3.OperationalError as exc:
        if not is_decode_error(exc):
            raise
    # A website's raw bytes in a name, host or path: read again, keeping them exact in the key.
    return [build(shown, exact) for shown, exact in exact_rows(con, sql)]


def key_param(index: int) -> str:
    """The SQL for key value `index` bound by key_params: a StoredText goes in as the TEXT it
    was read from (CAST keeps its bytes), every other value as itself."""
    a, b = 2 * index + 1, 2 * index + 2
    return f"CASE WHEN ?{b} THEN CAST(?{a} AS TEXT) ELSE ?{a} END"


def key_params(values: tuple) -> tuple:
    """The parameters key_param expects: each value, then whether it is a StoredText."""
    out: list = []
    for v in values:
        out += (v, type(v) is StoredText)
    return tuple(out)


def check_readable(path: str) -> None:
    """Fail early with a message a user understands, before SQLite's generic ones (or a read that
    blocks forever on a named pipe, or never ends on /dev/zero)."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            raise unreadable("missing", "read.dangling-link", target=os.readlink(path)) from None
        raise unreadable("missing", "read.missing") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise unreadable("unreadable", "read.link-loop") from None
        if exc.errno in (errno.EACCES, errno.EPERM):
            raise unreadable("permission", "read.cannot-reach") from None
        raise unreadable("unreadable", "read.unreachable", detail=str(exc.strerror or exc)) from None
    if stat.S_ISDIR(st.st_mode):
        raise unreadable("not-cookies", "read.folder")
    if not stat.S_ISREG(st.st_mode):
        raise unreadable("not-cookies", "read.special", file_kind=kind_of(st.st_mode))
    if not os.access(path, os.R_OK):
        raise unreadable("permission", "read.denied")
    if st.st_size == 0:
        raise unreadable("corrupt", "read.empty")


def _open_ro(path: str) -> sqlite3.Connection:
    con = sqlite3.connect(sqlite_uri(path, "ro"), uri=True, check_same_thread=False)
    # Touch the schema now: SQLite opens lazily, and lock/corruption errors show up here.
    con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return con


def sqlite_uri(path: str, mode: str, immutable: bool = False) -> str:
    """The `file:` URI that opens `path` with `mode` (ro | rw), and with `immutable` as an unchanging file."""
    # fsencode: a folder named in Latin-1 long ago is bytes that are not UTF-8 (surrogate escapes
    # in the str); its exact bytes are percent-encoded, and SQLite opens exactly that file.
    uri = "file:" + quote(os.fsencode(os.path.abspath(path).replace(os.sep, "/")), safe="/:") + f"?mode={mode}"
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
            raise unreadable("locked", "read.cannot-copy", detail=str(exc.strerror or exc)) from exc
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
        raise unreadable("locked", "read.torn")


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
        raise unreadable("unreadable", "read.cannot-open", detail=str(exc.strerror or exc)) from exc
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
