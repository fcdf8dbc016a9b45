"""The proxy between the cookie model and the table: every filter of the filter bar, and sorting."""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractProxyModel, QItemSelection, QItemSelectionRange, QModelIndex, QObject, Qt

from inspector.ui.table.columns import Column
from inspector.ui.table.cookie_model import CookieModel, row_runs
from inspector.ui.qt_compat import variant_result
from inspector.ui.table.text_match import RowGather, matching_rows

# Enum flag arithmetic runs in Python: combine once, not per painted cell.
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_NEEDLE_CACHE = 16  # filter texts whose rows are kept for the current other filters and order
NO_CATEGORY = ""  # the category filter value for cookies no policy rule categorises
NO_SOURCE = ""  # the source filter value for cookies no policy and no catalog explains


@dataclass(frozen=True)
class CookieFilter:
    """What the user asked to see. Empty fields mean 'any'."""

    text: str = ""
    sites: frozenset = field(default_factory=frozenset)
    category: str | None = None  # a category id, NO_CATEGORY, or None for any
    store: str | None = None  # a store path
    status: str | None = None  # declared | undeclared | no-policy
    source: str | None = None  # policy | catalog | ocd, NO_SOURCE, or None for any
    findings_only: bool = False  # only cookies with at least one consent finding
    kept_only: bool = False  # only cookies the keep list keeps

    @property
    def needle(self) -> str:
        return self.text.strip().lower()

    def is_active(self) -> bool:
        return bool(self.needle or self.sites or self.findings_only or self.kept_only) or any(
            v is not None for v in (self.category, self.store, self.status, self.source))


@dataclass(frozen=True)
class Summary:
    cookies: int
    sites: int
    undeclared: int


