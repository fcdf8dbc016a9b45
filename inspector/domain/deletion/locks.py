"""Is the browser profile that owns a cookie store running? Lock files and processes; never kills anything."""
from __future__ import annotations

import errno
import os
import re
import socket
import sys
from dataclasses import dataclass
from typing import Iterable, Optional

import psutil

from inspector.domain.codes import (EMPTY, LOCK_EXISTS, LOCK_OF_PROCESS, LOCKFILE_HELD, PARENTLOCK_HELD,
                                    PROCESS_ARGUMENT, PROCESS_CWD, PROCESS_FILE, REMOTE_LOCK, STALE_LOCK, Note,
                                    Params)
from inspector.domain.records import StoreRef

# Process names (and executable basenames) per store family, lower-case, without ".exe".
_PROCESS_NAMES = {
    "chromium": {
        "chrome", "chromium", "chromium-browser", "google-chrome", "google chrome", "msedge",
        "microsoft edge", "brave", "brave-browser", "brave browser", "opera", "vivaldi", "vivaldi-bin",
    },
    "firefox": {"firefox", "firefox-esr", "firefox-bin", "librewolf", "librewolf-bin"},
    "safari": {"safari"},
}

# Chromium: SingletonLock -> "hostname-pid". Firefox: lock -> "ip:+pid" (older: "ip:pid").
_CHROMIUM_LOCK = re.compile(r"^(?P<host>.*)-(?P<pid>\d+)$")
_FIREFOX_LOCK = re.compile(r"^(?P<host>.*):\+?(?P<pid>\d+)$")


@dataclass(frozen=True)
class LockStatus:
    """Whether one browser profile is open, and the evidence (a codes.EVIDENCE code and its params).

    `running` blocks deletion and undo. A lock file left behind by a process that no
    longer runs is `stale`: it does not block, and `note` tells the user so. The
    catalogue words both (wording.lock_reason).
    """

    store: StoreRef
    running: bool
    evidence: Optional[str] = None
    params: Params = EMPTY
    stale: bool = False
    pid: Optional[int] = None

    def __post_init__(self):
        if not isinstance(self.params, Params):
            object.__setattr__(self, "params", Params(self.params))

    @property
    def note(self) -> Optional[Note]:
        """A STALE_LOCK note for a stale lock (browser, profile, path, pid), else None."""
        if not self.stale:
            return None
        return Note(STALE_LOCK, {"browser": self.store.browser, "profile": self.store.profile,
                                 "path": self.params.get("path"), "pid": self.pid})


@dataclass(frozen=True)
class LockCheck:
    """One look at the profiles a deletion touches: lock files, then one process scan per profile."""

    statuses: tuple[LockStatus, ...]

    @property
    def blockers(self) -> list[LockStatus]:
        """One running LockStatus per open profile (empty: all closed)."""
        return [s for s in self.statuses if s.running]

    @property
    def notes(self) -> list[Note]:
        """Lock files left behind by browsers that no longer run (they do not block)."""
        return [s.note for s in self.statuses if s.stale and not s.running]


def check_store(store: StoreRef) -> LockStatus:
    """The lock state of the profile owning `store` (lock files first, then processes)."""
    if store.family == "chromium":
        status = _chromium_lock(store)
    elif store.family == "firefox":
        status = _firefox_lock(store)
    else:
        status = LockStatus(store, False)
    if status.running:
        return status
    proc = _browser_process(store)
    if proc is not None:
        pid, evidence, params = proc
        return _running(store, evidence, pid=pid, **params)
    return status


def statuses(stores: Iterable[StoreRef]) -> list[LockStatus]:
    """The lock state of each distinct profile among `stores` (one process scan per profile)."""
    seen: set = set()
    found = []
    for store in stores:
        ident = (store.family, os.path.normcase(os.path.abspath(store.lock_dir or store.profile_dir or store.path)))
        if ident not in seen:
            seen.add(ident)
            found.append(check_store(store))
    return found


def check(stores: Iterable[StoreRef]) -> LockCheck:
    """The lock state of every distinct profile among `stores`, taken once."""
    return LockCheck(tuple(statuses(stores)))


def blockers(stores: Iterable[StoreRef]) -> list[LockStatus]:
    """One running LockStatus per open profile among `stores` (empty: all closed)."""
    return check(stores).blockers


def _running(store: StoreRef, evidence: str, pid: Optional[int] = None, **params) -> LockStatus:
    if pid is not None:
        params["pid"] = pid
    return LockStatus(store, True, evidence, params, pid=pid)


# --- lock files ---------------------------------------------------------------------

def _read_link(path: str) -> Optional[str]:
    try:
        return os.readlink(path)
    except OSError:
        return None


def _pid_status(store: StoreRef, lock_path: str, host: str, pid: int) -> LockStatus:
    me = socket.gethostname()
    if host and host not in (me, me.split(".")[0]) and not _is_local_address(host):
        # A profile on a shared home directory, opened on another computer: we cannot see
        # that process, so it must be treated as running.
        return _running(store, REMOTE_LOCK, pid=pid, host=host)
    if _pid_alive(pid):
        return _running(store, LOCK_OF_PROCESS, pid=pid, file=os.path.basename(lock_path))
    return LockStatus(store, False, params={"path": lock_path}, stale=True, pid=pid)


