"""Keeps the chosen sites across site-model resets (reloads, deletions), by name: their rows move."""
from __future__ import annotations

from PySide6.QtCore import QObject

from inspector.ui.sites.site_model import SiteModel
from inspector.ui.sites.site_view import SiteView


class SiteSelectionKeeper(QObject):
    def __init__(self, view: SiteView, model: SiteModel):
        super().__init__(view)
        self._view = view
        self._pending: list[str] | None = None  # the sites to choose once the model is back
        model.modelAboutToBeReset.connect(self._capture)
        model.modelReset.connect(self._restore)

    def restore_later(self, sites: list[str]) -> None:
        """Choose these sites once the model resets next (the settings' choice, before the first load)."""
        self._pending = list(sites)

    def _capture(self) -> None:
        if self._pending is None:  # a choice still waiting wins over what the view shows now
            self._pending = sorted(self._view.selected_sites())

    def _restore(self) -> None:
        sites, self._pending = self._pending or [], None
        self._view.select_sites(sites)
