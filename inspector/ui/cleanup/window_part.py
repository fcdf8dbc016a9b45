"""Puts the keep list and Clean up… into the window: actions, toolbar and menu entries, pins, the Kept filter."""
from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QToolBar

from inspector.ui import deferred
from inspector.ui.cleanup.cleanup_flow import CleanupFlow
from inspector.ui.cleanup.keep_actions import KeepActions
from inspector.ui.cleanup.keep_state import KeepState
from inspector.ui.icons import icon


class CleanupPart(QObject):
    """What the window holds of this feature: `keep` (KeepState), `keep_actions`, `flow`, `clean_up`."""

    def __init__(self, window: QMainWindow, runner):
        super().__init__(window)
        self._window = window
        self.keep = KeepState(self)
        self.keep_actions = KeepActions(self.keep, window.selection, window.site_view, window)
        deletion = window.deletion
        self.flow = CleanupFlow(window.session, self.keep, deletion.flow, runner, window)
        self.flow.consent_analysis = lambda: window.consent.state.analysis
        self.clean_up = QAction(icon("clean-up"), self.tr("C&lean Up…"), window)
        self.clean_up.setIconText(self.tr("Clean Up"))
        self.clean_up.setToolTip(self.tr("Delete every unwanted cookie of every site and browser in one step, "
                                         "keeping your keep list (asks first)"))
        self.clean_up.setStatusTip(self.clean_up.toolTip())
        self.clean_up.setShortcut("Ctrl+Shift+Del")
        self.clean_up.triggered.connect(self.flow.open)
        window.addAction(self.clean_up)

        # The bulk deletions leave what the list keeps; a selection asks; the menus offer Keep.
        deletion.keep = self.keep
        deletion.keep_asked = self.keep_actions.ask_kept
        deletion.menu_extensions.append(self.keep_actions.add_to_menu)
        deletion.flow.sign_ins = self._sign_ins
        deletion.flow.keep_sign_ins = self._keep_sign_ins
        # Pins and the Kept filter read the list through these.
        window.cookie_model.kept_rows = self._kept_rows
        window.proxy.kept_rows = self._kept_rows
        window.site_model.kept_sites = self._kept_sites
        self.keep.changed.connect(self._keep_changed)
        self.keep.failed.connect(self._keep_failed)
        self.keep_actions.kept_only.toggled.connect(lambda _on: window.apply_filters())
        window.session.loaded.connect(self._first_load)
        deletion.flow.busy_changed.connect(self._update_state)
        window.session.loaded.connect(self._update_state)
        self._update_state()
        self._add_to_toolbar_and_menus()

    def _add_to_toolbar_and_menus(self) -> None:
        window, k = self._window, self.keep_actions
        toolbar = window.findChild(QToolBar, "mainToolbar")
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addAction(self.clean_up)
            toolbar.addAction(k.keep_cookies)
        menu = window.menuBar().addMenu(self.tr("&Keep && Clean Up"))
        for action in (self.clean_up, None, k.keep_cookies, k.keep_sites, k.kept_only, None, k.keep_list):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.aboutToShow.connect(k.update_state)
        bar = window.menuBar()
        last = bar.actions()[-2] if len(bar.actions()) > 1 else None  # before Help, as menus go
        if last is not None:
            bar.removeAction(menu.menuAction())
            bar.insertMenu(last, menu)
        self.menu = menu

    def _sign_ins(self, cookies) -> dict:
        """{site: sign-in cookie names} among cookies about to be deleted (described by the table)."""
        table = self._window.session.table
        if table is None:
            return {}
        found: dict = {}
        for c in deferred.cleanup().sign_ins(cookies, table.describer.describe):
            found.setdefault(c.site, set()).add(c.record.name)
        return {site: sorted(names) for site, names in found.items()}

    def _keep_sign_ins(self, site: str) -> None:
        table = self._window.session.table
        self.keep.add_entries(deferred.cleanup().sign_in_entries(table.cookies, table.describer.describe, site))

    @property
    def kept_only(self) -> bool:
        return self.keep_actions.kept_only.isChecked()

    def _kept_rows(self, table):
        return self.keep.kept_rows(table) if self.keep._keep is not None and table is not None else frozenset()

    def _kept_sites(self):
        return self.keep.kept_sites() if self.keep._keep is not None else frozenset()

    @Slot(object)
    def _first_load(self, _loaded) -> None:
        if self.keep._keep is None:  # after the first paint: the YAML reader comes with it
            self.keep.load()

    @Slot()
    def _keep_changed(self) -> None:
        w = self._window
        w.cookie_model.keep_list_changed()
        w.site_model.keep_list_changed()
        if self.kept_only:
            w.proxy.refilter()
        self.keep_actions.update_state()

    @Slot(str)
    def _keep_failed(self, message: str) -> None:
        self._window.deletion.flow.show_problem(
            self.tr("The keep list cannot be read: nothing is deleted until it is fixed."), [message])

    @Slot()
    def _update_state(self, *_args) -> None:
        self.clean_up.setEnabled(self._window.session.table is not None and not self._window.deletion.flow.busy)
