"""Deleting from copies of the real stores removes exactly the chosen cookies; undo restores them byte for byte."""
from __future__ import annotations

import os
import sqlite3
import stat

import pytest

from deletion_support import (chromium_store, dump, firefox_store, integrity, key_bytes, records, table_of,
                              write_policy)
from inspector.domain import wording
from inspector.domain.deletion import plan as deletion
from inspector.domain.deletion.undo import history, undo
from inspector.domain.policy.loader import load_policy
from inspector.domain.scan import scan, site_filter
from inspector.domain.stores.firefox_session import cookies_in, cookie_key_values, read_mozlz4

pytestmark = pytest.mark.fixtures


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    path = tmp_path / "data"
    monkeypatch.setenv("CONSENT_INSPECTOR_DATA_DIR", str(path))
    return path


def delete_and_check(store, chosen, extra_stores=()):
    """Delete `chosen`; assert exactly those rows left and every other row is untouched, byte for byte."""
    table = table_of(store)
    before = dump(store.path, table)
    report = deletion.execute(deletion.plan_deletion(chosen, [store, *extra_stores]))
    after = dump(store.path, table)
    gone = {key_bytes(r) for r in chosen if r.key.source == "db" and r.store == store.path}
    assert set(before) - set(after) == gone
    assert {k: v for k, v in before.items() if k not in gone} == after
    assert integrity(store.path) == "ok"
    return report, before


def test_a_backup_folder_others_could_read_is_made_private(real_stores, data_dir):
    (data_dir / "backups").mkdir(parents=True, mode=0o755)
    (data_dir / "backups").chmod(0o755)  # whatever the umask
    store = chromium_store(real_stores)
    report, _ = delete_and_check(store, [r for r in records(store) if r.name == "_ga"])
    assert stat.S_IMODE(os.stat(data_dir / "backups").st_mode) == 0o700
    assert stat.S_IMODE(os.stat(data_dir / "backups" / f"{report.undo_id}.sqlite").st_mode) == 0o600


def test_one_cookie_goes_and_nothing_else(real_stores, data_dir):
    store = chromium_store(real_stores)
    ga = [r for r in records(store) if r.name == "_ga" and r.host == ".lillemetropole.fr"]
    assert len(ga) == 1
    report, before = delete_and_check(store, ga)
    assert report.count == 1 and [r.name for r in report.deleted] == ["_ga"]
    assert report.stores[0].deleted == 1
    # the backup is private: 0700 folder, 0600 file
    backup = data_dir / "backups" / f"{report.undo_id}.sqlite"
    assert backup.is_file() and backup.with_suffix(".json").is_file()
    assert stat.S_IMODE(os.stat(data_dir).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(backup.parent).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(backup).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(backup.with_suffix(".json")).st_mode) == 0o600
    # _ga of example.org (same name, other host) is still there
    assert any(r.name == "_ga" and r.host == ".example.org" for r in records(store))
    undo(report.undo_id)
    assert dump(store.path, "cookies") == before


@pytest.mark.parametrize("family", ["chromium", "firefox"])
def test_every_cookie_of_a_site(real_stores, family):
    store = chromium_store(real_stores) if family == "chromium" else firefox_store(real_stores)
    policy = load_policy(write_policy(real_stores.tmp))
    result = scan([store], policy)
    keep = site_filter("example.org")
    chosen = [c.record for c in result.cookies if keep(c)]
    assert {r.name for r in chosen} >= {"sessionid", "prefs", "cart_id", "_ga"}
    report, _ = delete_and_check(store, chosen)
    left = records(store)
    assert not [r for r in left if r.host.lstrip(".") == "example.org"]
    # the other sites' cookies are all there, including the same names elsewhere
    assert any(r.name == "sessionid" and r.host == "opendata.lillemetropole.fr" for r in left)
    assert report.count == len(chosen)


@pytest.mark.parametrize("family", ["chromium", "firefox"])
def test_a_category_on_a_site(real_stores, family):
    store = chromium_store(real_stores) if family == "chromium" else firefox_store(real_stores)
    policy = load_policy(write_policy(real_stores.tmp))
    keep = site_filter("lillemetropole.fr")
    chosen = [c.record for c in scan([store], policy).cookies
              if keep(c) and c.rule is not None and c.rule.category.id == "statistics"]
    # expired or not, both stay in the store until the browser purges them
    assert {r.name for r in chosen} == {"_pk_id.1.abcd", "_pk_ses.1.abcd"}
    delete_and_check(store, chosen)
    left = {r.name for r in records(store)}
    assert {"sessionid", "csrftoken", "_ga", "_gid"} <= left
    assert not left & {r.name for r in chosen}


