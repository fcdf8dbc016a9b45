"""The Keep commands: keep or stop keeping the selected cookies or the chosen sites, the Kept filter, the keep-list view."""
from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from inspector.ui import formatting as fmt
from inspector.ui.cleanup.keep_list_dialog import KeepListDialog
from inspector.ui.cleanup.keep_state import KeepState
from inspector.ui.icons import icon


class KeepActions(QObject):
    """Over the cookies chosen in `selection` and the sites chosen in `site_view`; the pins, the Kept
    filter and the bulk deletions follow `keep` (a KeepState)."""

    def __init__(self, keep: KeepState, selection, site_view, parent: QWidget):
        super().__init__(parent)
        self.keep = keep
        self._selection = selection
        self._site_view = site_view
        self._parent = parent
        self.keep_cookies = QAction(icon("pin"), self.tr("&Keep Selected Cookies"), parent)
        self.keep_cookies.setCheckable(True)
        self.keep_cookies.setShortcut(QKeySequence("Ctrl+K"))
        self.keep_cookies.setToolTip(self.tr("Keep the selected cookies: no clean-up or bulk deletion removes them"))
        self.keep_cookies.setIconText(self.tr("Keep"))
        self.keep_cookies.triggered.connect(self._toggle_cookies)
        self.keep_sites = QAction(icon("pin"), self.tr("Keep the Chosen &Sites"), parent)
        self.keep_sites.setCheckable(True)
        self.keep_sites.setToolTip(self.tr("Keep every cookie of the sites chosen in the site list"))
        self.keep_sites.triggered.connect(self._toggle_sites)
        self.kept_only = QAction(icon("pin"), self.tr("Show &Kept Cookies Only"), parent)
        self.kept_only.setCheckable(True)
        self.kept_only.setToolTip(self.tr("Show only the cookies your keep list keeps"))
        self.keep_list = QAction(self.tr("Keep &List…"), parent)
        self.keep_list.setToolTip(self.tr("What your keep list keeps, and removing entries from it"))
        self.keep_list.triggered.connect(self.show_keep_list)
        for action in (self.keep_cookies, self.keep_sites, self.kept_only, self.keep_list):
            action.setStatusTip(action.toolTip())
            parent.addAction(action)
        self.dialog: KeepListDialog | None = None
        selection.changed.connect(self.update_state)
        site_view.selectionModel().selectionChanged.connect(self.update_state)
        keep.changed.connect(self.update_state)

    # --- state ---------------------------------------------------------------------------

    def _all_kept(self, cookies) -> bool:
        return bool(cookies) and all(self.keep.entry_for(c) is not None for c in cookies)

    @Slot()
    def update_state(self, *_args) -> None:
        cookies = self._selection.cookies() if self._selection.count() <= 5000 else []
        broken = self.keep.broken is not None if self.keep._keep is not None else False
        self.keep_cookies.setEnabled(bool(cookies) and not broken)
        kept = self._all_kept(cookies)
        self.keep_cookies.setChecked(kept)
        self.keep_cookies.setText(self.tr("Stop &Keeping Selected Cookies") if kept
                                  else self.tr("&Keep Selected Cookies"))
        sites = sorted(self._site_view.selected_sites())
        self.keep_sites.setEnabled(bool(sites) and not broken)
        whole = bool(sites) and all(s in self.keep.kept_sites() for s in sites) if sites else False
        self.keep_sites.setChecked(whole)
        self.keep_sites.setText(self._sites_text(sites, whole))

    def _sites_text(self, sites, kept: bool) -> str:
        if len(sites) == 1:
            return (self.tr("Stop Keeping {site}") if kept else self.tr("Keep {site}")).format(site=sites[0])
        if not sites:
            return self.tr("Keep the Chosen &Sites")
        return fmt.plural(self.tr("Stop Keeping %n Site(s)", "", len(sites)) if kept
                          else self.tr("Keep %n Site(s)", "", len(sites)), len(sites))

    # --- the toggles ---------------------------------------------------------------------

    def _toggle_cookies(self) -> None:
        self.toggle_cookies(self._selection.cookies())

    def toggle_cookies(self, cookies) -> None:
        if self._all_kept(cookies):
            self.keep.unkeep_cookies(cookies)
        else:
            self.keep.keep_cookies(cookies)

    def _toggle_sites(self) -> None:
        self.toggle_sites(sorted(self._site_view.selected_sites()))

    def toggle_sites(self, sites) -> None:
        if sites and all(s in self.keep.kept_sites() for s in sites):
            self.keep.unkeep_sites(sites)
        else:
            self.keep.keep_sites(sites)

    def add_to_menu(self, menu: QMenu, cookie, sites) -> None:
        """Context menus' entries: the clicked cookie (with the selection), or the sites."""
        menu.addSeparator()
        if cookie is not None:
            chosen = self._selection.cookies() or [cookie]
            kept = self._all_kept(chosen)
            action = menu.addAction(icon("pin"), self.tr("Stop Keeping") if kept else self.tr("Keep"))
            action.setCheckable(True)
            action.setChecked(kept)
            action.triggered.connect(lambda: self.toggle_cookies(chosen))
        whole = all(s in self.keep.kept_sites() for s in sites)
        action = menu.addAction(icon("pin"), self._sites_text(sites, whole))
        action.setCheckable(True)
        action.setChecked(whole)
        action.triggered.connect(lambda: self.toggle_sites(sites))

    # --- asking before a selection deletes kept cookies -------------------------------------

    def ask_kept(self, kept: int, total: int):
        """True: delete the kept ones too; False: leave them; None: cancel."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete Kept Cookies?"),
                          fmt.plural(self.tr("%n of the selected cookies are on your keep list.", "", kept), kept),
                          QMessageBox.StandardButton.Cancel, self._parent)
        box.setInformativeText(self.tr("Clean-ups and bulk deletions never remove them. Delete them anyway?"))
        leave = box.addButton(self.tr("Leave Them"), QMessageBox.ButtonRole.AcceptRole)
        anyway = box.addButton(self.tr("Delete Them Too"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(leave)
        box.exec()
        clicked = box.clickedButton()
        return True if clicked is anyway else False if clicked is leave else None

    # --- the keep-list view ----------------------------------------------------------------

    def show_keep_list(self) -> None:
        if self.dialog is None:
            self.dialog = KeepListDialog(self.keep, self._parent)
        self.dialog.refresh()
        self.dialog.show()
        self.dialog.raise_()
