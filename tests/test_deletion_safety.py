"""Deletion and undo refuse, with a clear message and no change, when the browser runs or anything is wrong."""
from __future__ import annotations

import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from deletion_support import chromium_store, dump, file_hashes, firefox_store, records, start_sleeper, stop
from inspector.domain import wording
from inspector.domain.deletion import plan as deletion
from inspector.domain.deletion.undo import history, undo
from inspector.domain.deletion import locks
from inspector.domain.stores import firefox_session

pytestmark = pytest.mark.fixtures
WORKER = str(Path(__file__).with_name("deletion_worker.py"))


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    path = tmp_path / "data"
    monkeypatch.setenv("CONSENT_INSPECTOR_DATA_DIR", str(path))
    return path


def backups(data_dir) -> list:
    folder = data_dir / "backups"
    return sorted(os.listdir(folder)) if folder.is_dir() else []


def assert_refused(store, chosen, code, data_dir, *needles):
    before = file_hashes(os.path.dirname(store.path))
    with pytest.raises(deletion.DeletionError) as err:
        deletion.execute(deletion.plan_deletion(chosen, [store]))
    assert err.value.code == code, err.value.message
    for needle in needles:
        assert needle in err.value.message
    assert file_hashes(os.path.dirname(store.path)) == before  # nothing changed, not even a byte
    assert backups(data_dir) == []  # and no backup left behind
    return err.value


# --- the browser must be closed -------------------------------------------------------

def test_refused_while_chromium_singleton_lock_names_a_live_process(real_stores, data_dir):
    store = chromium_store(real_stores)
    chosen = [r for r in records(store) if r.name == "_ga"]
    sleeper = start_sleeper()
    try:
        os.symlink(f"{socket.gethostname()}-{sleeper.pid}", os.path.join(store.lock_dir, "SingletonLock"))
        err = assert_refused(store, chosen, "running", data_dir, "chromium", store.profile, "close chromium")
        assert isinstance(err, deletion.BrowserRunning) and err.blockers[0].pid == sleeper.pid
        assert deletion.plan_deletion(chosen, [store]).blockers()[0].running
    finally:
        stop(sleeper)
    # the same lock of a process that has gone is stale: deletion goes ahead and says so
    plan = deletion.plan_deletion(chosen, [store])
    assert plan.blockers() == []
    notes = [wording.note(n) for n in plan.notes(plan.lock_check())]
    assert any("stale lock" in n and str(sleeper.pid) in n for n in notes)
    assert deletion.execute(plan).count == 2


def test_refused_while_firefox_lock_symlink_names_a_live_process(real_stores, data_dir):
    store = firefox_store(real_stores)
    chosen = [r for r in records(store) if r.name == "_ga"]
    sleeper = start_sleeper()
    try:
        os.symlink(f"127.0.1.1:+{sleeper.pid}", os.path.join(store.profile_dir, "lock"))
        assert_refused(store, chosen, "running", data_dir, "firefox", "default-esr")
    finally:
        stop(sleeper)
    assert deletion.execute(deletion.plan_deletion(chosen, [store])).count == 2


