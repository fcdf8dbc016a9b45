"""What used to end in a traceback is one line naming the problem: a huge policy version, Ctrl-C,
an -o target that cannot be written, a backup manifest with a wrong-typed field."""
from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time

import pytest

from deletion_support import ROOT, cli, dump, firefox_store, table_of, write_policy
from inspector.domain.deletion import plan as deletion_plan
from cli_support import run

pytestmark = pytest.mark.fixtures


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    path = tmp_path / "data"
    monkeypatch.setenv("CONSENT_INSPECTOR_DATA_DIR", str(path))
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    return path


def test_a_policy_version_of_5000_digits_is_a_policy_error(capsys, tmp_path):
    policy = tmp_path / "policy.yaml"
    policy.write_text("version: " + "9" * 5000 + "\nname: x\nsites: []\n", encoding="utf-8")
    code, out, err = run(capsys, "scan", "--demo", "--policy", policy)
    assert code == 2
    assert str(policy) in err and ":1:" in err and "version" in err and len(err.splitlines()) == 1


# --- Ctrl-C -------------------------------------------------------------------------

@pytest.mark.skipif(sys.platform == "win32", reason="pty")
def test_ctrl_c_at_the_confirmation_is_one_line_and_exit_130(real_stores, tmp_path, data_dir):
    policy = write_policy(tmp_path)
    ff = firefox_store(real_stores)
    before = dump(ff.path, table_of(ff))
    master, slave = os.openpty()
    try:
        proc = subprocess.Popen([sys.executable, "-m", "inspector.cli.main", "delete", "--policy", str(policy),
                                 "--store", f"firefox:{real_stores.firefox_root()}", "--site", "example.org"],
                                cwd=ROOT, stdin=slave, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                env=dict(os.environ, CONSENT_INSPECTOR_DATA_DIR=str(data_dir)))
        seen = b""
        deadline = time.monotonic() + 60
        while b"[y/N]" not in seen and time.monotonic() < deadline:
            seen += os.read(proc.stderr.fileno(), 65536)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        os.close(master)
        os.close(slave)
    err = err.decode()
    assert proc.returncode == 130, err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert "interrupted" in err and "nothing was deleted" in err
    assert dump(ff.path, table_of(ff)) == before


def test_ctrl_c_during_the_deletion_is_one_line_and_exit_130(capsys, real_stores, tmp_path, monkeypatch):
    policy = write_policy(tmp_path)
    ff = firefox_store(real_stores)
    before = dump(ff.path, table_of(ff))

    class Interrupted(deletion_plan.BackupWriter):
        def finish(self):  # the stores are locked and staged: the user presses Ctrl-C now
            raise KeyboardInterrupt

    monkeypatch.setattr(deletion_plan, "BackupWriter", Interrupted)
    code, out, err = run(capsys, "delete", "--policy", policy, "--store", f"firefox:{real_stores.firefox_root()}",
                         "--site", "example.org", "--yes")
    assert code == 130, err
    assert "interrupted" in err and "Traceback" not in err
    assert len([ln for ln in err.splitlines() if "interrupted" in ln]) == 1
    assert dump(ff.path, table_of(ff)) == before


# --- -o -----------------------------------------------------------------------------

@pytest.mark.parametrize("command", ["report", "export-cookies"])
@pytest.mark.parametrize("target,phrase", [("missing/r.out", "does not exist"), (".", "is a folder")])
def test_an_output_that_cannot_be_written_is_refused_before_the_scan(capsys, tmp_path, command, target, phrase,
                                                                     monkeypatch):
    target = tmp_path / target
    scanned = []
    monkeypatch.setattr("inspector.cli.common.scan", lambda *a, **k: scanned.append(1))
    extra = ["--format", "csv"] if command == "report" else ["--yes-include-values"]
    code, out, err = run(capsys, command, "--demo", *extra, "-o", target)
    assert code == 2, err
    assert phrase in err and str(target.parent if phrase == "does not exist" else target) in err
    assert not scanned and len(err.splitlines()) == 1


def test_a_symlink_target_is_written_through_never_replaced(capsys, tmp_path):
    real = tmp_path / "real.csv"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    code, out, err = run(capsys, "report", "--demo", "--format", "csv", "-o", link)
    assert code == 0, err
    assert link.is_symlink() and real.read_text(encoding="utf-8").startswith('"site"')


def test_dev_stdout_as_output_writes_to_standard_output(tmp_path):
    # A link of our own made like /dev/stdout (-> /proc/self/fd/1): the test never risks /dev itself.
    stdout = tmp_path / "stdout"
    stdout.symlink_to("/proc/self/fd/1")
    result = cli("report", "--demo", "--format", "csv", "-o", stdout, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith('"site"')
    assert stdout.is_symlink() and os.readlink(stdout) == "/proc/self/fd/1"


# --- backup manifests ---------------------------------------------------------------

@pytest.mark.parametrize("field,value", [
    ("status", ["done"]), ("created", 5), ("undone_at", {"a": 1}), ("stores", "none"),
    ("db_count", "many"), ("profile", 7),
])
def test_a_manifest_with_a_wrong_typed_field_is_named_and_the_rest_listed(capsys, real_stores, tmp_path, data_dir,
                                                                          field, value):
    policy = write_policy(tmp_path)
    stores = ["--store", f"firefox:{real_stores.firefox_root()}"]
    ids = []
    for site in ("example.org", "lillemetropole.fr"):
        code, out, err = run(capsys, "delete", "--policy", policy, *stores, "--site", site, "--yes", "--format", "json")
        assert code == 0, err
        ids.append(json.loads(out)["undo_id"])
    manifest = data_dir / "backups" / f"{ids[0]}.json"
    doc = json.loads(manifest.read_text(encoding="utf-8"))
    if field in ("db_count",):
        doc["stores"][0][field] = value
    elif field == "profile":
        doc["stores"][0]["store"]["profile"] = value
    else:
        doc[field] = value
    manifest.write_text(json.dumps(doc), encoding="utf-8")
    for fmt in ("table", "json"):
        code, out, err = run(capsys, "undo", "--list", "--format", fmt)
        assert code == 0, err
        assert ids[1] in out and str(manifest) in out + err
        assert "Traceback" not in err
    code, out, err = run(capsys, "undo", ids[0])
    assert code == 4 and str(manifest) in err and len(err.splitlines()) == 1
