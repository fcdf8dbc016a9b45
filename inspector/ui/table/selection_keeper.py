"""Keeps the cookie table's selection and current row across proxy resets (filtering, sorting, reloads)."""
from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QObject, Signal
from PySide6.QtWidgets import QAbstractItemView

from inspector.ui.table.filter_proxy import CookieFilterProxy

SelectionFlag = QItemSelectionModel.SelectionFlag


class SelectionKeeper(QObject):
    restored = Signal()  # after every reset, whether or not anything could be put back

    def __init__(self, view: QAbstractItemView, proxy: CookieFilterProxy):
        super().__init__(view)
        self._view = view
        self._proxy = proxy
        self._saved = None
        proxy.modelAboutToBeReset.connect(self._capture)
        proxy.modelReset.connect(self._restore)

    def _capture(self) -> None:
        selection_model = self._view.selectionModel()
        proxy = self._proxy
        if selection_model is None or proxy.sourceModel() is None or proxy.table is None:
            self._saved = None
            return
        table = proxy.table
        rows = proxy.selected_source_rows(selection_model.selection())
        current = selection_model.currentIndex()
        current_row = proxy.source_row(current.row()) if current.isValid() else None
        self._saved = (table, rows, current_row, current.column() if current.isValid() else 0)

    def _restore(self) -> None:
        saved, self._saved = self._saved, None
        if saved is not None:
            self._put_back(*saved)
        self.restored.emit()

    def select_keys(self, keys) -> int:
        """Select the shown rows of these cookies (CookieKeys), the first one current; returns how many."""
        table = self._proxy.table
        if table is None:
            return 0
        rows = sorted({r for r in map(table.row_of_key, keys) if r is not None})
        where = {p: r for r, p in zip(rows, self._proxy.proxy_rows(rows)) if p is not None}
        if where:
            self._put_back(table, sorted(where.values()), where[min(where)], 0)  # current: the topmost
        return len(where)

    def _put_back(self, old_table, rows, current_row, current_column) -> None:
        proxy = self._proxy
        table = proxy.table
        if table is not old_table:  # reloaded: find the same cookies by their store key
            old = old_table.cookies
            rows = [r for r in (table.row_of_key(old[r].record.key) for r in rows) if r is not None]
            if current_row is not None:
                current_row = table.row_of_key(old[current_row].record.key)
        wanted = rows + ([current_row] if current_row is not None else [])
        if not wanted:
            return
        where = proxy.proxy_rows(wanted)
        shown = sorted(p for p in where[: len(rows)] if p is not None)
        selection_model = self._view.selectionModel()
        if shown:
            selection_model.select(_row_ranges(proxy, shown), SelectionFlag.ClearAndSelect | SelectionFlag.Rows)
        current = where[-1] if current_row is not None else None
        if current is not None:
            index = proxy.index(current, current_column)
            selection_model.setCurrentIndex(index, SelectionFlag.NoUpdate)
            self._view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)


def _row_ranges(model, rows: list[int]) -> QItemSelection:
    """Whole rows, as few contiguous ranges as possible (rows sorted ascending)."""
    selection = QItemSelection()
    last_column = model.columnCount() - 1
    start = prev = rows[0]
    for row in rows[1:] + [None]:
        if row is not None and row == prev + 1:
            prev = row
            continue
        selection.select(model.index(start, 0), model.index(prev, last_column))
        if row is not None:
            start = prev = row
    return selection
