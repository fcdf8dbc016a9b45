"""Notices when files change on disk, calmly: debounced, and only when a file really changed."""
from __future__ import annotations

import os
import time

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal, Slot


def _signature(path: str):
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size, st.st_ino)


class ChangeWatcher(QObject):
    """Emits `changed` once things settle after any of the watched files changed.

    Editors save by writing a new file and renaming it over the old one, and browsers
    create and delete -wal and -journal files; so the parent directories are watched
    too, and a (mtime, size, inode) signature decides whether anything really changed.
    """

    changed = Signal()

    def __init__(self, delay_ms: int = 600, parent=None):
        super().__init__(parent)
        # A running browser can write every second for ever: settle at the latest after this.
        self._max_wait_ns = delay_ms * 5 * 1_000_000
        self._first_poke_ns: int | None = None
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._poke)
        self._watcher.directoryChanged.connect(self._poke)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._settle)
        self._files: dict[str, object] = {}

    def watch(self, files: list[str]) -> None:
        """Watch exactly these files (replacing the previous set), present or not yet."""
        old = self._watcher.files() + self._watcher.directories()
        if old:
            self._watcher.removePaths(old)
        self._files = {f: _signature(f) for f in files}
        existing = [f for f in self._files if os.path.exists(f)]
        dirs = sorted({os.path.dirname(f) for f in self._files if os.path.isdir(os.path.dirname(f))})
        if existing:
            self._watcher.addPaths(existing)
        if dirs:
            self._watcher.addPaths(dirs)

    def files(self) -> list[str]:
        return list(self._files)

    @Slot(str)
    def _poke(self, _path: str) -> None:
        now = time.monotonic_ns()
        if self._first_poke_ns is None:
            self._first_poke_ns = now
        if now - self._first_poke_ns >= self._max_wait_ns:
            self._timer.stop()
            self._settle()
        else:
            self._timer.start()

    @Slot()
    def _settle(self) -> None:
        self._first_poke_ns = None
        now = {f: _signature(f) for f in self._files}
        changed = now != self._files
        self._files = now
        # A renamed-over file drops out of the watcher: watch the new one.
        missing = [f for f in now if now[f] is not None and f not in self._watcher.files()]
        if missing:
            self._watcher.addPaths(missing)
        if changed:
            self.changed.emit()
