"""The atomic writer: old file or new file, never a part, never a stray temp file, and the mode it was asked for."""
from __future__ import annotations

import contextlib
import errno
import os
import stat

import pytest

from inspector import files
from inspector.files import open_atomic, write_atomic

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes and folder fsync are POSIX")


@contextlib.contextmanager
def umask(mask: int):
    old = os.umask(mask)
    try:
        yield
    finally:
        os.umask(old)


def mode_of(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_the_whole_content_is_there_after_the_rename(tmp_path):
    target = tmp_path / "report.csv"
    target.write_bytes(b"old")
    big = os.urandom(3 << 20)
    write_atomic(target, big)
    assert target.read_bytes() == big
    write_atomic(str(target), "é\r\nà\n")  # text as given: UTF-8, no newline translation
    assert target.read_bytes() == "é\r\nà\n".encode("utf-8")
    write_atomic(target, "é", encoding="latin-1")
    assert target.read_bytes() == b"\xe9"
    with open_atomic(target, text=True) as out:
        out.write("a\r\n")
        out.write("b")
    assert target.read_bytes() == b"a\r\nb"
    assert sorted(os.listdir(tmp_path)) == ["report.csv"]


def test_a_reader_of_the_old_file_keeps_reading_the_old_file(tmp_path):
    target = tmp_path / "doc.txt"
    target.write_bytes(b"old content")
    with open(target, "rb") as reader:
        write_atomic(target, b"new content")
        assert reader.read() == b"old content"  # replaced by a rename, not rewritten in place
    assert target.read_bytes() == b"new content"


def _fail_in_the_block(target):
    with open_atomic(target) as fh:
        fh.write(b"half of the new")
        raise RuntimeError("the program stops mid-write")


def _fail_at_fsync(target, monkeypatch):
    def no_space(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", no_space)
    write_atomic(target, b"new" * 1000)


def _fail_at_rename(target, monkeypatch):
    def refused(src, dst):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(files.os, "replace", refused)
    write_atomic(target, b"new" * 1000)


def _fail_at_chmod(target, monkeypatch):
    def refused(*args):
        raise PermissionError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(files.os, "fchmod", refused, raising=False)
    monkeypatch.setattr(files.os, "chmod", refused)
    write_atomic(target, b"new" * 1000, 0o600)


@pytest.mark.parametrize("fault", ["block", "fsync", "rename", "chmod"])
def test_a_failure_mid_write_leaves_the_old_file_and_no_temp_file(tmp_path, monkeypatch, fault):
    target = tmp_path / "sessionstore.jsonlz4"
    target.write_bytes(b"the old, complete file")
    with pytest.raises((RuntimeError, OSError)):
        if fault == "block":
            _fail_in_the_block(target)
        else:
            {"fsync": _fail_at_fsync, "rename": _fail_at_rename, "chmod": _fail_at_chmod}[fault](target, monkeypatch)
    monkeypatch.undo()
    assert target.read_bytes() == b"the old, complete file"
    assert os.listdir(tmp_path) == ["sessionstore.jsonlz4"]


def test_a_failure_before_any_target_exists_leaves_nothing(tmp_path):
    with pytest.raises(RuntimeError):
        _fail_in_the_block(tmp_path / "new.json")
    assert os.listdir(tmp_path) == []


@posix_only
@pytest.mark.parametrize("mask, expected", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o644), (0o000, 0o644)])
def test_an_ordinary_document_is_0644_less_the_umask(tmp_path, mask, expected):
    target = tmp_path / "report.html"
    with umask(mask):
        write_atomic(target, "<html>")
    assert mode_of(target) == expected


@posix_only
@pytest.mark.parametrize("mask", [0o000, 0o022, 0o077])
def test_an_explicit_mode_is_exact_whatever_the_umask(tmp_path, mask):
    with umask(mask):
        write_atomic(tmp_path / "private", b"x", 0o600)
        write_atomic(tmp_path / "shared", b"x", 0o640)
    assert mode_of(tmp_path / "private") == 0o600
    assert mode_of(tmp_path / "shared") == 0o640


@posix_only
def test_keep_mode_keeps_the_targets_mode_and_falls_back_for_a_new_file(tmp_path):
    existing = tmp_path / "recovery.jsonlz4"
    existing.write_bytes(b"old")
    os.chmod(existing, 0o640)
    with umask(0o077):
        write_atomic(existing, b"new", 0o600, keep_mode=True)
        write_atomic(tmp_path / "new-private", b"new", 0o600, keep_mode=True)
        write_atomic(tmp_path / "new-document", b"new", keep_mode=True)
    assert mode_of(existing) == 0o640
    assert mode_of(tmp_path / "new-private") == 0o600
    assert mode_of(tmp_path / "new-document") == 0o600  # 0644 less this umask


@posix_only
def test_a_private_file_is_never_readable_by_others_while_written(tmp_path):
    target = tmp_path / "cookies.txt"
    with umask(0o000):
        with open_atomic(target, 0o600) as fh:
            fh.write(b"secret")
            (tmp,) = [p for p in tmp_path.iterdir() if p != target]
            assert tmp.parent == target.parent and tmp.name.startswith(".cookies.txt.")
            assert mode_of(tmp) == 0o600
    assert mode_of(target) == 0o600


@posix_only
def test_the_file_then_its_folder_are_synced(tmp_path, monkeypatch):
    synced = []
    real_fsync = os.fsync

    def record(fd):
        synced.append("folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file")
        real_fsync(fd)

    monkeypatch.setattr(files.os, "fsync", record)
    write_atomic(tmp_path / "manifest.json", b"{}")
    assert synced == ["file", "folder"]
