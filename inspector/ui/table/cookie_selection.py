"""Which cookies the table shows and which of them are selected, as rows of the table the proxy filters."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView

from inspector.ui.table.filter_proxy import CookieFilterProxy

SelectionFlag = QItemSelectionModel.SelectionFlag


class CookieSelection(QObject):
    """What commands act on (deletion, exports), without them knowing the view, proxy and model apart.

    Selected proxy rows map to source rows (mapSelectionToSource at list speed), and each
    cookie's record carries the CookieKey that addresses its row in its store.
    """

    changed = Signal()  # the selected rows changed

    def __init__(self, view: QAbstractItemView, proxy: CookieFilterProxy, parent: QObject | None = None):
        super().__init__(parent if parent is not None else view)
        self._view = view
        self._proxy = proxy
        self._keys_after_load: list | None = None
        view.selectionModel().selectionChanged.connect(self.changed)

    def rows(self) -> list[int]:
        """Source rows of the selected cookies, in display order."""
        return self._proxy.selected_source_rows(self._view.selectionModel().selection())

    def cookies(self) -> list:
        """The InspectedCookies of the selected rows, in display order: what deletion will act on."""
        table = self._proxy.table
        if table is None:
            return []
        cookies = table.cookies
        return [cookies[r] for r in self.rows()]

    def has_selection(self) -> bool:
        return self._view.selectionModel().hasSelection()

    def count(self) -> int:
        """How many rows are selected, counted by range: a select-all of many rows stays cheap."""
        return sum(r.height() for r in self._view.selectionModel().selection())

    def single_row(self) -> int | None:
        """The source row of the one selected cookie; None when none or several are."""
        selection = self._view.selectionModel().selection()
        if sum(r.height() for r in selection) != 1:
            return None
        return self._proxy.source_row(selection[0].top())

    def shown_rows(self) -> list[int]:
        """The source rows the filters (and chosen sites) keep, in scan order: what exports write."""
        return sorted(self._proxy.source_rows())

    # --- rows leaving -----------------------------------------------------------------

    def clear_before_removal(self, rows: list[int]) -> int | None:
        """These source rows are about to leave: clear the selection (it is them, or holds them)
        and return the first place among them that shows, for select_at() once they are gone."""
        shown = [p for p in self._proxy.proxy_rows(rows) if p is not None]
        self._view.selectionModel().clear()
        return min(shown) if shown else None

    def select_at(self, position: int | None) -> None:
        """Make the row at `position` current (the one that moved up into a deleted row's place, or the
        new last) without selecting it: nothing the user did not choose is selected, or armed for Delete."""
        proxy = self._proxy
        if position is None or not proxy.rowCount():
            return
        index = proxy.index(min(position, proxy.rowCount() - 1), 0)
        selection_model = self._view.selectionModel()
        selection_model.setCurrentIndex(index, SelectionFlag.NoUpdate)
        selection_model.clearSelection()
        self._view.scrollTo(index)

    def had_focus(self) -> bool:
        return self._view.hasFocus()

    def keep_focus(self) -> None:
        """Back into the table after a dialog, selecting nothing (unlike moving in with Tab)."""
        self._view.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- across a reload --------------------------------------------------------------

    def select_after_load(self, keys) -> None:
        """Once the next load is shown, select these cookies (CookieKeys), e.g. what an undo brought back."""
        self._keys_after_load = list(keys)

    def take_keys_after_load(self) -> list | None:
        """The keys select_after_load() asked for, once: the load that shows them (or failed) takes them."""
        keys, self._keys_after_load = self._keys_after_load, None
        return keys
