"""A real running Chromium or Firefox ESR: delete and undo are refused, naming the browser and profile, and nothing changes."""
from __future__ import annotations

import json
import os
import shlex
import shutil
import signal
import subprocess
import time

import pytest

from browser_harness import CHROMIUM_BIN, CHROMIUM_FLAGS, FIREFOX_BIN, FIREFOX_PREFS, browser_env
from deletion_support import cli

pytestmark = pytest.mark.browser


def _isolated() -> bool:
    if not (os.name == "posix" and os.geteuid() == 0 and shutil.which("unshare") and shutil.which("ip")):
        return False
    return subprocess.run(["unshare", "-n", "sh", "-c", "ip link set lo up"], capture_output=True).returncode == 0


def _launch(browser: str, profile, home) -> subprocess.Popen:
    if browser == "chromium":
        cmd = " ".join(shlex.quote(a) for a in ["exec", CHROMIUM_BIN, *CHROMIUM_FLAGS, f"--user-data-dir={profile}",
                                                 "about:blank"])
    else:
        with open(profile / "user.js", "w") as fh:
            for k, v in {**FIREFOX_PREFS, "browser.startup.page": 0}.items():
                fh.write(f"user_pref({json.dumps(k)}, {json.dumps(v)});\n")
        cmd = f'exec "{FIREFOX_BIN}" --headless --no-remote --profile "{profile}" about:blank'
    return subprocess.Popen(["unshare", "-n", "sh", "-c", "ip link set lo up && " + cmd], env=browser_env(str(home)),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)


def _running(browser: str, profile) -> bool:
    """Our browser is up on the profile: its lock (Firefox) or its process with the profile (headless
    Chromium takes no SingletonLock)."""
    if browser == "firefox":
        return os.path.islink(profile / "lock")
    import psutil
    flag = f"--user-data-dir={profile}"
    for proc in psutil.process_iter(["cmdline"]):
        if flag in (proc.info.get("cmdline") or []):
            return True
    return False


def _stop(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGTERM)  # the session we started, by its id
    except ProcessLookupError:
        return
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


@pytest.mark.skipif(not _isolated(), reason="needs root and `unshare -n` to keep the browser on loopback only")
@pytest.mark.parametrize("browser", ["chromium", "firefox"])
def test_a_running_browser_is_refused_by_name_for_delete_and_undo(real_stores, tmp_path, browser):
    binary = CHROMIUM_BIN if browser == "chromium" else FIREFOX_BIN
    if not os.path.exists(binary):
        pytest.skip(f"{binary} is not installed")
    profile = real_stores.chromium_user_data() if browser == "chromium" else real_stores.firefox_profile()
    store = f"{browser}:{profile}"
    env = {"CONSENT_INSPECTOR_DATA_DIR": str(tmp_path / "data")}
    first = cli("delete", "--store", store, "--site", "lillemetropole", "--name", "_ga", "--yes", env=env)
    assert first.returncode == 0, first.stderr
    home = tmp_path / "home"
    home.mkdir()
    proc = _launch(browser, profile, home)
    try:
        deadline = time.time() + 60
        while time.time() < deadline and not _running(browser, profile):
            time.sleep(0.5)
        assert _running(browser, profile), f"{browser} never took its profile lock"
        time.sleep(2)
        assert proc.poll() is None, f"{browser} exited at once"
        refused = cli("delete", "--store", store, "--site", "lillemetropole", "--yes", env=env)
        assert refused.returncode == 3, refused.stdout + refused.stderr
        assert f"{browser} is running with profile" in refused.stderr.lower(), refused.stderr
        assert "nothing was deleted" in refused.stderr
        undo = cli("undo", env=env)
        assert undo.returncode == 3, undo.stdout + undo.stderr
        assert "is running with profile" in undo.stderr and "nothing was changed" in undo.stderr
        listed = json.loads(cli("undo", "--list", "--format", "json", env=env).stdout)
        assert [e["status"] for e in listed] == ["done"]  # one deletion, not undone, no new one
    finally:
        _stop(proc)
