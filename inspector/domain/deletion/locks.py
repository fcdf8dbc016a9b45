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
    """Whether one browser profile is open, and a sentence a user can act on.

    `running` blocks deletion and undo. A lock file left behind by a process that no
    longer runs is `stale`: it does not block, and `reason` says so.
    """

    store: StoreRef
    running: bool
    reason: str = ""
    stale: bool = False
    pid: Optional[int] = None

    @property
    def profile_label(self) -> str:
        return f"{self.store.browser} profile '{self.store.profile}'"


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
        pid, why = proc
        return LockStatus(store, True, _close_message(store, f"process {pid} ({why})"), pid=pid)
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


def blockers(stores: Iterable[StoreRef]) -> list[LockStatus]:
    """One running LockStatus per open profile among `stores` (empty: all closed)."""
    return [s for s in statuses(stores) if s.running]


def stale_notes(stores: Iterable[StoreRef]) -> list[str]:
    """Messages about lock files left behind by browsers that no longer run (they do not block)."""
    return [s.reason for s in statuses(stores) if s.stale and not s.running]


def _close_message(store: StoreRef, evidence: str) -> str:
    return (f"{store.browser} is running with profile '{store.profile}' ({evidence}): "
            f"close {store.browser} (every window of that profile), then try again")


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
        return LockStatus(store, True, _close_message(store, f"locked by process {pid} on host '{host}'"), pid=pid)
    if _pid_alive(pid):
        return LockStatus(store, True, _close_message(store, f"{os.path.basename(lock_path)} of process {pid}"),
                          pid=pid)
    return LockStatus(store, False, f"stale lock {lock_path} of {store.browser} profile '{store.profile}': "
                                    f"process {pid} no longer runs, so it is ignored", stale=True, pid=pid)


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
        return LockStatus(store, True, _close_message(store, f"{lock} exists"))
    if sys.platform == "win32" and os.path.exists(os.path.join(user_data, "lockfile")):
        # Chromium on Windows holds `lockfile` open; deleting it fails while it runs.
        if _file_held_open(os.path.join(user_data, "lockfile")):
            return LockStatus(store, True, _close_message(store, "its lockfile is held open"))
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
            return LockStatus(store, True, _close_message(store, f"{lock} exists"))
    # `.parentlock` on Linux and macOS, `parent.lock` on Windows: the file stays after exit,
    # only the lock on it tells whether Firefox runs.
    for name in (".parentlock", "parent.lock"):
        parent = os.path.join(profile, name)
        if os.path.exists(parent) and _parentlock_held(parent):
            return LockStatus(store, True, _close_message(store, f"{parent} is locked"))
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


def _browser_process(store: StoreRef) -> Optional[tuple[int, str]]:
    """(pid, why) of a running process of this family that uses the store's profile."""
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
                return info["pid"], why
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


def _uses_profile(proc, cmdline: list[str], roots: set) -> str:
    for i, arg in enumerate(cmdline):
        value = None
        for flag in ("--user-data-dir=", "-profile=", "--profile="):
            if arg.startswith(flag):
                value = arg[len(flag):]
        if arg in ("-profile", "--profile") and i + 1 < len(cmdline):
            value = cmdline[i + 1]
        if value and any(_under(value, r) or _under(r, _norm(value)) for r in roots):
            return f"started with {arg.split('=')[0]} {value}"
    try:
        cwd = proc.cwd()
        if cwd and any(_under(cwd, r) for r in roots):
            return f"working directory {cwd}"
    except (psutil.Error, OSError):
        pass
    try:
        for f in proc.open_files():
            if any(_under(f.path, r) for r in roots):
                return f"has {f.path} open"
    except (psutil.Error, OSError):
        pass
    return ""
