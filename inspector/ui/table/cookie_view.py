"""The cookie table view: columns that resize, move and hide, a chip for categories, copy as text."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView

from inspector.ui.table.columns import Column
from inspector.ui.table.delegates import CategoryChipDelegate, MiddleElideDelegate
from inspector.ui.table.empty_state import EmptyState

# Widths in average characters, so they follow the font and the screen's scale.
# Together they fit a 1600-pixel window beside the site list, Findings included; on a
# smaller screen Purpose, which takes the room left over, is the first to give way.
_DEFAULT_WIDTHS = {
    Column.NAME: 15, Column.PROVIDER: 13, Column.PURPOSE: 14, Column.CATEGORY: 13, Column.HOST: 17,
    Column.PATH: 5, Column.EXPIRES: 12, Column.WHERE: 15, Column.FLAGS: 12, Column.STATUS: 14,
    Column.FINDINGS: 12,
}
# How far each column may give way, in characters, so a laptop-sized window shows every
# column (text elides) instead of pushing the last ones behind a horizontal scroll bar.
_MIN_WIDTHS = {
    Column.NAME: 10, Column.PROVIDER: 8, Column.PURPOSE: 9, Column.CATEGORY: 10, Column.HOST: 11,
    Column.PATH: 4, Column.EXPIRES: 12, Column.WHERE: 11, Column.FLAGS: 7, Column.STATUS: 12,
    Column.FINDINGS: 9,
}
DEFAULT_SORT = (Column.HOST, Qt.SortOrder.AscendingOrder)  # Session.sort_hint starts the same


class CookieView(QTableView):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Cookies"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setTabKeyNavigation(False)  # Tab leaves the table, as in every other list
        rows = self.verticalHeader()
        rows.hide()
        # One fixed height for every row: 200,000 rows never get measured.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 9)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)  # no dead strip at the right edge
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(lambda pos: self.columns_menu().exec(header.mapToGlobal(pos)))
        self._fitting = False
        # Only a drag (or double-click) on the header is the user sizing a column; the
        # header's own stretching of the last section on every resize must not count.
        self._user_sizing = False
        header.viewport().installEventFilter(self)
        self._auto_fit = False
        header.sectionResized.connect(self._section_resized)
        self.setItemDelegateForColumn(Column.CATEGORY, CategoryChipDelegate(self))
        self.setItemDelegateForColumn(Column.HOST, MiddleElideDelegate(self))
        self.empty_state = EmptyState(self)

        self.copy_action = QAction(self.tr("&Copy"), self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.setToolTip(self.tr("Copy the selected rows as text (never their values)"))
        self.copy_action.triggered.connect(self.copy_selection)
        self.addAction(self.copy_action)

    def setModel(self, model) -> None:
        super().setModel(model)
        self.reset_columns()

    def reset_columns(self) -> None:
        header = self.horizontalHeader()
        self._fitting = True
        for column in Column:
            header.showSection(column)
            header.moveSection(header.visualIndex(column), column)
            header.resizeSection(column, self._default_width(column))
        self._fitting = False
        header.setSortIndicator(*DEFAULT_SORT)
        self.set_auto_fit(True)
        self.setSortingEnabled(True)

    def _default_width(self, column: Column) -> int:
        return self._chars_wide(_DEFAULT_WIDTHS[column])

    def _min_width(self, column: Column) -> int:
        return self._chars_wide(_MIN_WIDTHS[column])

    def _chars_wide(self, chars: int) -> int:
        return chars * self.fontMetrics().averageCharWidth() + 16

    def fit_columns(self) -> None:
        """Default widths, with the room they leave over given to Purpose, the column people read most.

        When the table is narrower than that, every column gives way in proportion to how
        far it may shrink, so all of them stay in view as long as the minimums fit.
        Done again at every resize until the user sizes a column by hand (or settings bring
        saved widths): the window settles its size only after it is shown.
        """
        header = self.horizontalHeader()
        visible = [c for c in Column if not header.isSectionHidden(c)]
        widths = {c: self._default_width(c) for c in visible}
        free = self.viewport().width() - sum(widths.values())
        if free >= 0:
            if Column.PURPOSE in widths:
                widths[Column.PURPOSE] += free
        else:
            slack = {c: widths[c] - self._min_width(c) for c in visible}
            total = sum(slack.values())
            give, given, running = min(-free, total), 0, 0
            for c in visible:  # shares by cumulative rounding, so they add up to exactly `give`
                running += slack[c]
                share = give * running // total if total else 0
                widths[c] -= share - given
                given = share
        self._fitting = True
        try:
            for column in visible:
                header.resizeSection(column, widths[column])
        finally:
            self._fitting = False

    def set_auto_fit(self, on: bool) -> None:
        self._auto_fit = on
        if on:
            self.fit_columns()

    def _section_resized(self, *_args) -> None:
        if self._user_sizing and not self._fitting:
            self._auto_fit = False  # the user's widths win from now on

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            self._user_sizing = True
        elif kind == QEvent.Type.MouseButtonRelease:
            self._user_sizing = False
        return super().eventFilter(watched, event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._auto_fit:
            self.fit_columns()

    def columns_menu(self) -> QMenu:
        """Show or hide each column (at least one stays), and reset them all."""
        menu = QMenu(self.tr("Columns"), self)
        header = self.horizontalHeader()
        model = self.model()
        visible = [c for c in Column if not header.isSectionHidden(c)]
        for column in Column:
            action = menu.addAction(model.headerData(column, Qt.Orientation.Horizontal))
            action.setCheckable(True)
            action.setChecked(column in visible)
            action.setEnabled(not (column in visible and len(visible) == 1))
            action.toggled.connect(lambda on, c=column: header.setSectionHidden(c, not on))
        menu.addSeparator()
        menu.addAction(self.tr("&Reset columns"), self.reset_columns)
        return menu

    def visible_columns(self) -> list[int]:
        header = self.horizontalHeader()
        return [header.logicalIndex(v) for v in range(header.count())
                if not header.isSectionHidden(header.logicalIndex(v))]

    def copy_selection(self) -> None:
        """Selected rows as tab-separated text, visible columns in their shown order (no values)."""
        model = self.model()
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        if not rows:
            return
        columns = self.visible_columns()
        lines = ["\t".join(model.headerData(c, Qt.Orientation.Horizontal) for c in columns)]
        for row in rows:
            lines.append("\t".join(str(model.index(row, c).data() or "") for c in columns))
        QGuiApplication.clipboard().setText("\n".join(lines) + "\n")
