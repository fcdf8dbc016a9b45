"""The site list view: sortable by name or count, several sites at once, 'All sites' on top."""
from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QStyleOptionViewItem, QTableView

from inspector.ui.header_fit import title_width
from inspector.ui.icons import icon
from inspector.ui.roles import RECORD_ROLE
from inspector.ui.sites.site_model import SiteColumn

_COUNTS = (SiteColumn.COOKIES, SiteColumn.UNDECLARED)
# Site names in average characters, so the widths follow the font and the screen's scale.
_WIDE_CHARS = 26  # the longest name the list asks room for; longer ones are cut in the middle
_TYPICAL_CHARS = 18  # a typical registrable domain ("lillemetropole.fr"), which a laptop screen shows whole
_LEAST_CHARS = 8  # what a user may drag it down to


class SiteView(QTableView):
    """A table without grid or row numbers, which looks like a list: a QTreeView would lay out
    every row (thousands of sites) through Python after each reload."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Sites"))
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 9)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # long domains keep their TLD

    def header(self) -> QHeaderView:
        return self.horizontalHeader()

    def setModel(self, model) -> None:
        super().setModel(model)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(SiteColumn.SITE, QHeaderView.ResizeMode.Stretch)
        for column in _COUNTS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.setSortIndicator(SiteColumn.SITE, Qt.SortOrder.AscendingOrder)
        self._fit_counts()
        model.modelReset.connect(self._fit_counts)
        header.sortIndicatorChanged.connect(self._fit_counts)
        self.setSortingEnabled(True)

    def _fit_counts(self, *_args) -> None:
        """Each count as wide as its title, beside the sort arrow when the list is sorted by it, or as
        the total's digits; the names take the rest (the list keeps its width when the sort changes)."""
        header, model = self.header(), self.model()
        for column in _COUNTS:
            total = self._cell_width(model.index(0, column)) if model.rowCount() else 0
            title = title_width(header, column, arrow=column == header.sortIndicatorSection())
            header.resizeSection(column, max(title, total))
        self.updateGeometry()

    def _cell_width(self, index) -> int:
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        return self.itemDelegateForIndex(index).sizeHint(option, index).width()

    def _name_width(self, chars: int) -> int:
        """Room for the listed names, the longest up to `chars` average characters (the rest are cut
        in the middle), with a site's icon and margins, and 'All sites' whole."""
        model = self.model()
        metrics = self.fontMetrics()
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        feature = QStyleOptionViewItem.ViewItemFeature
        option.features |= feature.HasDisplay | feature.HasDecoration
        option.icon = icon("site")
        option.text = "x"
        style = self.style()
        # What a site's cell adds to its text (icon, gaps, margins), as the style lays the cell out.
        extra = style.sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, option, QSize(), self).width() \
            - metrics.horizontalAdvance(option.text)
        longest = max(map(metrics.horizontalAdvance, model.longest_sites()), default=0) if model else 0
        wanted = min(longest, metrics.averageCharWidth() * chars) + extra
        all_sites = self._cell_width(model.index(0, SiteColumn.SITE)) if model and model.rowCount() else 0
        return max(wanted, all_sites)

    def _around_names(self) -> int:
        """What the list needs beside the names: both counts, its frame, and the scroll bar when
        every site would not fit in its height."""
        header = self.header()
        width = sum(header.sectionSize(c) for c in _COUNTS) + 2 * self.frameWidth()
        model = self.model()
        rows = model.site_count() + 1 if model is not None else 0  # every site and 'All sites'
        if rows * self.verticalHeader().defaultSectionSize() > self.viewport().height():
            width += self.verticalScrollBar().sizeHint().width()
        return width

    def sizeHint(self) -> QSize:
        # Room for the names up to a long domain's, beside both counts.
        return QSize(self._name_width(_WIDE_CHARS) + self._around_names(), super().sizeHint().height())

    def readable_width(self) -> int:
        """The width that shows typical registrable domains whole, longer ones cut in the middle."""
        return self._name_width(_TYPICAL_CHARS) + self._around_names()

    def minimumSizeHint(self) -> QSize:
        # The window, or a user dragging the splitter, may make the list narrower than its names.
        return QSize(self._name_width(_LEAST_CHARS) + self._around_names(), super().minimumSizeHint().height())

    def selected_sites(self) -> frozenset:
        """The chosen sites; empty for all (nothing chosen, or 'All sites' among them)."""
        sites = {i.data(RECORD_ROLE) for i in self.selectionModel().selectedRows()}
        if None in sites:
            return frozenset()
        return frozenset(sites)

    def select_sites(self, sites) -> None:
        """Select these sites (or 'All sites' when none of them is listed) in one selection change."""
        model = self.model()
        rows = sorted(r for r in (model.row_of_site(s) for s in sites) if r is not None) or [0]
        selection = QItemSelection()
        for row in rows:
            selection.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
        flags = QItemSelectionModel.SelectionFlag
        self.selectionModel().select(selection, flags.ClearAndSelect | flags.Rows)
        self.selectionModel().setCurrentIndex(model.index(rows[0], 0), flags.NoUpdate)
        self.scrollTo(model.index(rows[0], 0))
