"""The per-run private folder for copies of a running browser's store: removed at exit, on SIGTERM/SIGHUP/SIGINT, and by the next run after a kill."""
from __future__ import annotations

import atexit
import os
import shutil
import signal
import stat
import tempfile
import threading
import time
from typing import Optional

PREFIX = "consent-inspector-run-"
_ALIVE = ".alive"  # held with flock by the run that owns the folder, for as long as it lives
# A folder of an older version (tempfile.mkdtemp, no owner lock): a read takes seconds.
_OLD_PREFIX = "consent-inspector-"
_OLD_AFTER_SECONDS = 3600.0
_SIGNALS = tuple(getattr(signal, n) for n in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, n))

_lock = threading.Lock()
_folder: Optional[str] = None
_alive_fd: Optional[int] = None
_previous: dict = {}


def path() -> str:
    """This run's folder (0700, made on first use); leftovers of dead runs are removed first."""
    global _folder, _alive_fd
    with _lock:
        if _folder is not None and os.path.isdir(_folder):
            return _folder
        remove_leftovers()
        folder = tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-")  # 0700, ours alone
        fd = os.open(os.path.join(folder, _ALIVE), os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        _hold(fd)
        _folder, _alive_fd = folder, fd
        atexit.register(remove)
    if threading.current_thread() is threading.main_thread():
        install_signal_cleanup()
    return folder


def remove() -> None:
    """Remove this run's folder and every copy in it (at exit and on a signal)."""
    global _folder, _alive_fd
    folder, fd = _folder, _alive_fd
    _folder, _alive_fd = None, None
    if folder:
        shutil.rmtree(folder, ignore_errors=True)
    if fd is not None:
        try:
            os.close(fd)
        except OSError:
            pass


def install_signal_cleanup() -> None:
    """On SIGTERM, SIGHUP and SIGINT, remove the folder, then do what the signal did before
    (a handler of the app's own, KeyboardInterrupt, or ending the process by that signal).
    Only the main thread may set handlers; from elsewhere this does nothing."""
    if threading.current_thread() is not threading.main_thread():
        return
    for signum in _SIGNALS:
        current = signal.getsignal(signum)
        if current is _on_signal:
            continue
        _previous[signum] = current
        try:
            signal.signal(signum, _on_signal)
        except (OSError, ValueError):
            pass


def _on_signal(signum, frame) -> None:
    remove()
    previous = _previous.get(signum, signal.SIG_DFL)
    if callable(previous):
        previous(signum, frame)
        return
    if previous == signal.SIG_IGN:
        return
    signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)


def remove_leftovers(directory: Optional[str] = None) -> list[str]:
    """Remove the folders of runs that died without cleaning up (kill -9, power cut); returns them."""
    directory = directory or tempfile.gettempdir()
    removed = []
    try:
        names = os.listdir(directory)
    except OSError:
        return removed
    for name in names:
        if not name.startswith(_OLD_PREFIX):
            continue
        folder = os.path.join(directory, name)
        try:
            st = os.lstat(folder)
        except OSError:
            continue
        if not stat.S_ISDIR(st.st_mode) or (hasattr(os, "getuid") and st.st_uid != os.getuid()):
            continue  # never another user's folder, never through a link
        if folder == _folder:
            continue
        if name.startswith(PREFIX):
            dead = _owner_dead(folder, st)
        else:
            dead = time.time() - st.st_mtime > _OLD_AFTER_SECONDS
        if dead:
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


def _owner_dead(folder: str, st) -> bool:
    try:
        fd = os.open(os.path.join(folder, _ALIVE), os.O_RDWR | getattr(os, "O_NOFOLLOW", 0))
    except FileNotFoundError:
        # Died between making the folder and its lock file, or not one of ours: by age.
        return time.time() - st.st_mtime > 60
    except OSError:
        return False
    try:
        return _try_hold(fd)
    finally:
        os.close(fd)  # drops the probe's lock, if it got one


if os.name == "nt":  # pragma: no cover - Windows: an open file cannot be removed, which is the lock
    def _hold(fd: int) -> None:
        pass

    def _try_hold(fd: int) -> bool:
        return False
else:
    import fcntl

    def _hold(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _try_hold(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False
