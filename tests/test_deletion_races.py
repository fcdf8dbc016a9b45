"""Two runs editing one Firefox profile at once (two processes): neither loses the other's session-store edit."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from inspector.domain.deletion import session_edit
from inspector.domain.deletion.plan import execute, plan_deletion
from inspector.domain.deletion.undo import history
from inspector.domain.scan import read_store
from inspector.domain.stores.demo import write_firefox
from inspector.domain.stores.discovery import stores_from_path

WORKER = str(Path(__file__).with_name("deletion_worker.py"))
# More attempts, or a free race with no pause (0): DELETION_RACE_ATTEMPTS=200 DELETION_RACE_PAUSE=0
ATTEMPTS = int(os.environ.get("DELETION_RACE_ATTEMPTS", "4"))
PAUSE = os.environ.get("DELETION_RACE_PAUSE", "1.0")


@pytest.fixture
def profile(tmp_path, monkeypatch):
    data = tmp_path / "data"
    monkeypatch.setenv("CONSENT_INSPECTOR_DATA_DIR", str(data))
    write_firefox(str(tmp_path / "firefox"))
    store = stores_from_path("firefox", str(tmp_path / "firefox"))[0]
    return store, data


def _start(data: Path, *args) -> subprocess.Popen:
    env = dict(os.environ, CONSENT_INSPECTOR_DATA_DIR=str(data))
    return subprocess.Popen([sys.executable, WORKER, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)


def _wait_for(proc: subprocess.Popen, event: str) -> dict:
    for line in proc.stdout:
        got = json.loads(line)
        if got["event"] in (event, "error"):
            return got
    raise AssertionError(proc.stderr.read())


def _inside_the_window(proc: subprocess.Popen) -> None:
    """Wait until the run stops between its COMMIT and its session rewrite (with no pause: its plan is made)."""
    assert _wait_for(proc, "paused" if float(PAUSE) else "ready")["event"] in ("paused", "ready")


def _finish(proc: subprocess.Popen) -> dict:
    out, err = proc.communicate(timeout=120)
    lines = [json.loads(x) for x in out.splitlines() if x.startswith("{")]
    assert lines, err
    return lines[-1]


def _session_names_per_file(store) -> dict:
    return {f.rel: sorted(k[0] for k in session_edit.keys_in(f.state))
            for f in session_edit.session_files(store.profile_dir) if f.state is not None}


def _session_names(store) -> set:
    return {r.name for r in read_store(store) if r.key.source == "session"}


def test_an_undo_racing_a_delete_keeps_the_restored_cookie(profile):
    store, data = profile
    for attempt in range(ATTEMPTS):
        first = execute(plan_deletion([r for r in read_store(store) if r.name == "sessionid"], [store]))
        assert "sessionid" not in _session_names(store)
        # The delete of has_js stops between its database COMMIT and its session-store rewrite;
        # the undo of sessionid starts inside that window.
        delete = _start(data, "delete", "firefox", store.path, "--names", "has_js", "--pause", PAUSE)
        _inside_the_window(delete)
        undo = _start(data, "undo", first.undo_id)
        done_delete, done_undo = _finish(delete), _finish(undo)
        assert done_delete["event"] == "done" and done_delete["deleted"] == 1, done_delete
        assert done_undo["event"] == "done" and done_undo["restored"] == 1, done_undo
        names = _session_names(store)
        assert "sessionid" in names, f"attempt {attempt}: the restored login cookie was wiped"
        assert "has_js" not in names
        assert set(map(tuple, _session_names_per_file(store).values())) == {("sessionid",)}
        # Back to the start for the next attempt.
        latest = history()[0]
        from inspector.domain.deletion.undo import undo as run_undo
        run_undo(latest.undo_id)
        assert _session_names(store) == {"sessionid", "has_js"}


def test_two_deletes_of_one_profile_both_hold(profile):
    store, data = profile
    from inspector.domain.deletion.undo import undo as run_undo
    for attempt in range(ATTEMPTS):
        one = _start(data, "delete", "firefox", store.path, "--names", "sessionid", "--pause", PAUSE)
        _inside_the_window(one)
        two = _start(data, "delete", "firefox", store.path, "--names", "has_js")
        first, second = _finish(one), _finish(two)
        assert first["event"] == "done" and second["event"] == "done", (first, second)
        assert _session_names(store) == set(), f"attempt {attempt}: a deleted session cookie came back"
        files = _session_names_per_file(store)
        assert files and all(v == [] for v in files.values()), f"attempt {attempt}: files disagree: {files}"
        run_undo(second["undo_id"])
        run_undo(first["undo_id"])
        assert _session_names(store) == {"sessionid", "has_js"}
