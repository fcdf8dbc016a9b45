"""What the window remembers between runs (QSettings): geometry, splitters, columns, filters, sites."""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

_GEOMETRY = "window/geometry"
_STATE = "window/state"
_MAIN_SPLITTER = "window/mainSplitter"
_CONTENT_SPLITTER = "window/contentSplitter"
_COOKIE_HEADER = "cookies/header"
_SITE_HEADER = "sites/header"
_FILTER = "filter/"  # + text | category | store | status | findings_only
_SITES = "filter/sites"
_DETAILS = "window/detailsVisible"
_VERSION = "version"
VERSION = 2  # bump when a saved layout would no longer fit the window (2: the Site column)


def open_settings() -> QSettings:
    """The user's settings, where the platform keeps them (the organization name is set in app.py)."""
    return QSettings()


def save_window(window, settings: QSettings) -> None:
    settings.setValue(_VERSION, VERSION)
    settings.setValue(_GEOMETRY, window.saveGeometry())
    settings.setValue(_STATE, window.saveState())
    settings.setValue(_MAIN_SPLITTER, window.main_splitter.saveState())
    settings.setValue(_CONTENT_SPLITTER, window.content_splitter.saveState())
    settings.setValue(_COOKIE_HEADER, window.cookie_view.horizontalHeader().saveState())
    settings.setValue(_SITE_HEADER, window.site_view.header().saveState())
    settings.setValue(_DETAILS, window.details_visible())
    for key, value in window.filter_bar.values().items():
        settings.setValue(_FILTER + key, "" if value is None else value)
        # QSettings cannot tell None from "": the empty category (NO_CATEGORY) needs its own flag.
        settings.setValue(_FILTER + key + "Set", value is not None)
    settings.setValue(_SITES, sorted(window.site_view.selected_sites()))
    settings.sync()


def restore_window(window, settings: QSettings) -> bool:
    """Apply what was saved; False when nothing (usable) was."""
    if _to_int(settings.value(_VERSION)) != VERSION:
        return False  # nothing saved, or saved by a layout this window no longer has
    _restore_bytes(settings, _GEOMETRY, window.restoreGeometry)
    _restore_bytes(settings, _STATE, window.restoreState)
    _restore_bytes(settings, _MAIN_SPLITTER, window.main_splitter.restoreState)
    _restore_bytes(settings, _CONTENT_SPLITTER, window.content_splitter.restoreState)
    _restore_bytes(settings, _COOKIE_HEADER, window.cookie_view.horizontalHeader().restoreState)
    _restore_bytes(settings, _SITE_HEADER, window.site_view.header().restoreState)
    window.set_details_visible(_to_bool(settings.value(_DETAILS, True)))
    values = {}
    for key in ("text", "category", "store", "status", "source"):
        present = _to_bool(settings.value(_FILTER + key + "Set", False))
        values[key] = str(settings.value(_FILTER + key, "")) if present else None
    values["text"] = values["text"] or ""
    values["findings_only"] = _to_bool(settings.value(_FILTER + "findings_only", False))
    window.filter_bar.set_values(values)
    sites = settings.value(_SITES, [])
    window.restore_site_selection([sites] if isinstance(sites, str) else list(sites or []))
    return True


def _restore_bytes(settings: QSettings, key: str, apply) -> None:
    value = settings.value(key)
    if isinstance(value, QByteArray) and not value.isEmpty():
        apply(value)


def _to_bool(value) -> bool:
    if isinstance(value, str):
        return value.lower() in ("true", "1", "yes")
    return bool(value)


def _to_int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
