"""The only module that names icon files: every icon the window uses, by purpose."""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QDir
from PySide6.QtGui import QIcon

from inspector.resources import resource_dir

# purpose -> (freedesktop theme name, bundled SVG). A desktop icon theme wins where it
# has the icon, so the window looks native; the SVG keeps it complete everywhere else.
_ICONS = {
    "app": ("", "consent-inspector.svg"),
    "refresh": ("view-refresh", "refresh.svg"),
    "open-policy": ("document-open", "open-policy.svg"),
    "stores": ("drive-harddisk", "stores.svg"),
    "search": ("edit-find", "search.svg"),
    "clear-filters": ("edit-clear", "clear-filters.svg"),
    "warning": ("dialog-warning", "warning.svg"),
    "error": ("dialog-error", "error.svg"),
    "info": ("dialog-information", "info.svg"),
    "reveal": ("", "reveal.svg"),
    "hide": ("", "hide.svg"),
    "copy": ("edit-copy", "copy.svg"),
    "close": ("window-close", "close.svg"),
    "site": ("", "site.svg"),
    "policy": ("", "policy.svg"),
    "external-link": ("", "external-link.svg"),
    "delete": ("edit-delete", "delete.svg"),
    "undo": ("edit-undo", "undo.svg"),
    "history": ("document-open-recent", "history.svg"),
    "finding-warning": ("", "finding-warning.svg"),
    "finding-info": ("", "finding-info.svg"),
    "findings-only": ("", "findings-only.svg"),
    "export-report": ("", "export-report.svg"),
    "export-cookies": ("", "export-cookies.svg"),
}
_ICONS.update({"pin": ("", "pin.svg"), "clean-up": ("edit-clear-all", "clean-up.svg")})

_SEARCH_PREFIX = "icons"
_registered = False


def _register_search_path() -> None:
    global _registered
    if not _registered:
        QDir.addSearchPath(_SEARCH_PREFIX, str(resource_dir() / "icons"))
        _registered = True


@lru_cache(maxsize=None)
def icon(purpose: str) -> QIcon:
    """The icon for `purpose` (a key of _ICONS); KeyError for a name nobody declared."""
    theme_name, filename = _ICONS[purpose]
    _register_search_path()
    fallback = QIcon(f"{_SEARCH_PREFIX}:{filename}")
    if theme_name and QIcon.hasThemeIcon(theme_name):
        return QIcon.fromTheme(theme_name, fallback)
    return fallback


def app_icon() -> QIcon:
    return icon("app")


def names() -> tuple[str, ...]:
    return tuple(_ICONS)
