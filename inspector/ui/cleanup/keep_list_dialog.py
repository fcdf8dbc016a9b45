"""View → Keep List: every entry (site, what it keeps, why), and removing entries; the file's path, or its error."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout)

from inspector.domain import wording
from inspector.ui import formatting as fmt
from inspector.ui.cleanup.keep_state import KeepState

_ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


class KeepListDialog(QDialog):
    def __init__(self, keep: KeepState, parent=None):
        super().__init__(parent)
        self._keep = keep
        self.setWindowTitle(self.tr("Keep List"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Site"), self.tr("Keeps"), self.tr("Why")])
        self.table.setAccessibleName(self.tr("Keep list entries"))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setToolTip(self.tr("Stop keeping the chosen entries"))
        self.remove_button.clicked.connect(self._remove)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(640, 360)
        keep.changed.connect(self.refresh)

    def refresh(self) -> None:
        keep = self._keep.keep
        self.table.setRowCount(0)
        for entry in keep.entries:
            row = self.table.rowCount()
            self.table.insertRow(row)
            why = self.tr("your sign-in") if entry.reason == "sign-in" else self.tr("you chose it")
            cells = [QTableWidgetItem(entry.site), QTableWidgetItem(wording.keep_entry(entry, fmt.say)),
                     QTableWidgetItem(why)]
            cells[0].setData(_ENTRY_ROLE, entry)
            for column, cell in enumerate(cells):
                self.table.setItem(row, column, cell)
        if self._keep.broken:
            self.summary.setText(wording.say_keep_broken(self._keep.broken, fmt.say))
        elif not keep.entries:
            self.summary.setText(self.tr("Nothing is kept yet. Choose Keep on cookies or sites; the list is "
                                         "saved in {path}.").format(path=keep.path))
        else:
            self.summary.setText(fmt.plural(self.tr("%n item(s) on the keep list, saved in {path}.", "", len(keep)),
                                            len(keep)).format(path=keep.path))
        self._update_buttons()

    def entries(self) -> list:
        return [self.table.item(r, 0).data(_ENTRY_ROLE) for r in range(self.table.rowCount())]

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()) and not self._keep.broken)

    def _remove(self) -> None:
        chosen = [self.table.item(i.row(), 0).data(_ENTRY_ROLE) for i in self.table.selectionModel().selectedRows()]
        if chosen:
            self._keep.remove_entries(chosen)
