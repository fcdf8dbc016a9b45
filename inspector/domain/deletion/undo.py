"""Undo a deletion: re-insert exactly the backed-up rows and session cookies, keeping any newer cookie."""
from __future__ import annotations

import dataclasses
import os
import sqlite3
from dataclasses import dataclass
from typing import Optional

from inspector.domain.codes import RECOVERED_ROLLED_BACK, UNDO_NOT_MARKED, Note
from inspector.domain.deletion import locks
from inspector.domain.deletion import profile_lock
from inspector.domain.deletion import recovery
from inspector.domain.deletion import session_edit
from inspector.domain.deletion.backup import (DONE, PENDING, UNDOING, UNDONE, Backup, BackupError, StoreManifest,
                                              history, mark_undone, open_backup, set_status)
from inspector.domain.deletion.errors import BrowserRunning, DeletionError, as_deletion_error, failure
from inspector.domain.deletion.store_sql import (TableInfo, explain, open_rw, rollback_and_close, same_row_condition,
                                                 table_info)
from inspector.domain.records import CookieKey
from inspector.domain.stores import firefox_session
from inspector.domain.stores.sqlite_source import q, sqlite_uri

__all__ = ["undo", "history", "latest_undoable", "UndoReport", "UndoStoreResult", "DeletionError", "BrowserRunning"]


@dataclass(frozen=True)
class UndoStoreResult:
    store: object
    restored: int = 0
    session_restored: int = 0
    already_present: int = 0
    renumbered: int = 0
    kept_newer: tuple = ()  # value-free dicts (host, name, path, partition) of cookies set again since
    problem: Optional[DeletionError] = None  # why this store failed; its text(say) words it
    restored_keys: tuple = ()  # the CookieKey of every cookie put back, so a view can point at them

    @property
    def error(self) -> str:
        """The failure in English ("" when none), for logs and JSON."""
        return self.problem.message if self.problem is not None else ""


@dataclass(frozen=True)
class UndoReport:
    undo_id: str
    stores: tuple[UndoStoreResult, ...]
    notes: tuple[Note, ...] = ()  # codes.NOTES: a backup that could not be marked as undone

    @property
    def restored(self) -> int:
        return sum(s.restored + s.session_restored for s in self.stores)

    @property
    def kept_newer(self) -> list:
        return [k for s in self.stores for k in s.kept_newer]

    @property
    def restored_keys(self) -> list[CookieKey]:
        return [k for s in self.stores for k in s.restored_keys]


def _key_match(info: TableInfo, a: str, b: str) -> str:
    return " AND ".join(f"{a}.{q(c)} IS {b}.{q(c)}" for c in info.key_columns)


