"""End to end: delete with the CLI, relaunch the real Chromium / Firefox ESR, and watch what they send; then undo."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from deletion_support import cli
from time_shift import make_fresh
from inspector.domain.clock import SYSTEM
from inspector.domain.scan import read_store
from inspector.domain.sites import receives
from inspector.domain.stores.discovery import stores_from_path
from inspector.domain.stores.values import read_value

pytestmark = [pytest.mark.browser, pytest.mark.fixtures]
HARNESS = str(Path(__file__).with_name("browser_harness.py"))
BINARIES = {"chromium": "/usr/lib/chromium/chromium", "firefox": "/usr/lib/firefox-esr/firefox-esr"}

# What each browser loses: same-name cookies elsewhere (_ga of lillemetropole.fr, sessionid
# of opendata) must survive; partitioned (CHIPS / Total Cookie Protection) and Firefox
# session-store cookies are among the deleted.
DELETIONS = {
    "chromium": [["--site", "example.org", "--name", "_ga", "--name", "prefs", "--name", "sessionid"],
                 ["--site", "opendata.lillemetropole.fr", "--name", "csrftoken", "--name", "ods_title"],
                 ["--site", "youtube.com", "--name", "__Secure-ROLLOUT_TOKEN"]],
    "firefox": [["--site", "example.org", "--name", "_ga", "--name", "prefs", "--name", "sessionid"],
                ["--site", "opendata.lillemetropole.fr", "--name", "csrftoken", "--name", "ods_title"],
                ["--site", "youtube.com", "--name", "__Secure-ROLLOUT_TOKEN", "--name", "YSC"]],
}
CLEAN_STOP = {"chromium": "Browser.close", "firefox": "window.close()"}
MARGIN_US = 5 * 60 * 1_000_000  # cookies that expire within 5 minutes may be gone by the time they are sent


def _network():
    """(command prefix, http port, https port): a private loopback-only network namespace when we may make one."""
    if os.name == "posix" and os.geteuid() == 0 and shutil.which("unshare") and shutil.which("ip"):
        probe = subprocess.run(["unshare", "-n", "sh", "-c", "ip link set lo up"], capture_output=True)
        if probe.returncode == 0:
            return ["unshare", "-n", "--", "sh", "-c", 'ip link set lo up && exec "$0" "$@"'], 80, 443
    ports = []
    for _ in range(2):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            ports.append(s.getsockname()[1])
    return [], ports[0], ports[1]


def run_browser(browser: str, profile: Path, work: Path, label: str) -> dict:
    prefix, http_port, https_port = _network()
    out = work / f"{label}.json"
    args = [sys.executable, HARNESS, "--browser", browser, "--profile", str(profile), "--work", str(work / label),
            "--out", str(out), "--http-port", str(http_port), "--https-port", str(https_port)]
    if not prefix:
        args.append("--contain")  # no namespace: every other host goes to the harness's own server
    run = subprocess.run([*prefix, *args], capture_output=True, text=True, timeout=170)
    assert run.returncode == 0 and out.is_file(), f"{browser} run failed: {run.stderr[-3000:]}"
    result = json.loads(out.read_text())
    assert result["chain_done"], result
    # Quit the clean way, so the browser wrote its cookies back (not stopped by a signal).
    assert result["stopped_by"] == CLEAN_STOP[browser], result["stopped_by"]
    return result


def observations(result: dict) -> set:
    """(scheme, request host, path, cookie name, value hash) of every cookie the server received."""
    return {(r["scheme"], r["host"], r["path"], name, digest)
            for r in result["requests"] for name, digest in r["cookies"]}


def path_match(request_path: str, cookie_path: str) -> bool:
    return (request_path == cookie_path or cookie_path == "/" or
            request_path.startswith(cookie_path.rstrip("/") + "/"))


def received(obs: set, record, digest=None) -> list:
    return [o for o in obs if o[3] == record.name and receives(o[1], record.host) and path_match(o[2], record.path)
            and (digest is None or o[4] == digest)]


def _hash(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8", "surrogateescape")).hexdigest()[:16]


def _profile(real_stores, browser: str):
    """A copy of the fixture profile, its times moved to today: the browser runs on the real clock."""
    if browser == "chromium":
        user_data = real_stores.chromium_user_data()
        # "Continue where you left off": Chromium keeps session cookies across the restart.
        (user_data / "Default" / "Preferences").write_text(json.dumps({"session": {"restore_on_startup": 1}}))
        make_fresh(user_data, "chromium", real_stores.made_at_us, SYSTEM.now_us())
        return user_data, stores_from_path("chromium", user_data)[0]
    profile = real_stores.firefox_profile()
    make_fresh(profile, "firefox", real_stores.made_at_us, SYSTEM.now_us())
    return profile, stores_from_path("firefox", profile)[0]


def _live(records, now_us: int) -> list:
    return [r for r in records if r.expires_us is None or r.expires_us > now_us + MARGIN_US]


@pytest.mark.parametrize("browser", ["chromium", "firefox"])
def test_browser_sends_what_remains_and_gets_back_what_undo_restores(real_stores, tmp_path, browser):
    if not os.path.exists(BINARIES[browser]):
        package = "chromium" if browser == "chromium" else "firefox-esr"
        pytest.skip(f"{BINARIES[browser]} is not installed (apt-get install {package})")
    missing = [tool for tool in ["openssl"] + (["certutil"] if browser == "firefox" else []) if not shutil.which(tool)]
    assert not missing, f"the end-to-end test needs {missing} (apt-get install openssl libnss3-tools)"
    profile, store = _profile(real_stores, browser)
    env = {"CONSENT_INSPECTOR_DATA_DIR": str(tmp_path / "data")}
    before = {r.key.values: r for r in read_store(store)}
    digests = {k: _hash(read_value(r)) for k, r in before.items()}  # in memory only, never printed

    deleted = []
    for args in DELETIONS[browser]:
        done = cli("delete", "--store", f"{browser}:{profile}", *args, "--yes", "--format", "json", env=env)
        assert done.returncode == 0, done.stderr
        doc = json.loads(done.stdout)
        assert doc["undo_id"] and doc["count"] >= 1
        deleted += [(c["host"], c["name"], c["path"], c["partition"]) for c in doc["deleted"]]
    remaining = {k: r for k, r in ((r.key.values, r) for r in read_store(store))}
    gone = [r for k, r in before.items() if k not in remaining]
    assert sorted((r.host, r.name, r.path, r.partition) for r in gone) == sorted(deleted)
    assert {"_ga", "prefs", "sessionid", "csrftoken", "ods_title", "__Secure-ROLLOUT_TOKEN"} <= {r.name for r in gone}

    # 1. After the deletion: every remaining live cookie is sent, no deleted one is.
    now_us = SYSTEM.now_us()
    first = observations(run_browser(browser, profile, tmp_path, "after-delete"))
    for key, r in remaining.items():
        if r in _live([r], now_us):
            assert received(first, r, digests[key]), f"{browser} did not send the remaining {r.name} of {r.host}"
    for r in gone:
        twins = [o for o in remaining.values() if o.name == r.name]
        for o in received(first, r):
            assert any(receives(o[1], t.host) and path_match(o[2], t.path) for t in twins), \
                f"{browser} still sent the deleted {r.name} of {r.host} to {o[1]}{o[2]}"
    # same names elsewhere survived: _ga of lillemetropole.fr, sessionid of opendata
    assert any(o[3] == "_ga" and o[1] == "opendata.lillemetropole.fr" for o in first)
    assert not any(o[3] == "_ga" and o[1] == "example.org" for o in first)
    assert any(o[3] == "sessionid" and o[1] == "opendata.lillemetropole.fr" for o in first)

    # 2. Undo every deletion (latest first, as `undo` without an ID does).
    for _ in DELETIONS[browser]:
        undone = cli("undo", "--format", "json", env=env)
        assert undone.returncode == 0, undone.stderr
        assert not json.loads(undone.stdout)["kept_newer"]
    listed = json.loads(cli("undo", "--list", "--format", "json", env=env).stdout)
    assert [e["status"] for e in listed] == ["undone"] * len(DELETIONS[browser])

    # 3. After the undo: the deleted cookies are sent again, with their original values,
    # and everything else is sent exactly as in the first run.
    now_us = SYSTEM.now_us()
    second = observations(run_browser(browser, profile, tmp_path, "after-undo"))
    for r in _live(gone, now_us):
        assert received(second, r, digests[r.key.values]), f"{browser} did not get {r.name} of {r.host} back"
    restored = {o for r in gone for o in received(second, r, digests[r.key.values])}
    assert second - restored == first, "the undo changed other cookies than the deleted ones"


# A clean-up of the trackers everywhere, with a keep list: every kind of entry keeps something.
KEEP = [["--site", "youtube.com"], ["--site", "lillemetropole.fr", "--pattern", "_pk_*"],
        ["--site", "example.org", "--name", "_ga"]]


@pytest.mark.parametrize("browser", ["chromium", "firefox"])
def test_a_clean_up_keeps_what_the_keep_list_keeps_and_one_undo_brings_the_rest_back(real_stores, tmp_path, browser):
    if not os.path.exists(BINARIES[browser]):
        package = "chromium" if browser == "chromium" else "firefox-esr"
        pytest.skip(f"{BINARIES[browser]} is not installed (apt-get install {package})")
    missing = [tool for tool in ["openssl"] + (["certutil"] if browser == "firefox" else []) if not shutil.which(tool)]
    assert not missing, f"the end-to-end test needs {missing} (apt-get install openssl libnss3-tools)"
    profile, store = _profile(real_stores, browser)
    env = {"CONSENT_INSPECTOR_DATA_DIR": str(tmp_path / "data"), "CONSENT_INSPECTOR_CONFIG_DIR": str(tmp_path / "cfg")}
    for entry in KEEP:
        assert cli("keep", "add", *entry, env=env).returncode == 0
    before = {r.key.values: r for r in read_store(store)}
    digests = {k: _hash(read_value(r)) for k, r in before.items()}  # in memory only, never printed

    done = cli("clean", "--store", f"{browser}:{profile}", "--category", "statistics", "--category", "marketing",
               "--yes", "--format", "json", env=env)
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert doc["undo_id"] and doc["count"] >= 2 and not doc["skipped"]
    assert {"pattern", "name"} <= {k["kept_by"]["kind"] for k in doc["kept"]}  # youtube.com: in Firefox only
    remaining = {r.key.values: r for r in read_store(store)}
    gone = [r for k, r in before.items() if k not in remaining]
    assert sorted((r.host, r.name, r.path) for r in gone) == sorted((c["host"], c["name"], c["path"])
                                                                     for c in doc["deleted"])
    kept_ids = {(k["cookie"]["host"], k["cookie"]["name"], k["cookie"]["path"], k["cookie"]["partition"])
                for k in doc["kept"]}
    kept = [r for r in remaining.values() if (r.host, r.name, r.path, r.partition) in kept_ids]
    assert len(kept) == len(kept_ids) and {"_ga", "_pk_id"} <= {r.name.split(".")[0] for r in kept}

    # 1. After the clean-up: every kept cookie is still sent, no deleted one is.
    now_us = SYSTEM.now_us()
    first = observations(run_browser(browser, profile, tmp_path, "after-clean"))
    for r in _live(kept, now_us):
        assert received(first, r, digests[r.key.values]), f"{browser} did not send the kept {r.name} of {r.host}"
    for r in gone:
        twins = [o for o in remaining.values() if o.name == r.name]
        for o in received(first, r):
            assert any(receives(o[1], t.host) and path_match(o[2], t.path) for t in twins), \
                f"{browser} still sent the cleaned {r.name} of {r.host} to {o[1]}{o[2]}"

    # 2. One undo restores the whole clean-up; 3. then every cleaned cookie is sent again, as it was.
    undone = cli("undo", doc["undo_id"], "--format", "json", env=env)
    assert undone.returncode == 0, undone.stderr
    assert json.loads(undone.stdout)["restored"] == doc["count"]
    now_us = SYSTEM.now_us()
    second = observations(run_browser(browser, profile, tmp_path, "after-clean-undo"))
    for r in _live(gone, now_us):
        assert received(second, r, digests[r.key.values]), f"{browser} did not get {r.name} of {r.host} back"
    for r in _live(kept, now_us):
        assert received(second, r, digests[r.key.values])
