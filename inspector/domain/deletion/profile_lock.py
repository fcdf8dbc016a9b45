"""One OS file lock per browser profile, held by a deletion or an undo from its first read to its history entry."""
from __future__ import annotations

import contextlib
import hashlib
import os
import time
from typing import Iterable, Iterator

from inspector.domain.codes import PROFILE_BUSY
from inspector.domain.records import StoreRef

# How long a second run waits for the first one to finish with a profile before giving up.
WAIT_SECONDS = 60.0
_POLL = 0.02


def profile_key(store: StoreRef) -> str:
    """What the lock is taken on: the profile folder (its session store and its database live there)."""
    folder = store.profile_dir or os.path.dirname(store.path)
    return os.path.normcase(os.path.realpath(folder))


def _lock_file(key: str) -> str:
    # Imported here: backup imports deletion modules that import this one.
    from inspector.domain.deletion.backup import backup_dir, make_private_folder

    # Beside the backups, in the same private data folder (made, and its errors worded, there).
    folder = os.path.join(os.path.dirname(backup_dir(create=True)), "locks")
    make_private_folder(folder, "backup.lock-folder")
    return os.path.join(folder, hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:32] + ".lock")


@contextlib.contextmanager
def held(stores: Iterable[StoreRef], wait: float = WAIT_SECONDS) -> Iterator[None]:
    """Hold the lock of every profile among `stores` (in one order, so two runs never deadlock).

    The OS drops the lock when the process ends, even by kill -9, so a lock is never stale.
    Raises DeletionError(PROFILE_BUSY) when another run keeps a profile longer than `wait`.
    """
    keys = sorted({profile_key(s) for s in stores})
    fds: list[int] = []
    try:
        for key in keys:
            fds.append(_acquire(key, wait))
        yield
    finally:
        for fd in reversed(fds):
            _release(fd)


def _acquire(key: str, wait: float) -> int:
    from inspector.domain.deletion.errors import as_deletion_error
    from inspector.domain.deletion.backup import BackupError

    try:
        path = _lock_file(key)
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
    except BackupError as exc:
        raise as_deletion_error(exc) from exc
    except OSError as exc:
        from inspector.domain.deletion.disk_full import full_disk_error
        full = full_disk_error(exc, key)
        if full is not None:
            raise full from exc
        raise as_deletion_error(BackupError("unwritable", why="backup.lock-file",
                                            params={"profile": key, "detail": str(exc.strerror or exc)})) from exc
    deadline = time.monotonic() + wait
    while True:
        if _try_lock(fd):
            return fd
        if time.monotonic() >= deadline:
            os.close(fd)
            from inspector.domain.deletion.errors import coded_error
            raise coded_error(PROFILE_BUSY, profile=key)
        time.sleep(_POLL)


if os.name == "nt":  # pragma: no cover - Windows
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _release(fd: int) -> None:
        try:
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        finally:
            os.close(fd)
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        # flock: bound to this open file, so two runs (or two threads with their own open) exclude each other.
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False

    def _release(fd: int) -> None:
        os.close(fd)  # closing drops the lock
