"""Helpers shared by the window tests: a window over given stores, and reading the table as a user sees it."""
from __future__ import annotations

import hashlib

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QSettings, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from inspector.domain.stores.demo import demo_stores
from inspector.ui.table.columns import Column
from inspector.ui.window.main_window import MainWindow
from inspector.ui.roles import COOKIE_ROLE
from inspector.ui.workspace.session import Session
from inspector.ui.workspace.sources import FixedStores
from inspector.ui.tasks import InlineRunner


def make_window(qtbot, tmp_path, stores=None, source=None, runner=None, policy=None, watch=False,
                settings: QSettings | None = None, start=True) -> MainWindow:
    """A main window over `stores` (or `source`), loading inline unless another runner is given."""
    runner = runner or InlineRunner()
    if source is None:
        source = FixedStores(stores if stores is not None else demo_stores(str(tmp_path / "demo")))
    session = Session(source, policy, runner, lang="en", watch=watch)
    if settings is None:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(session, runner, settings)
    qtbot.addWidget(window)
    if start:
        session.start()
    return window


def visible_rows(window) -> list[dict]:
    """Every row the table shows, as the cells' texts plus the cookie behind the row."""
    proxy = window.proxy
    rows = []
    for row in range(proxy.rowCount()):
        cells = {column: proxy.index(row, column).data() for column in Column}
        cells["cookie"] = proxy.index(row, 0).data(COOKIE_ROLE)
        cells["expires_tip"] = proxy.index(row, Column.EXPIRES).data(Qt.ItemDataRole.ToolTipRole)
        rows.append(cells)
    return rows


def shown_names(window) -> list[tuple[str, str]]:
    """(browser, cookie name) of each visible row, sorted: what a user checks a filter by."""
    return sorted((r["cookie"].record.browser, r[Column.NAME]) for r in visible_rows(window))


def select_cookie(window, name: str, browser: str | None = None) -> int:
    proxy = window.proxy
    for row in range(proxy.rowCount()):
        cookie = proxy.index(row, 0).data(COOKIE_ROLE)
        if cookie.record.name == name and (browser is None or cookie.record.browser == browser):
            window.cookie_view.selectRow(row)
            return row
    raise LookupError(name)


def status_text(window) -> str:
    """The status bar's 'Showing…' text, once the counts that wait for a pause in typing are in."""
    QApplication.processEvents()
    return window.status.shown.text()


def digest(text: str) -> str:
    """Compare cookie values by digest, so a failing assertion never prints one."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def drag_column_edge(header, column: int, dx: int) -> int:
    """Drag the right edge of a header section by dx pixels, as a mouse does; returns its new width.

    The events are sent by hand: QTest's mouse moves carry no pressed button.
    """
    widget = header.viewport()
    y = header.height() / 2
    edge = header.sectionViewportPosition(column) + header.sectionSize(column) - 1
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    for kind, x, button, buttons in ((QEvent.Type.MouseButtonPress, edge, left, left),
                                     (QEvent.Type.MouseMove, edge + dx / 2, none, left),
                                     (QEvent.Type.MouseMove, edge + dx, none, left),
                                     (QEvent.Type.MouseButtonRelease, edge + dx, left, none)):
        local = QPointF(x, y)
        event = QMouseEvent(kind, local, widget.mapToGlobal(local), button, buttons, Qt.KeyboardModifier.NoModifier)
        QCoreApplication.sendEvent(widget, event)
    return header.sectionSize(column)
