"""`consent-inspector delete` / `undo`: exit codes, confirmation, --dry-run, and JSON that never holds a value."""
from __future__ import annotations

import io
import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys

import pytest

from deletion_support import (ROOT, chromium_store, cli, dump, file_hashes, firefox_store, records, start_sleeper,
                              stop, write_policy)
from cli_support import run

pytestmark = pytest.mark.fixtures


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    path = tmp_path / "data"
    monkeypatch.setenv("CONSENT_INSPECTOR_DATA_DIR", str(path))
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # no terminal unless a test gives one
    return path


@pytest.fixture
def setup(real_stores, tmp_path):
    """(policy path, --store arguments, chromium StoreRef, firefox StoreRef) over fresh copies."""
    policy = write_policy(tmp_path)
    user_data, ff_root = real_stores.chromium_user_data(), real_stores.firefox_root()
    stores = ["--store", f"chromium:{user_data}", "--store", f"firefox:{ff_root}"]
    return policy, stores, chromium_store(real_stores), firefox_store(real_stores)


def all_values(real_stores) -> set:
    """Every cookie value of the fixtures (6+ characters, so a match is no accident)."""
    values = set()
    for store in real_stores.truth["stores"]:
        for row in store["cookies"]:
            values.add(row.get("decrypted_value") or row.get("value") or "")
        for cookies in (store.get("session_store") or {}).values():
            for c in cookies if isinstance(cookies, list) else cookies.get("cookies", []):
                values.add(c.get("value", ""))
    return {v for v in values if isinstance(v, str) and len(v) >= 6}


def assert_no_values(real_stores, *texts):
    values = all_values(real_stores)
    assert len(values) > 10
    for text in texts:
        leaked = [v for v in values if v in text]
        assert not leaked, "a cookie value was printed"


def test_delete_a_site_then_undo_json(capsys, setup, real_stores):
    policy, stores, chromium, firefox = setup
    before = {s.path: dump(s.path, t) for s, t in ((chromium, "cookies"), (firefox, "moz_cookies"))}
    code, out, err = run(capsys, "delete", "--policy", policy, *stores, "--site", "example.org", "--yes",
                         "--format", "json")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["undo_id"] and doc["dry_run"] is False and doc["count"] == len(doc["deleted"])
    assert {"browser", "profile", "host", "name", "path", "partition"} <= set(doc["deleted"][0])
    assert not any("value" in c for c in doc["deleted"])
    seen = {(c["browser"], c["profile"], c["name"]) for c in doc["deleted"]}
    assert ("firefox", "default-esr", "sessionid") in seen and ("chromium", chromium.profile, "cart_id") in seen
    assert_no_values(real_stores, out, err)
    assert not [r for r in records(chromium) + records(firefox) if r.host.lstrip(".") == "example.org"]

    code, out, err = run(capsys, "undo", doc["undo_id"], "--format", "json")
    assert code == 0, err
    assert json.loads(out)["restored"] == doc["count"]
    assert {s.path: dump(s.path, t) for s, t in ((chromium, "cookies"), (firefox, "moz_cookies"))} == before
    assert_no_values(real_stores, out, err)
    code, _, err = run(capsys, "undo", doc["undo_id"])
    assert code == 1 and "already undone" in err


