"""Another local user cannot slip cookies in through the app's folders: made 0700 under any umask, refused when not ours."""
from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from deletion_support import chromium_store, dump, records
from inspector.domain.deletion import plan as deletion
from inspector.domain.deletion.undo import history, undo

WORKER = str(Path(__file__).with_name("deletion_worker.py"))
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX modes and owners")


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    path = tmp_path / "data"
    monkeypatch.setenv("CONSENT_INSPECTOR_DATA_DIR", str(path))
    return path


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@posix_only
def test_under_umask_000_every_folder_the_app_makes_is_0700_and_every_backup_0600(real_stores, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    store = chromium_store(real_stores)
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_") and k != "CONSENT_INSPECTOR_DATA_DIR"}
    env["HOME"] = str(home)
    run = subprocess.run([sys.executable, WORKER, "delete", "chromium", os.path.dirname(os.path.dirname(store.path)),
                          "--names", "_ga"], capture_output=True, text=True, env=env, timeout=120,
                         preexec_fn=lambda: os.umask(0))
    assert json.loads(run.stdout.splitlines()[-1])["event"] == "done", run.stdout + run.stderr
    data = home / ".local" / "share" / "consent-inspector"
    for folder in (home / ".local", home / ".local" / "share", data, data / "backups", data / "locks"):
        assert _mode(folder) == 0o700, f"{folder}: {_mode(folder):o}"
    files = list((data / "backups").iterdir()) + list((data / "locks").iterdir())
    assert files and all(_mode(f) == 0o600 for f in files), {f.name: oct(_mode(f)) for f in files}


def _deleted(real_stores, name: str = "_ga"):
    store = chromium_store(real_stores)
    chosen = [r for r in records(store) if r.name == name]
    assert chosen
    report = deletion.execute(deletion.plan_deletion(chosen, [store]))
    return store, report


@posix_only
@pytest.mark.parametrize("what", ["data folder", "backup folder", "manifest", "rows file"])
def test_a_folder_or_backup_other_users_may_write_is_refused_by_undo(real_stores, data_dir, what):
    store, report = _deleted(real_stores)
    target = {"data folder": data_dir, "backup folder": data_dir / "backups",
              "manifest": data_dir / "backups" / f"{report.undo_id}.json",
              "rows file": data_dir / "backups" / f"{report.undo_id}.sqlite"}[what]
    os.chmod(target, _mode(target) | 0o022)
    before = dump(store.path, "cookies")
    with pytest.raises(deletion.DeletionError) as err:
        undo(report.undo_id)
    assert err.value.code == "unsafe-path" and err.value.params["path"] == str(target)
    assert "other users can write to" in err.value.message and "nothing was changed" in err.value.message
    assert dump(store.path, "cookies") == before
    # History still lists it, as unusable and saying why.
    entry = history()[0]
    assert entry.status == "corrupt" and not entry.undoable and str(target) in entry.message


@posix_only
@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="chown needs root")
def test_a_forged_backup_folder_of_another_user_is_refused(real_stores, data_dir, tmp_path):
    # Another user moved the victim's folder away and put their own in its place, with a
    # backup that would insert their `sessionid` into the victim's store.
    store, report = _deleted(real_stores)
    forged = tmp_path / "forged"
    shutil.copytree(data_dir, forged)
    shutil.move(str(data_dir), str(tmp_path / "moved-away"))
    shutil.move(str(forged), str(data_dir))
    for root, dirs, files in os.walk(data_dir):
        for name in dirs + files:
            os.chown(os.path.join(root, name), 65534, 65534)
    os.chown(data_dir, 65534, 65534)
    before = dump(store.path, "cookies")
    with pytest.raises(deletion.DeletionError) as err:
        undo(report.undo_id)
    assert err.value.code == "unsafe-path" and err.value.params["why"] == "owner"
    assert f"{data_dir} belongs to user 65534" in err.value.message
    assert dump(store.path, "cookies") == before
    # A new deletion does not write its backup into the planted folder either.
    with pytest.raises(deletion.DeletionError) as err:
        _deleted(real_stores, "_gid")
    assert err.value.code == "unsafe-path"
