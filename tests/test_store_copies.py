"""Copies of a running Firefox store (cookie values) live in a per-run folder: gone after the read, on every catchable signal, and after a kill -9 at the next run."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX signals")

# Reads the store and stops inside the read, where the copy exists, until signalled.
READER = r"""
import json, sys, time
sys.path.insert(0, sys.argv[2])
from inspector.domain.stores.sqlite_source import open_store
with open_store(sys.argv[1]) as con:
    print(json.dumps({"copy": con.execute("PRAGMA database_list").fetchone()[2]}), flush=True)
    if sys.argv[3] == "wait":
        time.sleep(60)
print(json.dumps({"done": True}), flush=True)
"""


@pytest.fixture
def running_store(real_stores):
    store = real_stores.firefox_profile(running=True) / "cookies.sqlite"
    assert os.path.getsize(str(store) + "-wal") > 0  # read from a copy, as while Firefox runs
    return store


def _reader(store, tmp: Path, how: str = "wait") -> tuple[subprocess.Popen, Path]:
    env = dict(os.environ, TMPDIR=str(tmp))
    proc = subprocess.Popen([sys.executable, "-c", READER, str(store), str(ROOT), how], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    copy = Path(json.loads(proc.stdout.readline())["copy"])
    assert copy.is_file() and tmp in copy.parents
    return proc, copy


def _leftovers(tmp: Path) -> list:
    return sorted(p.name for p in tmp.iterdir() if p.name.startswith("consent-inspector"))


def test_the_copy_lives_only_as_long_as_the_read_in_a_per_run_folder(running_store, tmp_path):
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    proc, copy = _reader(running_store, tmp, how="go")
    run_folder = copy.parent.parent
    assert run_folder.name.startswith(f"consent-inspector-run-{proc.pid}-")
    assert oct(run_folder.stat().st_mode & 0o777) == "0o700"
    out, err = proc.communicate(timeout=60)
    assert json.loads(out.splitlines()[-1]) == {"done": True}, err
    assert _leftovers(tmp) == []


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT], ids=lambda s: s.name)
def test_a_catchable_signal_during_the_read_removes_the_copy(running_store, tmp_path, signum):
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    proc, copy = _reader(running_store, tmp)
    proc.send_signal(signum)  # our own reader, by its PID
    proc.communicate(timeout=60)
    assert proc.returncode != 0
    assert _leftovers(tmp) == [], f"{signum.name} left the copy of a store with its values behind"


def test_the_next_run_removes_what_a_killed_run_left(running_store, tmp_path):
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    proc, copy = _reader(running_store, tmp)
    proc.send_signal(signal.SIGKILL)  # cannot be caught: the copy stays for now
    proc.communicate(timeout=60)
    assert copy.exists()
    # A folder of another live run is left alone.
    alive, alive_copy = _reader(running_store, tmp)
    try:
        nxt, _ = _reader(running_store, tmp, how="go")
        nxt.communicate(timeout=60)
        assert not copy.exists() and alive_copy.exists()
    finally:
        alive.send_signal(signal.SIGTERM)
        alive.communicate(timeout=60)
    assert _leftovers(tmp) == []
