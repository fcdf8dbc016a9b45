"""The cookie table view: columns that resize, move and hide, a chip for categories, copy as text."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFontMetrics, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QStyle, QTableView

from inspector.domain.codes import CATEGORIES, STATUSES
from inspector.ui import formatting as fmt
from inspector.ui.table.columns import Column
from inspector.ui.header_fit import title_width
from inspector.ui.table.delegates import CHIP_PADDING, CategoryChipDelegate, LeftElideDelegate
from inspector.ui.table.empty_state import EmptyState

# Widths in average characters, so they follow the font and the screen's scale. A column
# is as wide as its widest text (measured on a sample of rows) up to its cap; Purpose,
# whose sentences never fit, takes the room left over and is the first to give way.
_CAPS = {
    Column.NAME: 22, Column.SITE: 20, Column.PROVIDER: 20, Column.PURPOSE: 14, Column.CATEGORY: 16,
    Column.HOST: 26, Column.PATH: 10, Column.EXPIRES: 14, Column.WHERE: 24, Column.FLAGS: 24,
    Column.STATUS: 20, Column.FINDINGS: 30,
}
# How far each column may give way, in characters, so a laptop-sized window shows every
# column (text elides) instead of pushing the last ones behind a horizontal scroll bar.
# Status and Findings are short and matter: they give way only when nothing else can.
# Column titles and category chips are not in these minimums: they stay whole in any language.
_MIN_WIDTHS = {
    Column.NAME: 9, Column.SITE: 9, Column.PROVIDER: 8, Column.PURPOSE: 8, Column.CATEGORY: 9,
    Column.HOST: 11, Column.PATH: 4, Column.EXPIRES: 11, Column.WHERE: 12, Column.FLAGS: 6,
    Column.STATUS: 9, Column.FINDINGS: 9,
}
_KEPT = (Column.STATUS, Column.FINDINGS)  # shrink last, after every other column is at its minimum
# Findings as wide as "Consentement requis +1" (a label and how many more), in French too.
_KEPT_CHARS = 25
# Before the site list's names are cut, these give way down to their title: a provider and a purpose
# are guesses the details pane words in full, a path is mostly "/", flags are a few words.
_LESSER = (Column.PROVIDER, Column.PURPOSE, Column.PATH, Column.FLAGS)
_SAMPLE = 200  # rows measured for the widths: the first ones shown, and as many spread over the rest
DEFAULT_SORT = (Column.HOST, Qt.SortOrder.AscendingOrder)  # Session.sort_hint starts the same


class CookieView(QTableView):
    # The columns' wanted widths were measured anew (a scan, findings arriving): the window may
    # share its width between the site list and the table again.
    columns_measured = Signal()

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
        self._widths: dict | None = None  # _content_widths(), until the rows change
        self._titles: tuple | None = None  # (sorted column, {column: title width}), until either changes
        # Only a drag (or double-click) on the header is the user sizing a column; the
        # header's own stretching of the last section on every resize must not count.
        self._user_sizing = False
        header.viewport().installEventFilter(self)
        self._auto_fit = False
        header.sectionResized.connect(self._section_resized)
        header.sortIndicatorChanged.connect(self._sort_changed)
        self.setItemDelegateForColumn(Column.CATEGORY, CategoryChipDelegate(self))
        self._left_elide = LeftElideDelegate(self)  # hosts and sites keep their registrable end
        self.setItemDelegateForColumn(Column.HOST, self._left_elide)
        self.setItemDelegateForColumn(Column.SITE, self._left_elide)
        self.empty_state = EmptyState(self)

        self.copy_action = QAction(self.tr("&Copy"), self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.setToolTip(self.tr("Copy the selected rows as text (never their values)"))
        self.copy_action.triggered.connect(self.copy_selection)
        self.addAction(self.copy_action)

    def focusInEvent(self, event) -> None:
        """Moving into the table (Tab, Shift+Tab, a shortcut) with nothing selected selects the
        current row, or the first: what the keyboard acts on is then what the user sees marked."""
        super().focusInEvent(event)
        moved_in = event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
                                      Qt.FocusReason.ShortcutFocusReason)
        model, selection = self.model(), self.selectionModel()
        if not moved_in or model is None or selection is None or selection.hasSelection() or not model.rowCount():
            return
        current = self.currentIndex()
        index = current if current.isValid() else model.index(0, 0)
        flags = QItemSelectionModel.SelectionFlag
        selection.setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        self.scrollTo(index)

    def setModel(self, model) -> None:
        super().setModel(model)
        self._widths = None
        # Measured again for a new scan and when findings arrive, not at every filter or sort:
        # columns that jumped as the user types would be worse than a cut cell.
        source = model.sourceModel() if hasattr(model, "sourceModel") else model
        if source is not None:
            source.modelReset.connect(self._forget_widths)
            source.dataChanged.connect(self._data_changed)
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
        """The column's widest text (header included) in the measured rows, up to its cap."""
        wanted = self._content_widths().get(column)
        cap = self._chars_wide(_CAPS[column])
        return cap if wanted is None or column == Column.PURPOSE else max(min(wanted, cap), self._min_width(column))

    def _min_width(self, column: Column, titles: bool = True, chips: bool = True, floors: bool = True,
                   floor_cap: int | None = None, chars: int | None = None) -> int:
        """How far a column may give way: its minimum in characters (or `chars`), with `floors` what
        keeps its meaning readable (a site whole, a host down to its site, the browser and profile), with
        `chips` a category chip and a status whole, and with `titles` its title whole, sort arrow included."""
        widths = self._content_widths()
        least = self._chars_wide(_MIN_WIDTHS[column] if chars is None else min(chars, _MIN_WIDTHS[column]))
        if chips:
            least = max(least, widths.get(("chip", column), 0))
        floor = (widths.get(("floor", column)) or 0) if floors else 0
        if floor_cap is not None:
            floor = min(floor, self._chars_wide(floor_cap))
        cap = self._chars_wide(_CAPS[column])
        least = min(max(least, floor), cap)
        # A title is never capped: "Attributs" cut to "Attri…" names nothing.
        return max(least, self._title_widths()[column]) if titles else least

    def _min_short_floor(self, column: Column) -> int:
        """Titles and chips whole; a site, host or browser and profile down to 16 characters
        ("Firefox · Demo" stays whole, "Chromium · Your Chro…" gives way before a title is cut)."""
        return self._min_width(column, floor_cap=16)

    def _min_kept(self, column: Column) -> int:
        """Status and Findings at their text's width, up to _KEPT_CHARS characters: a long list of findings
        ("Needs consent · Beyond 13 months") may be cut before a site or a store is."""
        return max(min(self._default_width(column), self._chars_wide(_KEPT_CHARS)), self._min_width(column))

    def _min_titled(self, column: Column) -> int:
        """Titles, chips and statuses whole, and a store's browser and profile (nothing else in the row
        says which browser holds the cookie); every other text may be cut (its tooltip has it), a site
        and a host down to their last characters ("…tropole.fr"), the site list beside saying the rest,
        and the columns that matter least down to their title (or four characters)."""
        return self._min_width(column, floors=column == Column.WHERE, floor_cap=16,
                               chars=4 if column in _LESSER else None)

    def _min_untitled(self, column: Column) -> int:
        return self._min_width(column, titles=False, floors=False)

    def _min_bare(self, column: Column) -> int:
        return self._min_width(column, titles=False, chips=False, floors=False)

    def _title_widths(self) -> dict:
        """Per column, the width that paints its title whole: only the sorted column keeps room
        for the arrow, so sorting by another column fits the columns again."""
        header = self.horizontalHeader()
        sorted_column = header.sortIndicatorSection() if header.isSortIndicatorShown() else -1
        if self._titles is None or self._titles[0] != sorted_column:
            self._titles = (sorted_column, {c: title_width(header, c, arrow=c == sorted_column) for c in Column})
        return self._titles[1]

    def _chars_wide(self, chars: int) -> int:
        return chars * self.fontMetrics().averageCharWidth() + 16

    def _content_widths(self) -> dict:
        """Per column, the pixels its widest text needs (margins, icon and chip included): measured
        once per model reset, and for Findings again when they arrive."""
        if self._widths is None:
            self._widths = self._measure()
        return self._widths

    def _forget_widths(self, *_args) -> None:
        self._widths = None
        self._titles = None
        # Fitted once the event loop runs again: after the proxy has caught up, and after
        # any saved widths the window restores meanwhile have turned fitting off.
        QTimer.singleShot(0, self, self._refit)

    def _refit(self) -> None:
        if self._auto_fit:
            self.fit_columns()
            self.columns_measured.emit()

    def _sort_changed(self, *_args) -> None:
        # The arrow moved to another column, whose title needs the arrow's room. Once the event
        # loop runs again: saved columns being restored bring their sort before turning fitting off.
        QTimer.singleShot(0, self, self._fit_if_auto)

    def _fit_if_auto(self) -> None:
        if self._auto_fit:
            self.fit_columns()

    def _data_changed(self, top, bottom, roles=()) -> None:
        if top.column() <= Column.FINDINGS <= bottom.column():
            self._forget_widths()

    def _measure(self) -> dict:
        model = self.model()
        if model is None:
            return {}
        metrics = self.fontMetrics()
        bold = self.font()
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        style = self.style()
        pad = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1) + 4
        icon = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, self) + 4
        header = self.horizontalHeader()
        rows = model.rowCount()
        step = max(1, rows // _SAMPLE)
        sample = sorted(set(range(min(rows, _SAMPLE))) | set(range(0, rows, step)))
        widths = {}
        for column in Column:
            # The title beside a sort arrow, whichever column is sorted, where there is room.
            widest = title_width(header, column, arrow=True)
            extra = pad + (icon if column in _KEPT else 0) + (CHIP_PADDING if column == Column.CATEGORY else 0)
            measure = bold_metrics if column == Column.STATUS else metrics
            seen = set()
            for row in (sample if column != Column.PURPOSE else ()):  # Purpose takes what is left anyway
                text = model.index(row, column).data()
                if text and text not in seen:
                    seen.add(text)
                    widest = max(widest, measure.horizontalAdvance(text) + extra)
            widths[column] = widest
        # A host cut at the left keeps at least its site ("…lillemetropole.fr"), and a store
        # at least its browser and profile ("Chromium · Default", not "Chromium · …").
        sites = {model.index(row, Column.SITE).data() or "" for row in sample}
        site = max(map(metrics.horizontalAdvance, sites), default=0) + pad
        widths[("floor", Column.SITE)] = site
        widths[("floor", Column.HOST)] = site + metrics.horizontalAdvance("…")
        stores = {" · ".join((model.index(row, Column.WHERE).data() or "").split(" · ")[:2]) for row in sample}
        # and the "…" after them: the store's file follows ("Firefox · Demo · cookies.sqlite")
        widths[("floor", Column.WHERE)] = (max(map(metrics.horizontalAdvance, stores), default=0) + pad
                                          + metrics.horizontalAdvance("…"))
        # A category chip and a status stay whole in any language and font (« Nécessaires »,
        # « Non déclaré »): they are short, and cut they mean nothing.
        chips = [fmt.category_word(c) for c in CATEGORIES]
        widths[("chip", Column.CATEGORY)] = max(map(metrics.horizontalAdvance, chips)) + pad + CHIP_PADDING
        statuses = [fmt.status(code) for code in STATUSES]
        widths[("chip", Column.STATUS)] = max(map(bold_metrics.horizontalAdvance, statuses)) + pad + icon
        return widths

    def fit_columns(self) -> None:
        """Each column as wide as its text, up to a cap; the room left over goes to Purpose.

        When the table is narrower than that, the columns give way in proportion to how
        far they may shrink (Status and Findings last), so all of them stay in view as
        long as the minimums fit.
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
            # Every other column gives way in proportion to how far it may; Status and
            # Findings only once all the others are at their minimum. Texts a tooltip repeats give
            # way first (a site, a host, a store); titles, category chips and statuses stay whole,
            # and give way only in a window too narrow for them all.
            others, kept = [c for c in visible if c not in _KEPT], [c for c in visible if c in _KEPT]
            for group, least in ((others, self._min_width), (kept, self._min_kept),
                                 (others, self._min_short_floor),
                                 (others, self._min_titled), (kept, self._min_titled),
                                 (others, self._min_untitled), (kept, self._min_untitled),
                                 (others, self._min_bare), (kept, self._min_bare)):
                if free >= 0 or not group:
                    continue
                slack = {c: max(widths[c] - least(c), 0) for c in group}
                total = sum(slack.values())
                give, given, running = min(-free, total), 0, 0
                for c in group:  # shares by cumulative rounding, so they add up to exactly `give`
                    running += slack[c]
                    share = give * running // total if total else 0
                    widths[c] -= share - given
                    given = share
                free += give
        self._fitting = True
        try:
            for column in visible:
                header.resizeSection(column, widths[column])
        finally:
            self._fitting = False

    def needed_width(self, floors: bool = True) -> int:
        """The width that shows every visible column's title, chips and statuses whole, Status and
        Findings whole (up to _KEPT_CHARS characters), a store's browser and profile, and with `floors` a site
        and a host too (down to 16 characters)."""
        header = self.horizontalHeader()
        least = self._min_short_floor if floors else self._min_titled
        columns = sum(self._min_kept(c) if c in _KEPT else least(c) for c in Column if not header.isSectionHidden(c))
        return columns + 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()

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
