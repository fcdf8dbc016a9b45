"""The cookie table's and the site list's context menus, assembled from the window's actions and deletion's entries."""
from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from inspector.ui.deletion.actions import DeletionActions
from inspector.ui.roles import COOKIE_ROLE, RECORD_ROLE
from inspector.ui.sites.site_view import SiteView
from inspector.ui.table.cookie_view import CookieView


class ContextMenus(QObject):
    def __init__(self, cookie_view: CookieView, site_view: SiteView, clear_filters: QAction,
                 deletion: DeletionActions, parent: QObject | None = None, policies=None):
        super().__init__(parent)
        self._policies = policies  # PolicyActions, for "Add a Site's Policy…"
        self._cookie_view = cookie_view
        self._site_view = site_view
        self._clear_filters = clear_filters
        self._deletion = deletion
        for view, slot in ((cookie_view, self._cookie_menu), (site_view, self._site_menu)):
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(slot)

    @Slot(QPoint)
    def _cookie_menu(self, pos: QPoint) -> None:
        view = self._cookie_view
        index = view.indexAt(pos)
        if not index.isValid():
            return
        cookie = index.data(COOKIE_ROLE)
        menu = QMenu(view)
        menu.addAction(view.copy_action)
        menu.addSeparator()
        only = menu.addAction(self.tr("Show Only {site}").format(site=cookie.site))
        only.triggered.connect(lambda: self._site_view.select_sites([cookie.site]))
        menu.addAction(self._clear_filters)
        self._deletion.add_to_cookie_menu(menu, cookie)
        menu.exec(view.viewport().mapToGlobal(pos))

    @Slot(QPoint)
    def _site_menu(self, pos: QPoint) -> None:
        view = self._site_view
        index = view.indexAt(pos)
        site = index.data(RECORD_ROLE) if index.isValid() else None
        if site is None:  # 'All sites'
            return
        if site not in view.selected_sites():
            view.select_sites([site])
        menu = QMenu(view)
        self._deletion.add_to_site_menu(menu, sorted(view.selected_sites()) or [site])
        if self._policies is not None:
            self._policies.add_to_site_menu(menu, site)
        menu.exec(view.viewport().mapToGlobal(pos))
