"""View → Deletion History: past deletions (when, what per browser profile, status); restores an undoable one."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
                               QMessageBox, QPushButton, QSpinBox, QTreeView, QVBoxLayout)

from inspector.domain import wording
from inspector.ui import formatting as fmt
from inspector.ui.icons import icon

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
    retention_changed = Signal(int)  # days a backup is kept
    delete_backups_requested = Signal()  # confirmed by the user

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Deletion History"))
        self.summary = QLabel()
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
        layout.addLayout(self._retention_row())
        layout.addWidget(buttons)
        self.resize(820, 360)

    def _retention_row(self) -> QHBoxLayout:
        """Backups hold the deleted cookies' values: how long they stay, and a way to delete them now."""
        self.retention = QSpinBox()
        self.retention.setRange(1, 3650)
        self.retention.setSuffix(self.tr(" days"))
        self.retention.setAccessibleName(self.tr("Keep backups for"))
        self.retention.setToolTip(self.tr("Older backups are deleted at the next deletion; their deletions "
                                          "can then no longer be undone"))
        self.retention.setKeyboardTracking(False)  # one change per edit, not one per digit typed
        self.retention.valueChanged.connect(self._retention_edited)
        label = QLabel(self.tr("&Keep backups for:"))
        label.setBuddy(self.retention)
        self.delete_backups_button = QPushButton(icon("delete"), self.tr("&Delete All Backups…"))
        self.delete_backups_button.setToolTip(self.tr("Delete every backup now, with the cookie values it holds"))
        self.delete_backups_button.clicked.connect(self._confirm_delete_backups)
        self.delete_backups_box: QMessageBox | None = None
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.retention)
        row.addStretch(1)
        row.addWidget(self.delete_backups_button)
        return row

    def set_retention(self, days: int) -> None:
        """The setting as read from the domain (no retention_changed for it)."""
        self.retention.blockSignals(True)
        self.retention.setValue(days)
        self.retention.blockSignals(False)

    def _retention_edited(self, days: int) -> None:
        self.retention_changed.emit(days)

    def _confirm_delete_backups(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete All Backups"),
                          self.tr("Delete every backup now? The deletions they belong to can no longer be undone."),
                          QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Discard, self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Delete All Backups"))
        box.buttonClicked.connect(self._delete_backups_answered)
        box.finished.connect(box.deleteLater)
        self.delete_backups_box = box
        box.open()

    def _delete_backups_answered(self, button) -> None:
        box = self.delete_backups_box
        if box is not None and box.standardButton(button) == QMessageBox.StandardButton.Discard:
            self.delete_backups_requested.emit()

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
            cells[3].setToolTip(entry.message or cells[3].text())
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
