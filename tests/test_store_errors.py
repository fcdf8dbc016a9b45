"""A store that cannot be read gets a clear per-store error, and every other store still loads."""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from inspector.domain.stores.demo import write_chromium, write_firefox
from inspector.domain.policy.model import EMPTY_POLICY
from inspector.domain.records import StoreRef
from inspector.domain.scan import scan


def chromium_ref(path) -> StoreRef:
    return StoreRef("chromium", "chromium", "Broken", str(path), str(Path(path).parent), str(Path(path).parent))


def firefox_ref(path) -> StoreRef:
    return StoreRef("firefox", "firefox", "Broken", str(path), str(Path(path).parent), str(Path(path).parent))


@pytest.fixture
def good_store(tmp_path) -> StoreRef:
    db = write_chromium(str(tmp_path / "good"))
    return chromium_ref(db)


def _truncated(tmp_path, good: StoreRef) -> Path:
    data = Path(good.path).read_bytes()
    bad = tmp_path / "truncated" / "Cookies"
    bad.parent.mkdir()
    bad.write_bytes(data[: len(data) // 3])
    return bad


def _garbage(tmp_path, _good) -> Path:
    bad = tmp_path / "garbage" / "Cookies"
    bad.parent.mkdir()
    bad.write_bytes(b"this is not an sqlite database at all" * 200)
    return bad


def _empty(tmp_path, _good) -> Path:
    bad = tmp_path / "empty" / "Cookies"
    bad.parent.mkdir()
    bad.write_bytes(b"")
    return bad


def _other_db(tmp_path, _good) -> Path:
    bad = tmp_path / "history" / "Cookies"
    bad.parent.mkdir()
    con = sqlite3.connect(bad)
    con.execute("CREATE TABLE urls (id INTEGER PRIMARY KEY, url TEXT)")
    con.commit()
    con.close()
    return bad


def _old_schema(tmp_path, _good) -> Path:
    bad = tmp_path / "ancient" / "Cookies"
    bad.parent.mkdir()
    con = sqlite3.connect(bad)
    con.execute("CREATE TABLE cookies (host_key TEXT, name TEXT, value TEXT)")
    con.execute("CREATE TABLE meta (key TEXT, value TEXT)")
    con.execute("INSERT INTO meta VALUES ('version', '30')")
    con.commit()
    con.close()
    return bad


def _missing(tmp_path, _good) -> Path:
    return tmp_path / "gone" / "Cookies"


@pytest.mark.parametrize("make,code,phrase", [
    (_truncated, "corrupt", "corrupt"),
    (_garbage, "corrupt", "not an SQLite database"),
    (_empty, "corrupt", "empty"),
    (_other_db, "not-cookies", "no 'cookies' table"),
    (_old_schema, "schema", "unknown cookie schema"),
    (_missing, "missing", "does not exist"),
])
def test_broken_chromium_store_is_reported_and_the_others_still_load(tmp_path, good_store, make, code, phrase):
    bad = make(tmp_path, good_store)
    result = scan([chromium_ref(bad), good_store], EMPTY_POLICY)
    bad_report, good_report = result.reports
    assert bad_report.error is not None
    assert bad_report.error.code == code
    assert phrase in bad_report.error.message
    assert str(bad) in str(bad_report.error)
    assert good_report.error is None and good_report.count == 16
    assert len(result.cookies) == 16


def test_unknown_firefox_schema_is_refused_rather_than_guessed(tmp_path):
    db = Path(write_firefox(str(tmp_path / "ff")))
    con = sqlite3.connect(db)
    con.execute("PRAGMA user_version = 99")
    con.close()
    [report] = scan([firefox_ref(db)], EMPTY_POLICY).reports
    assert report.error.code == "schema"
    assert "unknown cookie schema 99" in report.error.message


def test_firefox_store_locked_exclusively_by_its_browser_is_still_read(tmp_path):
    """A running Firefox holds its DB with exclusive locking; we read a copy with its -wal."""
    db = Path(write_firefox(str(tmp_path / "ff")))
    holder = sqlite3.connect(db)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE moz_cookies SET path = path")
    try:
        [report] = scan([firefox_ref(db)], EMPTY_POLICY).reports
    finally:
        holder.rollback()
        holder.close()
    assert report.error is None
    assert report.count == 16


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() == 0,
                    reason="root reads every file, so a permission error cannot be produced")
def test_unreadable_store_says_permission_denied(tmp_path, good_store):
    bad = tmp_path / "locked-out" / "Cookies"
    bad.parent.mkdir()
    bad.write_bytes(Path(good_store.path).read_bytes())
    bad.chmod(0o000)
    result = scan([chromium_ref(bad), good_store], EMPTY_POLICY)
    assert result.reports[0].error.code == "permission"
    assert "permission denied" in result.reports[0].error.message
    assert result.reports[1].count == 16


def test_one_meta_version_reader_for_scans_values_and_deletion():
    from inspector.domain.stores.chromium import meta_version

    con = sqlite3.connect(":memory:")
    assert meta_version(con) is None  # no meta table: a scan reads on, deletion refuses
    con.execute("CREATE TABLE meta(key LONGVARCHAR NOT NULL UNIQUE PRIMARY KEY, value LONGVARCHAR)")
    con.execute("INSERT INTO meta VALUES ('version', '24')")
    assert meta_version(con) == 24
    assert meta_version(con, "last_compatible_version", missing=24) == 24
    con.execute("INSERT INTO meta VALUES ('last_compatible_version', 'soon')")
    assert meta_version(con, "last_compatible_version", missing=24) is None
    con.execute("ATTACH DATABASE ':memory:' AS other")
    assert meta_version(con, schema="other") is None
