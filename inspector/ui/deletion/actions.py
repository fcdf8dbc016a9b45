"""The delete, undo and history commands: their actions, the entries they add to context menus, when each is enabled."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from inspector.ui import formatting as fmt
from inspector.ui.deletion.flow import DeletionFlow
from inspector.ui.icons import icon
from inspector.ui.sites.site_view import SiteView
from inspector.ui.table.cookie_selection import CookieSelection
from inspector.ui import deferred
from inspector.ui.workspace.session import Session


def _choice():
    return deferred.domain().deletion_choice


class DeletionActions(QObject):
    """The commands over what `session` has loaded: the cookies chosen in `selection`, or the sites
    chosen in `site_view`. Actions live on `parent`, so their shortcuts work with the menu bar hidden."""

    def __init__(self, flow: DeletionFlow, session: Session, selection: CookieSelection, site_view: SiteView,
                 parent: QWidget):
        super().__init__(parent)
        self.flow = flow
        self._session = session
        self._selection = selection
        self._site_view = site_view
        self._parent = parent
        SK = QKeySequence.StandardKey
        self.delete = self._action(self.tr("&Delete Cookies…"), icon("delete"),
                                   self.tr("Delete the selected cookies from their browsers (asks first)"))
        self.delete.setShortcuts(QKeySequence.keyBindings(SK.Delete) or [QKeySequence(Qt.Key.Key_Delete)])
        self.delete.setIconText(self.tr("Delete"))
        self.delete_sites = self._action(self.tr("Delete All Cookies of the Selected &Sites…"), None,
                                         self.tr("Delete every cookie of the sites chosen in the site list"))
        self.delete_sites.setShortcut(QKeySequence("Shift+Del"))
        self.delete_undeclared = self._action(self.tr("Delete U&ndeclared Cookies of This Site…"), None,
                                              self.tr("Delete the cookies the site's policy does not declare"))
        self.category_menu = QMenu(self.tr("Delete Cookies of a &Category"), parent)
        self.category_menu.setIcon(icon("delete"))
        self.category_menu.aboutToShow.connect(lambda: self._fill_categories(self.category_menu, self._one_site()))
        self.undo = self._action(self.tr("&Undo Deletion"), icon("undo"),
                                 self.tr("Put back the cookies of the latest deletion"))
        self.undo.setShortcuts(QKeySequence.keyBindings(SK.Undo))
        self.undo.setIconText(self.tr("Undo"))
        self.undo.setEnabled(False)
        self.history = self._action(self.tr("Deletion &History…"), icon("history"),
                                    self.tr("Past deletions, and restoring any of them"))
        self.history.setShortcut(QKeySequence("Ctrl+H"))
        self.keep = None  # the window's KeepState (ui/cleanup): bulk deletions leave what it keeps
        self.keep_asked = None  # (kept count, total) -> True: delete them too, False: leave them, None: cancel
        self.menu_extensions: list = []  # callables (menu, cookie or None, sites) adding entries of other commands

        self.delete.triggered.connect(lambda: self.delete_selection(self._selection.cookies()))
        self.delete_sites.triggered.connect(lambda: self.delete_sites_cookies(self._sites()))
        self.delete_undeclared.triggered.connect(lambda: self.delete_undeclared_of(self._one_site()))
        self.undo.triggered.connect(lambda: self.flow.undo())
        self.history.triggered.connect(self.flow.show_history)
        self.flow.undoable_changed.connect(self.update_state)
        self.flow.busy_changed.connect(self.update_state)
        session.loaded.connect(self.update_state)
        selection.changed.connect(self.update_state)
        site_view.selectionModel().selectionChanged.connect(self.update_state)
        self.update_state()

    def _action(self, text: str, action_icon, tip: str) -> QAction:
        action = QAction(text, self._parent)
        if action_icon is not None:
            action.setIcon(action_icon)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        self._parent.addAction(action)  # shortcuts work with the menu bar hidden
        return action

    # --- context menus' entries ---------------------------------------------------------

    def add_to_cookie_menu(self, menu: QMenu, cookie) -> None:
        """The cookie table's context menu: delete the selection, or the clicked cookie's site's."""
        menu.addSeparator()
        menu.addAction(self.delete)
        self._add_site_entries(menu, cookie.site)
        for extend in self.menu_extensions:
            extend(menu, cookie, [cookie.site])

    def add_to_site_menu(self, menu: QMenu, sites: list[str]) -> None:
        """The site list's context menu, over these chosen sites (one: its every command)."""
        if len(sites) > 1:
            action = menu.addAction(icon("delete"), self._sites_text(sites))
            action.triggered.connect(lambda: self.delete_sites_cookies(sites))
        else:
            self._add_site_entries(menu, sites[0])
        for extend in self.menu_extensions:
            extend(menu, None, sites)

    def _add_site_entries(self, menu: QMenu, site: str) -> None:
        enabled = not self.flow.busy
        every = menu.addAction(self._sites_text([site]))
        every.triggered.connect(lambda: self.delete_sites_cookies([site]))
        categories = menu.addMenu(self.tr("Delete Cookies of a Category on {site}").format(site=site))
        self._fill_categories(categories, site)
        undeclared = len(_choice().undeclared_of(self._cookies(), site))
        action = menu.addAction(fmt.plural(self.tr("Delete %n Undeclared Cookie(s) of {site}…", "", undeclared),
                                           undeclared).format(site=site))
        action.triggered.connect(lambda: self.delete_undeclared_of(site))
        every.setEnabled(enabled)
        categories.setEnabled(enabled and not categories.isEmpty())
        action.setEnabled(enabled and undeclared > 0)

    def _fill_categories(self, menu: QMenu, site: str | None) -> None:
        menu.clear()
        if site is None:
            menu.addAction(self.tr("Choose one site first")).setEnabled(False)
            return
        table = self._session.table
        policy = self._session.current.policy
        for cid, (declared, guessed) in _choice().categories_on_site(table.cookies, site,
                                                                     table.describer.describe).items():
            declared_as = policy.categories.get(cid)
            action = menu.addAction(self.tr("{category} ({counts})…").format(
                category=fmt.category_title(policy, cid, table.lang), counts=fmt.on_whose_word(declared, guessed)))
            if declared_as is not None:
                action.setToolTip(declared_as.description.get(table.lang))
            action.triggered.connect(lambda _=False, c=cid: self.delete_category_of(site, c))
        if menu.isEmpty():
            menu.addAction(self.tr("No cookie of {site} has a known category").format(site=site)).setEnabled(False)

    # --- what each command covers (the domain decides) ---------------------------------

    def _cookies(self) -> list:
        table = self._session.table
        return table.cookies if table is not None else []

    def delete_sites_cookies(self, sites) -> None:
        self._bulk(_choice().cookies_of_sites(self._cookies(), sites))

    def delete_category_of(self, site: str, category_id: str) -> None:
        table = self._session.table
        self._bulk(_choice().of_category(self._cookies(), site, category_id, table.describer.describe))

    def delete_undeclared_of(self, site: str | None) -> None:
        if site is not None:
            self._bulk(_choice().undeclared_of(self._cookies(), site))

    def delete_keys(self, keys) -> None:
        """The cookies with these CookieKeys (those against a consent choice): a bulk deletion."""
        wanted = set(keys)
        self._bulk([c for c in self._cookies() if c.record.key in wanted])

    def _bulk(self, cookies: list) -> None:
        """A site, a category, the undeclared ones: never what the keep list keeps."""
        if self.keep is not None:
            if not self._keep_list_usable():
                return
            cookies, _kept = self.keep.split(cookies)
        self.flow.delete(cookies)

    def delete_selection(self, cookies: list) -> None:
        """The user's own selection: kept cookies in it are asked about first."""
        if self.keep is not None and cookies:
            if not self._keep_list_usable():
                return
            go, kept = self.keep.split(cookies)
            if kept:
                answer = self.keep_asked(len(kept), len(cookies)) if self.keep_asked is not None else False
                if answer is None:
                    return
                if not answer:
                    cookies = go
        self.flow.delete(cookies)

    def _keep_list_usable(self) -> bool:
        if self.keep.broken is not None:
            self.flow.show_problem(self.tr("Nothing is deleted while the keep list cannot be read."),
                                   [self.keep.broken_text])
            return False
        return True

    def _sites(self) -> list[str]:
        """The sites chosen in the site list; with 'All sites', those of the selected cookies."""
        sites = self._site_view.selected_sites()
        if sites:
            return sorted(sites)
        return sorted({c.site for c in self._selection.cookies()})

    def _one_site(self) -> str | None:
        sites = self._sites()
        return sites[0] if len(sites) == 1 else None

    def _sites_text(self, sites: list[str]) -> str:
        if len(sites) == 1:
            return self.tr("Delete All Cookies of {site}…").format(site=sites[0])
        return fmt.plural(self.tr("Delete All Cookies of %n Site(s)…", "", len(sites)), len(sites))

    @Slot()
    def update_state(self, *_args) -> None:
        idle = not self.flow.busy and self._session.table is not None
        selected = self._selection.has_selection()
        sites = self._sites() if idle else []
        self.delete.setEnabled(idle and selected)
        self.delete_sites.setEnabled(bool(sites))
        self.delete_sites.setText(self._sites_text(sites) if sites else
                                  self.tr("Delete All Cookies of the Selected &Sites…"))
        one = sites[0] if len(sites) == 1 else None
        self.delete_undeclared.setEnabled(one is not None)
        self.delete_undeclared.setText(self.tr("Delete Undeclared Cookies of {site}…").format(site=one) if one
                                       else self.tr("Delete U&ndeclared Cookies of This Site…"))
        self.category_menu.setEnabled(one is not None)
        self.category_menu.setTitle(self.tr("Delete Cookies of a Category on {site}").format(site=one) if one
                                    else self.tr("Delete Cookies of a &Category"))
        self.undo.setEnabled(not self.flow.busy and self.flow.undoable)

