"""What the user was looking at when a deletion ran (chosen sites, scroll), so its undo can bring it back."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QAbstractItemView

from inspector.ui.sites.site_view import SiteView


@dataclass(frozen=True)
class ViewState:
    sites: tuple[str, ...]
    scroll: int


class ViewStateKeeper(QObject):
    """Captures the site choice and the table's scroll position before a deletion; after the
    reload that an undo triggers, puts both back (the restored rows are then where they were)."""

    def __init__(self, site_view: SiteView, cookie_view: QAbstractItemView, session):
        super().__init__(cookie_view)
        self._site_view = site_view
        self._cookie_view = cookie_view
        self._pending: ViewState | None = None
        # Connected after the window's own handler: the rows are in and the keys selected first.
        session.loaded.connect(self._on_loaded)
        session.load_failed.connect(self._forget)

    def capture(self) -> ViewState:
        return ViewState(tuple(sorted(self._site_view.selected_sites())),
                         self._cookie_view.verticalScrollBar().value())

    def restore_after_load(self, state: ViewState | None, after: ViewState | None = None) -> None:
        """Put `state` back after the next load, unless the user chose other sites since the
        deletion left `after` on screen: their later choice is theirs to keep."""
        if state is not None and after is not None and self.capture().sites != after.sites:
            state = None
        self._pending = state

    @Slot(object)
    def _on_loaded(self, _loaded) -> None:
        state, self._pending = self._pending, None
        if state is None:
            return
        self._site_view.select_sites(list(state.sites))
        # The scroll range follows the rows once the view has laid them out.
        bar = self._cookie_view.verticalScrollBar()
        bar.setValue(state.scroll)
        QTimer.singleShot(0, lambda: bar.setValue(state.scroll))

    @Slot(str)
    def _forget(self, _message: str) -> None:
        self._pending = None
