"""The entries of an import under review: name, provider, category (editable), lifetime, purpose; rows can be dropped."""
from __future__ import annotations

import html
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from inspector.domain import wording
from inspector.ui.formatting import say
from inspector.ui.roles import RECORD_ROLE

# The categories an imported entry can be filed under (importer.CATEGORIES ids), in menu order.
CATEGORY_IDS = ("necessary", "preferences", "statistics", "marketing", "third-party", "to-review")


def plain_tip(text: str) -> str:
    """A tooltip that shows a website's text as text: Qt would render "<b>…" in a tooltip as markup."""
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"


def category_label(cid: str) -> str:
    phrase = wording.CATEGORY_NAMES.get(cid) or wording.IMPORT_CATEGORY_NAMES.get(cid)
    return say(phrase) if phrase else cid


def _stated(text: str) -> str:
    # The importer's mark for a field the page leaves out, in the user's language.
    return say(wording.NOT_STATED_FIELD) if text == wording.NOT_STATED_FIELD.text else text


class ReviewColumn(IntEnum):
    NAME = 0
    PROVIDER = 1
    CATEGORY = 2
    LIFETIME = 3
    PURPOSE = 4


class ReviewModel(QAbstractTableModel):
    """Over the ImportResult's own list: a fixed category or a dropped row is what gets saved."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._cookies: list = []
        self._headers = (self.tr("Name or pattern"), self.tr("Provider"), self.tr("Category"), self.tr("Lifetime"),
                         self.tr("Purpose"))

    def set_cookies(self, cookies: list) -> None:
        self.beginResetModel()
        self._cookies = cookies
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._cookies)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(ReviewColumn)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        cookie = self._cookies[index.row()]
        column = index.column()
        if role == RECORD_ROLE:
            return cookie
        if role == Qt.ItemDataRole.EditRole and column == ReviewColumn.CATEGORY:
            return cookie.category
        if role == Qt.ItemDataRole.DisplayRole:
            return (cookie.name, _stated(cookie.provider), category_label(cookie.category), cookie.lifetime or "—",
                    _stated(cookie.purpose))[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            hints = [wording.review_hint(h, say) for h in cookie.hints]
            return plain_tip("\n".join(hints)) if hints else None
        return None

    def flags(self, index):
        base = super().flags(index)
        if index.isValid() and index.column() == ReviewColumn.CATEGORY:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != ReviewColumn.CATEGORY or value not in CATEGORY_IDS:
            return False
        self._cookies[index.row()].category = value
        self.dataChanged.emit(index, index)
        return True

    def drop_rows(self, rows) -> None:
        for row in sorted(set(rows), reverse=True):  # descending: each removal leaves the others in place
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._cookies[row]
            self.endRemoveRows()


class CategoryDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for cid in CATEGORY_IDS:
            combo.addItem(category_label(cid), cid)
        return combo

    def setEditorData(self, editor, index):
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
