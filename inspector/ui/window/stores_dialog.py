"""View → Stores: every store found, with its browser, profile, path, count and error."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableView, QVBoxLayout

from inspector.ui.table.delegates import MiddleElideDelegate
from inspector.ui.window.store_model import StoreColumn, StoreModel


class StoresDialog(QDialog):
    """Modeless, so it can stay open beside the window while stores reload."""

    def __init__(self, model: StoreModel, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cookie stores"))
        self.model = model
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # counts stores named by their profiles
        self.summary.setWordWrap(True)
        self.view = QTableView()
        self.view.setModel(model)
        self.view.setAccessibleName(self.tr("Cookie stores"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((StoreColumn.BROWSER, 110), (StoreColumn.PROFILE, 140),
                              (StoreColumn.COOKIES, 80), (StoreColumn.STATUS, 380)):
            header.resizeSection(column, width)
        self.view.setItemDelegateForColumn(StoreColumn.PATH, MiddleElideDelegate(self.view))  # paths keep both ends
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(1060, 360)
        model.modelReset.connect(self._update_summary)
        self._update_summary()

    def _update_summary(self) -> None:
        reports = self.model.reports
        failed = sum(1 for r in reports if r.error)
        if not reports:
            text = self.tr("No cookie store was found.")
        elif failed:
            text = self.tr("{found} stores found; {failed} could not be read. The others are shown as usual.").format(
                found=len(reports), failed=failed)
        else:
            text = self.tr("{found} stores found and read.").format(found=len(reports))
        self.summary.setText(text)
