"""The details pane follows the cookie table: the one selected cookie, else how many are selected."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction

from inspector.ui.details.details_pane import DetailsPane
from inspector.ui.table.cookie_model import CookieModel
from inspector.ui.table.cookie_selection import CookieSelection
from inspector.ui.workspace.session import Session


class SelectionDetails(QObject):
    """Shows in `pane` what `selection` picks from what `session` has loaded; `toggle` is View → Details Pane."""

    def __init__(self, pane: DetailsPane, toggle: QAction, session: Session, selection: CookieSelection,
                 model: CookieModel, parent: QObject | None = None):
        super().__init__(parent)
        self._pane = pane
        self._toggle = toggle
        self._session = session
        self._selection = selection
        self._model = model  # its `now_us` moves with the window's clock
        toggle.toggled.connect(pane.setVisible)
        pane.collapse_requested.connect(lambda: self.set_visible(False))

    @Slot()
    def show_selection(self, *_args) -> None:
        table = self._session.table
        row = self._selection.single_row() if table is not None else None
        if row is None:
            self._pane.show_nothing(self._selection.count())
            return
        cookie = table.cookies[row]
        self._pane.show_cookie(cookie, self._model.now_us, table.lang, self._session.local_state(cookie.record))
        self._pane.show_consent(table.findings[row], table.about(row), table.description(row))

    # --- showing the pane ---------------------------------------------------------------

    def is_visible(self) -> bool:
        return self._toggle.isChecked()

    def set_visible(self, visible: bool) -> None:
        self._toggle.setChecked(visible)
        self._pane.setVisible(visible)

    @Slot()
    def reveal(self) -> None:
        """Edit → Reveal Value: the pane opens and decrypts the shown cookie's value."""
        if self._pane.cookie is not None:
            self.set_visible(True)
            self._pane.value.reveal()

    @Slot()
    def focus(self) -> None:
        """View → Go to Details: the pane opens, its Reveal button takes the focus."""
        self.set_visible(True)
        self._pane.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._pane.value.reveal_button.setFocus(Qt.FocusReason.ShortcutFocusReason)
