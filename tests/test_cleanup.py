"""Clean up: what each rule chooses, the keep list winning, open profiles skipped, one undo, and `clean`."""
from __future__ import annotations

import io
import json
import os
import socket
import sqlite3
import sys

import pytest

from deletion_support import start_sleeper, stop, write_policy
from inspector.domain.cleanup.choose import choose, partition_site
from inspector.domain.cleanup.plan import plan_cleanup, run_cleanup
from inspector.domain.cleanup.rules import Rule, RulesError, load_rules, save_rule
from inspector.domain.codes import SKIP_OPEN
from inspector.domain.deletion.undo import history, undo
from inspector.domain.descriptions import Describer
from inspector.domain.findings.engine import findings_for
from inspector.domain.keep.entries import KeepEntry, KeepList
from inspector.domain.keep.keep_file import save_keep_list
from inspector.domain.policy import load_policy
from inspector.domain.scan import scan
from inspector.domain.stores.demo import demo_stores
from cli_support import run

DAY_US = 86_400_000_000


@pytest.fixture(autouse=True)
def dirs(tmp_path, monkeypatch):
    monkeypatch.setenv("CONSENT_INSPECTOR_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("CONSENT_INSPECTOR_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))


@pytest.fixture
def stores(tmp_path):
    return demo_stores(str(tmp_path / "demo"))


@pytest.fixture
def policy(tmp_path):
    return write_policy(tmp_path)


def scanned(stores, policy):
    return scan(stores, load_policy(policy))


def stored(store) -> set:
    table, host = ("cookies", "host_key") if store.family == "chromium" else ("moz_cookies", "host")
    con = sqlite3.connect(f"file:{store.path}?mode=ro", uri=True)
    try:
        return set(con.execute(f"SELECT {host}, name FROM {table}"))
    finally:
        con.close()


def names(pairs) -> set:
    return {c.record.name for c, _ in pairs}


def chosen(result, *rules, now_us=None):
    now = result.now_us if now_us is None else now_us
    return names(choose(result.cookies, rules, Describer().describe, now,
                        lambda cs: findings_for(cs, now)))


def test_each_choice_picks_its_cookies(stores, policy):
    result = scanned(stores, policy)
    # The policy's word first: its Matomo cookies are statistics; _ga/_gid and _octo per the catalogs.
    assert chosen(result, Rule(categories=("statistics",))) == {"_pk_id.1.abcd", "_pk_ses.1.abcd", "_ga", "_gid",
                                                                "_octo"}
    assert chosen(result, Rule(categories=("marketing",))) == {"IDE", "VISITOR_INFO1_LIVE"}
    assert chosen(result, Rule(statuses=("undeclared",))) == {"cookies_preferences", "_ga", "_gid", "has_js",
                                                              "flash_msg", "cart_id"}
    assert chosen(result, Rule(third_party=True)) == {"IDE", "VISITOR_INFO1_LIVE"}
    assert chosen(result, Rule(expired=True)) == {"flash_msg"}
    assert "_ga" in chosen(result, Rule(findings=("beyond-13-months",)))
    assert "sessionid" not in chosen(result, Rule(findings=("beyond-13-months",)))


def test_choices_combine_and_a_rule_without_any_chooses_nothing(stores, policy):
    result = scanned(stores, policy)
    assert chosen(result, Rule(categories=("statistics",), statuses=("undeclared",))) == {"_ga", "_gid"}
    assert chosen(result, Rule(categories=("statistics", "marketing"), site="github")) == {"_octo"}
    assert chosen(result, Rule()) == set()
    # Several rules: a cookie any of them chooses, named by the first.
    pairs = choose(result.cookies, [Rule("ads", categories=("marketing",)), Rule("old", expired=True)],
                   Describer().describe, result.now_us)
    assert {(c.record.name, rule) for c, rule in pairs} == {("IDE", "ads"), ("VISITOR_INFO1_LIVE", "ads"),
                                                            ("flash_msg", "old")}


def test_unused_days_reads_the_stores_last_access_time(stores, policy):
    result = scanned(stores, policy)
    newest = max(c.record.last_access_us for c in result.cookies if c.record.last_access_us)
    later = newest + 31 * DAY_US
    assert chosen(result, Rule(unused_days=30), now_us=later) == {c.record.name for c in result.cookies
                                                                  if c.record.last_access_us}
    assert chosen(result, Rule(unused_days=30), now_us=newest) == set()


