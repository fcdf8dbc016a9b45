"""kill -9 at random instants of a big deletion leaves the store untouched or fully changed, never corrupt."""
from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.fixtures
WORKER = str(Path(__file__).with_name("deletion_worker.py"))
ROWS, EVERY, KILLS = 40_000, 4, 8


def make_big(real_stores, family: str, tmp_path: Path) -> Path:
    if family == "chromium":
        src, out = real_stores.chromium_db(), tmp_path / "big" / "Default" / "Cookies"
    else:
        src, out = real_stores.firefox_profile() / "cookies.sqlite", tmp_path / "big" / "p.default" / "cookies.sqlite"
    out.parent.mkdir(parents=True)
    run = subprocess.run([sys.executable, str(real_stores.tool("make_big_store.py")), str(src), str(ROWS), str(out)],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    return out


def fresh_copy(big: Path, work: Path) -> Path:
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(big.parent, work / big.parent.name)
    return work / big.parent.name / big.name


def keys(path: Path, family: str) -> frozenset:
    # A read-write connection, as the browser would open it: it rolls back a hot journal.
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        if family == "chromium":
            sql = ("SELECT host_key, top_frame_site_key, has_cross_site_ancestor, name, path, source_scheme, "
                   "source_port FROM cookies")
        else:
            sql = "SELECT name, host, path, originAttributes FROM moz_cookies"
        return frozenset(con.execute(sql).fetchall())
    finally:
        con.close()


def start(kind: str, path: Path, data: Path) -> subprocess.Popen:
    env = dict(os.environ, CONSENT_INSPECTOR_DATA_DIR=str(data))
    proc = subprocess.Popen([sys.executable, WORKER, "delete", kind, str(path), "--every", str(EVERY)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    ready = json.loads(proc.stdout.readline())
    assert ready["event"] == "ready", proc.stderr.read()
    return proc


@pytest.mark.parametrize("family", ["chromium", "firefox"])
def test_kill_9_at_random_instants_never_corrupts_the_store(real_stores, tmp_path, family):
    kind = "chromium" if family == "chromium" else "firefox"
    big = make_big(real_stores, family, tmp_path)
    original = keys(big, family)
    assert len(original) == ROWS

    # One uninterrupted run: the fully-deleted state, and how long a deletion takes.
    path = fresh_copy(big, tmp_path / "work")
    proc = start(kind, path, tmp_path / "data-ref")
    t0 = time.monotonic()
    line = proc.stdout.readline()
    duration = time.monotonic() - t0  # from "ready" to "done": the deletion itself
    out, err = proc.communicate(timeout=120)
    assert json.loads(line)["event"] == "done", line + out + err
    deleted = keys(path, family)
    assert len(deleted) == ROWS - len(range(0, ROWS, EVERY))
    assert deleted < original

    seed = int(os.environ.get("DELETION_FAULT_SEED", random.randrange(1 << 30)))
    rng = random.Random(seed)
    outcomes = []
    for i in range(KILLS):
        path = fresh_copy(big, tmp_path / "work")
        data = tmp_path / f"data-{i}"
        proc = start(kind, path, data)
        # Stratified random instants: every phase (checks, backup, DELETE, COMMIT) gets hit.
        delay = (i + rng.random()) / KILLS * duration * 1.15
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)  # our own worker, by its PID
        proc.communicate(timeout=60)
        state = keys(path, family)  # integrity_check == ok inside
        assert state in (original, deleted), f"seed {seed}, kill {i} after {delay:.3f}s: partial store"
        outcomes.append("untouched" if state == original else "deleted")
        if state == deleted:
            # Killed after the commit: the backup is complete, so the deletion can be undone.
            env = dict(os.environ, CONSENT_INSPECTOR_DATA_DIR=str(data))
            undo = subprocess.run([sys.executable, WORKER, "undo"], capture_output=True, text=True, env=env,
                                  timeout=120)
            assert json.loads(undo.stdout.splitlines()[-1])["event"] == "done", undo.stdout + undo.stderr
            assert keys(path, family) == original
    print(f"kill -9 outcomes ({family}, seed {seed}, full run {duration:.2f}s): {outcomes}")
