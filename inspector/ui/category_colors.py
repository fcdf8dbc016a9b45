"""The colour of each policy category's chip and swatch, from the one palette the report uses too."""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from inspector.domain.codes import category_colour


@lru_cache(maxsize=256)
def category_color(category_id: str | None) -> QColor:
    """The palette's colour (domain/codes.py, shared with the HTML report) as a QColor."""
    return QColor(category_colour(category_id))


@lru_cache(maxsize=256)
def category_icon(category_id: str | None) -> QIcon:
    """A round swatch for menus and combo boxes, drawn at 1x and 2x so it stays crisp."""
    result = QIcon()
    for scale in (1, 2):
        pixmap = QPixmap(16 * scale, 16 * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(category_color(category_id))
        painter.drawEllipse(QRectF(3, 3, 10, 10))
        painter.end()
        result.addPixmap(pixmap)
    return result
