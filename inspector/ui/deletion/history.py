"""View → Deletion History: past deletions (when, what per browser profile, status); restores an undoable one."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QPushButton,
                               QTreeView, QVBoxLayout)

from inspector.domain import wording
from inspector.ui import formatting as fmt
from inspector.ui.icons import icon
from inspector.ui.plain_text import plain_tip

_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_UNDOABLE_ROLE = Qt.ItemDataRole.UserRole + 2


def _local_time(created: str) -> str:
    try:
        return datetime.fromisoformat(created).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    except (TypeError, ValueError):
        return created or "—"


class HistoryDialog(QDialog):
    """Modeless; the owner fills it (set_entries) from the domain history read on a worker."""

    restore_requested = Signal(str)  # undo id
    refresh_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Deletion History"))
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # may name a backup's profiles
        self.summary.setWordWrap(True)
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels([self.tr("When"), self.tr("Deleted"), self.tr("Cookies"),
                                              self.tr("Status")])
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Past deletions"))
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 160), (2, 80), (3, 200)):
            header.resizeSection(column, width)
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.view.doubleClicked.connect(self._restore)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(icon("undo"), self.tr("&Restore"))
        self.restore_button.setToolTip(self.tr("Put the chosen deletion's cookies back into their stores"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self._restore)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        refresh = buttons.addButton(self.tr("Re&fresh"), QDialogButtonBox.ButtonRole.ActionRole)
        refresh.clicked.connect(self.refresh_requested.emit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(820, 360)

    def set_entries(self, entries) -> None:
        """`entries`: the domain's history() (newest first)."""
        current = self.selected_id()
        self.model.removeRows(0, self.model.rowCount())
        for entry in entries:
            what = "; ".join(f"{fmt.store_label(b, p)}: {n}" for (b, p), n in sorted(entry.counts.items()))
            cells = [QStandardItem(_local_time(entry.created)), QStandardItem(what or "—"),
                     QStandardItem(str(entry.total)), QStandardItem(self._status(entry))]
            cells[2].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            cells[0].setData(entry.undo_id, _ID_ROLE)
            cells[0].setData(entry.undoable, _UNDOABLE_ROLE)
            cells[0].setToolTip(self.tr("Undo ID {id}").format(id=entry.undo_id))
            cells[3].setToolTip(plain_tip(entry.message or cells[3].text()))
            self.model.appendRow(cells)
        self.summary.setText(self.tr("No cookie was deleted yet.") if not entries else fmt.plural(
            self.tr("%n deletion(s). Choose one and Restore to put its cookies back.", "", len(entries)),
            len(entries)))
        self.select(current or (entries[0].undo_id if entries else None))
        self._update_buttons()

    @staticmethod
    def _status(entry) -> str:
        undone_at = _local_time(entry.undone_at) if entry.undone_at else None
        return wording.history_status(entry.status, fmt.say, undone_at)

    def select(self, undo_id: str | None) -> None:
        for row in range(self.model.rowCount()):
            if self.model.item(row, 0).data(_ID_ROLE) == undo_id:
                self.view.setCurrentIndex(self.model.index(row, 0))
                return

    def selected_id(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.item(index.row(), 0).data(_ID_ROLE) if index.isValid() else None

    def ids(self) -> list[str]:
        return [self.model.item(r, 0).data(_ID_ROLE) for r in range(self.model.rowCount())]

    def row_texts(self, undo_id: str) -> list[str]:
        row = self.ids().index(undo_id)
        return [self.model.item(row, c).text() for c in range(self.model.columnCount())]

    def _update_buttons(self, *_args) -> None:
        index = self.view.currentIndex()
        undoable = index.isValid() and bool(self.model.item(index.row(), 0).data(_UNDOABLE_ROLE))
        self.restore_button.setEnabled(undoable)

    def _restore(self, *_args) -> None:
        undo_id = self.selected_id()
        if undo_id is not None and self.restore_button.isEnabled():
            self.restore_requested.emit(undo_id)