class _StagedUndo:
    def __init__(self, backup: Backup, m: StoreManifest):
        self.backup, self.m = backup, m
        self.con: Optional[sqlite3.Connection] = None
        self.result = UndoStoreResult(m.store)
        self.session_changed: list = []
        self.session_restored = 0
        self.session_kept: set = set()
        self.session_same: set = set()
        self.session_unwritten = False  # its session files failed after the COMMIT: the journal finishes it
        self.session_keys: tuple = ()

    def begin(self) -> None:
        if self.m.info is not None and self.m.db_count:
            self._begin_db()
        saved = self.backup.session.get(self.m.index, [])
        if saved:
            store = self.m.store
            files = session_edit.session_files(store.profile_dir or os.path.dirname(store.path))
            if not any(f.state is not None for f in files):
                raise failure("failed", "undo.no-session-store", store=store.label)
            self.session_changed, restored, self.session_kept = session_edit.restore_cookies(files, saved)
            self.session_same = session_edit.already_back(files, saved) - restored
            session_edit.encode_files(self.session_changed)
            self.session_restored = len(restored)
            self.session_keys = tuple(CookieKey(store.path, "session", firefox_session.KEY_COLUMNS, key)
                                      for key in sorted(restored))

    def _begin_db(self) -> None:
        m, store = self.m, self.m.store
        saved = m.info
        self.con = con = open_rw(store.path)
        try:
            info = table_info(con, store.family, store.path)
            if info.columns != saved.columns or info.key_columns != saved.key_columns:
                raise failure("schema", "undo.layout-changed", path=store.path)
            con.execute("ATTACH DATABASE ? AS bk", (sqlite_uri(self.backup.path, "ro"),))
            con.execute("BEGIN IMMEDIATE")
            self._restore(info)
        except sqlite3.Error as exc:
            raise as_deletion_error(explain(exc, store.path)) from exc

    def _restore(self, info: TableInfo) -> None:
        con, m = self.con, self.m
        rows, table = f"bk.{m.rows_table}", f"main.{q(info.table)}"
        conflicts = con.execute(
            f"SELECT b.rowid, t.rowid, b.{q(info.time_column)}, t.{q(info.time_column)}, "
            f"({same_row_condition(info, 'b', 't')}), b.{q('host' if info.family == 'firefox' else 'host_key')}, "
            f"b.{q('name')}, b.{q('path')} FROM {rows} b JOIN {table} t ON {_key_match(info, 'b', 't')}").fetchall()
        # "Newer" is decided by what the store held then and holds now, never by timestamps
        # (a clock set back makes a new cookie look old). The deletion removed every saved key,
        # so a row with that key now was written after it: if it equals the saved row, it is
        # ours already back (an earlier, interrupted undo); if not, the browser set it again,
        # and it is kept.
        skip, kept, same = [], [], 0
        for b_rid, _t_rid, _b_time, _t_time, identical, host, name, path in conflicts:
            skip.append((b_rid,))
            if identical:
                same += 1
            else:
                kept.append({"host": host, "name": name, "path": path, "browser": m.store.browser,
                             "profile": m.store.profile})
        con.execute("CREATE TEMP TABLE ci_skip (rid INTEGER PRIMARY KEY)")
        con.executemany("INSERT INTO temp.ci_skip VALUES (?)", skip)
        cols = [c for c in info.columns]
        col_sql = ", ".join(q(c) for c in cols)
        todo = "b.rowid NOT IN (SELECT rid FROM temp.ci_skip)"
        renumbered = 0
        if info.id_column:
            # A row whose id another cookie took since keeps its data and gets a new id.
            con.execute("CREATE TEMP TABLE ci_renum (rid INTEGER PRIMARY KEY)")
            con.execute(f"INSERT INTO temp.ci_renum SELECT b.rowid FROM {rows} b WHERE {todo} AND "
                        f"b.{q(info.id_column)} IN (SELECT {q(info.id_column)} FROM {table})")
            no_id = ", ".join(q(c) for c in cols if c != info.id_column)
            inserted = con.execute(f"INSERT INTO {table} ({col_sql}) SELECT {col_sql} FROM {rows} b WHERE {todo} "
                                   f"AND b.rowid NOT IN (SELECT rid FROM temp.ci_renum)").rowcount
            renumbered = con.execute(f"INSERT INTO {table} ({no_id}) SELECT {no_id} FROM {rows} b "
                                     f"WHERE b.rowid IN (SELECT rid FROM temp.ci_renum)").rowcount
            inserted += renumbered
        else:
            inserted = con.execute(f"INSERT INTO {table} ({col_sql}) SELECT {col_sql} FROM {rows} b "
                                   f"WHERE {todo}").rowcount
        expected = m.db_count - len(skip)
        exact = con.execute(f"SELECT count(*) FROM {rows} b JOIN {table} t ON {_key_match(info, 'b', 't')} "
                            f"AND {same_row_condition(info, 'b', 't')}").fetchone()[0]
        if inserted != expected or exact != m.db_count - len(kept):
            raise failure("failed", "undo.count-mismatch", path=m.store.path, inserted=inserted, expected=expected)
        key_sql = ", ".join(f"b.{q(c)}" for c in info.key_columns)
        keys = tuple(CookieKey(m.store.path, "db", info.key_columns, tuple(row))
                     for row in con.execute(f"SELECT {key_sql} FROM {rows} b WHERE {todo}"))
        self.result = UndoStoreResult(m.store, inserted, 0, same, renumbered, tuple(kept), restored_keys=keys)

    def rollback(self) -> None:
        rollback_and_close(self.con)
        self.con = None

    def commit(self) -> UndoStoreResult:
        store = self.m.store
        if self.con is not None:
            try:
                self.con.execute("COMMIT")
            except sqlite3.Error as exc:
                self.rollback()
                return UndoStoreResult(store, problem=failure("failed", "write.store-unchanged",
                                                              error=explain(exc, store.path)))
            self.con.close()
            self.con = None
        r = self.result
        kept = list(r.kept_newer) + [{"host": k[1], "name": k[0], "path": k[2], "browser": store.browser,
                                      "profile": store.profile, "source": "session"}
                                     for k in sorted(self.session_kept - self.session_same)]
        error = None
        try:
            session_edit.write_files(self.session_changed)
        except Exception as exc:  # after COMMIT: a failure is reported, never raised
            from inspector.domain.deletion.disk_full import full_disk_error
            full = full_disk_error(exc, store.profile_dir or os.path.dirname(store.path), changed=True)
            error = full if full is not None else failure(
                "failed", "undo.session-unwritten", store=store.label,
                detail=str(getattr(exc, "strerror", None) or exc))
            self.session_unwritten = True
        return UndoStoreResult(store, r.restored, 0 if error else self.session_restored,
                               r.already_present + len(self.session_same),
                               r.renumbered, tuple(kept), error,
                               r.restored_keys + (() if error else self.session_keys))


