"""File → Export report… and File → Export cookies…: choose a file, confirm, write on a worker, say what happened."""
from __future__ import annotations

import os
from typing import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox, QStatusBar, QWidget

from inspector.ui.table.cookie_selection import CookieSelection
from inspector.ui.tasks import Task
from inspector.ui import deferred, language
from inspector.ui.workspace.session import Session

def report_format(path: str, chosen_filter: str = "") -> tuple[str, str]:
    """(format, path): the file's extension decides; without one, the dialog's filter does and adds it."""
    fmt = deferred.domain().format_for_path(path)
    if fmt is not None:
        return fmt, path
    for fmt in ("html", "csv", "json"):
        if f"*.{fmt}" in chosen_filter:
            return fmt, path + "." + fmt
    return "html", path + ".html"


class Exporter(QObject):
    """Runs both exports of what `session` has loaded, as far as `selection` shows it; outcomes go to
    `status` and to boxes over `parent`. `choose_file` and `confirm_values` are replaceable (tests)."""

    report_exported = Signal(str)  # path
    cookies_exported = Signal(str, object)  # path, netscape.ExportResult
    export_failed = Signal(str)  # message

    def __init__(self, session: Session, selection: CookieSelection, status: QStatusBar, runner, report_action,
                 cookies_action, parent: QWidget):
        super().__init__(parent)
        self._session = session
        self._selection = selection
        self._status = status
        self._parent = parent
        self.runner = runner
        self.report_action = report_action
        self.cookies_action = cookies_action
        self.choose_file: Callable[[str, str, str], tuple[str, str]] = self._ask_file
        self.confirm_values: Callable[[int], bool] = self._ask_confirmation
        self.message: QMessageBox | None = None  # the last outcome shown
        self._running: dict = {}  # TaskSignals -> (task, action, what, path): results come back by sender
        report_action.triggered.connect(self.export_report)
        cookies_action.triggered.connect(self.export_cookies)

    # --- what to export -------------------------------------------------------------

    def _rows(self) -> list[int]:
        """The visible rows, in scan order (what the filters and chosen sites keep)."""
        return self._selection.shown_rows()

    # --- report -----------------------------------------------------------------------

    @Slot()
    def export_report(self) -> None:
        table = self._session.table
        if table is None:
            return
        filters = ";;".join((self.tr("HTML report (*.html)"), self.tr("CSV table (*.csv)"),
                             self.tr("JSON data (*.json)")))
        path, chosen = self.choose_file(self.tr("Export Report"), filters,
                                        os.path.join(os.path.expanduser("~"), "consent-report.html"))
        if not path:
            return
        fmt, path = report_format(path, chosen)
        task = Task(deferred.domain().write_report_file, table.result, self._rows(), table.findings, fmt, path,
                    language.current())
        self._start(task, self.report_action, "report", path)

    def _report_done(self, path: str) -> None:
        self._tell(QMessageBox.Icon.Information, self.tr("Report exported"),
                   self.tr("The report was saved to {path}. It holds no cookie values.").format(path=path))
        self.report_exported.emit(path)

    # --- cookies.txt ----------------------------------------------------------------

    @Slot()
    def export_cookies(self) -> None:
        table = self._session.table
        if table is None:
            return
        rows = self._rows()
        if not rows or not self.confirm_values(len(rows)):
            return
        path, _chosen = self.choose_file(self.tr("Export Cookies"), self.tr("Netscape cookies.txt (*.txt);;All files (*)"),
                                         os.path.join(os.path.expanduser("~"), "cookies.txt"))
        if not path:
            return
        cookies = [table.cookies[r] for r in rows]
        local_states = {}
        for cookie in cookies:
            store = cookie.record.store
            if store not in local_states:
                local_states[store] = self._session.local_state(cookie.record)
        task = Task(deferred.domain().write_cookies_file, cookies, table.now_us, local_states, path)
        self._start(task, self.cookies_action, "cookies", path)

    def values_box(self, count: int) -> QMessageBox:
        """The confirmation: it says values are secrets, and Cancel is the default button."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Export Cookies With Their Values?"),
                          self.tr("The file will hold the values of {n} cookies: session tokens and other "
                                  "secrets that let whoever reads it sign in as you.").format(n=count),
                          QMessageBox.StandardButton.Cancel, self._parent)
        box.setInformativeText(self.tr("Values are written in clear text to a file only you can read. "
                                       "Keep it private and delete it once it is imported."))
        box.setAccessibleName(self.tr("Confirm exporting cookie values"))
        box.addButton(self.tr("&Export With Values"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        return box

    def _ask_confirmation(self, count: int) -> bool:
        box = self.values_box(count)
        box.exec()
        accepted = box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.AcceptRole
        box.deleteLater()
        return accepted

    def _cookies_done(self, path: str, result) -> None:
        text = self.tr("Wrote {written} cookies to {path}; skipped {skipped}.").format(
            written=result.written, path=path, skipped=len(result.skipped))
        # Reasons name the cookie (host and name) and why, never its value.
        details = "\n".join(f"{label}: {reason}" for label, reason in result.skipped)
        self._tell(QMessageBox.Icon.Information, self.tr("Cookies exported"), text, details)
        self.cookies_exported.emit(path, result)

    # --- both -----------------------------------------------------------------------

    def _start(self, task: Task, action, what: str, path: str) -> None:
        action.setEnabled(False)  # one export of a kind at a time
        self._running[task.signals] = (task, action, what, path)
        task.signals.succeeded.connect(self._succeeded)
        task.signals.failed.connect(self._failed)
        task.signals.finished.connect(self._finished)
        self._status.showMessage(self.tr("Exporting…"))
        self.runner.start(task)

    @Slot(object)
    def _succeeded(self, result) -> None:
        _task, _action, what, path = self._running[self.sender()]
        if what == "report":
            self._report_done(path)
        else:
            self._cookies_done(path, result)

    @Slot()
    def _finished(self) -> None:
        _task, action, _what, _path = self._running.pop(self.sender())
        action.setEnabled(True)

    @Slot(object)
    def _failed(self, exc: Exception) -> None:
        message = self.tr("The export failed: {error}").format(error=exc)
        self._tell(QMessageBox.Icon.Warning, self.tr("Export failed"), message)
        self.export_failed.emit(message)

    def _tell(self, kind, title: str, text: str, details: str = "") -> None:
        """The outcome in the status bar, and in a window-modal box that does not block the caller."""
        self._status.showMessage(text, 15_000)
        if self.message is not None:
            self.message.deleteLater()
        self.message = QMessageBox(kind, title, text, QMessageBox.StandardButton.Ok, self._parent)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # the path and skipped cookies are not markup
        if details:
            self.message.setDetailedText(details)
        self.message.open()

    def _ask_file(self, title: str, filters: str, suggested: str) -> tuple[str, str]:
        return QFileDialog.getSaveFileName(self._parent, title, suggested, filters)
