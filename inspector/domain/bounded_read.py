"""Read a small file the app did not write (Local State, profiles.ini, containers.json, a policy) safely:
only a regular file, never blocking on a FIFO or device, and never more than a stated size."""
from __future__ import annotations

import os
import stat


class FileRefused(ValueError):
    """The path is not a regular file, or is larger than the caller reads; the text says which."""


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
            raise FileRefused(f"not a regular file ({_kind(st.st_mode)})")
        if st.st_size > limit:
            raise FileRefused(f"the file is {st.st_size:,} bytes, more than the {_size(limit)} this app reads")
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
        raise FileRefused(f"the file is more than the {_size(limit)} this app reads")
    return data


def check_regular(path: str) -> None:
    """Refuse, without opening it, a path that is not a regular file (a FIFO, a device, a folder)."""
    st = os.stat(path)
    if not stat.S_ISREG(st.st_mode):
        raise FileRefused(f"not a regular file ({_kind(st.st_mode)})")


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def _size(limit: int) -> str:
    return f"{limit // 2**20} MB" if limit >= 2**20 else f"{limit // 1024} KB"
