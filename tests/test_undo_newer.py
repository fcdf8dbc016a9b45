"""Undo decides "newer" by what the store held at deletion time and holds now, never by timestamps, and says what it kept."""
from __future__ import annotations

import json
import sqlite3

import pytest

from deletion_support import chromium_store, dump, records
from inspector.domain.deletion import plan as deletion
from inspector.domain.deletion.undo import history, undo
from inspector.domain.stores.demo import write_firefox
from inspector.domain.stores.discovery import stores_from_path


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    path = tmp_path / "data"
    monkeypatch.setenv("CONSENT_INSPECTOR_DATA_DIR", str(path))
    return path


def _set_again(store, report, name: str, **changes) -> None:
    """The browser sets `name` again after the deletion: same key, the given columns changed."""
    bk = sqlite3.connect(f"file:{report.backup_path}?mode=ro", uri=True)
    cols = [r[1] for r in bk.execute("PRAGMA table_info(rows_0)")]
    row = dict(zip(cols, bk.execute("SELECT * FROM rows_0 WHERE name = ?", (name,)).fetchone()))
    bk.close()
    row.update(changes)
    con = sqlite3.connect(store.path)
    con.execute(f"INSERT INTO cookies ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                [row[c] for c in cols])
    con.commit()
    con.close()
    return row


def test_a_cookie_set_again_with_an_older_timestamp_is_kept_not_replaced(real_stores, data_dir):
    # The clock was set back: the cookie the browser set after the deletion carries older times.
    store = chromium_store(real_stores)
    chosen = [r for r in records(store) if r.host == "example.org"]
    report = deletion.execute(deletion.plan_deletion(chosen, [store]))
    row = _set_again(store, report, "prefs", encrypted_value=b"v10" + bytes(32))
    con = sqlite3.connect(store.path)
    con.execute("UPDATE cookies SET last_update_utc = last_update_utc - 86400000000, "
                "creation_utc = creation_utc - 86400000000 WHERE name = 'prefs' AND host_key = 'example.org'")
    con.commit()
    con.close()
    now = dump(store.path, "cookies")
    prefs_key = next(k for k in now if k[3] == b"prefs" and k[0] == b"example.org")

    undone = undo(report.undo_id)
    assert [k["name"] for k in undone.kept_newer] == ["prefs"]
    assert undone.restored == len(chosen) - 1
    after = dump(store.path, "cookies")
    assert after[prefs_key] == now[prefs_key], "undo replaced the cookie the browser set after the deletion"
    assert row["encrypted_value"] in [v for _, v in after[prefs_key]]


def test_a_row_already_back_as_it_was_saved_is_reported_as_already_there_not_as_newer(real_stores, data_dir):
    store = chromium_store(real_stores)
    chosen = [r for r in records(store) if r.host == "example.org"]
    report = deletion.execute(deletion.plan_deletion(chosen, [store]))
    _set_again(store, report, "prefs")  # exactly the saved row
    undone = undo(report.undo_id)
    assert undone.kept_newer == []
    assert undone.stores[0].already_present == 1 and undone.restored == len(chosen) - 1


def test_after_an_interrupted_undo_no_cookie_is_claimed_set_again_by_the_browser(tmp_path, monkeypatch, data_dir):
    # Killed after the undo rewrote the session files but before its backup said "undone".
    write_firefox(str(tmp_path / "firefox"))
    store = stores_from_path("firefox", str(tmp_path / "firefox"))[0]
    chosen = [r for r in records(store) if r.name in ("sessionid", "csrftoken")]
    report = deletion.execute(deletion.plan_deletion(chosen, [store]))
    undo(report.undo_id)
    manifest = tmp_path / "data" / "backups" / f"{report.undo_id}.json"
    doc = json.loads(manifest.read_text())
    doc["status"], doc["undone_at"] = "done", None
    manifest.write_text(json.dumps(doc))
    assert history()[0].status == "done"

    again = undo(report.undo_id)
    assert again.kept_newer == [], "the cookies undo itself put back are not the browser's"
    assert again.restored == 0
    assert sum(s.already_present for s in again.stores) == 2
