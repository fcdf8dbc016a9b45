"""Delete cookies safely: plan -> preview -> backup -> one transaction per store -> report."""
from __future__ import annotations

import dataclasses
import os
import sqlite3
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Optional

from inspector.domain.codes import (DISK_FULL, HISTORY_NOT_UPDATED, KEPT, LINE_STORE, LINE_TOTAL, UNSUPPORTED_FAMILY,
                                    UNSUPPORTED_SOURCE, Note)
from inspector.domain.deletion import locks
from inspector.domain.deletion import profile_lock
from inspector.domain.deletion import retention
from inspector.domain.deletion import session_edit
from inspector.domain.deletion.disk_full import full_disk_error
from inspector.domain.deletion.backup import DONE, BackupError, BackupWriter, StoreManifest
from inspector.domain.deletion.errors import BrowserRunning, DeletionError, as_deletion_error, failure
from inspector.domain.deletion.store_sql import (delete_rowids, explain, load_keys, matching_rowids, open_rw,
                                                 rollback_and_close, table_info)
from inspector.domain.clock import SYSTEM
from inspector.domain.records import CookieRecord, StoreRef
from inspector.domain.stores.discovery import stores_from_path

__all__ = ["plan_deletion", "execute", "Plan", "StoreGroup", "Report", "StoreResult", "DeletionError",
           "BrowserRunning"]


# --- plan ---------------------------------------------------------------------------

@dataclass(frozen=True)
class StoreGroup:
    """The planned cookies of one store: rows of its database and cookies of its session store."""

    store: StoreRef
    db_records: tuple[CookieRecord, ...]
    session_records: tuple[CookieRecord, ...]
    key_columns: tuple[str, ...]
    db_keys: tuple[tuple, ...]  # the full unique key of each database row, in db_records order
    session_keys: frozenset

    @property
    def records(self) -> tuple[CookieRecord, ...]:
        return self.db_records + self.session_records


@dataclass
class Plan:
    groups: list[StoreGroup]
    # What was chosen but cannot be deleted, with why: a codes.REFUSALS note.
    unsupported: list[tuple[CookieRecord, Note]] = field(default_factory=list)
    # How long the backup of this deletion is kept, so how long it can be undone (the
    # confirmation says it: wording.UNDO_LASTS).
    keep_days: int = retention.DEFAULT_DAYS

    @property
    def records(self) -> list[CookieRecord]:
        return [r for g in self.groups for r in g.records]

    @property
    def count(self) -> int:
        return sum(len(g.records) for g in self.groups)

    @property
    def stores(self) -> list[StoreRef]:
        return [g.store for g in self.groups]

    def counts(self) -> dict[tuple[str, str], int]:
        out: dict = {}
        for g in self.groups:
            key = (g.store.browser, g.store.profile)
            out[key] = out.get(key, 0) + len(g.records)
        return out

    def lock_check(self) -> locks.LockCheck:
        """Whether the profiles of the plan are open: lock files, then one process scan per profile."""
        return locks.check(self.stores)

    def blockers(self) -> list:
        """The open profiles, from a new lock check (for a "Retry"; with notes too, take lock_check())."""
        return self.lock_check().blockers

    def notes(self, check: Optional[locks.LockCheck] = None) -> list[Note]:
        """STALE_LOCK notes of `check` (none without one), then a KEPT note per cookie that cannot be deleted."""
        notes = list(check.notes) if check is not None else []
        for record, refusal in self.unsupported:
            notes.append(Note(KEPT, {"browser": record.browser, "profile": record.profile, "name": record.name,
                                     "host": record.host, "reason": refusal.code, **refusal.params}))
        return notes

    def lines(self) -> list[Note]:
        """The preview: a LINE_TOTAL line (count), then a LINE_STORE line per store with what goes from where."""
        lines = [Note(LINE_TOTAL, {"count": self.count})]
        for g in self.groups:
            lines.append(Note(LINE_STORE, {"browser": g.store.browser, "profile": g.store.profile,
                                           "database": len(g.db_records), "path": g.store.path,
                                           "session": len(g.session_records), "folder": g.store.profile_dir}))
        return lines


