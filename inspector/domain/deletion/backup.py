"""Backups of deleted cookies: one private SQLite file per deletion (every column, byte-exact), and the history."""
from __future__ import annotations

import hashlib
import json
import os
import secrets
import sqlite3
import time
from dataclasses import dataclass, field
from typing import Optional

import platformdirs

from inspector.domain.codes import CORRUPT, DONE, INCOMPLETE, INTERRUPTED, UNDONE
from inspector.domain.deletion.safe_dirs import check_private, check_private_file, private_dir
from inspector.domain.deletion.store_sql import TableInfo
from inspector.domain.errors import CodedError
from inspector.domain.records import StoreRef, us_to_iso
from inspector.domain.stores.firefox_session import cookie_key_values
from inspector.domain.stores.sqlite_source import q, sqlite_uri
from inspector.files import PRIVATE_MODE, write_atomic

FORMAT = 1
ENV_DATA_DIR = "CONSENT_INSPECTOR_DATA_DIR"
SUFFIX = ".sqlite"
MANIFEST = ".json"

# Life of a backup: rows file only (being written; nothing deleted yet) -> manifest `pending`
# (complete; the stores are being changed) -> `done`, later `undone`.
PENDING = "pending"  # on disk only: history() reports it as INTERRUPTED
# The journal of an undo: set before its first store is changed, replaced by `undone` after
# the last. A run that finds it (the undo was killed) finishes that undo (recovery.py).
UNDOING = "undoing"  # on disk only: history() reports it as INTERRUPTED too


class BackupError(CodedError):
    """The backup cannot be written or read. `code`: unwritable | missing | corrupt | undone."""


def data_dir() -> str:
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return os.path.abspath(os.path.expanduser(override))
    return platformdirs.user_data_dir("consent-inspector", appauthor=False)


def make_private_folder(path: str, why: str) -> None:
    """`path` made 0700 with every missing parent, and refused when another user could have planted
    it; a full disk is said as one, any other failure is a BackupError worded by `why`
    (problem_words: what the folder is for, and what was left unchanged)."""
    try:
        private_dir(path)
    except OSError as exc:
        from inspector.domain.deletion.disk_full import full_disk_error
        full = full_disk_error(exc, os.path.dirname(path))
        if full is not None:
            raise full from exc
        raise BackupError("unwritable", why=why, params={"path": path, "detail": str(exc.strerror or exc)}) from exc


def backup_dir(create: bool = False) -> str:
    """<data dir>/backups; with `create`, made 0700 (or stripped of group and other access)."""
    path = os.path.join(data_dir(), "backups")
    if create:
        make_private_folder(path, "backup.folder")
        if not os.access(path, os.W_OK | os.X_OK):
            raise BackupError("unwritable", why="backup.folder-unwritable", params={"path": path})
    return path


def new_undo_id() -> str:
    """A readable, sortable ID: UTC time to the millisecond, then a random tag.

    History lists IDs newest first by sorting them, so two deletions within one second
    must still sort in the order they were made.
    """
    now = time.time()
    millis = int(now * 1000) % 1000
    return time.strftime("%Y%m%dT%H%M%S", time.gmtime(now)) + f"{millis:03d}Z-" + secrets.token_hex(3)


def _iso(seconds: float) -> str:
    return us_to_iso(int(seconds * 1_000_000))


@dataclass
class StoreManifest:
    """What one store contributed to a backup (no cookie values here)."""

    index: int
    store: StoreRef
    info: Optional[TableInfo]
    db_count: int = 0
    session_count: int = 0
    # value-free [host, name, path, partition, container, source] of each cookie
    cookies: list = field(default_factory=list)

    def to_json(self) -> dict:
        s = self.store
        return {"index": self.index,
                "store": {"family": s.family, "browser": s.browser, "profile": s.profile, "path": s.path,
                          "profile_dir": s.profile_dir, "lock_dir": s.lock_dir, "profile_id": s.profile_id},
                "table": self.info.to_json() if self.info else None, "db_count": self.db_count,
                "session_count": self.session_count, "cookies": self.cookies}

    @classmethod
    def from_json(cls, data: dict) -> "StoreManifest":
        return cls(data["index"], StoreRef(**data["store"]),
                   TableInfo.from_json(data["table"]) if data["table"] else None,
                   data["db_count"], data["session_count"], data["cookies"])

    @property
    def rows_table(self) -> str:
        return f"rows_{self.index}"


def _write_manifest(path: str, doc: dict) -> None:
    # ASCII escapes: a store path from a Latin-1 folder holds surrogates that UTF-8 cannot encode.
    write_atomic(path, json.dumps(doc, separators=(",", ":")), PRIVATE_MODE)


