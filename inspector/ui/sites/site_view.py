"""The site list view: sortable by name or count, several sites at once, 'All sites' on top."""
from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from inspector.ui.roles import RECORD_ROLE
from inspector.ui.sites.site_model import SiteColumn


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
        metrics = self.fontMetrics()
        # Wide enough for the title (or icon) and the sort arrow; counts are shorter.
        # (tight: on a laptop screen the list gives way to the cookie columns, and the names need it)
        for column, width in ((SiteColumn.COOKIES, metrics.horizontalAdvance(self.tr("Cookies")) + 22),
                              (SiteColumn.UNDECLARED, 16 + 24)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width)
        header.setSortIndicator(SiteColumn.SITE, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)

    def sizeHint(self) -> QSize:
        # Room for a long-ish domain beside both counts, in the font's own units (any scale).
        header = self.header()
        counts = sum(header.sectionSize(c) for c in (SiteColumn.COOKIES, SiteColumn.UNDECLARED))
        site = self.fontMetrics().horizontalAdvance("a-long-site-name.co.uk") + 48  # icon, margins
        return QSize(site + counts + 2 * self.frameWidth(), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 24, super().minimumSizeHint().height())

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
