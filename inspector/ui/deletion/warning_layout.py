"""The layout the app's cautionary dialogs share: a warning sign beside a column of text, buttons below."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from inspector.ui.icons import icon


def lay_out_warning(dialog: QDialog, texts: tuple[QWidget, ...], buttons: QWidget, *,
                    gap_before_buttons: int = 0, min_width: int = 520) -> None:
    sign = QLabel()
    sign.setPixmap(icon("warning").pixmap(32, 32))
    sign.setAlignment(Qt.AlignmentFlag.AlignTop)
    column = QVBoxLayout()
    column.setSpacing(8)
    for widget in texts:
        column.addWidget(widget)
    top = QHBoxLayout()
    top.setSpacing(14)
    top.addWidget(sign)
    top.addLayout(column, 1)
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(18, 16, 18, 12)
    layout.addLayout(top)
    if gap_before_buttons:
        layout.addSpacing(gap_before_buttons)
    layout.addWidget(buttons)
    dialog.setMinimumWidth(min_width)
