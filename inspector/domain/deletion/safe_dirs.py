"""The app's private folders and files: created 0700/0600 whatever the umask, and refused when another user could have planted them."""
from __future__ import annotations

import os
import stat

from inspector.domain.codes import UNSAFE_PATH

# Write access for group or other: another local user could replace what is inside.
_OTHERS_WRITE = stat.S_IWGRP | stat.S_IWOTH


def private_dir(path: str) -> str:
    """`path` as a folder only this user can use: every missing parent made 0700, then checked.

    os.makedirs(mode=...) gives the mode to the last folder only; the parents get 0777 less
    the umask, which is 0777 under `umask 000`. So each missing level is made here.
    """
    path = os.path.abspath(path)
    missing = []
    probe = path
    while not os.path.isdir(probe):
        missing.append(probe)
        parent = os.path.dirname(probe)
        if parent == probe:
            break
        probe = parent
    for folder in reversed(missing):
        try:
            os.mkdir(folder, 0o700)
        except FileExistsError:
            pass  # another run made it meanwhile; checked below like any other
        else:
            os.chmod(folder, 0o700)  # the umask only removes bits, but say exactly what we mean
    check_private(path, tighten=True)
    return path


def check_private(path: str, tighten: bool = False) -> None:
    """Refuse (DeletionError UNSAFE_PATH) a folder or file not owned by this user or writable by group or other.

    With `tighten`, read access of group and other is taken away from our own folder.
    """
    if os.name != "posix":
        return
    st = os.stat(path)
    if st.st_uid != os.getuid():
        _refuse(path, "owner", st)
    if st.st_mode & _OTHERS_WRITE:
        _refuse(path, "mode", st)
    if tighten and stat.S_ISDIR(st.st_mode) and st.st_mode & 0o077:
        os.chmod(path, st.st_mode & 0o700)


def check_private_file(path: str) -> None:
    """A backup file: a regular file of this user that only this user can change."""
    if os.name != "posix":
        return
    st = os.lstat(path)
    if not stat.S_ISREG(st.st_mode):
        _refuse(path, "type", st)
    check_private(path)


def _refuse(path: str, why: str, st: os.stat_result) -> None:
    from inspector.domain.deletion.errors import coded_error
    raise coded_error(UNSAFE_PATH, path=path, why=why, owner=st.st_uid, user=os.getuid(),
                      mode=f"{stat.S_IMODE(st.st_mode):04o}")
