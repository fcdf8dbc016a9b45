"""View → Deletion History: past deletions (local time with its zone, rule or action, sites, count, status);
expanding one lists its cookies per site; restores a whole deletion, one site of it or one cookie."""
from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
                               QMessageBox, QPushButton, QSpinBox, QTreeView, QVBoxLayout)

from inspector.domain import wording
from inspector.ui import formatting as fmt
from inspector.ui.icons import icon
from inspector.ui.plain_text import plain_tip

_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_UNDOABLE_ROLE = Qt.ItemDataRole.UserRole + 2
_PART_ROLE = Qt.ItemDataRole.UserRole + 3  # ("site", name) or ("cookie", dict) under an entry
_SITES_SHOWN = 3


def local_time(created_us: int | None, text: str = "") -> str:
    """The local date and time with its zone ("2026-12-01 22:13:05 CET"): a history read across a
    daylight-saving change, or from another zone, still says when."""
    if created_us is None:
        return text or "—"
    when = datetime.fromtimestamp(created_us / 1_000_000, tz=timezone.utc).astimezone()
    return when.strftime("%Y-%m-%d %H:%M:%S ") + (when.tzname() or when.strftime("%z"))


def _iso_local(text: str | None) -> str | None:
    try:
        return local_time(int(datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp() * 1_000_000))
    except (AttributeError, TypeError, ValueError):
        return text