@pytest.mark.skipif(sys.platform == "win32", reason="fcntl locks are POSIX")
def test_refused_while_another_process_holds_firefox_parentlock(real_stores, data_dir):
    store = firefox_store(real_stores)
    parentlock = os.path.join(store.profile_dir, ".parentlock")
    holder = subprocess.Popen(
        [sys.executable, "-c", "import fcntl, os, sys, time\n"
         f"fd = os.open({parentlock!r}, os.O_RDWR | os.O_CREAT)\n"
         "fcntl.lockf(fd, fcntl.LOCK_EX)\nprint('locked', flush=True)\ntime.sleep(60)\n"],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        chosen = [r for r in records(store) if r.name == "_gid"]
        assert_refused(store, chosen, "running", data_dir, ".parentlock")
    finally:
        stop(holder)
    assert locks.check_store(store).running is False  # the file stays; the lock went with the process


def test_refused_while_a_browser_process_uses_the_profile(real_stores, data_dir, tmp_path):
    store = firefox_store(real_stores)
    fake = tmp_path / "bin" / "firefox-esr"  # a process named like the browser, working in the profile
    fake.parent.mkdir()
    shutil.copy(shutil.which("sleep"), fake)
    proc = subprocess.Popen([str(fake), "60"], cwd=store.profile_dir)
    try:
        chosen = [r for r in records(store) if r.name == "_gid"]
        err = assert_refused(store, chosen, "running", data_dir, f"process {proc.pid}")
        assert "working directory" in err.message
    finally:
        stop(proc)


def test_chromium_process_found_by_its_user_data_dir(real_stores, data_dir, tmp_path):
    store = chromium_store(real_stores)
    fake = tmp_path / "bin" / "chromium"
    fake.parent.mkdir()
    os.symlink(sys.executable, fake)
    proc = subprocess.Popen([str(fake), "-c", "import time; time.sleep(60)", f"--user-data-dir={store.lock_dir}"])
    try:
        status = None
        for _ in range(50):  # until the process has exec'd and shows its command line
            status = locks.check_store(store)
            if status.running:
                break
            import time
            time.sleep(0.1)
        reason = wording.lock_reason(status)
        assert status.running and "--user-data-dir" in reason and str(proc.pid) in reason
    finally:
        stop(proc)
    assert not locks.check_store(store).running


def test_undo_follows_the_same_closed_browser_rule(real_stores, data_dir):
    store = chromium_store(real_stores)
    report = deletion.execute(deletion.plan_deletion([r for r in records(store) if r.name == "_ga"], [store]))
    before = dump(store.path, "cookies")
    sleeper = start_sleeper()
    try:
        os.symlink(f"{socket.gethostname()}-{sleeper.pid}", os.path.join(store.lock_dir, "SingletonLock"))
        with pytest.raises(deletion.BrowserRunning):
            undo(report.undo_id)
        assert dump(store.path, "cookies") == before
    finally:
        stop(sleeper)
    assert undo(report.undo_id).restored == 2


# --- the store changed, or cannot be written ------------------------------------------

def test_store_changed_between_plan_and_execution(real_stores, data_dir):
    store = chromium_store(real_stores)
    chosen = [r for r in records(store) if r.host == "example.org"]
    plan = deletion.plan_deletion(chosen, [store])
    con = sqlite3.connect(store.path)
    con.execute("DELETE FROM cookies WHERE name = 'prefs' AND host_key = 'example.org'")  # the browser did it
    con.commit()
    con.close()
    before = file_hashes(os.path.dirname(store.path))
    with pytest.raises(deletion.DeletionError) as err:
        deletion.execute(plan)
    assert err.value.code == "changed" and "re-plan" in err.value.message
    assert file_hashes(os.path.dirname(store.path)) == before and backups(data_dir) == []


def test_session_store_changed_between_plan_and_execution(real_stores, data_dir):
    store = firefox_store(real_stores)
    chosen = [r for r in records(store) if r.key.source == "session" and r.name == "has_js"]
    plan = deletion.plan_deletion(chosen, [store])
    for rel in ("sessionstore.jsonlz4", "sessionstore-backups/recovery.jsonlz4", "sessionstore-backups/recovery.baklz4"):
        path = os.path.join(store.profile_dir, rel)
        state = firefox_session.read_mozlz4(path)
        state["cookies"] = [c for c in state["cookies"] if c["name"] != "has_js"]
        firefox_session.write_mozlz4(path, state)
    with pytest.raises(deletion.DeletionError) as err:
        deletion.execute(plan)
    assert err.value.code == "changed"


@pytest.mark.parametrize("family,sql,needle", [
    ("chromium", "UPDATE meta SET value = '25' WHERE key = 'version'", "meta version 25"),
    ("chromium", "UPDATE meta SET value = '25' WHERE key = 'last_compatible_version'", "unknown Chromium"),
    ("firefox", "PRAGMA user_version = 18", "schema 18"),
])
def test_unknown_schema_version_is_refused(real_stores, data_dir, family, sql, needle):
    store = chromium_store(real_stores) if family == "chromium" else firefox_store(real_stores)
    chosen = [r for r in records(store) if r.name == "_ga"]
    con = sqlite3.connect(store.path)
    con.execute(sql)
    con.commit()
    con.close()
    assert_refused(store, chosen, "schema", data_dir, needle)


def test_backup_dir_that_cannot_be_created(real_stores, tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the data folder should be")
    monkeypatch.setenv("CONSENT_INSPECTOR_DATA_DIR", str(blocker / "data"))
    store = chromium_store(real_stores)
    chosen = [r for r in records(store) if r.name == "_ga"]
    before = dump(store.path, "cookies")
    with pytest.raises(deletion.DeletionError) as err:
        deletion.execute(deletion.plan_deletion(chosen, [store]))
    assert err.value.code == "backup" and "backup folder" in err.value.message
    assert "nothing was deleted" in err.value.message
    assert dump(store.path, "cookies") == before


# --- conditions that need private mounts (root) or permissions (other users) -----------

def _can_unshare() -> bool:
    if os.name != "posix" or os.geteuid() != 0 or not shutil.which("unshare"):
        return False
    return subprocess.run(["unshare", "-m", "true"], capture_output=True).returncode == 0


def run_worker(args, data_dir, mounts: str = ""):
    cmd = [sys.executable, WORKER, *map(str, args)]
    if mounts:
        cmd = ["unshare", "-m", "sh", "-c", mounts + ' && exec "$0" "$@"', *cmd]
    env = dict(os.environ, CONSENT_INSPECTOR_DATA_DIR=str(data_dir))
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=120, env=env)
    events = [json.loads(line) for line in out.stdout.splitlines() if line.startswith("{")]
    assert events, out.stderr
    return events[-1]


def test_read_only_store(real_stores, data_dir):
    store = chromium_store(real_stores)
    folder = os.path.dirname(store.path)
    before = dump(store.path, "cookies")
    if _can_unshare():
        mounts = f"mount --bind '{folder}' '{folder}' && mount -o remount,ro,bind '{folder}'"
        result = run_worker(["delete", "chromium", store.lock_dir, "--names", "_ga"], data_dir, mounts)
    elif os.geteuid() != 0:
        os.chmod(store.path, 0o444)
        os.chmod(folder, 0o555)
        try:
            result = run_worker(["delete", "chromium", store.lock_dir, "--names", "_ga"], data_dir)
        finally:
            os.chmod(folder, 0o755)
            os.chmod(store.path, 0o644)
    else:
        pytest.skip("root without mount namespaces cannot make a file read-only for itself")
    assert result["event"] == "error" and result["code"] == "read-only", result
    assert "read-only" in result["message"]
    assert dump(store.path, "cookies") == before and backups(data_dir) == []


@pytest.mark.parametrize("size", ["4k", "24k"])
def test_full_disk_for_the_backup(real_stores, data_dir, size):
    store = firefox_store(real_stores)
    before = dump(store.path, "moz_cookies")
    data_dir.mkdir()
    if _can_unshare():
        mounts = f"mount -t tmpfs -o size={size} tmpfs '{data_dir}'"
        result = run_worker(["delete", "firefox", store.profile_dir, "--every", "1"], data_dir, mounts)
        # Said as a full disk, naming where, and that nothing changed.
        assert result["event"] == "error" and result["code"] == "disk-full", result
        assert result["message"].startswith(f"the disk is full ({data_dir}"), result
        assert "nothing was changed" in result["message"]
        assert dump(store.path, "moz_cookies") == before
        return
    elif os.geteuid() != 0:
        (data_dir / "backups").mkdir(mode=0o500)
        try:
            result = run_worker(["delete", "firefox", store.profile_dir, "--every", "1"], data_dir)
        finally:
            (data_dir / "backups").chmod(0o700)
    else:
        pytest.skip("root without mount namespaces cannot make a folder unwritable for itself")
    assert result["event"] == "error" and result["code"] == "backup", result
    assert "nothing was deleted" in result["message"]
    assert dump(store.path, "moz_cookies") == before


# --- corrupt or missing backup on undo ------------------------------------------------

def _deleted(real_stores):
    store = firefox_store(real_stores)
    chosen = [r for r in records(store) if r.host.endswith("lillemetropole.fr")]
    report = deletion.execute(deletion.plan_deletion(chosen, [store]))
    return store, report


def _assert_undo_fails(store, undo_id, code, *needles):
    before = file_hashes(store.profile_dir)
    with pytest.raises(deletion.DeletionError) as err:
        undo(undo_id)
    assert err.value.code == code, err.value.message
    for needle in needles:
        assert needle in err.value.message
    assert "nothing was changed" in err.value.message
    assert file_hashes(store.profile_dir) == before


def test_undo_of_a_truncated_backup(real_stores, data_dir):
    store, report = _deleted(real_stores)
    data = Path(report.backup_path).read_bytes()
    Path(report.backup_path).write_bytes(data[: len(data) // 2])
    _assert_undo_fails(store, report.undo_id, "corrupt", "corrupt")


def test_undo_of_a_backup_whose_rows_were_altered(real_stores, data_dir):
    store, report = _deleted(real_stores)
    con = sqlite3.connect(report.backup_path)
    con.execute("UPDATE rows_0 SET value = 'tampered' WHERE rowid = 1")
    con.commit()
    con.close()
    _assert_undo_fails(store, report.undo_id, "corrupt", "checksum")


def test_undo_of_a_garbled_manifest(real_stores, data_dir):
    store, report = _deleted(real_stores)
    manifest = Path(report.backup_path).with_suffix(".json")
    manifest.write_bytes(b"\0garbage" * 64)
    _assert_undo_fails(store, report.undo_id, "corrupt", "manifest")
    assert [e.status for e in history()] == ["corrupt"]


@pytest.mark.parametrize("which", ["rows", "manifest"])
def test_undo_of_a_missing_backup(real_stores, data_dir, which):
    store, report = _deleted(real_stores)
    path = Path(report.backup_path)
    os.remove(path if which == "rows" else path.with_suffix(".json"))
    _assert_undo_fails(store, report.undo_id, "missing", report.undo_id)
    if which == "manifest":
        with pytest.raises(deletion.DeletionError) as err:
            undo()  # nothing left in the history to undo
        assert err.value.code == "nothing"


def test_backup_folder_itself_missing(real_stores, data_dir):
    store, report = _deleted(real_stores)
    shutil.rmtree(data_dir / "backups")
    _assert_undo_fails(store, report.undo_id, "missing", "undo --list")
    assert history() == []


def test_undo_into_a_store_whose_layout_changed(real_stores, data_dir):
    store, report = _deleted(real_stores)
    con = sqlite3.connect(store.path)
    con.execute("ALTER TABLE moz_cookies ADD COLUMN futureColumn INTEGER DEFAULT 0")
    con.commit()
    con.close()
    _assert_undo_fails(store, report.undo_id, "schema", "layout")
