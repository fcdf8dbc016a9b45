"""The Policies view: every policy in force, where it came from, what it covers; open, re-import, reveal, remove."""
from __future__ import annotations

import os
from datetime import datetime, timezone

from PySide6.QtCore import QUrl, Qt, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QTableWidget, QTableWidgetItem,
    QVBoxLayout,
)

from inspector.domain import wording
from inspector.ui.formatting import error_words, say
from inspector.ui.policies.review_model import plain_tip

COLUMNS = 7  # site, hosts, source, imported, declared, covered, conflicts


class PoliciesDialog(QDialog):
    """Reads the session's library and the loaded cookies; acts only on files of the policy folder."""

    reimport_requested = Signal(object)  # the LibraryEntry to import again
    removed = Signal(str)  # the file that was removed

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Policies"))
        self._session = session
        self.entries: list = []
        self.table = QTableWidget(0, COLUMNS)
        self.table.setHorizontalHeaderLabels([self.tr("Site"), self.tr("Hosts"), self.tr("Source"),
                                              self.tr("Imported"), self.tr("Declared"), self.tr("Covered"),
                                              self.tr("Conflicts")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.errors = QLabel()
        self.errors.setWordWrap(True)
        self.errors.setTextFormat(Qt.TextFormat.PlainText)
        self.open_source = QPushButton(self.tr("Open Source Page"))
        self.reimport = QPushButton(self.tr("Re-import…"))
        self.reveal = QPushButton(self.tr("Reveal File"))
        self.remove = QPushButton(self.tr("Remove"))
        self.open_source.clicked.connect(self._open_source)
        self.reimport.clicked.connect(lambda: self.selected() and self.reimport_requested.emit(self.selected()))
        self.reveal.clicked.connect(self._reveal)
        self.remove.clicked.connect(self.remove_selected)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        row = QHBoxLayout()
        for b in (self.open_source, self.reimport, self.reveal, self.remove):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.errors)
        layout.addLayout(row)
        self.resize(1000, 420)
        session.loaded.connect(self.refresh)
        self.refresh()

    @Slot()
    def refresh(self, _loaded=None) -> None:
        from inspector.domain.policy.library import covered_counts

        library = self._session.policy
        current = self._session.current
        entries = list(getattr(library, "entries", ()))
        cookies = current.table.result.cookies if current is not None else []
        covered = covered_counts(library, cookies) if entries else {}
        conflicts = getattr(library, "conflicts", ())
        self.entries = entries
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            origin = entry.origin
            hosts = sorted({h for s in entry.policy.sites for h in s.hosts})
            mine = [c for c in conflicts if entry.path in (c.winner, c.loser)]
            cells = [", ".join(s.name for s in entry.policy.sites), ", ".join(hosts),
                     say(wording.SOURCE_KIND_NAMES[origin.kind]) + (f" · {origin.source}" if origin.source else ""),
                     _when(origin.imported_at_us), str(sum(len(s.rules) for s in entry.policy.sites)),
                     str(covered.get(entry.path, 0)),
                     "; ".join(say(wording.LIBRARY_WORDS[c.code]).format(
                         host=c.host, winner=os.path.basename(c.winner), loser=os.path.basename(c.loser))
                         for c in mine)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(plain_tip(entry.path if column == 0 else text))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        errors = getattr(library, "errors", ())
        self.errors.setText("\n".join(error_words(e) for e in errors))
        self.errors.setVisible(bool(errors))
        self._update_buttons()

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    def select_file(self, path: str) -> bool:
        for row, entry in enumerate(self.entries):
            if os.path.abspath(entry.path) == os.path.abspath(path):
                self.table.selectRow(row)
                return True
        return False

    @Slot()
    def _update_buttons(self) -> None:
        entry = self.selected()
        url = entry is not None and entry.origin.kind == "url" and entry.origin.source
        self.open_source.setEnabled(bool(url) or bool(entry and any(s.source_url for s in entry.policy.sites)))
        self.reimport.setEnabled(bool(url))
        self.reveal.setEnabled(entry is not None)
        self.remove.setEnabled(entry is not None and entry.in_folder)

    @Slot()
    def _open_source(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        url = entry.origin.source if entry.origin.kind == "url" else next(
            (s.source_url for s in entry.policy.sites if s.source_url), None)
        if url:
            QDesktopServices.openUrl(QUrl(url))  # the user's browser, at the user's request

    @Slot()
    def _reveal(self) -> None:
        entry = self.selected()
        if entry is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(os.path.dirname(entry.path)))

    @Slot()
    def remove_selected(self, confirm: bool = True) -> None:
        from inspector.domain.policy.library_files import remove_policy

        entry = self.selected()
        if entry is None or not entry.in_folder:
            return
        if confirm and QMessageBox.question(
                self, self.tr("Remove Policy"),
                self.tr("Remove {file} from your policy library? Its site's cookies will no longer be matched "
                        "against it.").format(file=entry.path)) != QMessageBox.StandardButton.Yes:
            return
        try:
            remove_policy(entry.path, self._session.policy_folder)
        except (OSError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("Remove Policy"), str(exc))
            return
        self.removed.emit(entry.path)


def _when(us) -> str:
    if us is None:
        return "—"
    return datetime.fromtimestamp(us / 1e6, timezone.utc).astimezone().strftime("%Y-%m-%d %H:%M")