@pytest.mark.parametrize("family", ["chromium", "firefox"])
def test_all_undeclared_cookies_of_a_site(real_stores, family):
    store = chromium_store(real_stores) if family == "chromium" else firefox_store(real_stores)
    policy = load_policy(write_policy(real_stores.tmp))
    keep = site_filter("lillemetropole.fr")
    inspected = scan([store], policy).cookies
    chosen = [c.record for c in inspected if keep(c) and c.status == "undeclared"]
    declared = [c.record for c in inspected if keep(c) and c.status == "declared"]
    assert {"_ga", "_gid", "ods_title"} <= {r.name for r in chosen}
    delete_and_check(store, chosen)
    left = records(store)
    assert {(r.host, r.name) for r in declared} <= {(r.host, r.name) for r in left}
    assert not [r for r in left if r.host.endswith("lillemetropole.fr") and r.name in {"_ga", "_gid", "ods_title"}]


def _clone_row(path, table, where, changes):
    """Insert a copy of one row with some columns changed: a twin in another partition/container."""
    con = sqlite3.connect(path)
    try:
        cols = [r[1] for r in con.execute(f"PRAGMA table_info({table})") if r[1] != "id"]
        row = dict(zip(cols, con.execute(f"SELECT {', '.join(cols)} FROM {table} WHERE {where}").fetchone()))
        row.update(changes)
        con.execute(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                    [row[c] for c in cols])
        con.commit()
    finally:
        con.close()


def test_chromium_partition_and_scheme_are_part_of_the_key(real_stores):
    store = chromium_store(real_stores)
    where = "name = '__Secure-ROLLOUT_TOKEN'"
    _clone_row(store.path, "cookies", where, {"top_frame_site_key": "https://example.org"})
    _clone_row(store.path, "cookies", where, {"top_frame_site_key": "", "has_cross_site_ancestor": 0})
    _clone_row(store.path, "cookies", "name = 'lh_secure'", {"source_scheme": 1, "source_port": 80})
    recs = records(store)
    tokens = [r for r in recs if r.name == "__Secure-ROLLOUT_TOKEN"]
    assert len(tokens) == 3
    chosen = [r for r in tokens if r.partition == "https://lillemetropole.fr"]
    chosen += [r for r in recs if r.name == "lh_secure" and dict(zip(r.key.columns, r.key.values))["source_port"] == 443]
    assert len(chosen) == 2
    delete_and_check(store, chosen)
    left = records(store)
    assert sorted(r.partition or "" for r in left if r.name == "__Secure-ROLLOUT_TOKEN") == ["", "https://example.org"]
    assert [dict(zip(r.key.columns, r.key.values))["source_port"] for r in left if r.name == "lh_secure"] == [80]


def test_firefox_partition_and_container_twins_survive(real_stores):
    store = firefox_store(real_stores)
    where = "name = 'IDE'"
    _clone_row(store.path, "moz_cookies", where, {"originAttributes": "^partitionKey=%28https%2Cexample.org%29"})
    _clone_row(store.path, "moz_cookies", where, {"originAttributes": "^userContextId=2"})
    _clone_row(store.path, "moz_cookies", where, {"originAttributes": ""})
    ides = [r for r in records(store) if r.name == "IDE"]
    assert len(ides) == 4
    chosen = [r for r in ides if r.partition == "https://lillemetropole.fr"]
    assert len(chosen) == 1
    report, before = delete_and_check(store, chosen)
    left = sorted((r.partition or "", r.container or "") for r in records(store) if r.name == "IDE")
    assert left == [("", ""), ("", "Container 2"), ("https://example.org", "")]
    undo(report.undo_id)
    assert dump(store.path, "moz_cookies") == before


def _session_keys(profile):
    out = {}
    for rel in ("sessionstore.jsonlz4", "sessionstore-backups/recovery.jsonlz4", "sessionstore-backups/recovery.baklz4"):
        path = os.path.join(profile, rel)
        if os.path.exists(path):
            out[rel] = sorted(cookie_key_values(c) for c in cookies_in(read_mozlz4(path)))
    return out


def _session_cookies(profile):
    out = {}
    for rel in ("sessionstore.jsonlz4", "sessionstore-backups/recovery.jsonlz4", "sessionstore-backups/recovery.baklz4"):
        path = os.path.join(profile, rel)
        if os.path.exists(path):
            out[rel] = read_mozlz4(path)
    return out