def test_delete_by_name_category_and_status(capsys, setup):
    policy, stores, chromium, firefox = setup
    # A banner category is the effective one: the policy's word, else the catalog's guess.
    code, out, err = run(capsys, "delete", "--policy", policy, *stores, "--site", "lillemetropole.fr",
                         "--category", "statistics", "--dry-run", "--format", "json")
    assert code == 0, err
    chosen = {c["name"]: c["about"]["source"] for c in json.loads(out)["deleted"]}
    assert chosen == {"_pk_id.1.abcd": "policy", "_pk_ses.1.abcd": "policy", "_ga": "catalog", "_gid": "catalog"}
    code, out, err = run(capsys, "delete", "--policy", policy, *stores, "--site", "lillemetropole.fr",
                         "--category", "statistics", "--name", "_pk_id.1.abcd", "--name", "_pk_ses.1.abcd",
                         "--yes", "--format", "json")
    assert code == 0, err
    assert {c["name"] for c in json.loads(out)["deleted"]} == {"_pk_id.1.abcd", "_pk_ses.1.abcd"}
    code, out, err = run(capsys, "delete", "--policy", policy, *stores, "--site", "opendata.lillemetropole.fr",
                         "--name", "_ga", "--name", "ods_title", "--yes", "--format", "json")
    assert code == 0, err
    got = {(c["host"], c["name"]) for c in json.loads(out)["deleted"]}
    assert got == {(".lillemetropole.fr", "_ga"), ("opendata.lillemetropole.fr", "ods_title")}
    code, out, err = run(capsys, "delete", "--policy", policy, *stores, "--site", "lillemetropole.fr",
                         "--status", "undeclared", "--yes")
    assert code == 0, err
    assert "Undo with: consent-inspector undo " in out
    left = {r.name for r in records(chromium) + records(firefox) if "lillemetropole" in r.host}
    assert {"sessionid", "csrftoken", "django_language"} <= left
    assert not left & {"_gid", "ods_odd", "lm_banner", "has_js"}
    code, out, _ = run(capsys, "undo", "--list")
    assert code == 0 and out.count("done") == 3


def test_dry_run_changes_nothing(capsys, setup, real_stores, data_dir):
    policy, stores, chromium, firefox = setup
    before = file_hashes(real_stores.tmp / "fixtures")
    code, out, err = run(capsys, "delete", "--policy", policy, *stores, "--site", "lillemetropole.fr", "--dry-run")
    assert code == 0, err
    assert "dry run" in out and "_ga" in out and "Delete " in out
    code, out, err = run(capsys, "delete", "--policy", policy, *stores, "--site", "lillemetropole.fr", "--dry-run",
                         "--format", "json", "--yes")
    assert code == 0 and json.loads(out)["dry_run"] is True and json.loads(out)["undo_id"] is None
    assert_no_values(real_stores, out, err)
    assert file_hashes(real_stores.tmp / "fixtures") == before
    assert not (data_dir / "backups").exists() or not os.listdir(data_dir / "backups")


def test_nothing_matched_exits_1(capsys, setup):
    policy, stores, *_ = setup
    code, _, err = run(capsys, "delete", "--policy", policy, *stores, "--site", "no-such-site.example", "--yes")
    assert code == 1 and "no cookie matched" in err
    code, _, err = run(capsys, "delete", "--policy", policy, *stores, "--site", "example.org", "--name", "nope",
                       "--yes")
    assert code == 1


def test_usage_errors_exit_2(capsys, setup, real_stores):
    policy, stores, *_ = setup
    before = file_hashes(real_stores.tmp / "fixtures")
    assert run(capsys, "delete", "--policy", policy, *stores, "--yes")[0] == 2  # --site is required
    code, _, err = run(capsys, "delete", "--policy", policy, *stores, "--site", "x", "--category", "nope")
    assert code == 2 and "statistics" in err
    assert run(capsys, "delete", *stores, "--site", "x", "--status", "maybe")[0] == 2
    assert run(capsys, "undo", "--list", "some-id")[0] == 2
    # without --yes and without a terminal: the plan is shown and nothing happens
    code, out, err = run(capsys, "delete", "--policy", policy, *stores, "--site", "example.org")
    assert code == 2 and "not a terminal" in err and "prefs" in err
    assert file_hashes(real_stores.tmp / "fixtures") == before


