"""The cookie value, hidden behind 'Reveal value': decrypted on a worker, forgotten when the selection moves."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from inspector.ui.icons import icon
from inspector.ui.tasks import Task
from inspector.ui import deferred
from inspector.ui import formatting as fmt


class ValueReveal(QWidget):
    # For tests and accessibility hooks; neither carries the value itself.
    revealed = Signal()
    failed = Signal(str)

    def __init__(self, runner, parent=None):
        super().__init__(parent)
        self._runner = runner
        self._record = None
        self._local_state: str | None = None
        self._task: Task | None = None

        self.reveal_button = QPushButton(icon("reveal"), self.tr("&Reveal value"))
        self.reveal_button.setToolTip(self.tr("Read and decrypt this cookie's value from the browser's store"))
        self.reveal_button.clicked.connect(self.reveal)
        self.busy = QLabel(self.tr("Decrypting…"))
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # a reason may quote the store's text
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_icon = QLabel()
        self.error_icon.setPixmap(icon("error").pixmap(16, 16))

        self.value = QPlainTextEdit()
        self.value.setReadOnly(True)
        self.value.setAccessibleName(self.tr("Cookie value"))
        self.value.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.value.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.value.setWordWrapMode(self.value.wordWrapMode().WrapAnywhere)
        self.value.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.hide_button = QPushButton(icon("hide"), self.tr("&Hide value"))
        self.hide_button.clicked.connect(self.forget)
        self.copy_button = QPushButton(icon("copy"), self.tr("Cop&y value"))
        self.copy_button.clicked.connect(self._copy)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        for w in (self.reveal_button, self.hide_button, self.copy_button, self.busy):
            top.addWidget(w)
        top.addStretch(1)
        err = QHBoxLayout()
        err.setContentsMargins(0, 0, 0, 0)
        err.addWidget(self.error_icon, 0, Qt.AlignmentFlag.AlignTop)
        err.addWidget(self.error, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(err)
        layout.addWidget(self.value)
        self.forget()

    @property
    def is_revealed(self) -> bool:
        return not self.value.isHidden()

    @property
    def error_text(self) -> str:
        return self.error.text() if not self.error.isHidden() else ""

    def set_record(self, record, local_state: str | None = None) -> None:
        """Show the button for `record`; a different cookie hides any value shown."""
        same = record is not None and self._record is not None and record.key == self._record.key
        self._record = record
        self._local_state = local_state
        if not same:
            self.forget()
        self.reveal_button.setEnabled(record is not None)

    @Slot()
    def forget(self) -> None:
        """Hide the value and drop it; a decryption still running will be ignored."""
        self._task = None
        self.value.clear()
        for w in (self.value, self.hide_button, self.copy_button, self.busy, self.error, self.error_icon):
            w.hide()
        self.reveal_button.show()
        self.reveal_button.setEnabled(self._record is not None)

    @Slot()
    def reveal(self) -> None:
        if self._record is None:
            return
        self.forget()
        self.reveal_button.setEnabled(False)
        self.busy.show()
        task = Task(deferred.domain().read_value, self._record, self._local_state)
        task.signals.succeeded.connect(self._on_value)
        task.signals.failed.connect(self._on_error)
        self._task = task
        self._runner.start(task)

    def _is_current(self) -> bool:
        return self._task is not None and self.sender() is self._task.signals

    @Slot(object)
    def _on_value(self, value: str) -> None:
        if not self._is_current():
            return  # the selection moved on while the worker decrypted
        self._task = None
        self.busy.hide()
        self.reveal_button.hide()
        self.value.setPlainText(value)
        for w in (self.value, self.hide_button, self.copy_button):
            w.show()
        self.hide_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.revealed.emit()

    @Slot(object)
    def _on_error(self, exc: Exception) -> None:
        if not self._is_current():
            return
        self._task = None
        self.busy.hide()
        if isinstance(exc, deferred.domain().ValueUnavailable):
            message = fmt.error_words(exc)
        else:
            message = self.tr("The value could not be read ({kind}).").format(kind=type(exc).__name__)
        self.error.setText(message[:1].upper() + message[1:])
        self.error.show()
        self.error_icon.show()
        self.reveal_button.setEnabled(True)
        self.reveal_button.setText(self.tr("&Try again"))
        self.failed.emit(message)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.value.toPlainText())