@pytest.mark.parametrize("suffix", ["default-esr", "fpi"])
def test_firefox_session_cookies_leave_every_session_file(real_stores, suffix):
    store = firefox_store(real_stores, suffix)
    before_states = _session_cookies(store.profile_dir)
    before = _session_keys(store.profile_dir)
    recs = records(store)
    chosen = [r for r in recs if r.key.source == "session" and r.name in ("YSC", "sessionid") and
              "lillemetropole" in (r.host + (r.partition or ""))]
    assert chosen and all(r.session for r in chosen)
    report = deletion.execute(deletion.plan_deletion(chosen, [store]))
    assert report.stores[0].session_deleted == len(chosen)
    gone = {r.key.values for r in chosen}
    after = _session_keys(store.profile_dir)
    assert set(after) == set(before)
    for rel in before:  # every file is still a valid mozLz4 session store, minus exactly those cookies
        assert after[rel] == [k for k in before[rel] if k not in gone]
    left = records(store)
    assert any(r.name == "sessionid" and r.host == "example.org" for r in left) or suffix == "fpi"
    undone = undo(report.undo_id)
    assert _session_keys(store.profile_dir) == {rel: sorted(v) for rel, v in before.items()}
    # The report points at the restored cookies with the keys a fresh read gives them.
    assert sorted(undone.restored_keys) == sorted(r.key for r in chosen)
    assert {r.key for r in records(store)} >= set(undone.restored_keys)
    # every restored cookie dict is exactly the one removed (value and attributes included)
    restored = _session_cookies(store.profile_dir)
    for rel, state in before_states.items():
        by_key = {cookie_key_values(c): c for c in cookies_in(state)}
        for c in cookies_in(restored[rel]):
            assert c == by_key[cookie_key_values(c)]


def test_undo_round_trip_is_byte_identical_for_every_column(real_stores):
    chromium, firefox = chromium_store(real_stores), firefox_store(real_stores)
    chosen = [r for s in (chromium, firefox) for r in records(s) if r.key.source == "db"]
    before = {s.path: dump(s.path, table_of(s)) for s in (chromium, firefox)}
    report = deletion.execute(deletion.plan_deletion(chosen, [chromium, firefox]))
    assert report.count == len(chosen)
    assert all(dump(s.path, table_of(s)) == {} for s in (chromium, firefox))
    undone = undo(report.undo_id)
    assert undone.restored == len(chosen) and not undone.kept_newer
    assert sorted(undone.restored_keys) == sorted(r.key for r in chosen)
    for s in (chromium, firefox):
        after = dump(s.path, table_of(s))
        assert after == before[s.path]  # typeof + raw bytes of every column, encrypted_value blobs included
        assert integrity(s.path) == "ok"
    blobs = [cells for cells in before[chromium.path].values()]
    assert all(any(t == b"blob" for t, _ in cells) for cells in blobs)


def test_undo_keeps_a_cookie_the_browser_set_again(real_stores):
    store = chromium_store(real_stores)
    chosen = [r for r in records(store) if r.host == "example.org"]
    before = dump(store.path, "cookies")
    report = deletion.execute(deletion.plan_deletion(chosen, [store]))
    # The browser sets `prefs` again after the deletion: a newer row with the same key.
    bk = sqlite3.connect(f"file:{report.backup_path}?mode=ro", uri=True)
    cols = [r[1] for r in bk.execute("PRAGMA table_info(rows_0)")]
    row = dict(zip(cols, bk.execute("SELECT * FROM rows_0 WHERE name = 'prefs'").fetchone()))
    bk.close()
    row["last_update_utc"] += 10_000_000
    row["encrypted_value"] = b"v10" + bytes(32)
    con = sqlite3.connect(store.path)
    con.execute(f"INSERT INTO cookies ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", [row[c] for c in cols])
    con.commit()
    con.close()
    undone = undo(report.undo_id)
    assert [k["name"] for k in undone.kept_newer] == ["prefs"]
    assert undone.restored == len(chosen) - 1
    assert sorted(undone.restored_keys) == sorted(r.key for r in chosen if r.name != "prefs")
    after = dump(store.path, "cookies")
    prefs_key = next(k for k in after if k[3] == b"prefs" and k[0] == b"example.org")
    assert after[prefs_key] != before[prefs_key]  # the newer one stayed
    assert {k: v for k, v in after.items() if k != prefs_key} == {k: v for k, v in before.items() if k != prefs_key}


