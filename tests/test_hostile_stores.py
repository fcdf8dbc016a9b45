"""A store that cannot be read is named precisely and fails the command's exit status, while
every other store named beside it is still read (and, for delete, still cleaned)."""
from __future__ import annotations

import io
import json
import os
import sys

import pytest

from deletion_support import dump, firefox_store, table_of, write_policy
from cli_support import run

pytestmark = pytest.mark.fixtures


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("CONSENT_INSPECTOR_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))


def broken_chromium(real_stores, how: str):
    user_data = real_stores.chromium_user_data()
    cookies = user_data / "Default" / "Cookies"
    cookies.unlink()
    for side in ("Cookies-journal",):
        (cookies.parent / side).unlink(missing_ok=True)
    if how == "directory":
        cookies.mkdir()
    elif how == "fifo":
        os.mkfifo(cookies)
    elif how == "loop":
        os.symlink(cookies.name, cookies)
    elif how == "dangling":
        os.symlink("gone", cookies)
    elif how == "device":
        os.symlink("/dev/zero", cookies)
    return user_data


EXPECTED = {"directory": "a folder", "fifo": "a named pipe", "loop": "symbolic link loop",
            "dangling": "symbolic link to a missing file", "device": "a device"}


@pytest.mark.parametrize("how", sorted(EXPECTED))
def test_a_cookies_that_is_no_file_is_named_and_the_other_stores_are_read(capsys, real_stores, tmp_path, how):
    user_data = broken_chromium(real_stores, how)
    ff_root = real_stores.firefox_root()
    code, out, err = run(capsys, "scan", "--format", "json", "--store", f"chromium:{user_data}",
                         "--store", f"firefox:{ff_root}")
    assert code == 1, err
    assert EXPECTED[how] in err and str(user_data / "Default" / "Cookies") in err
    doc = json.loads(out)
    assert {c["browser"] for c in doc["cookies"]} == {"firefox"}
    assert len(doc["errors"]) == 1


def test_a_device_named_as_the_store_is_refused_beside_a_good_one(capsys, real_stores):
    ff_root = real_stores.firefox_root()
    code, out, err = run(capsys, "scan", "--format", "json", "--store", "chromium:/dev/zero",
                         "--store", f"firefox:{ff_root}")
    assert code == 1, err
    assert "/dev/zero" in err and "a device" in err
    assert {c["browser"] for c in json.loads(out)["cookies"]} == {"firefox"}


def test_a_store_path_with_nothing_there_no_longer_hides_the_good_stores(capsys, real_stores, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    code, out, err = run(capsys, "scan", "--format", "json", "--store", f"chromium:{empty}",
                         "--store", f"firefox:{real_stores.firefox_root()}")
    assert code == 1, err
    assert "no chromium cookie store found there" in err
    assert {c["browser"] for c in json.loads(out)["cookies"]} == {"firefox"}


def test_delete_exits_4_and_names_a_store_it_could_not_read(capsys, real_stores, tmp_path):
    policy = write_policy(tmp_path)
    user_data = real_stores.chromium_user_data()
    (user_data / "Default" / "Cookies").write_bytes(b"not a database" * 300)
    ff = firefox_store(real_stores)
    before = dump(ff.path, table_of(ff))
    code, out, err = run(capsys, "delete", "--policy", policy, "--store", f"chromium:{user_data}",
                         "--store", f"firefox:{real_stores.firefox_root()}", "--site", "example.org", "--yes")
    assert code == 4, err
    assert str(user_data / "Default" / "Cookies") in err and "corrupt" in err
    assert "were not deleted" in err
    assert len(dump(ff.path, table_of(ff))) < len(before)  # the readable store was still cleaned
    assert "Deleted" in out


def test_delete_with_only_a_failed_store_exits_4_not_1(capsys, real_stores, tmp_path):
    policy = write_policy(tmp_path)
    user_data = real_stores.chromium_user_data()
    (user_data / "Default" / "Cookies").write_bytes(b"not a database" * 300)
    code, _, err = run(capsys, "delete", "--policy", policy, "--store", f"chromium:{user_data}",
                       "--site", "example.org", "--yes")
    assert code == 4, err
    assert "could not be read" in err and "nothing was deleted" in err


def test_a_failed_store_exits_4_for_a_dry_run_too(capsys, real_stores, tmp_path):
    policy = write_policy(tmp_path)
    user_data = real_stores.chromium_user_data()
    (user_data / "Default" / "Cookies").write_bytes(b"not a database" * 300)
    code, out, err = run(capsys, "delete", "--policy", policy, "--store", f"chromium:{user_data}",
                         "--store", f"firefox:{real_stores.firefox_root()}", "--site", "example.org", "--dry-run")
    assert code == 4, err
    assert "dry run" in out


def test_an_unreadable_profile_folder_is_named(capsys, real_stores, tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root reads every folder")
    user_data = real_stores.chromium_user_data()
    (user_data / "Default").chmod(0)
    try:
        code, out, err = run(capsys, "scan", "--format", "json", "--store", f"chromium:{user_data / 'Default'}",
                             "--store", f"firefox:{real_stores.firefox_root()}")
    finally:
        (user_data / "Default").chmod(0o700)
    assert code == 1 and "permission denied" in err
