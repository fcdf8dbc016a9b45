"""The stores model: every store found, with its browser, profile, path, count or error."""
from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from inspector.ui import formatting as fmt
from inspector.ui.icons import icon
from inspector.ui.qt_compat import variant_result
from inspector.ui.roles import RECORD_ROLE, SORT_ROLE
from inspector.ui.plain_text import plain_tip

R = Qt.ItemDataRole
# Enum flag arithmetic runs in Python: combine once, not per call (views ask per item).
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class StoreColumn(IntEnum):
    BROWSER = 0
    PROFILE = 1
    COOKIES = 2
    STATUS = 3
    PATH = 4


class StoreModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._reports: list = []

    def set_reports(self, reports: list) -> None:
        self.beginResetModel()
        self._reports = list(reports)
        self.endResetModel()

    @property
    def reports(self) -> list:
        return list(self._reports)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._reports)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(StoreColumn)

    def flags(self, index):
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    @variant_result
    def headerData(self, section, orientation, role=R.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != R.DisplayRole or not 0 <= section < len(StoreColumn):
            return None
        return (self.tr("Browser"), self.tr("Profile"), self.tr("Cookies"), self.tr("Status"), self.tr("Path"))[section]

    @variant_result
    def data(self, index, role=R.DisplayRole):
        if not index.isValid() or index.row() >= len(self._reports):
            return None
        report = self._reports[index.row()]
        store, error = report.store, report.error
        column = index.column()
        if role == R.DisplayRole:
            if column == StoreColumn.BROWSER:
                return fmt.browser_name(store.browser)
            if column == StoreColumn.PROFILE:
                return store.profile
            if column == StoreColumn.COOKIES:
                return "" if error else str(report.count)
            if column == StoreColumn.STATUS:
                return error.reason(fmt.say) if error else self.tr("Read")
            return store.path
        if role == RECORD_ROLE:
            return report
        if role == SORT_ROLE:
            return (store.browser, store.profile, report.count, error.code if error else "", store.path)[column]
        if role == R.DecorationRole and column == StoreColumn.STATUS:
            return icon("error") if error else None
        if role == R.ToolTipRole:
            if column == StoreColumn.STATUS and error:
                return plain_tip(self.tr("{message} (code: {code})").format(message=error.reason(fmt.say), code=error.code))
            if column == StoreColumn.PATH:
                return plain_tip(store.path)
        if role == R.TextAlignmentRole and column == StoreColumn.COOKIES:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None
