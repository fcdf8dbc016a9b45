"""The only module that names icon files: every icon the window uses, by purpose, drawn for the light or dark palette."""
from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QByteArray, QDir
from PySide6.QtGui import QGuiApplication, QIcon, QPalette, QPixmap

from inspector.resources import resource_dir

# purpose -> bundled SVG. The app's own icons in every theme: a desktop theme's icons are
# drawn for that theme's toolbar, and under another palette they vanish (Adwaita's
# drive-harddisk is a white drive on a dark toolbar: a blank white square).
_ICONS = {
    "app": "consent-inspector.svg",
    "refresh": "refresh.svg",
    "open-policy": "open-policy.svg",
    "stores": "stores.svg",
    "search": "search.svg",
    "clear-filters": "clear-filters.svg",
    "warning": "warning.svg",
    "error": "error.svg",
    "info": "info.svg",
    "reveal": "reveal.svg",
    "hide": "hide.svg",
    "copy": "copy.svg",
    "close": "close.svg",
    "site": "site.svg",
    "policy": "policy.svg",
    "external-link": "external-link.svg",
    "delete": "delete.svg",
    "undo": "undo.svg",
    "history": "history.svg",
    "finding-warning": "finding-warning.svg",
    "finding-info": "finding-info.svg",
    "findings-only": "findings-only.svg",
    "export-report": "export-report.svg",
    "export-cookies": "export-cookies.svg",
    "pin": "pin.svg",
    "clean-up": "clean-up.svg",
}
# The SVGs draw their line work in this grey, dark enough on a light toolbar. Under a dark
# palette it becomes the palette's own text colour, so the icons read as the labels do.
LINE_COLOUR = "#5f6368"
_SIZES = (16, 22, 24, 32, 48)

_SEARCH_PREFIX = "icons"
_registered = False


def _register_search_path() -> None:
    global _registered
    if not _registered:
        QDir.addSearchPath(_SEARCH_PREFIX, str(resource_dir() / "icons"))
        _registered = True


def _palette() -> QPalette:
    app = QGuiApplication.instance()
    return app.palette() if app is not None else QPalette()


def _dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def icon(purpose: str) -> QIcon:
    """The icon for `purpose` (a key of _ICONS), for the palette in use; KeyError for a name nobody declared."""
    filename = _ICONS[purpose]
    palette = _palette()
    if not _dark(palette):
        return _light_icon(filename)
    return _recoloured(filename, palette.color(QPalette.ColorRole.WindowText).name())


@lru_cache(maxsize=None)
def _light_icon(filename: str) -> QIcon:
    _register_search_path()
    return QIcon(f"{_SEARCH_PREFIX}:{filename}")


@lru_cache(maxsize=None)
def _recoloured(filename: str, line: str) -> QIcon:
    """The SVG with its line grey in `line`, rendered at the sizes toolbars and menus ask for."""
    data = (resource_dir() / "icons" / filename).read_text(encoding="utf-8").replace(LINE_COLOUR, line)
    result = QIcon()
    for size in _SIZES:
        text = re.sub(r'width="\d+" height="\d+"', f'width="{size}" height="{size}"', data, count=1)
        pixmap = QPixmap()
        if pixmap.loadFromData(QByteArray(text.encode("utf-8")), "SVG"):
            result.addPixmap(pixmap)
    return result if not result.isNull() else _light_icon(filename)


def app_icon() -> QIcon:
    return icon("app")


def names() -> tuple[str, ...]:
    return tuple(_ICONS)