def _is_local_address(host: str) -> bool:
    # Firefox writes the IP address of this machine (often 127.0.1.1 on Debian).
    if host.startswith("127.") or host in ("::1", "0.0.0.0"):
        return True
    try:
        local = {a.address for addrs in psutil.net_if_addrs().values() for a in addrs}
    except (OSError, psutil.Error):
        return False
    return host in local


def _pid_alive(pid: int) -> bool:
    if pid <= 0 or pid == os.getpid():
        return pid == os.getpid()
    try:
        proc = psutil.Process(pid)
        return proc.status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False
    except psutil.Error:
        return True  # it exists but we may not inspect it: assume it runs


def _chromium_lock(store: StoreRef) -> LockStatus:
    user_data = store.lock_dir or os.path.dirname(store.profile_dir or store.path)
    lock = os.path.join(user_data, "SingletonLock")
    target = _read_link(lock)
    if target is not None:
        found = _CHROMIUM_LOCK.match(target)
        if found:
            return _pid_status(store, lock, found.group("host"), int(found.group("pid")))
        return _running(store, LOCK_EXISTS, path=lock)
    if sys.platform == "win32" and os.path.exists(os.path.join(user_data, "lockfile")):
        # Chromium on Windows holds `lockfile` open; deleting it fails while it runs.
        if _file_held_open(os.path.join(user_data, "lockfile")):
            return _running(store, LOCKFILE_HELD)
    return LockStatus(store, False)


def _firefox_lock(store: StoreRef) -> LockStatus:
    profile = store.lock_dir or store.profile_dir or os.path.dirname(store.path)
    lock = os.path.join(profile, "lock")
    target = _read_link(lock)
    stale = None
    if target is not None:
        found = _FIREFOX_LOCK.match(target)
        if found:
            status = _pid_status(store, lock, found.group("host"), int(found.group("pid")))
            if status.running:
                return status
            stale = status
        else:
            return _running(store, LOCK_EXISTS, path=lock)
    # `.parentlock` on Linux and macOS, `parent.lock` on Windows: the file stays after exit,
    # only the lock on it tells whether Firefox runs.
    for name in (".parentlock", "parent.lock"):
        parent = os.path.join(profile, name)
        if os.path.exists(parent) and _parentlock_held(parent):
            return _running(store, PARENTLOCK_HELD, path=parent)
    return stale or LockStatus(store, False)


def _parentlock_held(path: str) -> bool:
    """Does another process hold Firefox's `.parentlock`? The file itself stays after exit."""
    if sys.platform == "win32":
        return _file_held_open(path)
    import fcntl  # POSIX only: Windows took the branch above

    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        # A shared lock conflicts with the exclusive one a running Firefox holds; ours is
        # released at once by closing the descriptor.
        fcntl.lockf(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        return False
    except OSError as exc:
        return exc.errno in (errno.EACCES, errno.EAGAIN)
    finally:
        os.close(fd)


def _file_held_open(path: str) -> bool:
    # Windows: the browser opens its lock file without sharing, so opening it fails.
    try:
        fd = os.open(path, os.O_RDWR)
    except PermissionError:
        return True
    except OSError:
        return False
    os.close(fd)
    return False


# --- processes ----------------------------------------------------------------------

def _norm(path: str) -> str:
    return os.path.normcase(os.path.realpath(path))


def _under(path: str, root: str) -> bool:
    path = _norm(path)
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def _browser_process(store: StoreRef) -> Optional[tuple[int, str, dict]]:
    """(pid, evidence code, its params) of a running process of this family that uses the store's profile."""
    names = _PROCESS_NAMES.get(store.family, set())
    roots = {_norm(d) for d in (store.lock_dir, store.profile_dir) if d}
    if not roots:
        roots = {_norm(os.path.dirname(store.path))}
    me = os.getpid()
    for proc in psutil.process_iter(["pid", "name", "exe", "cmdline"]):
        try:
            info = proc.info
            if info["pid"] == me or not _is_browser(info, names):
                continue
            why = _uses_profile(proc, info.get("cmdline") or [], roots)
            if why:
                return (info["pid"], *why)
        except (psutil.Error, OSError):
            continue
    return None


def _is_browser(info: dict, names: set) -> bool:
    candidates = [info.get("name") or ""]
    if info.get("exe"):
        candidates.append(os.path.basename(info["exe"]))
    cmd = info.get("cmdline") or []
    if cmd:
        candidates.append(os.path.basename(cmd[0]))
    for c in candidates:
        c = c.lower()
        if c.endswith(".exe"):
            c = c[:-4]
        if c in names:
            return True
    return False


def _uses_profile(proc, cmdline: list[str], roots: set) -> Optional[tuple[str, dict]]:
    for i, arg in enumerate(cmdline):
        value = None
        for flag in ("--user-data-dir=", "-profile=", "--profile="):
            if arg.startswith(flag):
                value = arg[len(flag):]
        if arg in ("-profile", "--profile") and i + 1 < len(cmdline):
            value = cmdline[i + 1]
        if value and any(_under(value, r) or _under(r, _norm(value)) for r in roots):
            return PROCESS_ARGUMENT, {"flag": arg.split("=")[0], "value": value}
    try:
        cwd = proc.cwd()
        if cwd and any(_under(cwd, r) for r in roots):
            return PROCESS_CWD, {"path": cwd}
    except (psutil.Error, OSError):
        pass
    try:
        for f in proc.open_files():
            if any(_under(f.path, r) for r in roots):
                return PROCESS_FILE, {"path": f.path}
    except (psutil.Error, OSError):
        pass
    return None
