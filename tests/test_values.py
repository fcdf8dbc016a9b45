"""Revealing one cookie's value: decrypted on demand, without D-Bus, and failing for that value only."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from inspector.domain.records import StoreRef
from inspector.domain.scan import read_store
from inspector.domain.stores.values import ValueUnavailable, read_value

ROOT = Path(__file__).resolve().parents[1]


def _chromium(real_stores):
    db = real_stores.chromium_db()
    return db, read_store(StoreRef("chromium", "chromium", "Default", str(db)))


def test_every_chromium_value_decrypts_like_the_browser_wrote_it(real_stores, monkeypatch):
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    truth = {(c["host_key"], c["name"], c["top_frame_site_key"]): c["decrypted_value"]
             for c in real_stores.truth_store("chromium")["cookies"]}
    _db, records = _chromium(real_stores)
    wrong = [r.name for r in records if read_value(r) != truth[(r.host, r.name, r.key.values[1])]]
    assert wrong == []


def test_linux_decryption_works_in_a_process_without_a_dbus_session(real_stores):
    """browser-cookie3 alone raises KeyError('DBUS_SESSION_BUS_ADDRESS') here."""
    db, records = _chromium(real_stores)
    target = next(r for r in records if r.name == "django_language")
    expected = next(c["decrypted_value"] for c in real_stores.truth_store("chromium")["cookies"]
                    if c["name"] == "django_language")
    code = (
        "import sys; from inspector.domain.records import StoreRef; from inspector.domain.scan import read_store\n"
        "from inspector.domain.stores.values import read_value\n"
        f"r = next(r for r in read_store(StoreRef('chromium','chromium','D',{str(db)!r})) if r.name == 'django_language')\n"
        f"print(read_value(r) == {expected!r})\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env,
                         timeout=60)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "True"
    assert target.host == "opendata.lillemetropole.fr"


def test_app_bound_v20_value_fails_alone_with_a_reason(real_stores):
    db, records = _chromium(real_stores)
    con = sqlite3.connect(db)
    with con:
        con.execute("UPDATE cookies SET encrypted_value = ? WHERE name = 'csrftoken'", (b"v20" + b"\x01" * 60,))
    con.close()
    records = read_store(StoreRef("chromium", "chromium", "Default", str(db)))
    assert len(records) == 26  # an undecryptable value hides nothing
    bad = next(r for r in records if r.name == "csrftoken")
    with pytest.raises(ValueUnavailable, match="app-bound encryption"):
        read_value(bad)
    good = next(r for r in records if r.name == "django_language")
    assert read_value(good)


def test_wrong_key_says_the_keyring_did_not_give_the_key(real_stores):
    db, _ = _chromium(real_stores)
    con = sqlite3.connect(db)
    with con:
        con.execute("UPDATE cookies SET encrypted_value = ? WHERE name = 'prefs'", (b"v11" + b"\x02" * 64,))
    con.close()
    rec = next(r for r in read_store(StoreRef("chromium", "chromium", "Default", str(db))) if r.name == "prefs")
    with pytest.raises(ValueUnavailable, match="keyring"):
        read_value(rec)


def test_firefox_values_come_from_the_db_and_the_session_store(real_stores):
    profile = real_stores.firefox_profile()
    records = read_store(StoreRef("firefox", "firefox", "d", str(profile / "cookies.sqlite"), str(profile)))
    truth = {(c["name"], c["host"], c["originAttributes"]): c["value"]
             for c in real_stores.truth_store("firefox/0")["cookies"]}
    for r in records:
        if r.key.source == "db":
            assert read_value(r) == truth[(r.name, r.host, r.key.values[3])]
    session = [r for r in records if r.key.source == "session"]
    assert len(session) == 5 and all(read_value(r) for r in session)


def test_a_deleted_cookie_says_it_is_gone(real_stores):
    db, records = _chromium(real_stores)
    con = sqlite3.connect(db)
    with con:
        con.execute("DELETE FROM cookies WHERE name = 'prefs'")
    con.close()
    with pytest.raises(ValueUnavailable, match="no longer in the store"):
        read_value(next(r for r in records if r.name == "prefs"))