class CookieFilterProxy(QAbstractProxyModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._source: CookieModel | None = None
        self._filter = CookieFilter()
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._rows: list[int] = []  # proxy row -> source row
        self._proxy_of: dict[int, int] | None = None  # source row -> proxy row, built on demand
        self._base_key: tuple | None = None
        self._base: RowGather | None = None
        self._needle_cache: dict[str, list[int]] = {}
        self.kept_rows = None  # table -> the rows the keep list keeps, for the Kept filter (ui/cleanup sets it)

    # --- source -----------------------------------------------------------------------

    def setSourceModel(self, model: CookieModel) -> None:
        old = self.sourceModel()
        if old is not None:
            old.modelAboutToBeReset.disconnect(self._source_about_to_reset)
            old.modelReset.disconnect(self._source_reset)
            old.dataChanged.disconnect(self._source_data_changed)
            old.rowsAboutToBeRemoved.disconnect(self._source_rows_going)
        self.beginResetModel()
        super().setSourceModel(model)
        self._source = model  # data() runs per painted cell: skip the sourceModel() call
        model.modelAboutToBeReset.connect(self._source_about_to_reset)
        model.modelReset.connect(self._source_reset)
        model.dataChanged.connect(self._source_data_changed)
        model.rowsAboutToBeRemoved.connect(self._source_rows_going)
        self._forget_table()
        self._set_rows(self._compute_rows())
        self.endResetModel()

    @property
    def table(self):
        """The source's CookieTable, or None before the first load."""
        return self.sourceModel().table

    def _forget_table(self) -> None:
        self._base_key = None
        self._needle_cache.clear()

    def _source_about_to_reset(self) -> None:
        self.beginResetModel()

    def _source_reset(self) -> None:
        self._forget_table()
        self._set_rows(self._compute_rows())
        self.endResetModel()

    def _source_data_changed(self, top_left, bottom_right, roles=()) -> None:
        if self._rows:
            # Only whole-column refreshes happen (the clock, the palette): repaint those columns.
            self.dataChanged.emit(self.index(0, top_left.column()),
                                  self.index(len(self._rows) - 1, bottom_right.column()), roles)

    def _source_rows_going(self, _parent, first: int, last: int) -> None:
        """Deleted cookies leave without a reset: their proxy rows go, the others are renumbered.

        The source announces its ranges bottom-up, so `first..last` and every row below
        them still carry the numbers this proxy holds.
        """
        rows = self._rows
        gone = [p for p, s in enumerate(rows) if first <= s <= last]
        for a, b in reversed(row_runs(gone)):
            self.beginRemoveRows(QModelIndex(), a, b)
            del rows[a: b + 1]
            self.endRemoveRows()
        count = last - first + 1
        self._set_rows([s - count if s > last else s for s in rows])
        self._forget_table()  # the gathers and text answers were of the old table

    # --- the filter -------------------------------------------------------------------

    @property
    def filter(self) -> CookieFilter:
        return self._filter

    def set_filter(self, new: CookieFilter) -> None:
        if new == self._filter:
            return
        self._filter = new
        self._refresh()

    def refilter(self) -> None:
        """Filter again with the same filter: what a filter reads from outside (the keep list) changed."""
        self._base_key = None
        self._refresh()

    def _refresh(self) -> None:
        self.beginResetModel()
        self._set_rows(self._compute_rows())
        self.endResetModel()

    def _set_rows(self, rows: list[int]) -> None:
        self._rows = rows
        self._proxy_of = None

    def _compute_rows(self) -> list[int]:
        if self.table is None:
            return []
        gather = self._base_rows()
        needle = self._filter.needle
        if not needle:
            return gather.rows
        # Backspace comes back to texts just typed: remember the last few answers.
        rows = self._needle_cache.get(needle)
        if rows is None:
            rows = matching_rows(self.table, gather, needle)
            if len(self._needle_cache) >= _NEEDLE_CACHE:
                self._needle_cache.pop(next(iter(self._needle_cache)))
            self._needle_cache[needle] = rows
        return rows

    def _base_rows(self) -> RowGather:
        """The sorted rows that pass every filter but the text."""
        f = self._filter
        kept = self.kept_rows(self.table) if f.kept_only and self.kept_rows is not None else None
        key = (f.sites, f.category, f.store, f.status, f.source, f.findings_only, self._sort_column,
               self._sort_order, id(kept) if kept is not None else None)
        if key != self._base_key:
            table = self.table
            order = (self._sort_column, self._sort_order == Qt.SortOrder.DescendingOrder)
            rows = table.order(*order)
            # Per-row facts are built on first use: name them, fetch them only when filtering.
            for facts, wanted in (("site_of", f.sites or None), ("category_of", _category_set(f.category)),
                                  ("store_of", _single(f.store)), ("status_of", _single(f.status)),
                                  ("source_of", _category_set(f.source)),
                                  ("has_findings_of", _single(True if f.findings_only else None))):
                if wanted is not None:
                    values = getattr(table, facts)
                    rows = [r for r in rows if values[r] in wanted]
                    order = None
            if kept is not None:
                rows = [r for r in rows if r in kept]
                order = None
            self._base = RowGather(table, rows, order)
            self._base_key = key
            self._needle_cache.clear()
        return self._base

    # --- sorting ----------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        column = column if 0 <= column < len(Column) else -1
        if column == self._sort_column and (column < 0 or order == self._sort_order):
            return
        self._sort_column, self._sort_order = column, order
        self._refresh()

    def sortColumn(self) -> int:
        return self._sort_column

    def sortOrder(self) -> Qt.SortOrder:
        return self._sort_order

    # --- counts ---------------------------------------------------------------------

    def summary(self) -> Summary:
        """Cookies, sites and undeclared cookies among the visible rows."""
        rows = self._rows
        table = self.table
        if not rows or table is None:
            return Summary(0, 0, 0)
        if len(rows) == len(table):  # nothing hidden: skip the gathers
            return Summary(len(rows), len(table.result.site_counts), table.undeclared)
        return Summary(len(rows), len(set(map(table.site_id_of.__getitem__, rows))),
                       sum(map(table.undeclared_of.__getitem__, rows)))

    # --- mapping --------------------------------------------------------------------

    def source_row(self, proxy_row: int) -> int:
        return self._rows[proxy_row]

    def source_rows(self) -> list[int]:
        """The visible source rows, in display order (a copy)."""
        return list(self._rows)

    def proxy_rows(self, source_rows: list[int]) -> list[int | None]:
        """Where each source row shows, or None when it is filtered out."""
        if len(source_rows) <= 8 and self._proxy_of is None:
            out = []
            for s in source_rows:
                try:
                    out.append(self._rows.index(s))  # a C-speed scan beats building the map
                except ValueError:
                    out.append(None)
            return out
        if self._proxy_of is None:
            self._proxy_of = {s: p for p, s in enumerate(self._rows)}
        return [self._proxy_of.get(s) for s in source_rows]

    def mapToSource(self, proxy_index):
        if not proxy_index.isValid() or proxy_index.model() is not self:
            return QModelIndex()
        row = proxy_index.row()
        if row >= len(self._rows):
            return QModelIndex()
        return self.sourceModel().index(self._rows[row], proxy_index.column())

    def mapFromSource(self, source_index):
        if not source_index.isValid():
            return QModelIndex()
        (row,) = self.proxy_rows([source_index.row()])
        return QModelIndex() if row is None else self.index(row, source_index.column())

    def mapSelectionToSource(self, selection: QItemSelection) -> QItemSelection:
        """Row ranges at list speed: the default maps every selected cell through Python."""
        source = self.sourceModel()
        out = QItemSelection()
        for rng in selection:
            left, right = rng.left(), rng.right()
            for s in self._rows[rng.top(): rng.bottom() + 1]:
                out.append(QItemSelectionRange(source.index(s, left), source.index(s, right)))
        return out

    def selected_source_rows(self, selection: QItemSelection) -> list[int]:
        """Source rows of the selected proxy rows, in display order and without repeats."""
        seen: dict[int, None] = {}
        for rng in selection:
            for s in self._rows[rng.top(): rng.bottom() + 1]:
                seen[s] = None
        return list(seen)

    # --- QAbstractItemModel ---------------------------------------------------------

    def index(self, row, column, parent=QModelIndex()):
        if parent.isValid() or not (0 <= row < len(self._rows) and 0 <= column < len(Column)):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, child=None):
        if child is None:  # QObject.parent()
            return QObject.parent(self)
        return QModelIndex()

    def sibling(self, row, column, index):
        return self.index(row, column)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def hasChildren(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and bool(self._rows)

    @variant_result
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        return self._source.value(self._rows[index.row()], index.column(), role)

    def flags(self, index):
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    @variant_result
    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical:
            return None
        return self.sourceModel().headerData(section, orientation, role)


def _single(value):
    return None if value is None else frozenset((value,))


def _category_set(category: str | None):
    if category is None:
        return None
    return frozenset((None,)) if category == NO_CATEGORY else frozenset((category,))
