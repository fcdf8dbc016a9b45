"""The message a view shows when it has no rows: why, and what to do about it."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QVBoxLayout, QWidget


class EmptyState(QWidget):
    """Centred over a scroll area's viewport, so the header (and its sort and columns) stays usable."""

    link_activated = Signal(str)

    def __init__(self, view: QAbstractScrollArea):
        super().__init__(view.viewport())
        self._label = QLabel()
        self._label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._label.setWordWrap(True)
        self._label.setTextFormat(Qt.TextFormat.RichText)
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self._label.linkActivated.connect(self.link_activated)
        # Softer than row text, so an empty view never reads as a row.
        palette = self._label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
        self._label.setPalette(palette)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self._label)
        layout.addStretch(2)
        view.viewport().installEventFilter(self)
        self._follow(view.viewport())
        self.hide()

    @property
    def text(self) -> str:
        return self._label.text()

    def show_message(self, html: str) -> None:
        self._label.setText(html)
        self.setAccessibleName(self._label.text())
        self._follow(self.parentWidget())
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._follow(watched)
        return False

    def _follow(self, viewport: QWidget) -> None:
        self.setGeometry(viewport.rect().adjusted(24, 24, -24, -24))