class HistoryDialog(QDialog):
    """Modeless; the owner fills it (set_entries) from the domain history read on a worker, and an
    entry's cookies (set_cookies) when it is first expanded."""

    restore_requested = Signal(str)  # undo id
    part_restore_requested = Signal(str, list, list)  # undo id, cookies (dicts), sites
    cookies_requested = Signal(str)  # undo id: the owner answers with set_cookies
    refresh_requested = Signal()
    retention_changed = Signal(int)  # days a backup is kept
    delete_backups_requested = Signal()  # confirmed by the user

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Deletion History"))
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # may name a backup's profiles
        self.summary.setWordWrap(True)
        self.model = QStandardItemModel(0, 5, self)
        self.model.setHorizontalHeaderLabels([self.tr("When"), self.tr("Rule or action"), self.tr("Sites"),
                                              self.tr("Cookies"), self.tr("Status")])
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Past deletions"))
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 190), (1, 170), (3, 70), (4, 190)):
            header.resizeSection(column, width)
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.view.expanded.connect(self._expanded)
        self.view.doubleClicked.connect(self._restore)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(icon("undo"), self.tr("&Restore"))
        self.restore_button.setToolTip(self.tr("Put the chosen deletion, site or cookie back into its store"))
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
        self.resize(900, 400)

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
        """`entries`: the cleanup api's history_entries() (newest first)."""
        current = self.selected_id()
        self.model.removeRows(0, self.model.rowCount())
        for h in entries:
            entry = h.entry
            sites = list(h.sites)
            shown = ", ".join(sites[:_SITES_SHOWN])
            if len(sites) > _SITES_SHOWN:
                shown += " " + fmt.plural(self.tr("and %n more", "", len(sites) - _SITES_SHOWN),
                                          len(sites) - _SITES_SHOWN)
            action = wording.action(h.action, {"rules": list(h.rules)}, fmt.say)
            cells = [QStandardItem(local_time(h.created_us, entry.created)), QStandardItem(action),
                     QStandardItem(shown or "—"), QStandardItem(str(entry.total)),
                     QStandardItem(self._status(entry, h.restored_parts))]
            cells[2].setToolTip("\n".join(sites) + "\n\n" + "; ".join(
                f"{fmt.store_label(b, p)}: {n}" for (b, p), n in sorted(entry.counts.items())))
            cells[3].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            cells[0].setData(entry.undo_id, _ID_ROLE)
            cells[0].setData(entry.undoable, _UNDOABLE_ROLE)
            cells[0].setToolTip(self.tr("Undo ID {id}").format(id=entry.undo_id))
            cells[4].setToolTip(plain_tip(fmt.error_words(entry.problem) if entry.problem else cells[4].text()))
            if entry.total:
                placeholder = QStandardItem(self.tr("Reading…"))
                cells[0].appendRow([placeholder] + [QStandardItem() for _ in range(4)])
            self.model.appendRow(cells)
        self.summary.setText(self.tr("No cookie was deleted yet.") if not entries else fmt.plural(
            self.tr("%n deletion(s). Expand one to see its cookies; Restore puts back the chosen deletion, "
                    "site or cookie.", "", len(entries)), len(entries)))
        self.select(current or (entries[0].entry.undo_id if entries else None))
        self._update_buttons()

    def _status(self, entry, restored_parts: int) -> str:
        text = wording.history_status(entry.status, fmt.say, _iso_local(entry.undone_at) if entry.undone_at else None)
        if restored_parts and entry.undoable:
            text += " · " + fmt.plural(self.tr("%n put back", "", restored_parts), restored_parts)
        return text

    # --- an entry's cookies -------------------------------------------------------------------

    def _entry_item(self, undo_id: str):
        for row in range(self.model.rowCount()):
            item = self.model.item(row, 0)
            if item.data(_ID_ROLE) == undo_id:
                return item
        return None

    def _expanded(self, index) -> None:
        item = self.model.itemFromIndex(index.siblingAtColumn(0))
        if item is not None and item.parent() is None and item.child(0, 0) is not None \
                and item.child(0, 0).data(_PART_ROLE) is None and item.rowCount() == 1:
            self.cookies_requested.emit(item.data(_ID_ROLE))

    @Slot(object)
    def set_found(self, found) -> None:
        """(undo id, its cookies): the answer to cookies_requested."""
        self.set_cookies(*found)

    def set_cookies(self, undo_id: str, cookies: list) -> None:
        """Fill an entry with its cookies, per site (dicts of deleted_cookies())."""
        item = self._entry_item(undo_id)
        if item is None:
            return
        item.removeRows(0, item.rowCount())
        undoable = bool(item.data(_UNDOABLE_ROLE))
        per_site: dict = {}
        for c in cookies:
            per_site.setdefault(c["site"], []).append(c)
        for site in sorted(per_site):
            members = per_site[site]
            back = sum(1 for c in members if c["restored"])
            site_item = QStandardItem(icon("site"), site)
            site_item.setData(("site", site), _PART_ROLE)
            site_item.setData(undo_id, _ID_ROLE)
            site_item.setData(undoable and back < len(members), _UNDOABLE_ROLE)
            count = QStandardItem(str(len(members)))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            status = QStandardItem(fmt.plural(self.tr("%n put back", "", back), back) if back else "")
            site_item.appendRows([])
            for c in members:
                cookie_item = QStandardItem(c["name"])
                cookie_item.setData(("cookie", c), _PART_ROLE)
                cookie_item.setData(undo_id, _ID_ROLE)
                cookie_item.setData(undoable and not c["restored"], _UNDOABLE_ROLE)
                where = QStandardItem(f"{c['host']}{c['path']}")
                profile = QStandardItem(fmt.store_label(c["browser"], c["profile"]))
                done = QStandardItem(self.tr("Put back") if c["restored"] else "")
                site_item.appendRow([cookie_item, profile, where, QStandardItem(), done])
            item.appendRow([site_item, QStandardItem(), QStandardItem(), count, status])
        self.view.expand(item.index())

    # --- choosing and restoring ---------------------------------------------------------------

    def select(self, undo_id: str | None) -> None:
        item = self._entry_item(undo_id) if undo_id else None
        if item is not None:
            self.view.setCurrentIndex(item.index())

    def select_part(self, undo_id: str, kind: str, value: str) -> bool:
        """Choose the site `value` (kind "site") or the cookie named `value` (kind "cookie") of an entry."""
        item = self._entry_item(undo_id)
        if item is None:
            return False
        for r in range(item.rowCount()):
            site_item = item.child(r, 0)
            if kind == "site" and site_item.data(_PART_ROLE) == ("site", value):
                self.view.setCurrentIndex(site_item.index())
                return True
            for k in range(site_item.rowCount()):
                cookie_item = site_item.child(k, 0)
                if kind == "cookie" and cookie_item.text() == value:
                    self.view.setCurrentIndex(cookie_item.index())
                    return True
        return False

    def selected_id(self) -> str | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.itemFromIndex(index.siblingAtColumn(0)).data(_ID_ROLE)

    def ids(self) -> list[str]:
        return [self.model.item(r, 0).data(_ID_ROLE) for r in range(self.model.rowCount())]

    def row_texts(self, undo_id: str) -> list[str]:
        row = self.ids().index(undo_id)
        return [self.model.item(row, c).text() for c in range(self.model.columnCount())]

    def _current(self):
        index = self.view.currentIndex()
        return self.model.itemFromIndex(index.siblingAtColumn(0)) if index.isValid() else None

    def _update_buttons(self, *_args) -> None:
        item = self._current()
        self.restore_button.setEnabled(item is not None and bool(item.data(_UNDOABLE_ROLE)))
        part = item.data(_PART_ROLE) if item is not None else None
        self.restore_button.setText(self.tr("&Restore") if part is None else
                                    self.tr("&Restore This Site") if part[0] == "site" else
                                    self.tr("&Restore This Cookie"))

    def _restore(self, *_args) -> None:
        item = self._current()
        if item is None or not self.restore_button.isEnabled():
            return
        part = item.data(_PART_ROLE)
        undo_id = item.data(_ID_ROLE)
        if part is None:
            self.restore_requested.emit(undo_id)
        elif part[0] == "site":
            self.part_restore_requested.emit(undo_id, [], [part[1]])
        else:
            self.part_restore_requested.emit(undo_id, [part[1]], [])
