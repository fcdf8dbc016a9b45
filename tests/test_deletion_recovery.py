"""A run killed (kill -9) in the middle of a deletion or an undo is finished or rolled back by the next run, which says so."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from deletion_support import cli, dump
from inspector.ui.roles import COOKIE_ROLE
from inspector.domain.deletion import session_edit
from inspector.domain.deletion.undo import history
from inspector.domain.scan import read_store
from inspector.domain.stores.demo import write_firefox
from inspector.domain.stores.discovery import stores_from_path

WORKER = str(Path(__file__).with_name("deletion_worker.py"))
NAMES = "sessionid,csrftoken,_ga"  # one session cookie, two database rows


@pytest.fixture
def profile(tmp_path, monkeypatch):
    data = tmp_path / "data"
    monkeypatch.setenv("CONSENT_INSPECTOR_DATA_DIR", str(data))
    write_firefox(str(tmp_path / "firefox"))
    store = stores_from_path("firefox", str(tmp_path / "firefox"))[0]
    return store, data


def _killed_at_pause(data: Path, *args) -> None:
    env = dict(os.environ, CONSENT_INSPECTOR_DATA_DIR=str(data))
    proc = subprocess.Popen([sys.executable, WORKER, *args, "--pause", "30"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    for line in proc.stdout:
        event = json.loads(line)
        assert event["event"] != "error", event
        if event["event"] == "paused":
            break
    proc.send_signal(signal.SIGKILL)  # our own worker, by its PID
    proc.communicate(timeout=30)


def _state(store):
    """Every database row exactly, and every session file (an undo appends cookies: order aside)."""
    files = {}
    for f in session_edit.session_files(store.profile_dir):
        state = dict(f.state)
        state["cookies"] = sorted(json.dumps(c, sort_keys=True) for c in state.get("cookies", []))
        files[f.rel] = state
    return dump(store.path, "moz_cookies"), files


def _names(store) -> set:
    return {r.name for r in read_store(store)}


def _undo_list(data: Path):
    return cli("undo", "--list", "--format", "json", env={"CONSENT_INSPECTOR_DATA_DIR": str(data)})


def test_killed_between_the_database_commit_and_the_session_rewrite_is_finished_by_the_next_run(profile):
    store, data = profile
    before = _state(store)
    _killed_at_pause(data, "delete", "firefox", store.path, "--names", NAMES)
    # Half-deleted: the rows are gone, the session cookie is still there.
    assert "csrftoken" not in _names(store) and "sessionid" in _names(store)

    run = _undo_list(data)
    assert run.returncode == 0, run.stderr
    assert "has now been finished from its backup" in run.stderr
    entries = json.loads(run.stdout)
    assert [e["status"] for e in entries] == ["done"]
    assert not {"sessionid", "csrftoken", "_ga"} & _names(store)

    undone = cli("undo", env={"CONSENT_INSPECTOR_DATA_DIR": str(data)})
    assert undone.returncode == 0, undone.stderr
    assert "restored 3" in undone.stdout and "set it again" not in undone.stdout
    assert _state(store) == before


def test_killed_before_the_commit_is_rolled_back_and_its_backup_removed(profile):
    store, data = profile
    before = _state(store)
    _killed_at_pause(data, "delete", "firefox", store.path, "--names", NAMES, "--pause-at", "commit")
    run = _undo_list(data)
    assert run.returncode == 0, run.stderr
    assert "before anything was deleted; it has been rolled back" in run.stderr
    assert json.loads(run.stdout) == []
    assert not list((data / "backups").iterdir())
    assert _state(store) == before


def test_an_undo_killed_between_its_commit_and_its_session_rewrite_is_finished_and_claims_no_newer_cookie(profile):
    store, data = profile
    before = _state(store)
    first = cli("delete", "--store", f"firefox:{store.path}", "--site", "lillemetropole", "--name", "sessionid",
                "--name", "csrftoken", "--yes",
                env={"CONSENT_INSPECTOR_DATA_DIR": str(data)})
    assert first.returncode == 0, first.stderr
    undo_id = history()[0].undo_id
    _killed_at_pause(data, "undo", undo_id)
    # Half-undone: the row is back, the session cookie not yet.
    assert "csrftoken" in _names(store) and "sessionid" not in _names(store)
    assert history()[0].status == "interrupted"

    again = cli("undo", undo_id, env={"CONSENT_INSPECTOR_DATA_DIR": str(data)})
    assert "that undo has now been finished from its backup" in again.stderr
    assert "set it again" not in again.stdout + again.stderr
    assert history()[0].status == "undone"
    assert _state(store) == before


def test_the_window_finishes_a_killed_deletion_as_soon_as_it_opens_and_says_so(qtbot, tmp_path, profile):
    from ui_support import make_window

    store, data = profile
    _killed_at_pause(data, "delete", "firefox", store.path, "--names", NAMES)
    assert "sessionid" in _names(store)  # half-deleted: the session cookie is still there
    window = make_window(qtbot, tmp_path, stores=[store])
    window.show()
    banner = window.deletion.flow.done_banner
    qtbot.waitUntil(lambda: banner.isVisible())
    assert "has now been finished from its backup" in banner.text
    # The stores are whole again and the table shows what they now hold, with no user step.
    assert not {"sessionid", "csrftoken", "_ga"} & _names(store)
    def shown():
        return {window.proxy.index(r, 0).data(COOKIE_ROLE).record.name for r in range(window.proxy.rowCount())}
    qtbot.waitUntil(lambda: shown() and not {"sessionid", "csrftoken", "_ga"} & shown())
    assert [e.status for e in history()] == ["done"]