@pytest.mark.parametrize("partition, site", [
    ("https://lillemetropole.fr", "lillemetropole.fr"), ("(https,lillemetropole.fr)", "lillemetropole.fr"),
    ("(https,www.example.co.uk,8443)", "example.co.uk"), ("https://a.example.org:8443", "example.org"),
])
def test_partition_keys_of_both_families_name_their_top_level_site(partition, site):
    assert partition_site(partition) == site


def test_the_keep_list_wins_and_open_profiles_are_skipped_with_the_rest_cleaned(stores, policy):
    chrome, firefox = stores
    result = scanned(stores, policy)
    keep = KeepList([KeepEntry(site="youtube.com"), KeepEntry(site="lillemetropole.fr", pattern="_pk_*")])
    before = {s.browser: stored(s) for s in stores}
    sleeper = start_sleeper()
    lock = os.path.join(chrome.lock_dir, "SingletonLock")
    try:
        os.symlink(f"{socket.gethostname()}-{sleeper.pid}", lock)
        plan = plan_cleanup(result.cookies, stores, [Rule(categories=("statistics", "marketing"))], keep,
                            Describer().describe, result.now_us)
        assert {(c.record.name, e.kind) for c, e in plan.kept} == {("VISITOR_INFO1_LIVE", "site"),
                                                                   ("_pk_id.1.abcd", "pattern"),
                                                                   ("_pk_ses.1.abcd", "pattern")}
        assert [(s.store.browser, s.reason, len(s.records)) for s in plan.skipped] == [("chrome", SKIP_OPEN, 4)]
        assert {r.browser for r in plan.deletion.records} == {"firefox"}
        report = run_cleanup(plan)
    finally:
        os.unlink(lock)
        stop(sleeper)
    assert stored(chrome) == before["chrome"]
    gone = {("firefox", r.host, r.name) for r in report.deleted}
    assert {n for _, _, n in gone} == {"_ga", "_gid", "IDE", "_octo"}
    assert stored(firefox) == before["firefox"] - {(h, n) for _, h, n in gone}
    entry = next(e for e in history() if e.undo_id == report.undo_id)
    assert entry.total == 4
    undo(report.undo_id)
    assert stored(firefox) == before["firefox"]


def test_one_undo_restores_a_clean_up_across_every_store(stores, policy):
    result = scanned(stores, policy)
    before = {s.browser: stored(s) for s in stores}
    plan = plan_cleanup(result.cookies, stores, [Rule(categories=("marketing",)), Rule(expired=True)],
                        KeepList(), Describer().describe, result.now_us)
    report = run_cleanup(plan)
    assert {s.browser for s in stores if stored(s) != before[s.browser]} == {"chrome", "firefox"}
    assert len(report.deleted) == 6
    undo()
    assert {s.browser: stored(s) for s in stores} == before


def test_sign_in_sites_are_named_before_they_sign_the_user_out(stores, policy):
    result = scanned(stores, policy)
    plan = plan_cleanup(result.cookies, stores, [Rule(categories=("necessary",))], KeepList(),
                        Describer().describe, result.now_us, check_locks=False)
    assert plan.sign_in_sites == ["lillemetropole.fr"]  # sessionid: the policy says Login
    keep = KeepList([KeepEntry(site="lillemetropole.fr", name="sessionid", reason="sign-in")])
    plan = plan_cleanup(result.cookies, stores, [Rule(categories=("necessary",))], keep,
                        Describer().describe, result.now_us, check_locks=False)
    assert plan.sign_in_sites == []


def test_rules_are_saved_by_name_and_a_bad_file_says_where(tmp_path):
    path = tmp_path / "rules.yaml"
    save_rule(str(path), Rule("trackers", categories=("marketing", "statistics"), third_party=True))
    save_rule(str(path), Rule("stale", unused_days=90))
    save_rule(str(path), Rule("trackers", categories=("marketing",)))  # replaces the first
    rules = load_rules(str(path))
    assert [(r.name, r.categories, r.third_party, r.unused_days) for r in rules] == [
        ("stale", (), False, 90), ("trackers", ("marketing",), False, None)]
    path.write_text("rules:\n  - name: x\n    unused-days: many\n", encoding="utf-8")
    with pytest.raises(RulesError) as err:
        load_rules(str(path))
    assert (err.value.line, err.value.column) == (3, 18) and "whole number" in err.value.message
    path.write_text("rules:\n  - name: x\n", encoding="utf-8")
    with pytest.raises(RulesError, match="chooses nothing"):
        load_rules(str(path))


