"""Helpers shared by the window tests: a window over given stores, and reading the table as a user sees it."""
from __future__ import annotations

import hashlib

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRect, QSettings, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionHeader, QStyleOptionViewItem

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


def title_shown(header, section: int) -> tuple[str, bool]:
    """What a header section paints of its title, as the style lays it out in the section's own
    rectangle: the text elided to the label's room, and whether it ends clear of the sort arrow
    (Fusion draws the arrow over a title that its label's room still holds)."""
    text = header.model().headerData(section, header.orientation()) or ""
    option = QStyleOptionHeader()
    option.initFrom(header)
    option.state |= QStyle.StateFlag.State_Horizontal
    option.orientation = header.orientation()
    option.section = section
    option.text = text
    arrow = header.isSortIndicatorShown() and header.sortIndicatorSection() == section
    option.sortIndicator = (QStyleOptionHeader.SortIndicator.SortDown if arrow
                            else QStyleOptionHeader.SortIndicator.None_)
    option.rect = QRect(header.sectionViewportPosition(section), 0, header.sectionSize(section), header.height())
    style = header.style()
    label = style.subElementRect(QStyle.SubElement.SE_HeaderLabel, option, header)
    metrics = header.fontMetrics()
    icon = header.model().headerData(section, header.orientation(), Qt.ItemDataRole.DecorationRole)
    left = label.left() + (style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, option, header) + 2 if icon else 0)
    room = label.right() + 1 - left
    shown = metrics.elidedText(text, header.textElideMode(), room) if text else ""
    end = left + metrics.horizontalAdvance(shown)
    clear = not arrow or end <= style.subElementRect(QStyle.SubElement.SE_HeaderArrow, option, header).left()
    return shown, clear


def cut_titles(header) -> list[str]:
    """The titles of the shown sections that are cut, or that the sort arrow covers."""
    cut = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        title = header.model().headerData(section, header.orientation()) or ""
        shown, clear = title_shown(header, section)
        if shown != title or not clear:
            cut.append(f"{title or section} as {shown!r}" + ("" if clear else " under the arrow"))
    return cut


def painted_text(view, index) -> str:
    """The text a cell paints: elided by the view's mode (or its delegate's) into the room the
    style's layout of the cell leaves it, beside its icon."""
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    view.itemDelegateForIndex(index).initStyleOption(option, index)
    style = view.style()
    text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    return option.fontMetrics.elidedText(option.text, option.textElideMode, text_rect.width() - 2 * margin)
