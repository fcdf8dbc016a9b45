"""The site list model: 'All sites', then one row per site with its cookie and undeclared counts."""
from __future__ import annotations

import heapq
from enum import IntEnum
from itertools import repeat
from typing import NamedTuple

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPalette

from inspector.ui.formatting import plural
from inspector.ui.icons import icon
from inspector.ui.qt_compat import variant_result
from inspector.ui.roles import RECORD_ROLE, SORT_ROLE
from inspector.ui.plain_text import plain_tip

R = Qt.ItemDataRole
# Enum flag arithmetic runs in Python: combine once, not per call (views ask per item).
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class SiteColumn(IntEnum):
    SITE = 0
    COOKIES = 1
    UNDECLARED = 2


class SiteRow(NamedTuple):
    site: str | None  # None: the "All sites" row
    cookies: int
    undeclared: int
    policy_name: str | None  # the policy site that covers it, if any


class SiteModel(QAbstractTableModel):
    """Sorts itself (by name or count) with 'All sites' pinned on top; sites are few enough."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._table = None
        self._rows: list[SiteRow] = [SiteRow(None, 0, 0, None)]  # what the list shows: 'All sites', then sites
        self._all: list[SiteRow] = []  # every site, sorted; `_rows` keeps those the filters leave
        self._shown: frozenset | None = None  # the sites to list (None: all)
        self._against: frozenset = frozenset()  # sites holding cookies against the user's consent choice
        self._row_of: dict | None = None  # site -> row, rebuilt after each change of order
        self._longest: list | None = None  # longest_sites(), until the next table
        self.kept_sites = None  # () -> the sites the keep list keeps whole (ui/cleanup sets it): their pin
        self._sort_column = SiteColumn.SITE
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._bold = QFont()
        self._bold.setBold(True)
        self.refresh_palette()

    def refresh_palette(self) -> None:
        dark = QGuiApplication.palette().color(QPalette.ColorRole.Base).lightnessF() < 0.5
        self._warning_fg = QBrush(QColor("#fdd663") if dark else QColor("#b06000"))

    def set_table(self, table) -> None:
        """Rows for a CookieTable's sites."""
        self._against = frozenset()  # the consent analysis of this table marks them again when it lands
        sites = table.result.site_counts or {}
        undeclared = table.undeclared_by_site
        names = {site: policy_site.name for site, policy_site in table.policy_site_by_site.items()}
        # SiteRow._make builds the tuples in C: a site list can be tens of thousands long.
        rows = list(map(SiteRow._make, zip(sites, sites.values(), map(undeclared.get, sites, repeat(0)),
                                          map(names.get, sites))))
        total = SiteRow(None, len(table), sum(undeclared.values()), None)
        self._table = table
        self._longest = None
        self.beginResetModel()
        self._all = sorted(rows, key=self._key(self._sort_column), reverse=self._descending)
        self._rows = [total] + self._listed(self._all)
        self._row_of = None
        self.endResetModel()

    def set_against(self, sites: frozenset) -> None:
        """Mark these sites: cookies there go against the consent choice recorded on them."""
        self._against = frozenset(sites)
        if self._rows:
            self.dataChanged.emit(self.index(0, SiteColumn.SITE), self.index(len(self._rows) - 1, SiteColumn.SITE),
                                  [R.DecorationRole, R.ToolTipRole])

    def against_choice(self, site: str | None) -> bool:
        return site in self._against

    def _listed(self, rows: list[SiteRow]) -> list[SiteRow]:
        shown = self._shown
        return rows if shown is None else [r for r in rows if r.site in shown]

    @property
    def shown_sites(self) -> frozenset | None:
        return self._shown

    def set_shown_sites(self, sites: frozenset | None) -> None:
        """List only these sites (the filters' answer) under 'All sites'; None lists every site.
        Counts stay each site's totals: they are what a site's deletion would remove."""
        if sites == self._shown:
            return
        self.beginResetModel()
        self._shown = sites
        self._rows = self._rows[:1] + self._listed(self._all)
        self._row_of = None
        self.endResetModel()

    @property
    def _descending(self) -> bool:
        return self._sort_order == Qt.SortOrder.DescendingOrder

    @staticmethod
    def _key(column: SiteColumn):
        if column == SiteColumn.COOKIES:
            return lambda r: (r.cookies, r.site)
        if column == SiteColumn.UNDECLARED:
            return lambda r: (r.undeclared, r.cookies, r.site)
        return lambda r: r.site

    def keep_list_changed(self) -> None:
        if len(self._rows) > 1:
            self.dataChanged.emit(self.index(1, SiteColumn.SITE), self.index(len(self._rows) - 1, SiteColumn.SITE),
                                  [R.DecorationRole])

    def site_count(self) -> int:
        """Every site of the table, whatever the filters list."""
        return len(self._all)

    def longest_sites(self, count: int = 40) -> list[str]:
        """The longest site names of the whole table, whatever the filters list: what the list is as wide
        as, so it keeps its width while the user types."""
        if self._longest is None:
            self._longest = heapq.nlargest(count, (r.site for r in self._all), key=len)
        return self._longest

    def row_of_site(self, site: str | None) -> int | None:
        if self._row_of is None:
            self._row_of = {r.site: i for i, r in enumerate(self._rows)}
        return self._row_of.get(site)

    # --- QAbstractItemModel ---------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(SiteColumn)

    def flags(self, index):
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    @variant_result
    def headerData(self, section, orientation, role=R.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(SiteColumn):
            return None
        if role == R.DisplayRole:
            # The undeclared column is titled by its icon alone: the list stays narrow.
            return (self.tr("Site"), self.tr("Cookies"), "")[section]
        if role == R.AccessibleTextRole:
            return (self.tr("Site"), self.tr("Cookies"), self.tr("Undeclared"))[section]
        if role == R.DecorationRole and section == SiteColumn.UNDECLARED:
            return icon("warning")
        if role == R.ToolTipRole:
            return (self.tr("The registrable domain the cookies belong to"),
                    self.tr("How many cookies the browsers hold for the site"),
                    self.tr("How many of them the site's cookie policy does not declare"))[section]
        if role == R.TextAlignmentRole and section != SiteColumn.SITE:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    @variant_result
    def data(self, index, role=R.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == R.DisplayRole:
            if column == SiteColumn.SITE:
                return row.site if row.site is not None else self.tr("All sites")
            if column == SiteColumn.COOKIES:
                return str(row.cookies)
            return str(row.undeclared) if row.undeclared else ""
        if role == RECORD_ROLE:
            return row.site
        if role == SORT_ROLE:
            return (row.site or "", row.cookies, row.undeclared)[column]
        if role == R.TextAlignmentRole and column != SiteColumn.SITE:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == R.FontRole and (row.site is None or (column == SiteColumn.UNDECLARED and row.undeclared)):
            return self._bold
        if role == R.ForegroundRole and column == SiteColumn.UNDECLARED and row.undeclared:
            return self._warning_fg
        if role == R.DecorationRole and column == SiteColumn.SITE and row.site is not None:
            if row.site in self._against:
                return icon("warning")
            if self.kept_sites is not None and row.site in self.kept_sites():
                return icon("pin")
            return icon("policy") if row.policy_name else icon("site")
        if role == R.ToolTipRole:
            return plain_tip(self._tooltip(row, column))
        if role == R.AccessibleTextRole and column == SiteColumn.UNDECLARED:
            return plural(self.tr("%n undeclared cookie(s)", "", row.undeclared), row.undeclared)
        return None

    def explained(self, row: SiteRow) -> int | None:
        """How many of the row's cookies some source explains (None until the table is warm)."""
        table = self._table
        if table is None or not table.warm_done:
            return None
        return table.explained if row.site is None else table.explained_by_site.get(row.site, 0)

    def _tooltip(self, row: SiteRow, column: int) -> str | None:
        if column == SiteColumn.COOKIES:
            explained = self.explained(row)
            if explained is not None:
                return self.tr("{explained} of {cookies} explained").format(explained=explained, cookies=row.cookies)
        if column == SiteColumn.UNDECLARED and row.undeclared:
            return plural(self.tr("%n cookie(s) the site's policy does not declare", "", row.undeclared),
                          row.undeclared)
        if row.site is None:
            return self.tr("Show the cookies of every site")
        if row.site in self._against:
            return self.tr("{site}: cookies here go against the consent choice you made").format(site=row.site)
        if row.policy_name:
            return self.tr("{site}: covered by the {policy} cookie policy").format(site=row.site,
                                                                                  policy=row.policy_name)
        return self.tr("{site}: no known cookie policy").format(site=row.site)

    # --- sorting ----------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(SiteColumn):
            return
        self._sort_column, self._sort_order = SiteColumn(column), order
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        old_sites = [self._rows[i.row()].site for i in old_persistent]
        self._all = sorted(self._all, key=self._key(self._sort_column), reverse=self._descending)
        self._rows = self._rows[:1] + self._listed(self._all)
        self._row_of = None
        self.changePersistentIndexList(
            old_persistent, [self.index(self.row_of_site(s), i.column()) for s, i in zip(old_sites, old_persistent)])
        self.layoutChanged.emit()
