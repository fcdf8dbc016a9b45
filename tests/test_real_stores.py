"""Every cookie that real Chromium 156 and Firefox 153 wrote is read back exactly as the ground truth says."""
from __future__ import annotations

import sqlite3
from pathlib import Path
from datetime import datetime, timezone

import pytest

from inspector.domain.records import StoreRef
from inspector.domain.scan import read_store
from inspector.domain.stores.firefox_attrs import origin_attributes_suffix

CHROMIUM_SAMESITE = {-1: "unspecified", 0: "none", 1: "lax", 2: "strict"}
FIREFOX_SAMESITE = {0: "none", 1: "lax", 2: "strict", 256: "unspecified"}


def _us(iso: str | None) -> int | None:
    if iso is None:
        return None
    dt = datetime.strptime(iso.rstrip("Z"), "%Y-%m-%dT%H:%M:%S.%f" if "." in iso else "%Y-%m-%dT%H:%M:%S")
    dt = dt.replace(tzinfo=timezone.utc)
    return int(dt.timestamp()) * 1_000_000 + dt.microsecond


def chromium_ref(db) -> StoreRef:
    return StoreRef("chromium", "chromium", "Default", str(db), str(db.parent), str(db.parent.parent), "Default")


def firefox_ref(profile, name="default-esr") -> StoreRef:
    return StoreRef("firefox", "firefox", name, str(profile / "cookies.sqlite"), str(profile), str(profile),
                    profile.name)


def test_chromium_every_cookie_matches_ground_truth(real_stores):
    truth = real_stores.truth_store("chromium")
    records = read_store(chromium_ref(real_stores.chromium_db()))
    assert len(records) == truth["cookie_count"] == 26
    by_key = {(r.host, r.name, r.path, r.partition or ""): r for r in records}
    for row in truth["cookies"]:
        r = by_key[(row["host_key"], row["name"], row["path"], row["top_frame_site_key"])]
        session = not row["is_persistent"]
        assert bool(r.session) is session
        # Chromium counts µs from 1601; a record must land on the same instant the truth names.
        assert r.expires_us == (None if session else row["expires_utc"] - 11_644_473_600_000_000)
        if not session:
            # The truth's ISO strings went through a float, so they may be off by a few µs.
            assert abs(r.expires_us - _us(row["expires_utc_iso"])) < 1000
        assert r.created_us == row["creation_utc"] - 11_644_473_600_000_000
        assert bool(r.secure) is bool(row["is_secure"]) and bool(r.http_only) is bool(row["is_httponly"])
        assert r.same_site == CHROMIUM_SAMESITE[row["samesite"]]
        assert dict(zip(r.key.columns, r.key.values)) == {c: row[c] for c in r.key.columns}


def test_chromium_key_is_read_from_the_schema_not_assumed(real_stores):
    records = read_store(chromium_ref(real_stores.chromium_db()))
    assert records[0].key.columns == (
        "host_key", "top_frame_site_key", "has_cross_site_ancestor", "name", "path", "source_scheme", "source_port"
    )
    chips = [r for r in records if r.name == "__Secure-ROLLOUT_TOKEN"]
    assert [r.partition for r in chips] == ["https://lillemetropole.fr"]


@pytest.mark.parametrize("suffix,running,db_rows,session_rows", [
    ("default-esr", False, 26, 5),
    ("fpi", False, 19, 3),
    ("default-esr", True, 26, 5),
])
def test_firefox_every_cookie_matches_ground_truth(real_stores, suffix, running, db_rows, session_rows):
    profile = real_stores.firefox_profile(suffix, running=running)
    truth = real_stores.truth_store(("firefox-running/" if running else "firefox/") + profile.name)
    records = read_store(firefox_ref(profile, suffix))
    db = [r for r in records if r.key.source == "db"]
    session = [r for r in records if r.key.source == "session"]
    assert (len(db), len(session)) == (db_rows, session_rows)
    assert len(truth["cookies"]) == db_rows
    by_key = {r.key.values: r for r in db}
    for row in truth["cookies"]:
        r = by_key[(row["name"], row["host"], row["path"], row["originAttributes"])]
        assert row["expiry_unit"] == "ms"
        assert r.expires_us == row["expiry"] * 1000
        assert abs(r.expires_us - _us(row["expiry_iso"])) < 1_000_000
        assert r.created_us == row["creationTime"]
        assert bool(r.secure) is bool(row["isSecure"]) and bool(r.http_only) is bool(row["isHttpOnly"])
        assert r.same_site == FIREFOX_SAMESITE[row["sameSite"]]
        assert not r.session
    files = truth["session_store"]
    newest = files.get("sessionstore-backups/recovery.jsonlz4") or files["sessionstore.jsonlz4"]
    expected = {(c["name"], c["host"], c["path"], origin_attributes_suffix(c["originAttributes"]))
                for c in newest["session_cookies"]}
    assert {r.key.values for r in session} == expected
    assert all(r.session and r.expires_us is None for r in session)