def test_undo_twice_changes_nothing_the_second_time(real_stores):
    store = firefox_store(real_stores)
    chosen = [r for r in records(store) if r.name == "_ga"]
    report = deletion.execute(deletion.plan_deletion(chosen, [store]))
    undo(report.undo_id)
    before = dump(store.path, "moz_cookies")
    with pytest.raises(deletion.DeletionError) as err:
        undo(report.undo_id)
    assert err.value.code == "nothing" and "already undone" in err.value.message
    assert dump(store.path, "moz_cookies") == before


def test_deleting_from_a_store_firefox_left_in_its_wal(real_stores):
    # The "firefox-running" copy: every row still sits in cookies.sqlite-wal (no lock: it was copied).
    store = firefox_store(real_stores, running=True)
    chosen = [r for r in records(store) if r.name in ("_ga", "csrftoken")]
    assert len(chosen) == 3
    before = dump(store.path, "moz_cookies")
    report = deletion.execute(deletion.plan_deletion(chosen, [store]))
    assert integrity(store.path) == "ok"
    assert len(dump(store.path, "moz_cookies")) == len(before) - 3
    undo(report.undo_id)
    assert dump(store.path, "moz_cookies") == before


def test_history_lists_deletions_newest_first_with_counts(real_stores):
    chromium, firefox = chromium_store(real_stores), firefox_store(real_stores)
    first = deletion.execute(deletion.plan_deletion([r for r in records(chromium) if r.name == "_gid"], [chromium]))
    chosen = [r for r in records(firefox) if r.host == "example.org"]
    second = deletion.execute(deletion.plan_deletion(chosen, [firefox]))
    undo(first.undo_id)
    entries = history()
    by_id = {e.undo_id: e for e in entries}
    assert set(by_id) == {first.undo_id, second.undo_id}
    assert by_id[first.undo_id].status == "undone" and by_id[first.undo_id].undone_at
    assert by_id[first.undo_id].counts == {("chromium", chromium.profile): 1}
    assert by_id[second.undo_id].status == "done"
    assert by_id[second.undo_id].counts == {("firefox", "default-esr"): len(chosen)}
    assert entries[0].created >= entries[-1].created
    # undo with no ID takes the latest deletion not undone yet
    assert undo().undo_id == second.undo_id


def test_plan_counts_per_profile_and_names_the_stores(real_stores):
    chromium, firefox, fpi = chromium_store(real_stores), firefox_store(real_stores), firefox_store(real_stores, "fpi")
    chosen = [r for s in (chromium, firefox, fpi) for r in records(s) if r.name == "sessionid"]
    plan = deletion.plan_deletion(chosen, [chromium, firefox, fpi])
    assert plan.counts() == {("chromium", chromium.profile): 2, ("firefox", "default-esr"): 2, ("firefox", "fpi"): 1}
    text = "\n".join(wording.plan_line(line) for line in plan.lines())
    assert chromium.path in text and "session store" in text and plan.count == 5
    assert plan.blockers() == []
    # duplicates collapse; InspectedCookie items work as well as records
    assert deletion.plan_deletion(chosen + chosen, [chromium]).count == 5


def test_undo_gives_a_new_id_to_a_row_whose_id_was_taken(real_stores):
    store = firefox_store(real_stores)
    chosen = [r for r in records(store) if r.name == "prefs"]
    before = dump(store.path, "moz_cookies")
    report = deletion.execute(deletion.plan_deletion(chosen, [store]))
    con = sqlite3.connect(store.path)
    (old_id,) = con.execute("SELECT id FROM moz_cookies ORDER BY id LIMIT 1").fetchone()
    bk = sqlite3.connect(f"file:{report.backup_path}?mode=ro", uri=True)
    (taken,) = bk.execute("SELECT id FROM rows_0").fetchone()
    bk.close()
    # Firefox gave the freed id to a new cookie of another site in the meantime.
    con.execute("UPDATE moz_cookies SET id = ? WHERE id = ?", (taken, old_id))
    con.commit()
    con.close()
    undone = undo(report.undo_id)
    assert undone.stores[0].renumbered == 1 and undone.restored == 1
    after = dump(store.path, "moz_cookies")
    assert set(after) == set(before)
    strip = lambda cells: cells[1:]  # every column but the id is byte-identical
    assert {k: strip(v) for k, v in after.items()} == {k: strip(v) for k, v in before.items()}
