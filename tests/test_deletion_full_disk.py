"""A full disk, at every level of free space, under the store or under the backups: said as such, nothing half-done, nothing recorded that did not happen."""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

WORKER = str(Path(__file__).with_name("deletion_worker.py"))
FREE_KB = (0, 8, 16, 24, 32, 48, 64, 96, 128, 192, 256)


def _can_unshare() -> bool:
    if os.name != "posix" or os.geteuid() != 0 or not shutil.which("unshare"):
        return False
    return subprocess.run(["unshare", "-m", "true"], capture_output=True).returncode == 0


pytestmark = [pytest.mark.fixtures,
              pytest.mark.skipif(not _can_unshare(), reason="needs root and mount namespaces for a tmpfs")]

# In a private mount namespace: a 2 MB tmpfs at $DISK, the profile copied in (or the data
# folder made there), then filled to leave exactly $FREE KB, then the worker run.
SCRIPT = r"""
set -e
mount -t tmpfs -o size=2m tmpfs "$DISK"
if [ "$WHERE" = store ]; then cp -r "$SRC" "$DISK/ff"; fi
dd if=/dev/zero of="$DISK/filler" bs=4k 2>/dev/null || true
truncate -s -$(( FREE * 1024 )) "$DISK/filler"
"$PY" "$WORKER" delete firefox "$PROFILE" --every 1 || true
rm -f "$DISK/filler"
"$PY" - <<'PYEOF'
import json, os, sqlite3, sys
sys.path.insert(0, os.environ["ROOT"])
from inspector.domain.deletion.backup import history
from inspector.domain.deletion.undo import recover_interrupted as recover
from inspector.domain.stores.firefox_session import read_mozlz4, cookies_in
profile, data = os.environ["PROFILE"], os.environ["CONSENT_INSPECTOR_DATA_DIR"]
tmp = [os.path.join(r, n) for base in (profile, data) for r, _d, files in os.walk(base)
       for n in files if n.endswith(".tmp")]
before = [[e.status, e.total] for e in history()]
con = sqlite3.connect(profile + "/cookies.sqlite")
rows = con.execute("SELECT count(*) FROM moz_cookies").fetchone()[0]
con.close()
# The next run, once there is room again.
notes = [n.code for n in recover()]
con = sqlite3.connect(profile + "/cookies.sqlite")
after_rows = con.execute("SELECT count(*) FROM moz_cookies").fetchone()[0]
ok = con.execute("PRAGMA integrity_check").fetchone()[0]
con.close()
session = len(cookies_in(read_mozlz4(profile + "/sessionstore.jsonlz4")))
print(json.dumps({"event": "state", "rows": rows, "after_rows": after_rows, "ok": ok, "session": session,
                  "tmp": tmp, "history": before, "after": [[e.status, e.total] for e in history()],
                  "notes": notes}))
PYEOF
umount "$DISK"
"""


@pytest.mark.parametrize("where", ["store", "data"])
def test_every_level_of_a_full_disk(real_stores, tmp_path, where):
    src = real_stores.firefox_profile()
    con = sqlite3.connect(src / "cookies.sqlite")
    rows = con.execute("SELECT count(*) FROM moz_cookies").fetchone()[0]
    con.close()
    outcomes = []
    for free in FREE_KB:
        disk = tmp_path / f"disk-{free}"
        disk.mkdir()
        if where == "store":
            profile, data = disk / "ff", tmp_path / f"data-{free}"
        else:
            work = tmp_path / f"profile-{free}"
            shutil.copytree(src, work)
            profile, data = work, disk / "data"
        env = dict(os.environ, DISK=str(disk), WHERE=where, SRC=str(src), FREE=str(free), PY=sys.executable,
                   WORKER=WORKER, PROFILE=str(profile), CONSENT_INSPECTOR_DATA_DIR=str(data),
                   ROOT=str(Path(__file__).resolve().parents[1]))
        run = subprocess.run(["unshare", "-m", "sh", "-c", SCRIPT], capture_output=True, text=True, env=env,
                             timeout=300)
        events = [json.loads(x) for x in run.stdout.splitlines() if x.startswith("{")]
        assert events and events[-1]["event"] == "state", run.stdout + run.stderr
        state, result = events[-1], events[-2]
        assert "Traceback" not in run.stderr, run.stderr
        assert state["ok"] == "ok" and state["tmp"] == [], (free, state)
        if result["event"] == "done":
            # Deleted; if only the history's word for it lagged, the next run set it right.
            assert state["rows"] == 0 and state["session"] == 0, (free, state)
            assert state["after"] == [["done", result["deleted"]]], (free, state)
            outcomes.append((free, "deleted" if state["history"] == state["after"] else "deleted, history next run"))
            continue
        assert result["event"] == "error", result
        if state["rows"] == rows:
            # Nothing deleted: said as a full disk, naming where, nothing recorded as done.
            assert result["code"] == "disk-full", (free, result)
            assert result["message"].startswith(f"the disk is full ({disk}"), (free, result)
            assert "nothing was changed" in result["message"]
            assert state["history"] == state["after"] == [], (free, state)
            assert state["after_rows"] == rows
            outcomes.append((free, "refused"))
        else:
            # The rows went but the session store could not be rewritten: the journal stayed
            # pending (never "done" while half-deleted), and the next run finished it.
            assert state["rows"] == 0 and "the disk is full" in result["message"], (free, result)
            assert state["history"][0][0] == "interrupted", (free, state)
            assert state["after"][0][0] == "done" and state["session"] == 0, (free, state)
            outcomes.append((free, "finished next run"))
    print(f"full disk under the {where}: {outcomes}")
    assert {o for _, o in outcomes} & {"refused"}, outcomes
