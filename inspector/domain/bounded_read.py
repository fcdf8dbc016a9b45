"""Read a small file the app did not write (Local State, profiles.ini, containers.json, a policy) safely:
only a regular file, never blocking on a FIFO or device, and never more than a stated size."""
from __future__ import annotations

import os
import stat

from inspector.domain.errors import CodedError


class FileRefused(CodedError, ValueError):
    """The path is not a regular file, or is larger than the caller reads; its words say which."""


def _refused(why: str, **params) -> FileRefused:
    return FileRefused("refused", why=why, params=params)


def read_regular(path: str, limit: int) -> bytes:
    """The bytes of the regular file at `path` (symlinks followed), at most `limit` of them.

    Opened with O_NONBLOCK, so a FIFO planted in a profile cannot hang the app, and checked
    with fstat on the open descriptor, so /dev/zero or a folder is refused before any read.
    Raises FileRefused, or OSError when the file cannot be opened.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise _refused("file.not-regular", file_kind=kind_of(st.st_mode))
        if st.st_size > limit:
            raise _refused("file.too-big", size=st.st_size, limit=limit)
        chunks, left = [], limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        data = b"".join(chunks)
    finally:
        os.close(fd)
    if len(data) > limit:  # it grew while being read
        raise _refused("file.grew", limit=limit)
    return data


def check_regular(path: str) -> None:
    """Refuse, without opening it, a path that is not a regular file (a FIFO, a device, a folder)."""
    st = os.stat(path)
    if not stat.S_ISREG(st.st_mode):
        raise _refused("file.not-regular", file_kind=kind_of(st.st_mode))


def kind_of(mode: int) -> str:
    """What a path that is not a regular file is, as a code of problem_words.FILE_KINDS (worded where shown)."""
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISFIFO(mode):
        return "fifo"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "special"
