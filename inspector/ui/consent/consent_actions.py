"""The consent feature's commands and how they reach the window: the state, the panel, the site list, the menu."""
from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction

from inspector.ui.consent.choice_panel import ChoicePanel
from inspector.ui.consent.consent_state import ConsentState


class ConsentActions(QObject):
    """Wires a ConsentState to the panel, the site list and the table; given what it works on, not the window."""

    def __init__(self, runner, panel: ChoicePanel, site_view, site_model, keeper, cookie_view, parent=None,
                 cookie_model=None):
        super().__init__(parent)
        self._cookie_model = cookie_model  # its Findings column shows the consent findings too
        self.state = ConsentState(runner, self)
        self.panel, self._site_view, self._site_model = panel, site_view, site_model
        self._keeper, self._cookie_view = keeper, cookie_view
        self.read_choices = QAction(self.tr("&Read Consent Choices…"), self)
        self.read_choices.setToolTip(self.tr("Read the consent choices whose values the system keyring protects "
                                             "(the system may ask for its password, once)"))
        self.read_choices.triggered.connect(self.state.read_choices)
        panel.read_requested.connect(self.state.read_choices)
        panel.cookie_activated.connect(self._go_to_cookie)
        self.state.analysed.connect(self._analysed)
        self.state.site_analysed.connect(lambda site: self.show_selected())
        site_view.selectionModel().selectionChanged.connect(self.show_selected)

    def add_menu(self, menu_bar, before=None) -> None:
        """The Consent menu, before the `before` menu action (Help) when given."""
        menu = menu_bar.addMenu(self.tr("Co&nsent"))
        if before is not None:
            menu_bar.removeAction(menu.menuAction())
            menu_bar.insertMenu(before, menu)
        menu.addAction(self.read_choices)

    def set_table(self, table) -> None:
        self.panel.hide()
        if self._cookie_model is not None:
            self._cookie_model.consent_of = None
        self.state.set_table(table)

    @Slot()
    def _analysed(self) -> None:
        self._site_model.set_against(self.state.against_sites())
        if self._cookie_model is not None and self.state.analysis is not None:
            # Against the choice, set before it, no choice: per cookie, beside the policy's findings.
            self._cookie_model.consent_of = self.state.analysis.for_cookie
            self._cookie_model.findings_changed()
        self.show_selected()

    @Slot()
    def show_selected(self) -> None:
        sites = self._site_view.selected_sites()
        if len(sites) != 1:
            self.panel.hide()
            return
        found = self.state.site(next(iter(sites)))
        self.panel.show_site(found or None)

    @Slot(object)
    def _go_to_cookie(self, key) -> None:
        if self._keeper.select_keys([key]):
            self._cookie_view.setFocus()