def _sha256_file(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


class BackupWriter:
    """Writes `<undo_id>.sqlite` (the rows, every column, byte-exact; never changed once complete)
    and `<undo_id>.json` (manifest, status and the SHA-256 of the .sqlite), both 0600 in a 0700 folder.
    The .json appears only once the .sqlite is complete and on disk.
    """

    def __init__(self, undo_id: Optional[str] = None, directory: Optional[str] = None):
        self.undo_id = undo_id or new_undo_id()
        self.directory = directory or backup_dir(create=True)
        self.path = os.path.join(self.directory, self.undo_id + SUFFIX)
        self.manifest_path = os.path.join(self.directory, self.undo_id + MANIFEST)
        self.con: Optional[sqlite3.Connection] = None
        self.stores: list[StoreManifest] = []
        self.doc: dict = {}
        try:
            fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            os.close(fd)
            # uri=True also lets ATTACH below take a read-only `file:...?mode=ro` URI.
            self.con = sqlite3.connect(sqlite_uri(self.path, "rw"), uri=True, isolation_level=None,
                                       check_same_thread=False)
            # A new file: if we die while writing it, it is simply never used (no .json),
            # so it needs no journal; finish() syncs it before anything is deleted.
            self.con.execute("PRAGMA journal_mode = OFF")
            self.con.execute("PRAGMA synchronous = OFF")
            self.con.execute("PRAGMA temp_store = MEMORY")
            self.con.execute("CREATE TABLE session_cookies (store_idx INTEGER, file TEXT, cookie TEXT)")
        except (OSError, sqlite3.Error) as exc:
            self.discard()
            raise self._error(exc) from exc

    def _error(self, exc: BaseException) -> BackupError:
        from inspector.domain.deletion.disk_full import full_disk_error
        full = full_disk_error(exc, self.path)
        if full is not None:
            return BackupError(full.code, why=full.why, params=full.params)
        text = getattr(exc, "strerror", None) or str(exc)
        return BackupError("unwritable", why="backup.unwritable", params={"path": self.path, "detail": text})

    def add_store(self, manifest: StoreManifest, rowids: list[int], session: list[tuple[str, dict]]) -> None:
        """Copy the store's rows with these rowids (SQL to SQL, byte-exact) and the session cookies."""
        try:
            if manifest.info is not None and rowids:
                self._copy_rows(manifest, rowids)
            manifest.session_count = len({json.dumps(cookie_key(c)) for _, c in session})
            self.con.executemany("INSERT INTO session_cookies VALUES (?, ?, ?)",
                                 [(manifest.index, rel, json.dumps(c)) for rel, c in session])
            # ensure_ascii: a lone surrogate a page put in a cookie stays a \uXXXX escape,
            # which SQLite's UTF-8 text can hold and json.loads gives back exactly.
        except (OSError, sqlite3.Error) as exc:
            raise self._error(exc) from exc
        self.stores.append(manifest)

    def _copy_rows(self, m: StoreManifest, rowids: list[int]) -> None:
        info, con = m.info, self.con
        con.execute("ATTACH DATABASE ? AS src", (sqlite_uri(m.store.path, "ro"),))
        try:
            con.execute("CREATE TEMP TABLE ci_rows (rid INTEGER PRIMARY KEY)")
            con.executemany("INSERT INTO temp.ci_rows VALUES (?)", ((r,) for r in rowids))
            cols = ", ".join(q(c) for c in info.columns)
            # No declared types: every value keeps its storage class exactly.
            con.execute(f"CREATE TABLE {m.rows_table} ({cols})")
            m.db_count = con.execute(f"INSERT INTO {m.rows_table} SELECT {cols} FROM src.{q(info.table)} "
                                     "WHERE rowid IN (SELECT rid FROM temp.ci_rows) ORDER BY rowid").rowcount
        finally:
            con.execute("DROP TABLE IF EXISTS temp.ci_rows")
            con.execute("DETACH DATABASE src")

    def finish(self) -> None:
        """Close and sync the rows file, then write the manifest: from now on the backup is usable."""
        try:
            self.close()
            fd = os.open(self.path, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
            now = time.time()
            self.doc = {"format": FORMAT, "undo_id": self.undo_id, "created": _iso(now), "created_epoch": now,
                        "status": PENDING, "undone_at": None, "sha256": _sha256_file(self.path),
                        "stores": [m.to_json() for m in self.stores]}
            _write_manifest(self.manifest_path, self.doc)
        except (OSError, sqlite3.Error) as exc:
            raise self._error(exc) from exc

    def set_status(self, status: str) -> None:
        self.doc["status"] = status
        try:
            _write_manifest(self.manifest_path, self.doc)
        except OSError as exc:
            raise self._error(exc) from exc

    def close(self) -> None:
        con, self.con = self.con, None
        if con is not None:
            con.close()

    def discard(self) -> None:
        """Remove a backup whose deletion did not happen (nothing to undo)."""
        self.close()
        for path in (self.manifest_path, self.path, self.path + "-journal"):
            try:
                os.remove(path)
            except OSError:
                pass


def cookie_key(cookie: dict) -> tuple:
    return cookie_key_values(cookie)


# --- reading backups ----------------------------------------------------------------

@dataclass
class Backup:
    """A backup opened for undo: its manifest read and its rows file verified."""

    undo_id: str
    path: str  # the rows file (.sqlite)
    manifest_path: str
    doc: dict
    stores: list[StoreManifest]
    session: dict  # store index -> list[(file, cookie dict)]

    @property
    def status(self) -> str:
        return self.doc.get("status", "")

    @property
    def created(self) -> str:
        return self.doc.get("created", "")

    @property
    def undone_at(self) -> Optional[str]:
        return self.doc.get("undone_at")


def _check_id(undo_id: str) -> None:
    if not undo_id or os.sep in undo_id or "/" in undo_id or undo_id.startswith("."):
        raise BackupError("missing", why="backup.not-an-id", params={"undo_id": undo_id})


# The manifest fields that history and undo use, with the types they must have: a hand-edited
# or damaged manifest is refused by name (and listed as corrupt) instead of failing later.
_TOP_TYPES = {"status": str, "created": str, "undone_at": (str, type(None)), "stores": list}
_STORE_TYPES = {"index": int, "db_count": int, "session_count": int, "store": dict, "cookies": list,
                "table": (dict, type(None))}
_REF_TYPES = {"family": str, "browser": str, "profile": str, "path": str}


def _check_types(doc) -> None:
    if not isinstance(doc, dict):
        raise TypeError("the manifest is not a JSON object")
    _check_fields(doc, _TOP_TYPES, "")
    for i, m in enumerate(doc["stores"]):
        if not isinstance(m, dict):
            raise TypeError(f"stores[{i}] is not an object")
        _check_fields(m, _STORE_TYPES, f"stores[{i}].")
        _check_fields(m["store"], _REF_TYPES, f"stores[{i}].store.")


def _check_fields(data: dict, types: dict, prefix: str) -> None:
    for name, wanted in types.items():
        value = data.get(name)
        if not isinstance(value, wanted) or isinstance(value, bool) and wanted is int:
            raise TypeError(f"'{prefix}{name}' is {type(value).__name__}, which this field cannot be")


def read_manifest(undo_id: str, directory: Optional[str] = None) -> dict:
    _check_id(undo_id)
    path = os.path.join(directory or backup_dir(), undo_id + MANIFEST)
    if not os.path.isfile(path):
        raise BackupError("missing", why="backup.no-such", params={"undo_id": undo_id, "folder": os.path.dirname(path)})
    try:
        with open(path, "rb") as fh:
            doc = json.loads(fh.read().decode("utf-8"))
        if doc.get("format") != FORMAT or doc.get("undo_id") != undo_id:
            raise ValueError("not a backup manifest of this app, or of another undo ID")
        _check_types(doc)
        doc["_stores"] = [StoreManifest.from_json(m) for m in doc["stores"]]
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BackupError("corrupt", why="backup.manifest-corrupt", params={"path": path, "detail": str(exc)}) from exc
    return doc


def check_trusted(directory: str, undo_id: Optional[str] = None) -> None:
    """Refuse (DeletionError UNSAFE_PATH) a data folder, backup folder or backup that another
    user owns or may write: a planted backup would put that user's cookies into the stores."""
    if os.path.isdir(directory):
        parent = os.path.dirname(os.path.abspath(directory))
        check_private(parent)
        check_private(directory)
    if undo_id is not None:
        for path in (os.path.join(directory, undo_id + MANIFEST), os.path.join(directory, undo_id + SUFFIX)):
            if os.path.lexists(path):
                check_private_file(path)


def open_backup(undo_id: str, directory: Optional[str] = None) -> Backup:
    """Read and verify a backup; BackupError('missing' | 'corrupt') when it cannot be trusted,
    DeletionError(UNSAFE_PATH) when another user could have planted or changed it."""
    directory = directory or backup_dir()
    _check_id(undo_id)
    check_trusted(directory, undo_id)
    doc = read_manifest(undo_id, directory)
    rows = os.path.join(directory, undo_id + SUFFIX)
    if not os.path.isfile(rows):
        raise BackupError("missing", why="backup.rows-missing", params={"undo_id": undo_id, "path": rows})
    try:
        digest = _sha256_file(rows)
    except OSError as exc:
        raise BackupError("corrupt", why="backup.rows-unreadable", params={"path": rows, "detail": str(exc.strerror)}) from exc
    if digest != doc.get("sha256"):
        raise BackupError("corrupt", why="backup.checksum", params={"path": rows})
    session: dict = {}
    try:
        con = sqlite3.connect(sqlite_uri(rows, "ro"), uri=True, isolation_level=None)
        try:
            for idx, rel, cookie in con.execute("SELECT store_idx, file, cookie FROM session_cookies ORDER BY rowid"):
                session.setdefault(idx, []).append((rel, json.loads(cookie)))
        finally:
            con.close()
    except (sqlite3.Error, ValueError) as exc:
        raise BackupError("corrupt", why="backup.rows-corrupt", params={"path": rows, "detail": str(exc)}) from exc
    return Backup(undo_id, rows, os.path.join(directory, undo_id + MANIFEST), doc, doc.pop("_stores"), session)


def mark_undone(backup: Backup) -> None:
    doc = dict(backup.doc)
    doc["status"] = UNDONE
    doc["undone_at"] = _iso(time.time())
    _write_manifest(backup.manifest_path, doc)


def set_status(backup: Backup, status: str) -> None:
    """Write a new status into the backup's manifest (its journal): PENDING, UNDOING, DONE."""
    doc = dict(backup.doc)
    doc["status"] = status
    _write_manifest(backup.manifest_path, doc)
    backup.doc["status"] = status


def remove(backup: Backup) -> None:
    """Delete a backup whose deletion never changed anything: the manifest first, so it never looks complete."""
    for path in (backup.manifest_path, backup.path):
        try:
            os.remove(path)
        except FileNotFoundError:
            pass


# --- history ------------------------------------------------------------------------

@dataclass(frozen=True)
class Entry:
    """One past deletion as the History view and `undo --list` show it."""

    undo_id: str
    created: str
    status: str  # done | undone | interrupted | incomplete | corrupt
    counts: dict  # (browser, profile) -> number of cookies
    total: int
    path: str
    undone_at: Optional[str] = None
    problem: Optional[CodedError] = None  # why it is corrupt or incomplete; its text(say) words it

    @property
    def message(self) -> str:
        """Why, in English ("" when nothing is wrong), for logs and JSON."""
        return self.problem.message if self.problem is not None else ""

    @property
    def undoable(self) -> bool:
        return self.status in (DONE, INTERRUPTED)


def history(directory: Optional[str] = None) -> list[Entry]:
    """Every backup in the folder, newest first. Unreadable ones are listed as corrupt."""
    directory = directory or backup_dir()
    try:
        names = os.listdir(directory)
    except OSError:
        return []
    try:
        check_trusted(directory)
    except CodedError as exc:
        # Listed, so the user sees why, but none is undoable: another user may have planted them.
        unsafe = exc
    else:
        unsafe = None
    ids = {n[: -len(MANIFEST)] for n in names if n.endswith(MANIFEST)}
    # A rows file without a manifest: the app stopped while writing it, before deleting anything.
    orphans = {n[: -len(SUFFIX)] for n in names if n.endswith(SUFFIX)} - ids
    entries = []
    for undo_id in sorted(ids | orphans, reverse=True):
        path = os.path.join(directory, undo_id + SUFFIX)
        if undo_id in orphans:
            entries.append(Entry(undo_id, "", INCOMPLETE, {}, 0, path,
                                 problem=BackupError(INCOMPLETE, why="backup.interrupted-early")))
            continue
        try:
            if unsafe is not None:
                raise unsafe
            check_trusted(directory, undo_id)
            doc = read_manifest(undo_id, directory)
        except CodedError as exc:
            entries.append(Entry(undo_id, "", CORRUPT, {}, 0, path, problem=exc))
            continue
        counts: dict = {}
        for m in doc["_stores"]:
            key = (m.store.browser, m.store.profile)
            counts[key] = counts.get(key, 0) + m.db_count + m.session_count
        status = {PENDING: INTERRUPTED, UNDOING: INTERRUPTED}.get(doc["status"], doc["status"])
        missing = None if os.path.isfile(path) else BackupError("missing", why="backup.saved-missing")
        entries.append(Entry(undo_id, doc.get("created", ""), status, counts, sum(counts.values()), path,
                             doc.get("undone_at"), missing))
    return entries