# --- the command ----------------------------------------------------------------------------


def store_args(stores):
    chrome, firefox = stores
    return ["--store", f"chrome:{chrome.lock_dir}", "--store", f"firefox:{os.path.dirname(firefox.profile_dir)}"]


def test_clean_json_lists_deleted_kept_and_skipped_and_deletes_exactly_those(capsys, stores, policy):
    save_keep_list(KeepList([KeepEntry(site="github.com")]))
    before = {s.browser: stored(s) for s in stores}
    args = ["clean", "--policy", policy, *store_args(stores), "--category", "statistics", "--category",
            "marketing", "--format", "json"]
    code, out, _ = run(capsys, *args, "--dry-run")
    doc = json.loads(out)
    assert code == 0 and doc["dry_run"] and doc["undo_id"] is None
    assert {s.browser: stored(s) for s in stores} == before
    assert {(k["cookie"]["name"], k["kept_by"]["kind"], k["kept_by"]["site"]) for k in doc["kept"]} == {
        ("_octo", "site", "github.com")}
    assert doc["skipped"] == []
    assert {r["name"] for r in doc["deleted"]} == {"_pk_id.1.abcd", "_pk_ses.1.abcd", "_ga", "_gid", "IDE",
                                                   "VISITOR_INFO1_LIVE"}
    assert all(r["about"]["source"] and r["rule"] == "command line" for r in doc["deleted"])

    code, _out, err = run(capsys, *args)
    assert code == 2 and "not a terminal" in err  # no --yes, no terminal: nothing happens
    code, out, _ = run(capsys, *args, "--yes")
    doc = json.loads(out)
    assert code == 0 and doc["count"] == 12 and doc["undo_id"]
    for s in stores:
        assert before[s.browser] - stored(s) == {(r["host"], r["name"]) for r in doc["deleted"]
                                                 if r["browser"] == s.browser}
    code, out, _ = run(capsys, "undo", doc["undo_id"])
    assert code == 0 and {s.browser: stored(s) for s in stores} == before


def test_clean_runs_saved_rules_unattended(capsys, stores, policy, tmp_path):
    rules = tmp_path / "rules.yaml"
    code, out, err = run(capsys, "clean", "--policy", policy, *store_args(stores), "--expired",
                         "--rules", rules, "--save-as", "expired", "--dry-run")
    assert code == 0 and "saved the rule 'expired'" in err and rules.exists()
    code, out, _ = run(capsys, "clean", "--policy", policy, *store_args(stores), "--rules", rules, "--yes",
                       "--format", "json")
    doc = json.loads(out)
    assert code == 0 and {(r["name"], r["rule"]) for r in doc["deleted"]} == {("flash_msg", "expired")}
    code, _, err = run(capsys, "clean", "--policy", policy, *store_args(stores), "--rules", rules, "--yes")
    assert code == 1 and "nothing was deleted" in err


def test_clean_skips_an_open_profile_and_exits_3_when_every_one_is_open(capsys, stores, policy):
    chrome, firefox = stores
    sleeper = start_sleeper()
    lock = os.path.join(chrome.lock_dir, "SingletonLock")
    before = stored(chrome)
    try:
        os.symlink(f"{socket.gethostname()}-{sleeper.pid}", lock)
        code, out, _ = run(capsys, "clean", "--policy", policy, *store_args(stores), "--category", "marketing",
                           "--yes", "--format", "json")
        doc = json.loads(out)
        assert code == 0 and {r["browser"] for r in doc["deleted"]} == {"firefox"}
        assert [(s["browser"], s["reason"], s["count"]) for s in doc["skipped"]] == [("chrome", "open", 2)]
        assert "chrome" in doc["skipped"][0]["why"] and "close" in doc["skipped"][0]["why"]
        code, _, err = run(capsys, "clean", "--policy", policy, "--store", f"chrome:{chrome.lock_dir}",
                           "--category", "marketing", "--yes")
        assert code == 3 and "is open" in err
    finally:
        os.unlink(lock)
        stop(sleeper)
    assert stored(chrome) == before


