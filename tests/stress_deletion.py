"""Stress run (not collected by pytest): kill -9 at random instants of deletions and undos on 100,000-cookie stores.

    PYTHONPATH=. python tests/stress_deletion.py [--delete-kills 15] [--undo-kills 8] [--rows 100000] [--seed S]

For each family (Chromium, Firefox with its session store), each run starts from a fresh
copy, kills the worker at a random instant, checks the store is untouched or fully changed
(integrity_check ok, never partial), then lets the next run (`undo`, which first finishes or
rolls back what the killed run left) put it back, and checks every row and session cookie is
byte-exact as before. Prints the counts.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
from deletion_support import dump  # noqa: E402
from inspector.domain.deletion import session_edit  # noqa: E402

FIXTURES = HERE.parent.parent / "shared" / "fixtures"
WORKER = str(HERE / "deletion_worker.py")


def build(family: str, rows: int, root: Path) -> tuple[Path, str, str]:
    """A profile folder holding a big store; returns (folder, worker kind, worker path argument)."""
    if family == "chromium":
        src_root = FIXTURES / "chromium" / "user-data"
        folder = root / "big-chromium"
        shutil.copytree(src_root, folder)
        db = folder / "Default" / "Cookies"
        arg = str(folder)
    else:
        src = next((FIXTURES / "firefox").glob("*.default-esr"))
        folder = root / "big-firefox" / src.name
        shutil.copytree(src, folder)
        (folder.parent / "profiles.ini").write_text(
            f"[Profile0]\nName=big\nIsRelative=1\nPath={src.name}\nDefault=1\n")
        db = folder / "cookies.sqlite"
        arg = str(folder)
    tmp = db.with_suffix(".big")
    subprocess.run([sys.executable, str(FIXTURES / "tools" / "make_big_store.py"), str(db), str(rows), str(tmp)],
                   check=True, capture_output=True, timeout=600)
    for side in ("-wal", "-shm", "-journal"):
        if os.path.exists(str(db) + side):
            os.remove(str(db) + side)
    os.replace(tmp, db)
    return folder if family == "firefox" else folder, family, arg


def state(folder: Path, family: str):
    db = folder / ("Default/Cookies" if family == "chromium" else "cookies.sqlite")
    con = sqlite3.connect(db)  # read-write, as the browser would: rolls back a hot journal
    ok = con.execute("PRAGMA integrity_check").fetchone()[0]
    con.close()
    assert ok == "ok", f"integrity_check: {ok}"
    rows = dump(db, "cookies" if family == "chromium" else "moz_cookies")
    session = {}
    if family == "firefox":
        for f in session_edit.session_files(str(folder)):
            session[f.rel] = sorted(json.dumps(c, sort_keys=True) for lst in _lists(f.state) for c in lst)
    return rows, session


def _lists(state):
    from inspector.domain.stores.firefox_session import cookie_lists
    return list(cookie_lists(state))


def fresh(folder: Path, work: Path) -> Path:
    shutil.rmtree(work, ignore_errors=True)
    target = work / folder.name
    shutil.copytree(folder, target)
    if (folder.parent / "profiles.ini").exists():
        shutil.copy(folder.parent / "profiles.ini", work / "profiles.ini")
    return target


def worker(data: Path, *args) -> subprocess.Popen:
    env = dict(os.environ, CONSENT_INSPECTOR_DATA_DIR=str(data))
    return subprocess.Popen([sys.executable, WORKER, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)


def events(proc: subprocess.Popen) -> list:
    out, _err = proc.communicate(timeout=600)
    return [json.loads(x) for x in out.splitlines() if x.startswith("{")]


def arg_for(target: Path, family: str) -> str:
    return str(target)


def run_family(family: str, rows: int, delete_kills: int, undo_kills: int, rng: random.Random, root: Path) -> dict:
    folder, kind, _ = build(family, rows, root)
    original = state(folder, family)
    counts: Counter = Counter()
    # One uninterrupted delete and undo: the deleted state, and how long each takes.
    target = fresh(folder, root / "work")
    data = root / "data-ref"
    proc = worker(data, "delete", kind, arg_for(target, family), "--every", "4")
    ready = json.loads(proc.stdout.readline())
    t0 = time.monotonic()
    done = events(proc)
    delete_time = time.monotonic() - t0
    assert done[-1]["event"] == "done", done
    deleted = state(target, family)
    t0 = time.monotonic()
    assert events(worker(data, "undo"))[-1]["event"] == "done"
    undo_time = time.monotonic() - t0
    assert state(target, family) == original, "an uninterrupted undo is not exact"
    shutil.rmtree(data)
    print(f"{family}: {ready['total']} cookies, {ready['planned']} deleted per run; delete {delete_time:.2f}s, "
          f"undo {undo_time:.2f}s", flush=True)

    for i in range(delete_kills):
        target = fresh(folder, root / "work")
        data = root / f"data-d{i}"
        proc = worker(data, "delete", kind, arg_for(target, family), "--every", "4")
        json.loads(proc.stdout.readline())
        time.sleep((i + rng.random()) / delete_kills * delete_time * 1.6)
        proc.send_signal(signal.SIGKILL)  # our own worker, by its PID
        proc.communicate(timeout=60)
        now = state(target, family)
        if now == original:
            outcome = "untouched"
        elif now == deleted:
            outcome = "deleted"
        elif now[0] == deleted[0]:
            outcome = "half (rows gone, session store not yet)"
        else:
            raise AssertionError(f"{family} kill {i}: a partial store")
        # The next run: finishes or rolls back, then undoes what was deleted.
        after = events(worker(data, "undo"))
        assert after[-1]["event"] in ("done", "error"), after
        if after[-1]["event"] == "error":
            assert after[-1]["code"] == "nothing", after  # rolled back: nothing was left to undo
        assert state(target, family) == original, f"{family} kill {i} ({outcome}): not byte-exact after undo"
        counts[f"delete killed: {outcome}"] += 1
        shutil.rmtree(data)

    for i in range(undo_kills):
        target = fresh(folder, root / "work")
        data = root / f"data-u{i}"
        assert events(worker(data, "delete", kind, arg_for(target, family), "--every", "4"))[-1]["event"] == "done"
        proc = worker(data, "undo")
        time.sleep((i + rng.random()) / undo_kills * undo_time * 1.6)
        proc.send_signal(signal.SIGKILL)  # our own worker, by its PID
        proc.communicate(timeout=60)
        now = state(target, family)
        outcome = ("not started" if now == deleted else "finished" if now == original
                   else "half (rows back, session store not yet)" if now[0] == original[0] else None)
        assert outcome is not None, f"{family} undo kill {i}: a partial store"
        proc = worker(data, "undo")
        out, err = proc.communicate(timeout=600)
        assert "set it again" not in out + err
        assert state(target, family) == original, f"{family} undo kill {i} ({outcome}): not byte-exact"
        counts[f"undo killed: {outcome}"] += 1
        shutil.rmtree(data)
    return dict(counts)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--delete-kills", type=int, default=15)
    ap.add_argument("--undo-kills", type=int, default=8)
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=random.randrange(1 << 30))
    ap.add_argument("--family", choices=("chromium", "firefox", "both"), default="both")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    print(f"seed {a.seed}", flush=True)
    families = ("chromium", "firefox") if a.family == "both" else (a.family,)
    with tempfile.TemporaryDirectory(prefix="stress-") as root:
        for family in families:
            counts = run_family(family, a.rows, a.delete_kills, a.undo_kills, rng, Path(root) / family)
            print(f"{family}: {counts}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
