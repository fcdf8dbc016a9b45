"""A damaged or hostile Firefox session store or containers.json is that profile's warning: the
scan still reads every store, the profile's database cookies included, and says what it skipped."""
from __future__ import annotations

import json
import os

import lz4.block
import pytest

from inspector.domain.policy.model import EMPTY_POLICY
from inspector.domain.scan import scan
from inspector.domain.stores.demo import write_chromium, write_firefox
from inspector.domain.stores.discovery import stores_from_path
from inspector.domain.stores.firefox_session import MAGIC, write_mozlz4


def good_cookie(name="ok_session"):
    return {"host": ".site.example", "name": name, "path": "/", "value": "v",
            "originAttributes": {"userContextId": 0}, "sameSite": 1}


def stores(tmp_path):
    write_chromium(str(tmp_path / "chrome"))
    write_firefox(str(tmp_path / "firefox"))
    return stores_from_path("chrome", str(tmp_path / "chrome")) + stores_from_path("firefox", str(tmp_path / "firefox"))


def session_path(tmp_path):
    return tmp_path / "firefox" / "demo.default" / "sessionstore.jsonlz4"


def deep(n):
    return "[" * n + "]" * n


SHAPES = {
    "windows-string": lambda: {"windows": "nope", "cookies": [good_cookie()]},
    "closed-windows-dicts": lambda: {"_closedWindows": {"a": 1}, "windows": [1, "x", None],
                                     "cookies": [good_cookie()]},
    "state-list": lambda: [good_cookie()],
    "origin-attributes-string": lambda: {"cookies": [{**good_cookie("bad"), "originAttributes": "^userContextId=1"},
                                                     good_cookie()]},
    "origin-attributes-odd-values": lambda: {"cookies": [{**good_cookie("bad"), "originAttributes": {
        "userContextId": [1], "partitionKey": 5, "firstPartyDomain": {"a": 1}}}, good_cookie()]},
    "null-name": lambda: {"cookies": [{**good_cookie(), "name": None}, good_cookie("ok2")]},
    "integer-name": lambda: {"cookies": [{**good_cookie(), "name": 7}, good_cookie("ok2")]},
    "integer-host": lambda: {"cookies": [{**good_cookie(), "host": 7}, good_cookie("ok2")]},
    "list-path": lambda: {"cookies": [{**good_cookie(), "path": ["/"]}, good_cookie("ok2")]},
    "list-same-site": lambda: {"cookies": [{**good_cookie("ok_session"), "sameSite": [1]}]},
    "lone-surrogate-name": lambda: {"cookies": [good_cookie("\ud800evil")]},
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_malformed_session_store_never_fails_the_scan(tmp_path, shape):
    all_stores = stores(tmp_path)
    # JSON escapes as Firefox writes a lone surrogate ("\\ud800"), independent of the app's writer
    raw = json.dumps(SHAPES[shape]()).encode()
    session_path(tmp_path).write_bytes(MAGIC + lz4.block.compress(raw, store_size=True))
    result = scan(all_stores, EMPTY_POLICY)
    assert not [r for r in result.reports if r.error], [str(r.error) for r in result.reports]
    firefox = next(r for r in result.reports if r.store.family == "firefox")
    assert firefox.count > 0
    names = [c.record.name for c in result.cookies if c.record.key.source == "session"]
    for name in names:
        assert isinstance(name, str) and name.isprintable()
    if shape == "lone-surrogate-name":
        assert names == ["\\ud800evil"]
        # the key keeps what Firefox wrote, so the editor finds that very cookie
        odd = next(c.record for c in result.cookies if c.record.key.source == "session")
        assert odd.key.values[0] == "\ud800evil"
    if shape in ("origin-attributes-string", "null-name", "integer-name", "integer-host", "list-path"):
        assert len(names) == 1 and firefox.warnings
        assert "skipped 1 session cookie" in firefox.warnings[0].message


def test_deep_nesting_and_garbage_session_files_are_warned_about(tmp_path):
    all_stores = stores(tmp_path)
    raw = deep(100_000).encode()
    session_path(tmp_path).write_bytes(MAGIC + lz4.block.compress(raw, store_size=True))
    result = scan(all_stores, EMPTY_POLICY)
    firefox = next(r for r in result.reports if r.store.family == "firefox")
    assert firefox.error is None and firefox.count > 0
    assert firefox.warnings and "sessionstore.jsonlz4" in firefox.warnings[0].message
    assert result.errors == [] or all(e.store.family == "firefox" for e in result.errors)
    session_path(tmp_path).write_bytes(b"garbage")
    firefox = next(r for r in scan(all_stores, EMPTY_POLICY).reports if r.store.family == "firefox")
    assert firefox.warnings and "not a mozLz4 file" in firefox.warnings[0].message


def test_a_corrupt_newest_session_file_is_named_and_the_older_one_read(tmp_path):
    all_stores = stores(tmp_path)
    backups = session_path(tmp_path).parent / "sessionstore-backups"
    write_mozlz4(str(session_path(tmp_path)), {"cookies": [good_cookie()]})
    backups.mkdir()
    write_mozlz4(str(backups / "recovery.jsonlz4"), {"cookies": [good_cookie("from_recovery")]})
    data = (backups / "recovery.jsonlz4").read_bytes()
    (backups / "recovery.jsonlz4").write_bytes(data[:-7])  # torn: the lz4 block is cut short
    os.utime(session_path(tmp_path), (1, 1))  # the clean-shutdown file is older
    result = scan(all_stores, EMPTY_POLICY)
    firefox = next(r for r in result.reports if r.store.family == "firefox")
    assert firefox.count > 0
    assert any(c.record.key.source == "session" for c in result.cookies)  # from sessionstore.jsonlz4
    assert firefox.warnings and "recovery.jsonlz4" in firefox.warnings[0].message
    assert "corrupt" in firefox.warnings[0].message


@pytest.mark.parametrize("containers", [
    {"identities": [{"userContextId": 2, "name": ["Work"]}]},
    {"identities": [{"userContextId": 2, "name": {"x": 1}, "public": True}]},
    {"identities": "none"},
    ["identities"],
    {"identities": [{"userContextId": [2], "name": "W"}]},
])
def test_a_malformed_containers_json_is_no_crash(tmp_path, containers):
    all_stores = stores(tmp_path)
    (tmp_path / "firefox" / "demo.default" / "containers.json").write_text(json.dumps(containers))
    result = scan(all_stores, EMPTY_POLICY)
    assert not [r for r in result.reports if r.error]
    for c in result.cookies:
        assert c.record.container is None or isinstance(c.record.container, str)


def test_a_deeply_nested_containers_json_is_a_warning_not_a_crash(tmp_path):
    all_stores = stores(tmp_path)
    (tmp_path / "firefox" / "demo.default" / "containers.json").write_text('{"identities": ' + deep(100_000) + "}")
    result = scan(all_stores, EMPTY_POLICY)
    firefox = next(r for r in result.reports if r.store.family == "firefox")
    assert firefox.error is None and firefox.count > 0
    assert firefox.warnings and "containers.json" in firefox.warnings[0].message


def test_an_lz4_bomb_is_refused_before_it_is_decompressed(tmp_path):
    all_stores = stores(tmp_path)
    raw = b"[" + b" " * (600 * 2**20) + b"]"  # 600 MB of JSON that compresses to ~2 MB
    session_path(tmp_path).write_bytes(MAGIC + lz4.block.compress(raw, store_size=True))
    del raw
    import resource
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    firefox = next(r for r in scan(all_stores, EMPTY_POLICY).reports if r.store.family == "firefox")
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert firefox.count > 0 and "more than the 128 MB" in firefox.warnings[0].message
    assert grown_mb < 100


def test_the_window_names_a_damaged_session_store_and_shows_the_profile(qtbot, tmp_path):
    from ui_support import make_window

    all_stores = stores(tmp_path)
    session_path(tmp_path).write_bytes(b"garbage")
    window = make_window(qtbot, tmp_path, stores=all_stores)
    assert window.proxy.rowCount() > 0
    banner = window.error_banner
    assert banner.isVisibleTo(window)
    assert "1 cookie store could be read only in part" in banner.text
    assert "sessionstore.jsonlz4" in banner.text and "not a mozLz4 file" in banner.text
