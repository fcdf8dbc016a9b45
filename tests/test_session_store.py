"""Firefox session stores: the reader shows every cookie the editor can delete, in every list Firefox restores from."""
from __future__ import annotations

import os

import pytest

from inspector.domain.deletion import session_edit
from inspector.domain.deletion.plan import execute, plan_deletion
from inspector.domain.scan import read_store
from inspector.domain.stores.demo import write_firefox
from inspector.domain.stores.discovery import stores_from_path
from inspector.domain.stores.firefox_session import cookie_key_values, read_mozlz4, write_mozlz4

ATTRS = {"firstPartyDomain": "", "geckoViewSessionContextId": "", "partitionKey": "", "privateBrowsingId": 0,
         "userContextId": 0}


def session_cookie(name: str, host: str = ".closed.example") -> dict:
    return {"host": host, "name": name, "path": "/", "value": "not-shown", "originAttributes": dict(ATTRS),
            "sameSite": 1, "schemeMap": 2}


@pytest.fixture
def profile(tmp_path, monkeypatch):
    monkeypatch.setenv("CONSENT_INSPECTOR_DATA_DIR", str(tmp_path / "data"))
    write_firefox(str(tmp_path / "firefox"))
    store = stores_from_path("firefox", str(tmp_path / "firefox"))[0]
    return store, os.path.join(store.profile_dir, "sessionstore.jsonlz4")


def session_records(store):
    return [r for r in read_store(store) if r.key.source == "session"]


def test_a_cookie_only_in_a_closed_window_is_shown_and_deleted(profile):
    store, path = profile
    state = read_mozlz4(path)
    state["_closedWindows"] = [{"tabs": [], "cookies": [session_cookie("closed_only")]}]
    write_mozlz4(path, state)

    shown = session_records(store)
    closed = [r for r in shown if r.name == "closed_only"]
    assert len(closed) == 1 and closed[0].host == ".closed.example" and closed[0].session
    # The reader and the editor agree on what the session store holds.
    assert {tuple(r.key.values) for r in shown} == session_edit.keys_in(read_mozlz4(path))

    report = execute(plan_deletion(closed, [store]))
    assert report.stores[0].session_deleted == 1
    after = read_mozlz4(path)
    assert after["_closedWindows"][0]["cookies"] == []
    assert [r.name for r in session_records(store)] == [r.name for r in shown if r.name != "closed_only"]


def test_a_cookie_in_two_lists_is_one_record_and_deleting_it_removes_both_copies(profile):
    store, path = profile
    state = read_mozlz4(path)
    state["cookies"].append(session_cookie("twice"))
    state["windows"] = [{"tabs": [], "cookies": [session_cookie("twice")]}]
    state["_closedWindows"] = [{"tabs": [], "cookies": [session_cookie("twice")]}]
    write_mozlz4(path, state)

    twice = [r for r in session_records(store) if r.name == "twice"]
    assert len(twice) == 1
    report = execute(plan_deletion(twice, [store]))
    assert report.stores[0].session_deleted == 1
    after = read_mozlz4(path)
    keys = [cookie_key_values(c) for lst in (after["cookies"], after["windows"][0]["cookies"],
                                             after["_closedWindows"][0]["cookies"]) for c in lst]
    assert tuple(twice[0].key.values) not in keys
    assert not [r for r in session_records(store) if r.name == "twice"]


def test_odd_shapes_in_a_session_state_are_skipped_not_fatal(profile):
    store, path = profile
    state = read_mozlz4(path)
    state["windows"] = ["not a window", {"cookies": "not a list"}, {"cookies": [42, {"name": "no host"}]}]
    state["_closedWindows"] = {"not": "a list"}
    write_mozlz4(path, state)
    assert {r.name for r in session_records(store)} == {c["name"] for c in state["cookies"]}
