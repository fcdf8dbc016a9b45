"""Files the app did not write never hang it or eat the machine's memory, and a profile folder with
an old Latin-1 name is read, deleted from and restored like any other."""
from __future__ import annotations

import json
import os
import shutil

import pytest

from deletion_support import cli, write_policy
from cli_support import run

pytestmark = pytest.mark.fixtures

LATIN1 = os.fsdecode(b"profil-caf\xe9")  # not UTF-8: the name holds a surrogate escape


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("CONSENT_INSPECTOR_DATA_DIR", str(tmp_path / "data"))


def test_a_non_utf8_profile_path_scans_deletes_and_undoes(capsys, real_stores, tmp_path):
    base = tmp_path / LATIN1
    base.mkdir()
    chromium = shutil.copytree(real_stores.chromium_user_data(), base / "chromium")
    firefox = shutil.copytree(real_stores.firefox_root(), base / "firefox")
    stores = ["--store", f"chromium:{chromium}", "--store", f"firefox:{firefox}"]
    code, out, err = run(capsys, "scan", *stores, "--format", "json")
    assert code == 0, err
    doc = json.loads(out)
    assert {c["browser"] for c in doc["cookies"]} == {"chromium", "firefox"}
    code, out, err = run(capsys, "scan", *stores)
    assert code == 0, err
    policy = write_policy(tmp_path)
    code, out, err = run(capsys, "delete", "--policy", policy, *stores, "--site", "example.org", "--yes",
                         "--format", "json")
    assert code == 0, err
    undo_id = json.loads(out)["undo_id"]
    code, out, err = run(capsys, "undo", undo_id)
    assert code == 0, err
    for fmt in ("json", "csv", "html"):
        target = tmp_path / f"report.{fmt}"
        code, out, err = run(capsys, "report", "--policy", policy, *stores, "--format", fmt, "-o", target)
        assert code == 0, (fmt, err)
    code, out, err = run(capsys, "scan", *stores, "--format", "csv")
    assert code == 0, err
    code, out, err = run(capsys, "export-cookies", *stores, "-o", tmp_path / "cookies.txt", "--yes-include-values")
    assert code == 0, err


def test_a_non_utf8_path_is_printed_escaped(real_stores, tmp_path):
    base = tmp_path / LATIN1
    base.mkdir()
    chromium = shutil.copytree(real_stores.chromium_user_data(), base / "chromium")
    (chromium / "Default" / "Cookies").write_bytes(b"broken" * 500)
    result = cli("scan", "--store", f"chromium:{chromium}", timeout=60,
                 env={"PYTHONIOENCODING": "utf-8", "LC_ALL": "C.UTF-8"})
    assert result.returncode == 1, result.stderr
    assert "profil-caf\\udce9" in result.stderr and "Traceback" not in result.stderr


def fifo(path):
    if path.exists():
        path.unlink()
    os.mkfifo(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_fifos_as_local_state_profiles_ini_and_containers_json_never_hang(real_stores):
    user_data = real_stores.chromium_user_data()
    fifo(user_data / "Local State")
    ff_root = real_stores.firefox_root()
    fifo(ff_root / "profiles.ini")
    profile = real_stores.firefox_profile()
    fifo(profile / "containers.json")
    result = cli("scan", "--store", f"chromium:{user_data}", "--store", f"firefox:{ff_root}", "--format", "json",
                 timeout=60)
    doc = json.loads(result.stdout)
    assert {c["browser"] for c in doc["cookies"]} == {"chromium", "firefox"}
    assert "containers.json" in result.stderr and "named pipe" in result.stderr


@pytest.mark.parametrize("make,phrase", [
    ("fifo", "not a regular file (a named pipe)"),
    ("zero", "not a regular file (a device)"),
    ("big", "more than the 1 MB"),
])
def test_a_policy_that_is_no_small_regular_file_is_refused_at_once(tmp_path, make, phrase):
    path = tmp_path / "policy.yaml"
    if make == "fifo":
        os.mkfifo(path)
    elif make == "zero":
        path = "/dev/zero"
    else:
        item = "  - {id: s, name: x, hosts: [a.example], cookies: [{name: a, category: c}]}\n"
        path.write_text("version: 1\nname: big\nsites:\n" + item * (50 * 2**20 // len(item)))
    result = cli("scan", "--demo", "--policy", path, timeout=30, prefix=_memory_cap())
    assert result.returncode == 2, result.stderr
    assert phrase in result.stderr and str(path) in result.stderr and "Traceback" not in result.stderr


def _memory_cap():
    # 1 GB of address space: an unbounded read of /dev/zero or a 50 MB YAML parse cannot fit.
    return ("prlimit", f"--as={2**30}") if shutil.which("prlimit") else ()