def test_running_firefox_shows_all_31_cookies_that_sit_in_the_wal(real_stores):
    profile = real_stores.firefox_profile(running=True)
    truth = real_stores.truth_store("firefox-running/")
    assert truth["cookies_visible_without_wal"] == 0  # the state browser-cookie3 misreads
    records = read_store(firefox_ref(profile))
    assert len(records) == 31
    # Reading must leave the -wal in place: it is where the running browser's rows are.
    assert (profile / "cookies.sqlite-wal").stat().st_size > 0


def test_partitions_and_first_party_isolation_are_part_of_the_cookie(real_stores):
    default = read_store(firefox_ref(real_stores.firefox_profile("default-esr")))
    fpi = read_store(firefox_ref(real_stores.firefox_profile("fpi"), "fpi"))
    ide = next(r for r in default if r.name == "IDE")
    assert ide.partition == "https://lillemetropole.fr"
    assert ide.key.values[3] == "^partitionKey=%28https%2Clillemetropole.fr%29"
    token = next(r for r in fpi if r.name == "__Secure-ROLLOUT_TOKEN")
    assert token.partition == "first-party lillemetropole.fr; https://lillemetropole.fr"
    assert all(r.partition and r.partition.startswith("first-party lillemetropole.fr") for r in fpi)


def _files(folder) -> dict[str, str]:
    import hashlib

    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("which", ["chromium", "firefox", "firefox-fpi", "firefox-running"])
def test_reading_leaves_the_browser_files_exactly_as_they_were(real_stores, which):
    # Not one byte changed and no file added: a read-only open of a WAL store would
    # otherwise leave a -shm (and -wal) beside the browser's database.
    if which == "chromium":
        ref = chromium_ref(real_stores.chromium_db())
    else:
        suffix = "fpi" if which == "firefox-fpi" else "default-esr"
        ref = firefox_ref(real_stores.firefox_profile(suffix, running=which == "firefox-running"), suffix)
    folder = Path(ref.profile_dir)
    before = _files(folder)
    assert read_store(ref)
    assert _files(folder) == before


def test_old_firefox_schema_counts_expiry_in_seconds(real_stores):
    profile = real_stores.firefox_profile()
    con = sqlite3.connect(profile / "cookies.sqlite")
    with con:
        con.execute("UPDATE moz_cookies SET expiry = expiry / 1000")
        con.execute("PRAGMA user_version = 15")
    con.close()
    truth = {(c["name"], c["host"]): c["expiry"] for c in real_stores.truth_store("firefox/0").get("cookies")}
    for r in read_store(firefox_ref(profile)):
        if r.key.source == "db":
            assert r.expires_us == truth[(r.name, r.host)] // 1000 * 1_000_000


def test_firefox_container_names_come_from_containers_json(real_stores):
    profile = real_stores.firefox_profile()
    (profile / "containers.json").write_text(
        '{"version":5,"identities":[{"userContextId":2,"public":true,"l10nID":"userContextWork.label"},'
        '{"userContextId":7,"public":true,"name":"Banking at home"}]}', encoding="utf-8")
    con = sqlite3.connect(profile / "cookies.sqlite")
    with con:
        con.execute("UPDATE moz_cookies SET originAttributes = '^userContextId=7' WHERE name = 'prefs'")
        con.execute("UPDATE moz_cookies SET originAttributes = '^userContextId=2' WHERE name = 'cart_id'")
    con.close()
    by_name = {r.name: r for r in read_store(firefox_ref(profile))}
    assert by_name["prefs"].container == "Banking at home"
    assert by_name["cart_id"].container == "Work"
    assert by_name["django_language"].container is None