def test_running_browser_exits_3(capsys, setup, real_stores):
    policy, stores, chromium, _ = setup
    sleeper = start_sleeper()
    try:
        os.symlink(f"{socket.gethostname()}-{sleeper.pid}", os.path.join(chromium.lock_dir, "SingletonLock"))
        before = file_hashes(real_stores.tmp / "fixtures")
        code, out, err = run(capsys, "delete", "--policy", policy, *stores, "--site", "example.org", "--yes")
        assert code == 3
        assert f"chromium is running with profile '{chromium.profile}'" in err and "close chromium" in err
        assert file_hashes(real_stores.tmp / "fixtures") == before
    finally:
        stop(sleeper)


def test_store_failure_exits_4_and_changes_nothing(capsys, setup, real_stores):
    policy, stores, chromium, _ = setup
    con = sqlite3.connect(chromium.path)
    con.execute("UPDATE meta SET value = '99' WHERE key = 'version'")
    con.commit()
    con.close()
    before = file_hashes(real_stores.tmp / "fixtures")
    code, _, err = run(capsys, "delete", "--policy", policy, *stores, "--site", "example.org", "--yes")
    assert code == 4 and "unknown Chromium cookie schema" in err
    assert file_hashes(real_stores.tmp / "fixtures") == before


def test_corrupt_or_missing_backup_exits_4(capsys, setup, data_dir):
    policy, stores, *_ = setup
    code, out, _ = run(capsys, "delete", "--policy", policy, *stores, "--site", "example.org", "--yes",
                       "--format", "json")
    undo_id = json.loads(out)["undo_id"]
    rows = data_dir / "backups" / f"{undo_id}.sqlite"
    rows.write_bytes(rows.read_bytes()[:-100] + b"x" * 100)
    code, _, err = run(capsys, "undo", undo_id)
    assert code == 4 and "corrupt" in err and "nothing was changed" in err
    code, _, err = run(capsys, "undo", "20200101T000000Z-abcdef")
    assert code == 4 and "no backup with undo ID" in err
    code, out, _ = run(capsys, "undo", "--list", "--format", "json")
    assert code == 0 and json.loads(out)[0]["undo_id"] == undo_id


def test_undo_without_history_exits_1(capsys):
    code, out, err = run(capsys, "undo")
    assert code == 1 and "no deletion left to undo" in err
    code, out, err = run(capsys, "undo", "--list")
    assert code == 0 and "No deletions yet" in out


@pytest.mark.skipif(sys.platform == "win32", reason="pty")
@pytest.mark.parametrize("answer,code", [("y", 0), ("n", 1)])
def test_asks_on_a_terminal(setup, data_dir, answer, code):
    policy, stores, chromium, _ = setup
    master, slave = os.openpty()
    try:
        proc = subprocess.Popen([sys.executable, "-m", "inspector.cli.main", "delete", "--policy", str(policy), *stores,
                                 "--site", "example.org"], cwd=ROOT, stdin=slave, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True,
                                env=dict(os.environ, CONSENT_INSPECTOR_DATA_DIR=str(data_dir)))
        os.write(master, (answer + "\n").encode())
        out, err = proc.communicate(timeout=120)
    finally:
        os.close(master)
        os.close(slave)
    assert proc.returncode == code, err
    assert "Delete these" in err and "[y/N]" in err
    left = [r for r in records(chromium) if r.host.lstrip(".") == "example.org"]
    assert bool(left) == (answer == "n")


def _can_unshare() -> bool:
    return (os.name == "posix" and os.geteuid() == 0 and shutil.which("unshare") is not None
            and subprocess.run(["unshare", "-m", "true"], capture_output=True).returncode == 0)


