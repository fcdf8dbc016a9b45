"""The colour of each policy category's chip: fixed hues for well-known ids, a stable hash otherwise."""
from __future__ import annotations

import zlib
from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

# Hues read as the consent banners use them: green is harmless, red follows you around.
_KNOWN = {
    "necessary": "#1e8e3e",
    "essential": "#1e8e3e",
    "strictly-necessary": "#1e8e3e",
    "functional": "#1a73e8",
    "functionality": "#1a73e8",
    "preferences": "#1a73e8",
    "statistical": "#7b4dc9",
    "statistics": "#8e44ad",
    "analytics": "#8e44ad",
    "performance": "#7b4dc9",
    "first-party": "#e37400",
    "third-party": "#c5221f",
    "marketing": "#d93025",
    "advertising": "#d93025",
    "targeting": "#d93025",
    "social": "#c2185b",
}
_SPARE = ("#00897b", "#5e35b1", "#6d4c41", "#3949ab", "#7cb342", "#f4511e", "#546e7a", "#039be5")
NONE_COLOR = "#9aa0a6"


@lru_cache(maxsize=256)
def category_color(category_id: str | None) -> QColor:
    if not category_id:
        return QColor(NONE_COLOR)
    known = _KNOWN.get(category_id.lower())
    if known:
        return QColor(known)
    # crc32 is stable across runs (hash() is salted), so a category keeps its colour.
    return QColor(_SPARE[zlib.crc32(category_id.encode("utf-8")) % len(_SPARE)])


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