def latest_undoable(directory: Optional[str] = None) -> str:
    for entry in history(directory):
        if entry.undoable:
            return entry.undo_id
    raise failure("nothing", "undo.nothing-left")


def undo(undo_id: Optional[str] = None, directory: Optional[str] = None) -> UndoReport:
    """Restore what deletion `undo_id` removed (default: the latest not undone yet).

    First, an operation a killed run left half-done is finished or rolled back (recovery.py);
    the report's notes say which.
    """
    recovered = tuple(recover_interrupted(directory))
    cancelled = [n.params["undo_id"] for n in recovered if n.code == RECOVERED_ROLLED_BACK]
    if undo_id in cancelled:
        return UndoReport(undo_id, (), recovered)
    try:
        latest = undo_id or latest_undoable(directory)
    except DeletionError:
        if cancelled:
            return UndoReport(max(cancelled), (), recovered)
        raise
    if undo_id is None and cancelled and max(cancelled) > latest:
        # The latest deletion is the one just rolled back: nothing older is undone in its place.
        return UndoReport(max(cancelled), (), recovered)
    backup = _open(latest, directory)
    # The profiles are locked like a deletion locks them, and the backup is read again
    # inside: a run that finished meanwhile may have undone it already.
    with profile_lock.held([m.store for m in backup.stores]):
        report = run_locked(_open(latest, directory))
    return dataclasses.replace(report, notes=recovered + report.notes) if recovered else report


def recover_interrupted(directory: Optional[str] = None) -> list[Note]:
    """Finish or roll back what a killed deletion or undo left half-done (recovery.py); notes say which."""
    return recovery.recover(directory, finish_undo=run_locked)


def _open(undo_id: str, directory: Optional[str]) -> Backup:
    try:
        return open_backup(undo_id, directory)
    except BackupError as exc:
        raise as_deletion_error(exc) from exc


def run_locked(backup: Backup) -> UndoReport:
    """The undo itself, with the profiles already locked by the caller."""
    undo_id = backup.undo_id
    if backup.status == UNDONE:
        raise failure("nothing", "undo.already-undone", undo_id=undo_id, undone_at=backup.undone_at)
    if backup.status not in (DONE, PENDING, UNDOING):
        raise failure("nothing", "undo.never-started", undo_id=undo_id)
    found = locks.blockers([m.store for m in backup.stores])
    if found:
        raise BrowserRunning(found)
    staged = [_StagedUndo(backup, m) for m in backup.stores]
    before = backup.status
    try:
        for st in staged:
            st.begin()
        # The journal: from here a killed undo is finished by the next run (recovery.py).
        if backup.status != UNDOING:
            set_status(backup, UNDOING)
    except BaseException as exc:
        for st in staged:
            st.rollback()
        if isinstance(exc, Exception):
            raise as_deletion_error(exc) from exc
        raise
    results = tuple(st.commit() for st in staged)
    notes = []
    if all(r.error and not r.restored for r in results):
        # Nothing was put back (every COMMIT failed): the journal must not finish this undo later.
        try:
            set_status(backup, before)
        except OSError:
            pass
        raise DeletionError("failed", parts=tuple(r.problem for r in results))
    if any(st.session_unwritten for st in staged):
        # Stays `undoing`: the next run finishes putting the session cookies back.
        report = UndoReport(undo_id, results, tuple(notes))
        raise DeletionError("failed", partial=report, parts=tuple(r.problem for r in results if r.problem))
    try:
        mark_undone(backup)
    except (OSError, sqlite3.Error) as exc:
        notes.append(Note(UNDO_NOT_MARKED, {"path": backup.manifest_path, "error": str(exc)}))
    report = UndoReport(undo_id, results, tuple(notes))
    failed = [r for r in results if r.error]
    if failed:
        raise DeletionError("failed", partial=report, parts=tuple(r.problem for r in failed))
    return report
