"""The keep list as the window holds it: loaded from its file, watched, changed by the Keep toggles."""
from __future__ import annotations

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal, Slot

from inspector.ui import deferred
from inspector.ui import formatting as fmt


def _api():
    return deferred.cleanup()


class KeepState(QObject):
    """`changed` after every load or edit; `failed(message)` when the file is malformed: while it is,
    `broken` holds the KeepListError (`broken_text` its words) and no bulk deletion runs (the list
    says what the user wants kept)."""

    changed = Signal()
    failed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._keep = None
        self.broken = None  # the KeepListError while the file cannot be used
        self._kept_rows: tuple = (None, None, frozenset())  # (table, keep list, rows it keeps)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._file_changed)
        self._watcher.directoryChanged.connect(self._file_changed)
        self._reload_timer = QTimer(self, singleShot=True, interval=200, timeout=self.load)

    @property
    def keep(self):
        if self._keep is None:
            self.load()
        return self._keep

    @Slot()
    def load(self) -> None:
        api = _api()
        try:
            self._keep = api.load_keep_list()
            self.broken = None
        except api.KeepListError as exc:
            self._keep = api.KeepList((), exc.path)
            self.broken = exc
            self.failed.emit(self.broken_text)
        self._watch()
        self._kept_rows = (None, None, frozenset())
        self.changed.emit()

    @property
    def broken_text(self) -> str | None:
        """Why the file cannot be used (file:line:column and the problem), in the window's language."""
        return self.broken.text(fmt.say) if self.broken is not None else None

    def _watch(self) -> None:
        import os

        path = self._keep.path or _api().keep_list_path()
        folder = os.path.dirname(path)
        try:
            os.makedirs(folder, exist_ok=True)  # so a keep list written later (by `keep add`) is seen
        except OSError:
            pass
        for p in (path, folder):
            if os.path.exists(p) and p not in self._watcher.files() + self._watcher.directories():
                self._watcher.addPath(p)

    @Slot(str)
    def _file_changed(self, _path: str) -> None:
        self._reload_timer.start()  # editors write a file in steps: read it once they are done

    def _save(self, keep) -> None:
        if self.broken is not None:
            return  # never overwrite a file the user is fixing
        _api().save_keep_list(keep)
        self._keep = keep
        self._kept_rows = (None, None, frozenset())
        self.changed.emit()

    # --- what it keeps ------------------------------------------------------------------

    def entry_for(self, cookie):
        return self.keep.entry_for(cookie)

    def kept_rows(self, table) -> frozenset:
        """The rows of `table` the keep list keeps, computed once per table and list."""
        cached_table, cached_keep, rows = self._kept_rows
        keep = self.keep
        if cached_table is not table or cached_keep is not keep:
            entry_for = keep.entry_for
            rows = frozenset(i for i, c in enumerate(table.cookies) if entry_for(c) is not None) if keep else frozenset()
            self._kept_rows = (table, keep, rows)
        return rows

    def kept_sites(self) -> frozenset:
        keep = self.keep
        return frozenset(s for s in keep.sites() if keep.site_kept_whole(s))

    def split(self, cookies) -> tuple[list, list]:
        return self.keep.split(cookies)

    # --- the toggles --------------------------------------------------------------------

    def keep_cookies(self, cookies) -> None:
        """Keep each cookie's name on its site: the browser may set it again, and it stays kept."""
        api, keep = _api(), self.keep
        for c in cookies:
            keep = keep.added(api.KeepEntry(site=c.site, name=c.record.name))
        self._save(keep)

    def unkeep_cookies(self, cookies) -> None:
        """Stop keeping these cookies: every entry that keeps one of them goes."""
        keep = self.keep
        entries = {e for e in (keep.entry_for(c) for c in cookies) if e is not None}
        self._save(keep.without(entries))

    def keep_sites(self, sites) -> None:
        api, keep = _api(), self.keep
        for s in sites:
            keep = keep.added(api.KeepEntry(site=s))
        self._save(keep)

    def unkeep_sites(self, sites) -> None:
        api = _api()
        self._save(self.keep.without(api.KeepEntry(site=s) for s in sites))

    def add_entries(self, entries) -> None:
        keep = self.keep
        for e in entries:
            keep = keep.added(e)
        self._save(keep)

    def remove_entries(self, entries) -> None:
        self._save(self.keep.without(entries))
