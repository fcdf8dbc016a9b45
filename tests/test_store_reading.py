"""Reading a browser's store leaves its files exactly as they were, and never returns a torn read."""
from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from inspector.domain.stores.demo import write_firefox
from inspector.domain.records import StoreRef
from inspector.domain.scan import read_store
from inspector.domain.stores.sqlite_source import StoreReadError, open_store


def firefox_ref(db: Path) -> StoreRef:
    return StoreRef("firefox", "firefox", "Test", str(db), str(db.parent), str(db.parent), db.parent.name)


def files(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def add_cookie(con: sqlite3.Connection, name: str) -> None:
    con.execute("INSERT INTO moz_cookies (originAttributes, name, value, host, path, expiry, lastAccessed, "
                "creationTime, isSecure, isHttpOnly, sameSite, schemeMap, isPartitionedAttributeSet, updateTime) "
                "VALUES ('', ?, 'v', '.example.org', '/', 4102444800000, 1, 1, 0, 0, 0, 2, 0, 1)", (name,))
    con.commit()


@pytest.fixture
def firefox_db(tmp_path) -> Path:
    return Path(write_firefox(str(tmp_path / "ff")))


def test_a_closed_firefox_profile_gets_no_new_files_from_a_scan(firefox_db):
    before = files(firefox_db.parent)
    assert not any(name.endswith(("-wal", "-shm")) for name in before)
    names = {r.name for r in read_store(firefox_ref(firefox_db))}
    assert "_ga" in names
    assert files(firefox_db.parent) == before


def test_rows_left_in_the_wal_by_a_crashed_firefox_are_read_without_touching_its_files(firefox_db, tmp_path):
    # A browser killed mid-session leaves committed rows in -wal and no -shm.
    live = sqlite3.connect(firefox_db)
    live.execute("PRAGMA wal_autocheckpoint = 0")  # keep the new row in the -wal
    add_cookie(live, "only_in_wal")
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for suffix in ("", "-wal"):
        shutil.copyfile(str(firefox_db) + suffix, crashed / ("cookies.sqlite" + suffix))
    live.close()
    before = files(crashed)
    assert (crashed / "cookies.sqlite-wal").stat().st_size > 0
    names = {r.name for r in read_store(firefox_ref(crashed / "cookies.sqlite"))}
    assert "only_in_wal" in names and "_ga" in names
    assert files(crashed) == before


def test_a_store_rewritten_while_it_is_read_is_reported_not_trusted(firefox_db):
    with pytest.raises(StoreReadError) as err:
        with open_store(str(firefox_db)) as con:
            con.execute("SELECT count(*) FROM moz_cookies").fetchone()
            # The browser checkpoints new rows into the main file in the middle of the read.
            browser = sqlite3.connect(firefox_db)
            add_cookie(browser, "written_meanwhile")
            browser.close()
    assert "changed the database while it was being read" in err.value.message
    # Read again, it is whole.
    assert "written_meanwhile" in {r.name for r in read_store(firefox_ref(firefox_db))}