def test_read_only_store_exits_4(setup, data_dir, real_stores):
    policy, stores, chromium, _ = setup
    folder = os.path.dirname(chromium.path)
    before = dump(chromium.path, "cookies")
    args = ["delete", "--policy", policy, "--store", f"chromium:{chromium.lock_dir}", "--site", "example.org",
            "--yes"]
    env = {"CONSENT_INSPECTOR_DATA_DIR": str(data_dir)}
    if _can_unshare():
        mounts = f"mount --bind '{folder}' '{folder}' && mount -o remount,ro,bind '{folder}'"
        result = cli(*args, env=env, prefix=("unshare", "-m", "sh", "-c", mounts + ' && exec "$0" "$@"'))
    elif os.geteuid() != 0:
        os.chmod(folder, 0o555)
        try:
            result = cli(*args, env=env)
        finally:
            os.chmod(folder, 0o755)
    else:
        pytest.skip("root without mount namespaces cannot make a folder read-only for itself")
    assert result.returncode == 4, result.stderr
    assert "read-only" in result.stderr
    assert dump(chromium.path, "cookies") == before


def test_cli_module_runs_as_a_subprocess(setup, data_dir, real_stores):
    policy, stores, *_ = setup
    result = cli("delete", "--policy", policy, *stores, "--site", "localhost", "--yes", "--format", "json",
                 env={"CONSENT_INSPECTOR_DATA_DIR": str(data_dir)})
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert {c["name"] for c in doc["deleted"]} >= {"dev_session", "localhost_js"}
    assert_no_values(real_stores, result.stdout, result.stderr)
    listed = cli("undo", "--list", env={"CONSENT_INSPECTOR_DATA_DIR": str(data_dir)})
    assert listed.returncode == 0 and doc["undo_id"] in listed.stdout


def test_one_lock_check_before_the_confirmation_and_one_at_the_write(capsys, setup, monkeypatch):
    from inspector.domain.deletion import locks

    policy, stores, chromium, _firefox = setup
    scans = []
    scan_processes = locks._browser_process
    monkeypatch.setattr(locks, "_browser_process", lambda store: scans.append(store.profile) or scan_processes(store))
    code, _out, _err = run(capsys, "delete", "--policy", policy, "--store", f"chromium:{chromium.lock_dir}",
                           "--site", "example.org", "--yes")
    assert code == 0
    # The preview's notes and the refusal share one scan; execute() looks again as it writes,
    # since a browser may have been opened while the user read the preview.
    assert scans == [chromium.profile, chromium.profile]


def test_dry_run_lists_each_cookie_with_its_description_and_source(capsys, setup, monkeypatch):
    policy, stores, *_ = setup
    monkeypatch.setenv("COLUMNS", "160")
    code, out, err = run(capsys, "delete", "--policy", policy, *stores, "--site", "lillemetropole.fr", "--dry-run")
    assert code == 0, err
    header = next(line for line in out.splitlines() if line.startswith("NAME"))
    assert "PROVIDER" in header and "CATEGORY" in header and "SOURCE" in header
    ga = next(line for line in out.splitlines() if line.startswith("_ga "))
    assert "Google Analytics" in ga and "statistics" in ga and "catalog" in ga
    code, out, err = run(capsys, "delete", "--policy", policy, *stores, "--site", "lillemetropole.fr", "--dry-run",
                         "--format", "json")
    rows = json.loads(out)["deleted"]
    ga = next(r for r in rows if r["name"] == "_ga")
    assert ga["about"] == {"provider": "Google Analytics", "category": "statistics", "purpose": ga["about"]["purpose"],
                           "source": "catalog"}
    assert {r["about"]["source"] for r in rows if r["name"] == "sessionid"} == {"policy"}
    assert ga["source"] != "catalog"  # the row's own "source" still says where the cookie is stored


def test_delete_table_escapes_what_the_website_controls():
    from inspector.cli.deleted_rows import write_cookie_table as _table

    out = io.StringIO()
    _table(out, [{"name": "x\x1b[2J", "host": "evil.example\r\nforged", "path": "/", "browser": "chromium",
                  "profile": "Default", "partition": "", "container": "", "source": "db",
                  "about": {"provider": "P\u202e", "category": "marketing", "purpose": "", "source": "ocd"}}])
    text = out.getvalue()
    assert "\x1b" not in text and "\r" not in text and "\u202e" not in text and len(text.splitlines()) == 2
    assert "x\\x1b[2J" in text and "Open C" in text
