"""The colour of each banner category's chip and swatch, from the one palette the report uses too, per light or dark palette."""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap

from inspector.domain.codes import category_colour


def dark_palette(palette: QPalette | None = None) -> bool:
    """Is the window drawn light on dark? Read from the palette, the one thing every theme sets."""
    if palette is None:
        app = QGuiApplication.instance()
        palette = app.palette() if app is not None else QPalette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def category_color(category: str | None) -> QColor:
    """The palette's colour of a banner category (domain/codes.py, shared with the HTML report) as a QColor."""
    return _color(category, dark_palette())


@lru_cache(maxsize=64)
def _color(category: str | None, dark: bool) -> QColor:
    return QColor(category_colour(category, dark))


def category_icon(category: str | None) -> QIcon:
    """A round swatch for menus and combo boxes, drawn at 1x and 2x so it stays crisp."""
    return _icon(category, dark_palette())


@lru_cache(maxsize=64)
def _icon(category: str | None, dark: bool) -> QIcon:
    result = QIcon()
    for scale in (1, 2):
        pixmap = QPixmap(16 * scale, 16 * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_color(category, dark))
        painter.drawEllipse(QRectF(3, 3, 10, 10))
        painter.end()
        result.addPixmap(pixmap)
    return result