def plan_deletion(cookies: Iterable, stores: Optional[Iterable[StoreRef]] = None) -> Plan:
    """Group the chosen cookies per store; reads nothing and changes nothing."""
    refs = {_norm(s.path): s for s in stores or ()}
    grouped: dict[str, list] = {}
    seen = set()
    plan = Plan([], keep_days=retention.retention_days())
    for item in cookies:
        record: CookieRecord = getattr(item, "record", item)
        key = record.key
        ident = (key.store, key.source, key.values)
        if ident in seen:
            continue
        seen.add(ident)
        if key.source not in ("db", "session"):
            plan.unsupported.append((record, Note(UNSUPPORTED_SOURCE)))
            continue
        grouped.setdefault(_norm(record.store), []).append((record, key))
    for path, items in grouped.items():
        store = refs.get(path) or _store_for(items[0][0])
        if store.family not in ("chromium", "firefox"):
            refusal = Note(UNSUPPORTED_FAMILY, {"family": store.family})
            plan.unsupported.extend((r, refusal) for r, _ in items)
            continue
        db = [(r, k) for r, k in items if k.source == "db"]
        session = [(r, k) for r, k in items if k.source == "session"]
        columns = {k.columns for _, k in db}
        if len(columns) > 1:
            raise failure("changed", "plan.mixed-layouts", path=store.path)
        plan.groups.append(StoreGroup(store, tuple(r for r, _ in db), tuple(r for r, _ in session),
                                      tuple(columns.pop()) if columns else (), tuple(k.values for _, k in db),
                                      frozenset(k.values for _, k in session)))
    return plan


@lru_cache(maxsize=1024)  # a clean-up plans tens of thousands of cookies of a few stores
def _norm(path: str) -> str:
    return os.path.normcase(os.path.abspath(path))


def _store_for(record: CookieRecord) -> StoreRef:
    try:
        for ref in stores_from_path(record.browser, record.store):
            if _norm(ref.path) == _norm(record.store):
                return ref
    except ValueError:
        pass
    family = "chromium" if "host_key" in record.key.columns else "firefox"
    folder = os.path.dirname(record.store)
    lock_dir = os.path.dirname(folder) if family == "chromium" else folder
    return StoreRef(family, record.browser, record.profile, record.store, folder, lock_dir)


# --- execute ------------------------------------------------------------------------

@dataclass(frozen=True)
class StoreResult:
    store: StoreRef
    deleted: int = 0
    session_deleted: int = 0
    session_files: tuple[str, ...] = ()
    problem: Optional[DeletionError] = None  # why this store failed; its text(say) words it

    @property
    def error(self) -> str:
        """The failure in English ("" when none), for logs and JSON."""
        return self.problem.message if self.problem is not None else ""


@dataclass(frozen=True)
class Report:
    undo_id: str
    deleted: tuple[CookieRecord, ...]
    stores: tuple[StoreResult, ...]
    backup_path: str
    notes: tuple[Note, ...] = ()  # stale locks, cookies kept, a history entry that lags

    @property
    def count(self) -> int:
        return sum(s.deleted + s.session_deleted for s in self.stores)


class _Staged:
    """One store inside its write transaction: planned rows verified present, nothing written yet."""

    def __init__(self, group: StoreGroup):
        self.group = group
        self.con: Optional[sqlite3.Connection] = None
        self.info = None
        self.rowids: list[int] = []
        self.session_changed: list = []
        self.session_removed: list = []
        self.deleted = 0

    def begin(self) -> None:
        store, group = self.group.store, self.group
        if group.db_keys:
            self._begin_db(store)
        if group.session_keys:
            files = session_edit.session_files(store.profile_dir or os.path.dirname(store.path))
            present = set().union(*(session_edit.keys_in(f.state) for f in files if f.state is not None))
            gone = group.session_keys - present
            if gone:
                raise failure("changed", "plan.session-gone", store=store.label, n=len(gone))
            self.session_changed, self.session_removed = session_edit.remove_cookies(files, group.session_keys)
            session_edit.encode_files(self.session_changed)

    def _begin_db(self, store: StoreRef) -> None:
        keys = self.group.db_keys
        self.con = con = open_rw(store.path)
        try:
            self.info = info = table_info(con, store.family, store.path)
            if self.group.key_columns != info.key_columns:
                raise failure("changed", "plan.key-changed", path=store.path, columns=", ".join(info.key_columns))
            load_keys(con, info, keys)
            # From here until COMMIT no other program can write the store.
            con.execute("BEGIN IMMEDIATE")
            self.rowids = matching_rowids(con, info)
        except sqlite3.Error as exc:
            raise as_deletion_error(explain(exc, store.path)) from exc
        if len(self.rowids) != len(keys):
            raise failure("changed", "plan.rows-gone", path=store.path, n=len(keys) - len(self.rowids),
                          planned=len(keys))

    def delete(self) -> None:
        if self.con is None:
            return
        try:
            self.deleted = delete_rowids(self.con, self.info)
        except sqlite3.Error as exc:
            raise as_deletion_error(explain(exc, self.group.store.path)) from exc
        if self.deleted != len(self.group.db_keys):
            raise failure("failed", "plan.count-mismatch", path=self.group.store.path, deleted=self.deleted,
                          planned=len(self.group.db_keys))

    def rollback(self) -> None:
        rollback_and_close(self.con)
        self.con = None

    def commit(self) -> None:
        if self.con is not None:
            try:
                self.con.execute("COMMIT")
            finally:
                self.con.close()
                self.con = None


