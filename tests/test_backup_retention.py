"""Backups (with the deleted cookies' values) are kept for the retention only (default 30 days), can be deleted now, and the confirmation says how long undo lasts."""
from __future__ import annotations

import json
import os
import sqlite3

import pytest

from deletion_support import chromium_store, cli, firefox_store, records
from inspector.domain.clock import FixedClock
from inspector.domain.deletion import plan as deletion
from inspector.domain.deletion import retention
from inspector.domain.deletion.store_sql import open_rw
from inspector.domain.deletion.undo import history, undo

DAY_US = 86_400 * 1_000_000


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    path = tmp_path / "data"
    monkeypatch.setenv("CONSENT_INSPECTOR_DATA_DIR", str(path))
    return path


def _delete(store, *names):
    chosen = [r for r in records(store) if r.name in names]
    assert chosen
    return deletion.execute(deletion.plan_deletion(chosen, [store]))


def _age(data_dir, undo_id: str, days: float) -> None:
    """Make a backup look `days` old (its manifest's creation time)."""
    from inspector.domain.records import us_to_iso
    path = data_dir / "backups" / f"{undo_id}.json"
    doc = json.loads(path.read_text())
    created_us = int(doc["created_epoch"] * 1_000_000 - days * DAY_US)
    doc["created"], doc["created_epoch"] = us_to_iso(created_us), created_us / 1_000_000
    path.write_text(json.dumps(doc))


def test_the_default_is_30_days_and_the_setting_is_kept(data_dir):
    assert retention.retention_days() == 30
    retention.set_retention_days(7)
    assert retention.retention_days() == 7
    assert oct(os.stat(data_dir / "settings.json").st_mode & 0o777) == "0o600"
    with pytest.raises(retention.RetentionError):
        retention.set_retention_days(0)
    (data_dir / "settings.json").write_text("{not json")
    assert retention.retention_days() == 30


def test_a_deletion_removes_the_backups_older_than_the_retention_and_says_so(real_stores, data_dir):
    store = chromium_store(real_stores)
    old = _delete(store, "_ga")
    recent = _delete(store, "_gid")
    _age(data_dir, old.undo_id, 31)
    _age(data_dir, recent.undo_id, 29)
    report = _delete(store, "prefs")
    notes = [n for n in report.notes if n.code == "backups-removed"]
    assert [(n.params["count"], n.params["days"]) for n in notes] == [(1, 30)]
    assert sorted(e.undo_id for e in history()) == sorted([recent.undo_id, report.undo_id])
    assert not (data_dir / "backups" / f"{old.undo_id}.sqlite").exists()
    with pytest.raises(deletion.DeletionError) as err:
        undo(old.undo_id)
    assert err.value.code == "missing"


def test_prune_follows_the_injected_clock_and_never_removes_an_interrupted_journal(real_stores, data_dir):
    store = chromium_store(real_stores)
    done = _delete(store, "_ga")
    pending = _delete(store, "_gid")
    path = data_dir / "backups" / f"{pending.undo_id}.json"
    doc = json.loads(path.read_text())
    doc["status"] = "pending"
    path.write_text(json.dumps(doc))
    created = int(json.loads((data_dir / "backups" / f"{done.undo_id}.json").read_text())["created_epoch"]
                  * 1_000_000)
    assert retention.prune(FixedClock(created + 10 * DAY_US), days=30) is None
    note = retention.prune(FixedClock(created + 31 * DAY_US), days=30)
    assert note.params == {"count": 1, "days": 30}
    assert [e.undo_id for e in history()] == [pending.undo_id]


def test_delete_backups_now_and_the_setting_from_the_command_line(real_stores, data_dir):
    store = firefox_store(real_stores)
    _delete(store, "_ga")
    env = {"CONSENT_INSPECTOR_DATA_DIR": str(data_dir)}
    shown = cli("backups", env=env)
    assert shown.returncode == 0 and "Backups are kept 30 days; 1 deletion can be undone." in shown.stdout
    assert cli("backups", "--keep-days", "0", env=env).returncode == 2
    assert "kept 7 days" in cli("backups", "--keep-days", "7", env=env).stdout
    refused = cli("backups", "--delete-now", env=env)
    assert refused.returncode == 2 and "without confirmation" in refused.stderr and len(history()) == 1
    gone = cli("backups", "--delete-now", "--yes", env=env)
    assert gone.returncode == 0 and "1 backup deleted" in gone.stdout, gone.stderr
    assert history() == [] and list((data_dir / "backups").glob("*.sqlite")) == []
    assert cli("undo", env=env).returncode == 1


def test_the_plan_carries_how_long_its_undo_lasts(real_stores, data_dir):
    retention.set_retention_days(12)
    store = chromium_store(real_stores)
    plan = deletion.plan_deletion([r for r in records(store) if r.name == "_ga"], [store])
    assert plan.keep_days == 12


def test_the_deletion_connection_zeroes_what_it_deletes(real_stores, data_dir):
    store = firefox_store(real_stores)
    con = open_rw(store.path)
    try:
        assert con.execute("PRAGMA secure_delete").fetchone()[0] == 1
    finally:
        con.close()
    # A value only one cookie holds: after its deletion, no byte of the store's files holds it.
    marker = b"zz-secret-marker-" + os.urandom(8).hex().encode()
    con = sqlite3.connect(store.path)
    con.execute("PRAGMA secure_delete = OFF")  # the browser's own writes need not zero anything
    con.execute("UPDATE moz_cookies SET value = ? WHERE name = '_ga'", (marker.decode(),))
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    assert marker in open(store.path, "rb").read()
    _delete(store, "_ga")
    con = sqlite3.connect(store.path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    found = [p for p in (store.path, store.path + "-wal") if os.path.exists(p) and marker in open(p, "rb").read()]
    assert found == [], "the deleted cookie's value is still in the file"
