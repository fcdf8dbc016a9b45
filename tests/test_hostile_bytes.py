"""A cookie name a website sent as raw non-UTF-8 bytes (real browsers store them) costs no profile:
the store still reads, the name shows escaped, and that very row can be deleted and restored."""
from __future__ import annotations

import sqlite3

import pytest

from deletion_support import chromium_store, dump, firefox_store, integrity, records, table_of
from inspector.domain.deletion import plan as deletion
from inspector.domain.deletion.undo import undo
from inspector.domain.escapes import escape
from inspector.domain.stores import values

pytestmark = pytest.mark.fixtures

RAW = b"tracker\xe9\xff"


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("CONSENT_INSPECTOR_DATA_DIR", str(tmp_path / "data"))


def plant(store, column: str = "name") -> None:
    """Copy one row of the store with `column` set to RAW, stored as TEXT the way the browsers bind it."""
    table = table_of(store)
    con = sqlite3.connect(store.path)
    cols = [r[1] for r in con.execute(f"PRAGMA table_info({table})") if r[1] != "id"]
    sel = ", ".join("CAST(? AS TEXT)" if c == column else f'"{c}"' for c in cols)
    con.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {sel} FROM {table} LIMIT 1", (RAW,))
    con.commit()
    assert con.execute(f"SELECT typeof({column}) FROM {table} WHERE CAST({column} AS BLOB) = ?",
                       (RAW,)).fetchone() == ("text",)
    con.close()


@pytest.mark.parametrize("family", ["chromium", "firefox"])
@pytest.mark.parametrize("column", ["name", "path"])
def test_a_raw_byte_cookie_reads_shows_escaped_and_deletes_by_its_exact_bytes(real_stores, family, column):
    store = chromium_store(real_stores) if family == "chromium" else firefox_store(real_stores)
    before_plant = [r for r in records(store) if r.key.source == "db"]
    plant(store, column)
    table = table_of(store)
    before = dump(store.path, table)
    found = [r for r in records(store) if r.key.source == "db"]
    assert len(found) == len(before_plant) + 1
    odd = [r for r in found if "\\xe9\\xff" in getattr(r, column)]
    assert len(odd) == 1
    assert getattr(odd[0], column) == escape(getattr(odd[0], column))  # printable, nothing raw
    report = deletion.execute(deletion.plan_deletion(odd, [store]))
    assert report.count == 1
    after = dump(store.path, table)
    gone = set(before) - set(after)
    assert len(gone) == 1 and RAW in next(iter(gone))
    assert {k: v for k, v in before.items() if k not in gone} == after
    undone = undo(report.undo_id)
    assert undone.restored == 1
    assert list(undone.restored_keys) == [odd[0].key]
    assert dump(store.path, table) == before
    assert integrity(store.path) == "ok"


def test_the_value_of_a_raw_byte_cookie_can_be_read(real_stores):
    store = firefox_store(real_stores)
    plant(store)
    odd = next(r for r in records(store) if "\\xe9\\xff" in r.name)
    assert isinstance(values.read_value(odd), str)