def test_a_broken_keep_list_deletes_nothing(capsys, stores, policy, tmp_path):
    folder = tmp_path / "config"
    folder.mkdir()
    (folder / "keep.yaml").write_text("keep:\n  - {site: github.com, nme: x}\n", encoding="utf-8")
    before = {s.browser: stored(s) for s in stores}
    code, _, err = run(capsys, "clean", "--policy", policy, *store_args(stores), "--category", "marketing",
                       "--yes")
    assert code == 2 and "keep.yaml:2:" in err and "nothing was deleted" in err
    assert {s.browser: stored(s) for s in stores} == before


@pytest.mark.parametrize("argv, words", [
    ((), "choose what to clean"),
    (("--finding", "bogus"), "unknown finding"),
    (("--unused-days", "0"), "1 or more"),
    (("--expired", "--save-as", "x"), "--save-as needs --rules"),
])
def test_clean_usage_errors(capsys, stores, policy, argv, words):
    code, _, err = run(capsys, "clean", "--policy", policy, *store_args(stores), *argv)
    assert code == 2 and words in err


def test_delete_of_a_site_leaves_what_the_keep_list_keeps(capsys, stores, policy):
    save_keep_list(KeepList([KeepEntry(site="example.org", name="prefs")]))
    chrome, _firefox = stores
    code, out, err = run(capsys, "delete", "--policy", policy, *store_args(stores), "--site", "example.org", "--yes",
                         "--format", "json")
    assert code == 0 and "2 cookies kept by the keep list" in err
    assert {r["name"] for r in json.loads(out)["deleted"]} == {"flash_msg", "cart_id"}
    assert ("example.org", "prefs") in stored(chrome)


def test_part_of_a_clean_up_is_restored_alone_and_the_rest_later(stores, policy):
    from inspector.domain.deletion.partial_undo import deleted_cookies, undo_part

    chrome, firefox = stores
    before = {s.browser: stored(s) for s in stores}
    result = scanned(stores, policy)
    report = run_cleanup(plan_cleanup(result.cookies, stores, [Rule(categories=("marketing",))], KeepList(),
                                      Describer().describe, result.now_us))
    cookies = deleted_cookies(report.undo_id)
    assert sorted((c["browser"], c["name"], c["site"]) for c in cookies) == [
        ("chrome", "IDE", "doubleclick.net"), ("chrome", "VISITOR_INFO1_LIVE", "youtube.com"),
        ("firefox", "IDE", "doubleclick.net"), ("firefox", "VISITOR_INFO1_LIVE", "youtube.com")]
    one = next(c for c in cookies if c["browser"] == "chrome" and c["name"] == "IDE")
    assert undo_part(report.undo_id, cookies=[one]).restored == 1
    assert (".doubleclick.net", "IDE") in stored(chrome) and (".doubleclick.net", "IDE") not in stored(firefox)
    assert undo_part(report.undo_id, sites=["youtube.com"]).restored == 2
    assert [c["restored"] for c in deleted_cookies(report.undo_id)].count(True) == 3
    assert next(e for e in history() if e.undo_id == report.undo_id).undoable  # firefox's IDE is still out
    undo(report.undo_id)
    assert {s.browser: stored(s) for s in stores} == before


def test_the_label_of_a_clean_up_goes_with_its_backup(stores, policy, tmp_path):
    # The label names the sites a clean-up touched: once its backup is deleted, nothing of it stays.
    from inspector.domain.deletion import retention
    result = scanned(stores, policy)
    plan = plan_cleanup(result.cookies, stores, [Rule(categories=("marketing",))], KeepList(),
                        Describer().describe, result.now_us)
    report = run_cleanup(plan)
    label = tmp_path / "data" / "labels" / f"{report.undo_id}.json"
    assert label.is_file() and "doubleclick.net" in label.read_text()
    assert retention.prune(days=30) is None and label.is_file()  # a fresh backup stays, and its label
    assert retention.delete_all() == 1
    assert not label.exists() and list((tmp_path / "data" / "labels").iterdir()) == []
