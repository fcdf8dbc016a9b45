"""Undo part of a deletion (one cookie, one site): its rows copied into a backup of their own, then undone exactly."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import time
from typing import Iterable, Optional

from inspector.domain.deletion import labels
from inspector.domain.deletion.backup import (DONE, FORMAT, MANIFEST, SUFFIX, UNDONE, BackupError, StoreManifest,
                                              backup_dir, cookie_key, data_dir, new_undo_id, open_backup,
                                              read_manifest)
from inspector.domain.deletion.errors import as_deletion_error, failure
from inspector.domain.deletion.undo import UndoReport, undo
from inspector.domain.records import us_to_iso
from inspector.domain.sites import site_of
from inspector.domain.stores.sqlite_source import q, sqlite_uri

# A part's own folder: undo() reads and marks it there, and the history never lists it.
_PARTS = "parts"


def deleted_cookies(undo_id: str, directory: Optional[str] = None) -> list[dict]:
    """What a deletion removed, value-free: browser, profile, host, name, path, partition, container,
    source, site, store (its index in the backup), and whether it was put back since."""
    doc = read_manifest(undo_id, directory)
    restored = {tuple(x) for x in labels.read_label(undo_id)["restored"]}
    out = []
    for m in doc["_stores"]:
        for host, name, path, partition, container, source in m.cookies:
            ident = (m.index, host, name, path, source)
            out.append({"store": m.index, "browser": m.store.browser, "profile": m.store.profile, "host": host,
                        "name": name, "path": path, "partition": partition, "container": container,
                        "source": source, "site": site_of(host), "restored": ident in restored})
    return out


def undo_part(undo_id: str, cookies: Iterable[dict] = (), sites: Iterable[str] = (),
              directory: Optional[str] = None) -> UndoReport:
    """Restore, out of deletion `undo_id`, these cookies (dicts as deleted_cookies() gives them) and every
    cookie of these sites. The rest stays deleted and restorable; the same checks as undo() apply
    (open profiles refused, newer cookies kept, every row verified)."""
    directory = directory or backup_dir()
    wanted = {(c["store"], c["host"], c["name"], c["path"], c["source"]) for c in cookies}
    sites = frozenset(sites)
    try:
        backup = open_backup(undo_id, directory)
    except BackupError as exc:
        raise as_deletion_error(exc) from exc
    if backup.status == UNDONE:
        raise failure("nothing", "undo.already-undone", undo_id=undo_id, undone_at=backup.undone_at)

    def chosen(index: int, host: str, name: str, path: str, source: str) -> bool:
        return (index, host, name, path, source) in wanted or site_of(host) in sites

    part_id = new_undo_id()
    folder = os.path.join(data_dir(), _PARTS, part_id)
    os.makedirs(folder, mode=0o700)
    try:
        count, idents = _copy_part(backup, chosen, os.path.join(folder, part_id + SUFFIX), part_id,
                                   os.path.join(folder, part_id + MANIFEST))
        if not count:
            raise failure("nothing", "undo.not-in-deletion")
        report = undo(part_id, directory=folder)
        labels.add_restored(undo_id, idents)
        return UndoReport(undo_id, report.stores, report.notes)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _copy_part(backup, chosen, rows_path: str, part_id: str, manifest_path: str) -> tuple[int, list]:
    con = sqlite3.connect(rows_path, isolation_level=None)
    stores, idents, total = [], [], 0
    try:
        con.execute("ATTACH DATABASE ? AS bk", (sqlite_uri(backup.path, "ro"),))
        con.execute("CREATE TABLE session_cookies (store_idx INTEGER, file TEXT, cookie TEXT)")
        for m in backup.stores:
            briefs = [b for b in m.cookies if chosen(m.index, b[0], b[1], b[2], b[5])]
            part = StoreManifest(m.index, m.store, m.info, cookies=briefs)
            if m.info is not None and m.db_count:
                host = "host_key" if m.info.family == "chromium" else "host"
                cols = ", ".join(q(c) for c in m.info.columns)
                con.execute(f"CREATE TABLE {m.rows_table} ({cols})")
                picked = [rid for rid, h, n, p in con.execute(
                    f"SELECT rowid, {q(host)}, name, path FROM bk.{m.rows_table}") if chosen(m.index, h, n, p, "db")]
                con.executemany(f"INSERT INTO {m.rows_table} SELECT {cols} FROM bk.{m.rows_table} WHERE rowid = ?",
                                ((r,) for r in picked))
                part.db_count = len(picked)
            session = [(rel, c) for rel, c in backup.session.get(m.index, [])
                       if chosen(m.index, c.get("host", ""), c.get("name", ""), c.get("path", ""), "session")]
            con.executemany("INSERT INTO session_cookies VALUES (?, ?, ?)",
                            [(m.index, rel, json.dumps(c, ensure_ascii=False)) for rel, c in session])
            part.session_count = len({json.dumps(cookie_key(c)) for _, c in session})
            if part.db_count or part.session_count:
                stores.append(part)
                total += part.db_count + part.session_count
                idents.extend([m.index, b[0], b[1], b[2], b[5]] for b in briefs)
        con.execute("DETACH DATABASE bk")
    finally:
        con.close()
    digest = hashlib.sha256(open(rows_path, "rb").read()).hexdigest()
    now = time.time()
    doc = {"format": FORMAT, "undo_id": part_id, "created": us_to_iso(int(now * 1_000_000)), "created_epoch": now,
           "status": DONE, "undone_at": None, "sha256": digest, "stores": [m.to_json() for m in stores]}
    fd = os.open(manifest_path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(doc, fh)
    return total, idents
