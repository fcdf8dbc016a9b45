"""Reading the cookies of a real firefox-esr while it runs: its DB is locked, the fresh rows sit in the -wal."""
from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from browser_harness import FIREFOX_BIN, FIREFOX_PREFS, browser_env
from time_shift import make_fresh
from inspector.domain.clock import SYSTEM
from inspector.domain.records import StoreRef
from inspector.domain.scan import read_store

pytestmark = pytest.mark.browser

# A loopback page that sets one cookie, so the running Firefox writes a row into its -wal.
_SERVER = r"""
import http.server, sys
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = b"<!doctype html><title>fresh</title><p>fresh"
        self.send_response(200)
        self.send_header("Set-Cookie", "fresh_from_running=1; Max-Age=3600; Path=/")
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *a):
        pass
http.server.HTTPServer(("127.0.0.1", int(sys.argv[1])), H).serve_forever()
"""


def _isolated() -> bool:
    if not (os.name == "posix" and os.geteuid() == 0 and shutil.which("unshare") and shutil.which("ip")):
        return False
    probe = subprocess.run(["unshare", "-n", "sh", "-c", "ip link set lo up"], capture_output=True)
    return probe.returncode == 0


def _live_open_error(db: Path) -> str | None:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        con.execute("SELECT count(*) FROM moz_cookies").fetchone()
        con.close()
    except sqlite3.Error as exc:
        return str(exc)
    return None


@pytest.mark.skipif(not os.path.exists(FIREFOX_BIN), reason=f"firefox-esr is not installed ({FIREFOX_BIN})")
@pytest.mark.skipif(not _isolated(), reason="needs root and `unshare -n` to keep the browser on loopback only")
def test_all_cookies_of_a_running_firefox_are_read_including_the_one_it_just_set(real_stores, tmp_path):
    profile = real_stores.firefox_profile()
    make_fresh(profile, "firefox", real_stores.made_at_us, SYSTEM.now_us())  # Firefox runs on the real clock
    db_rows = len(real_stores.truth_store("firefox/0")["cookies"])
    with open(profile / "user.js", "w") as fh:
        for k, v in {**FIREFOX_PREFS, "browser.startup.page": 0}.items():
            fh.write(f"user_pref({json.dumps(k)}, {json.dumps(v)});\n")
    server = tmp_path / "server.py"
    server.write_text(_SERVER)
    home = tmp_path / "home"
    home.mkdir()
    script = (f'ip link set lo up && "{sys.executable}" "{server}" 8099 & sleep 0.5; '
              f'exec "{FIREFOX_BIN}" --headless --no-remote --profile "{profile}" http://127.0.0.1:8099/')
    proc = subprocess.Popen(["unshare", "-n", "sh", "-c", script], env=browser_env(str(home)),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    ref = StoreRef("firefox", "firefox", "default-esr", str(profile / "cookies.sqlite"), str(profile), str(profile))
    try:
        deadline = time.time() + 90
        names, locked = set(), None
        while time.time() < deadline:
            locked = _live_open_error(profile / "cookies.sqlite")
            names = {r.name for r in read_store(ref) if r.key.source == "db"}
            if locked and "fresh_from_running" in names:
                break
            time.sleep(1)
        assert locked and "locked" in locked, "Firefox never held its cookie DB locked"
        assert "fresh_from_running" in names, "the cookie the running browser just set was not read"
        records = read_store(ref)
        # Every row that was there before (flash_msg may be purged as expired) plus the new one.
        assert len([r for r in records if r.key.source == "db"]) >= db_rows
        assert (profile / "cookies.sqlite-wal").stat().st_size > 0
    finally:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
