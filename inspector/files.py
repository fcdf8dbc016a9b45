"""The one atomic file write: a reader of the target sees the old file or the new one, never a part."""
from __future__ import annotations

import contextlib
import os
import secrets
from typing import IO, Iterator

DOCUMENT_MODE = 0o644  # before the umask, as any program creating a document would
PRIVATE_MODE = 0o600

_CREATE_FLAGS = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0)


def write_atomic(path: str | os.PathLike, data: bytes | str, mode: int | None = None, *,
                 keep_mode: bool = False, encoding: str = "utf-8") -> None:
    """Replace `path` with `data` atomically.

        write_atomic(path, data)                       # an ordinary document: 0o644 less the umask
        write_atomic(path, data, 0o600)                # a private file (cookie values, backups): exactly 0600
        write_atomic(path, data, 0o600, keep_mode=True)  # the target's own mode, 0600 if it is new

    The new file's mode: with `keep_mode`, the existing target's; else (or when there is no
    target yet) `mode` exactly, whatever the umask; with neither, DOCUMENT_MODE less the umask.

    `data` is bytes, or str encoded with `encoding` (UTF-8 by default); text is written as
    given, with no newline translation. The new content goes to a temporary file beside the
    target, is flushed and fsync'ed, gets its mode, and is renamed over the target; on POSIX
    the folder is fsync'ed too, so the rename survives a power cut. On any failure the
    temporary file is removed and the target is untouched.
    """
    if isinstance(data, str):
        data = data.encode(encoding)
    with open_atomic(path, mode, keep_mode=keep_mode) as fh:
        fh.write(data)


@contextlib.contextmanager
def open_atomic(path: str | os.PathLike, mode: int | None = None, *, keep_mode: bool = False,
                text: bool = False, encoding: str = "utf-8") -> Iterator[IO]:
    """A file to write the new content of `path` into; it replaces `path` when the block ends
    without an exception. `mode` and `keep_mode` as in write_atomic; `text` gives a str stream.

        with open_atomic(path, text=True) as out:      # write_atomic for a writer that streams
            write_report(report, "csv", out)

    The same guarantees as write_atomic (text in `encoding`, no newline translation); an
    exception inside the `with` block also leaves the target untouched and removes the
    temporary file.
    """
    path = os.fspath(path)
    folder = os.path.dirname(os.path.abspath(path))
    final_mode = _target_mode(path) if keep_mode else None
    if final_mode is None:
        final_mode = mode
    fd, tmp = _create_beside(path, folder, PRIVATE_MODE if final_mode is not None else DOCUMENT_MODE)
    try:
        with open(fd, "w" if text else "wb", encoding=encoding if text else None,
                  newline="" if text else None) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
            if final_mode is not None:
                # Set before the rename: the target never exists with another mode.
                _chmod(fh.fileno(), tmp, final_mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.remove(tmp)
        except OSError:
            pass
        raise
    _fsync_folder(folder)


def _target_mode(path: str) -> int | None:
    try:
        return os.stat(path).st_mode & 0o777
    except OSError:
        return None


def _create_beside(path: str, folder: str, create_mode: int) -> tuple[int, str]:
    # Beside the target, so the rename stays within one file system. Created by us with
    # O_EXCL (never another program's file through a link); the kernel applies the umask.
    base = os.path.basename(path)
    for _attempt in range(100):
        tmp = os.path.join(folder, f".{base}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(tmp, _CREATE_FLAGS, create_mode), tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"cannot create a temporary file beside {path}")


def _chmod(fd: int, tmp: str, mode: int) -> None:
    if hasattr(os, "fchmod"):
        os.fchmod(fd, mode)
    else:  # Windows: only the read-only flag exists
        os.chmod(tmp, mode)


def _fsync_folder(folder: str) -> None:
    # The rename is done and readers already see the new file; a folder that cannot be
    # opened or synced (some file systems refuse) must not turn that into a reported failure.
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
