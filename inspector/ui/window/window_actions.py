"""The window's actions, and the menus and toolbar that place them with each feature's (deletion's)."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from inspector.ui.formatting import tr
from inspector.ui.icons import icon


@dataclass
class Actions:
    open_policy: QAction
    quit: QAction
    find: QAction
    clear_filters: QAction
    refresh: QAction
    stores: QAction
    details: QAction
    go_sites: QAction
    go_cookies: QAction
    go_details: QAction
    reveal: QAction
    about: QAction
    about_qt: QAction
    export_report: QAction
    export_cookies: QAction


def _action(window, text: str, shortcut=None, icon_name: str | None = None, tip: str | None = None) -> QAction:
    action = QAction(text, window)
    if icon_name:
        action.setIcon(icon(icon_name))
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setToolTip(tip)
        action.setStatusTip(tip)
    window.addAction(action)  # shortcuts work even with the menu bar hidden
    return action


def create_actions(window: QMainWindow) -> Actions:
    SK = QKeySequence.StandardKey
    actions = Actions(
        open_policy=_action(window, tr("&Open Policy…"), SK.Open, "open-policy",
                            tr("Load another cookie policy file")),
        quit=_action(window, tr("&Quit")),
        find=_action(window, tr("&Find…"), SK.Find, "search", tr("Filter the cookies")),
        clear_filters=_action(window, tr("C&lear Filters"), "Ctrl+Shift+L", "clear-filters",
                              tr("Clear every filter and show all cookies")),
        refresh=_action(window, tr("&Refresh"), SK.Refresh, "refresh", tr("Read the cookie stores again")),
        stores=_action(window, tr("&Stores…"), "Ctrl+Shift+S", "stores",
                       tr("Every cookie store found, with its errors")),
        details=_action(window, tr("&Details Pane"), "Ctrl+D", None, tr("Show or hide the cookie details")),
        go_sites=_action(window, tr("Go to S&ites"), "Ctrl+1"),
        go_cookies=_action(window, tr("Go to Coo&kies"), "Ctrl+2"),
        go_details=_action(window, tr("Go to De&tails"), "Ctrl+3"),
        reveal=_action(window, tr("&Reveal Value"), "Ctrl+Shift+R", "reveal",
                       tr("Decrypt and show the selected cookie's value")),
        about=_action(window, tr("&About Consent Inspector")),
        about_qt=_action(window, tr("About &Qt")),
        export_report=_action(window, tr("&Export Report…"), "Ctrl+E", "export-report",
                              tr("Save the shown cookies' findings as HTML, CSV or JSON (never their values)")),
        export_cookies=_action(window, tr("Export &Cookies (cookies.txt)…"), None, "export-cookies",
                               tr("Save the shown cookies with their values for curl or yt-dlp (asks first)")),
    )
    # F5 is the Refresh key on every platform; Linux desktops do not all map StandardKey.Refresh to it.
    actions.refresh.setShortcuts([QKeySequence(Qt.Key.Key_F5), QKeySequence(SK.Refresh)])
    # Some platforms bind no key to StandardKey.Quit (Windows); Ctrl+Q is what people try.
    actions.quit.setShortcuts(QKeySequence.keyBindings(SK.Quit) or [QKeySequence("Ctrl+Q")])
    actions.quit.setMenuRole(QAction.MenuRole.QuitRole)
    actions.about.setMenuRole(QAction.MenuRole.AboutRole)
    actions.about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
    actions.details.setCheckable(True)
    actions.details.setChecked(True)
    return actions


def build_menus(window: QMainWindow, actions: Actions, deletion, columns_menu_factory, cookie_sort_factory,
                site_sort_factory, policy_entries=(), language_menu: QMenu | None = None) -> QMenu:
    """Every menu of the menu bar; `deletion` is the DeletionActions whose commands go into Edit and View;
    `policy_entries` the policy library's commands, for the File menu."""
    bar = window.menuBar()
    _fill(bar.addMenu(tr("&File")), [*policy_entries, actions.open_policy, None,
                                     actions.export_report, actions.export_cookies, None,
                                     actions.quit])

    edit_menu = bar.addMenu(tr("&Edit"))
    _fill(edit_menu, [deletion.undo, None,
                      window.cookie_view.copy_action, actions.reveal, None,
                      actions.find, actions.clear_filters, None,
                      deletion.delete, deletion.delete_sites, deletion.category_menu, deletion.delete_undeclared])
    edit_menu.aboutToShow.connect(deletion.update_state)

    view_menu = bar.addMenu(tr("&View"))
    _fill(view_menu, [actions.refresh, actions.stores, None, actions.details])
    # Rebuilt each time they open, so they show the columns and order of this moment.
    for title, factory in ((tr("&Columns"), columns_menu_factory),
                           (tr("Sort C&ookies By"), cookie_sort_factory),
                           (tr("Sort Sit&es By"), site_sort_factory)):
        submenu = view_menu.addMenu(title)
        submenu.aboutToShow.connect(lambda m=submenu, f=factory: _refill(m, f()))
    _fill(view_menu, [None, actions.go_sites, actions.go_cookies, actions.go_details, None, deletion.history])
    if language_menu is not None:
        _fill(view_menu, [None, language_menu])

    help_menu = bar.addMenu(tr("&Help"))
    _fill(help_menu, [actions.about, actions.about_qt])
    return help_menu  # the last menu: the features' own menus go before it


def _fill(widget: QMenu | QToolBar, entries: list) -> None:
    """Actions and submenus in order; None is a separator."""
    for entry in entries:
        if entry is None:
            widget.addSeparator()
        elif isinstance(entry, QMenu):
            widget.addMenu(entry)
        else:
            widget.addAction(entry)


def _refill(menu, source) -> None:
    """Move a freshly built menu's actions (and their exclusive groups) into `menu`."""
    menu.clear()  # deletes the actions it owns
    for group in menu.findChildren(QActionGroup):
        group.deleteLater()
    for group in source.findChildren(QActionGroup):
        group.setParent(menu)
    for action in source.actions():
        action.setParent(menu)
        menu.addAction(action)
    source.deleteLater()


def build_toolbar(window: QMainWindow, actions: Actions, deletion) -> QToolBar:
    toolbar = QToolBar(tr("Main toolbar"), window)
    toolbar.setObjectName("mainToolbar")  # saveState() needs a name
    toolbar.setMovable(False)
    toolbar.setIconSize(QSize(20, 20))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    _fill(toolbar, [actions.refresh, actions.open_policy, actions.stores, None, deletion.delete, deletion.undo])
    window.addToolBar(toolbar)
    return toolbar
