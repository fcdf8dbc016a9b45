"""Put right what a killed run left half-done, from the journal in its backup, before anything else runs."""
from __future__ import annotations

import os
import sqlite3
import time
from typing import Optional

from inspector.domain.codes import RECOVERED_FINISHED, RECOVERED_ROLLED_BACK, Note
from inspector.domain.deletion import locks
from inspector.domain.deletion import profile_lock
from inspector.domain.deletion import session_edit
from inspector.domain.deletion.backup import (DONE, MANIFEST, PENDING, UNDOING, Backup, BackupError, StoreManifest,
                                              backup_dir, open_backup, read_manifest, remove, set_status)
from inspector.domain.deletion.errors import DeletionError
from inspector.domain.deletion.store_sql import open_rw, rollback_and_close, same_row_condition
from inspector.domain.stores.firefox_session import cookie_key_values
from inspector.domain.stores.sqlite_source import q, sqlite_uri

# The journal is the backup's manifest status:
#   pending  the deletion was changing the stores. Nothing changed yet (killed before a COMMIT):
#            it is rolled back, i.e. its backup is removed. Something changed (a database
#            committed, a session file rewritten): it is finished, deleting what is still there
#            of exactly the saved rows and session cookies, so a cookie the browser set
#            again since is never touched. Then it is an ordinary deletion, undoable.
#   undoing  the undo was putting cookies back: it is finished (an undo skips what is back already).


def recover(directory: Optional[str] = None, finish_undo=None) -> list[Note]:
    """Finish or roll back every interrupted deletion and undo; a note for each (codes.RECOVERED_*).

    `finish_undo(backup)` runs an undo with its profiles locked (undo.run_locked; passed in,
    as undo itself calls this first). Call undo.recover_interrupted() rather than this.

    An operation whose browser profile is open now is left for a later run; one that cannot
    be put right (a store gone, a backup unreadable) stays `interrupted` in the history.
    """
    directory = directory or backup_dir()
    try:
        listed = os.listdir(directory)
    except OSError:
        return []
    _remove_stray_temporaries(directory, listed)
    names = sorted(n for n in listed if n.endswith(MANIFEST))
    notes = []
    for name in names:
        undo_id = name[: -len(MANIFEST)]
        try:
            if read_manifest(undo_id, directory).get("status") not in (PENDING, UNDOING):
                continue
            backup = open_backup(undo_id, directory)
            stores = [m.store for m in backup.stores]
            if locks.blockers(stores):
                continue
            with profile_lock.held(stores, wait=5.0):
                note = _recover(open_backup(undo_id, directory), finish_undo)
        except (BackupError, DeletionError, OSError, sqlite3.Error, ValueError):
            continue
        if note is not None:
            notes.append(note)
    return notes


# A manifest is rewritten in milliseconds; a temporary file this old belongs to a dead run.
STRAY_AFTER_SECONDS = 60.0


def _remove_stray_temporaries(directory: str, names: list[str]) -> None:
    """The `.<undo id>.json.<tag>.tmp` a run killed inside a manifest write leaves behind."""
    now = time.time()
    for name in names:
        if not (name.startswith(".") and name.endswith(".tmp")):
            continue
        path = os.path.join(directory, name)
        try:
            if now - os.lstat(path).st_mtime > STRAY_AFTER_SECONDS:
                os.remove(path)
        except OSError:
            pass


def _recover(backup: Backup, finish_undo) -> Optional[Note]:
    if backup.status == UNDOING:
        if finish_undo is None:
            return None
        finish_undo(backup)
        return Note(RECOVERED_FINISHED, {"undo_id": backup.undo_id, "action": "undo"})
    if backup.status != PENDING:
        return None  # another run put it right meanwhile
    if not any(_changed(backup, m) for m in backup.stores):
        remove(backup)
        return Note(RECOVERED_ROLLED_BACK, {"undo_id": backup.undo_id})
    for m in backup.stores:
        _finish_store(backup, m)
    set_status(backup, DONE)
    return Note(RECOVERED_FINISHED, {"undo_id": backup.undo_id, "action": "delete"})


def _changed(backup: Backup, m: StoreManifest) -> bool:
    """Did the deletion change this store: a saved row or session cookie no longer there as it was saved?"""
    if m.info is not None and m.db_count:
        con = _open(backup, m)
        try:
            if _present_rows(con, m) < m.db_count:
                return True
        finally:
            con.close()
    saved = backup.session.get(m.index, [])
    if saved:
        files = _session_files(m)
        present = {_canon(c) for f in files if f.state is not None for lst in _lists(f.state) for c in lst}
        return any(_canon(c) not in present for _, c in saved)
    return False


def _finish_store(backup: Backup, m: StoreManifest) -> None:
    if m.info is not None and m.db_count:
        con = _open(backup, m)
        try:
            con.execute("BEGIN IMMEDIATE")
            table = f"main.{q(m.info.table)}"
            con.execute(f"DELETE FROM {table} WHERE rowid IN (SELECT t.rowid FROM {table} t JOIN "
                        f"bk.{m.rows_table} b ON {_key_match(m, 'b', 't')} AND {same_row_condition(m.info, 'b', 't')})")
            con.execute("COMMIT")
        except BaseException:
            rollback_and_close(con)
            raise
        con.close()
    saved = backup.session.get(m.index, [])
    if saved:
        wanted = {_canon(c) for _, c in saved}
        changed = []
        for f in _session_files(m):
            if f.state is None:
                continue
            hit = False
            for cookies in _lists(f.state):
                keep = [c for c in cookies if _canon(c) not in wanted]
                hit = hit or len(keep) != len(cookies)
                cookies[:] = keep
            if hit:
                changed.append(f)
        session_edit.encode_files(changed)
        session_edit.write_files(changed)


def _open(backup: Backup, m: StoreManifest) -> sqlite3.Connection:
    con = open_rw(m.store.path)
    con.execute("ATTACH DATABASE ? AS bk", (sqlite_uri(backup.path, "ro"),))
    return con


def _present_rows(con: sqlite3.Connection, m: StoreManifest) -> int:
    return con.execute(f"SELECT count(*) FROM bk.{m.rows_table} b JOIN main.{q(m.info.table)} t ON "
                       f"{_key_match(m, 'b', 't')} AND {same_row_condition(m.info, 'b', 't')}").fetchone()[0]


def _key_match(m: StoreManifest, a: str, b: str) -> str:
    return " AND ".join(f"{a}.{q(c)} IS {b}.{q(c)}" for c in m.info.key_columns)


def _session_files(m: StoreManifest) -> list:
    return session_edit.session_files(m.store.profile_dir or os.path.dirname(m.store.path))


def _lists(state) -> list:
    from inspector.domain.stores.firefox_session import cookie_lists
    return list(cookie_lists(state))


def _canon(cookie) -> tuple:
    """A session cookie as saved, comparable: its key and every field (a cookie set again differs)."""
    import json
    if not isinstance(cookie, dict):
        return ("", json.dumps(cookie, sort_keys=True))
    return (cookie_key_values(cookie), json.dumps(cookie, sort_keys=True))
