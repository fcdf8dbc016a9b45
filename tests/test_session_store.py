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


def _raw_json(path: str) -> bytes:
    import lz4.block
    with open(path, "rb") as fh:
        return lz4.block.decompress(fh.read()[8:])


def _write_as_firefox(path: str, state: dict) -> None:
    import json
    import lz4.block
    raw = json.dumps(state, separators=(",", ":")).encode("ascii")  # lone surrogates as \\uXXXX escapes
    with open(path, "wb") as fh:
        fh.write(b"mozLz40\0" + lz4.block.compress(raw, store_size=True))


def test_a_lone_surrogate_in_a_page_title_survives_delete_and_undo(profile):
    """Firefox writes `document.title = '\\ud800…'` as the JSON escape \\ud800 (JSON.stringify is well-formed)."""
    from inspector.domain.deletion.undo import history, undo
    store, path = profile
    state = read_mozlz4(path)
    state["windows"] = [{"tabs": [{"entries": [{"title": "\ud800 tab \udfff end", "url": "https://t.example/"}]}],
                         "cookies": []}]
    state["cookies"][0]["value"] = "v\udc80"  # a value is bytes a website chose too
    _write_as_firefox(path, state)
    assert b'"\\ud800 tab \\udfff end"' in _raw_json(path)

    chosen = session_records(store)[:1]
    report = execute(plan_deletion(chosen, [store]))
    assert report.stores[0].session_deleted == 1 and not report.stores[0].error
    after = read_mozlz4(path)
    assert after["windows"][0]["tabs"][0]["entries"][0]["title"] == "\ud800 tab \udfff end"
    # Written back the way Firefox writes it: the escape, never an invalid UTF-8 byte.
    assert b'"\\ud800 tab \\udfff end"' in _raw_json(path)
    assert tuple(chosen[0].key.values) not in session_edit.keys_in(after)

    result = undo(report.undo_id)
    assert result.restored == 1 and not result.kept_newer
    back = read_mozlz4(path)
    assert tuple(chosen[0].key.values) in session_edit.keys_in(back)
    assert [c["value"] for c in back["cookies"] if c["name"] == chosen[0].name] == ["v\udc80"]
    assert history()[0].status == "undone"


def test_raw_surrogate_bytes_read_and_written_back_unchanged(tmp_path):
    """An older writer's CESU-style bytes (ED A0 80) read with surrogatepass and go back byte for byte."""
    import lz4.block
    from inspector.domain.stores.firefox_session import MAGIC, encode_mozlz4
    raw = b'{"title":"a\xed\xa0\x80b","cookies":[]}'
    path = tmp_path / "s.jsonlz4"
    path.write_bytes(MAGIC + lz4.block.compress(raw, store_size=True))
    state = read_mozlz4(str(path))
    assert state["title"] == "a\ud800b"
    assert b"a\\ud800b" in lz4.block.decompress(encode_mozlz4(state)[8:])
