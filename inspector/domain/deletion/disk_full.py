"""Is this failure a full disk? Then say so, naming the path, instead of SQLite's "disk I/O error"."""
from __future__ import annotations

import errno
import os
import sqlite3
from typing import Optional

from inspector.domain.codes import DISK_FULL

_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_SQLITE_FULL = 13
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
# Below this much free space, an I/O error or a "malformed" page read back is a full disk:
# SQLite reports a write that failed for lack of room (its -shm, its WAL, its journal) as these.
NEARLY_FULL_BYTES = 1 << 20


def free_bytes(path: str) -> Optional[int]:
    folder = path if os.path.isdir(path) else os.path.dirname(os.path.abspath(path))
    try:
        st = os.statvfs(folder)
    except (OSError, AttributeError):
        return None
    return st.f_bavail * st.f_frsize


def is_full(exc: BaseException, path: str) -> bool:
    """Did `exc`, met while writing at `path`, come from a full disk (or an exceeded quota or file size)?"""
    if isinstance(exc, OSError) and exc.errno in _FULL_ERRNOS:
        return True
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        low = str(exc).lower()
        if (code is not None and code & 0xFF == _SQLITE_FULL) or "disk is full" in low:
            return True
        primary = None if code is None else code & 0xFF
        if primary in (_SQLITE_IOERR, _SQLITE_CORRUPT) or "disk i/o error" in low or "malformed" in low:
            free = free_bytes(path)
            return free is not None and free < NEARLY_FULL_BYTES
    return "no space left" in str(exc).lower()


def full_disk_error(exc: BaseException, path: str, changed: bool = False):
    """A DeletionError(DISK_FULL) for `exc` when it is a full disk, else None."""
    if not is_full(exc, path):
        return None
    from inspector.domain.deletion.errors import coded_error
    return coded_error(DISK_FULL, path=path, changed=changed)