def execute(plan: Plan, directory: Optional[str] = None, clock=None) -> Report:
    """Back up, then delete, every planned cookie; all or nothing per store. See the module doc."""
    if not plan.groups:
        raise failure("nothing", "plan.nothing")
    # What a killed run left half-done is put right first (its notes lead the report).
    from inspector.domain.deletion.undo import recover_interrupted  # undo never imports plan

    recovered = tuple(recover_interrupted(directory))
    # Backups older than the retention go, with the cookie values they hold.
    pruned = retention.prune(clock or SYSTEM, directory=directory)
    recovered += (pruned,) if pruned is not None else ()
    # One run at a time per profile, from the first read of its stores to its history entry:
    # the session store is rewritten whole, so two runs would otherwise undo each other's edit.
    with profile_lock.held(plan.stores):
        report = _execute(plan, directory)
    return dataclasses.replace(report, notes=recovered + report.notes) if recovered else report


def _execute(plan: Plan, directory: Optional[str]) -> Report:
    # Checked again here, right before writing: the user may have opened a browser since the plan.
    check = plan.lock_check()
    if check.blockers:
        raise BrowserRunning(check.blockers)
    notes = tuple(plan.notes(check))
    staged = [_Staged(g) for g in plan.groups]
    writer = None
    try:
        for st in staged:
            st.begin()
        # The backup is complete and on disk before the first row goes.
        writer = BackupWriter(directory=directory)
        for index, st in enumerate(staged):
            described = [_brief(r) for r in st.group.records]
            writer.add_store(StoreManifest(index, st.group.store, st.info, cookies=described), st.rowids,
                             st.session_removed)
        writer.finish()
        for st in staged:
            st.delete()
    except BaseException as exc:
        for st in staged:
            st.rollback()
        if writer is not None:
            writer.discard()
        if isinstance(exc, Exception):
            raise as_deletion_error(exc) from exc
        raise
    results, refusals = _commit_all(staged)
    if all(r is not None for r in refusals):
        # No COMMIT went through: nothing was deleted, so there is nothing to undo or to record.
        writer.discard()
        first = refusals[0]
        raise DeletionError(first.code if first.code == DISK_FULL else "failed",
                            params=first.params if first.code == DISK_FULL else None,
                            parts=tuple(r.problem for r in results))
    if any(r.error for r, refused in zip(results, refusals) if refused is None):
        # A session store could not be rewritten after its COMMIT: the backup stays `pending`,
        # its journal, and the next run finishes the deletion (recovery.py).
        pass
    else:
        notes += _set_done(writer)
    report = Report(writer.undo_id, tuple(r for st in staged for r in st.group.records), tuple(results),
                    writer.path, notes)
    failed = [r for r in results if r.error]
    if failed:
        raise DeletionError("failed", partial=report, why="plan.others-lost", params={"undo_id": writer.undo_id},
                            parts=tuple(r.problem for r in failed))
    return report


def _set_done(writer) -> tuple:
    try:
        writer.set_status(DONE)
    except BackupError as exc:
        # The deletion happened and its backup is complete; only the history's word for it lags.
        return (Note(HISTORY_NOT_UPDATED, {"error": exc.message}),)
    return ()


def _commit_all(staged: list[_Staged]) -> tuple[list[StoreResult], list]:
    """Commit each store, then rewrite its session files. Returns the results and, per store,
    the StoreWriteError of a COMMIT that failed (that store is unchanged) or None."""
    results, refusals = [], []
    for st in staged:
        store = st.group.store
        try:
            st.commit()
        except sqlite3.Error as exc:
            err = explain(exc, store.path)
            results.append(StoreResult(store, problem=as_deletion_error(err) if err.code == DISK_FULL else
                                       failure(err.code, "write.store-unchanged", error=err)))
            refusals.append(err)
            continue
        refusals.append(None)
        written: tuple = ()
        error = None
        if st.session_changed:
            try:
                session_edit.write_files(st.session_changed)
                written = tuple(f.rel for f in st.session_changed)
            except Exception as exc:  # after COMMIT: a failure is reported, never raised
                full = full_disk_error(exc, store.profile_dir or os.path.dirname(store.path), changed=True)
                error = full if full is not None else failure(
                    "failed", "plan.session-unwritten", store=store.label,
                    detail=str(getattr(exc, "strerror", None) or exc))
        removed = len({session_edit.cookie_key_values(c) for _, c in st.session_removed})
        results.append(StoreResult(store, st.deleted, removed if not error else 0, written, error))
    return results, refusals


def _brief(record: CookieRecord) -> list:
    return [record.host, record.name, record.path, record.partition, record.container, record.key.source]


def describe(record: CookieRecord) -> dict:
    """A value-free description of a cookie for the history and JSON output."""
    return {"browser": record.browser, "profile": record.profile, "host": record.host, "name": record.name,
            "path": record.path, "partition": record.partition, "container": record.container,
            "source": record.key.source}
