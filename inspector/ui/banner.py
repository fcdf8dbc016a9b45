"""A non-blocking message strip above the content: demo data, stores that failed, a policy problem."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QToolButton

from inspector.ui.icons import icon

_TINTS = {"info": "#1a73e8", "warning": "#e8a317", "error": "#d93025"}


class Banner(QFrame):
    """One message with an icon, optional action buttons, and a close button (Esc-free: it never grabs focus)."""

    dismissed = Signal()

    def __init__(self, kind: str, parent=None):
        super().__init__(parent)
        self._styling = False
        self.kind = kind
        self.setObjectName(f"banner-{kind}")
        self.setAccessibleName({"info": self.tr("Information"), "warning": self.tr("Warning"),
                                "error": self.tr("Error")}[kind])
        self._icon = QLabel()
        self._icon.setPixmap(icon(kind).pixmap(20, 20))
        self._icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._text = QLabel()
        self._text.setWordWrap(True)
        self._text.setTextFormat(Qt.TextFormat.RichText)
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self._text.setOpenExternalLinks(False)
        self._text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._actions = QHBoxLayout()
        self._actions.setSpacing(6)
        close = QToolButton()
        close.setIcon(icon("close"))
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Dismiss"))
        close.setAccessibleName(self.tr("Dismiss message"))
        close.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.setSpacing(10)
        layout.addWidget(self._icon)
        layout.addWidget(self._text, 1)
        layout.addLayout(self._actions)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self._apply_colors()
        self.hide()

    @property
    def text(self) -> str:
        return self._text.text()

    def show_message(self, html: str, actions: list[tuple[str, Callable[[], None]]] = ()) -> None:
        self._text.setText(html)
        self.setAccessibleDescription(self._text.text())
        while self._actions.count():
            item = self._actions.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for label, callback in actions:
            button = QPushButton(label)
            button.clicked.connect(callback)
            self._actions.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.show()

    def dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange and not self._styling:
            self._apply_colors()

    def _apply_colors(self) -> None:
        # Tints blended into the application palette keep the banner readable in dark themes.
        # setStyleSheet() itself sends a PaletteChange: the flag stops that loop.
        self._styling = True
        try:
            self._set_style()
        finally:
            self._styling = False

    def _set_style(self) -> None:
        tint = QColor(_TINTS[self.kind])
        base = QApplication.palette().color(QPalette.ColorRole.Window)
        amount = 0.16 if base.lightnessF() > 0.5 else 0.30
        fill = QColor.fromRgbF(*(b + (t - b) * amount for b, t in zip(base.getRgbF()[:3], tint.getRgbF()[:3])))
        self.setStyleSheet(
            f"QFrame#{self.objectName()} {{ background: {fill.name()}; border: 1px solid {tint.name()};"
            " border-radius: 6px; }")
