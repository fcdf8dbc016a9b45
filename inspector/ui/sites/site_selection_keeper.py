"""Keeps the chosen sites across site-model resets (reloads, deletions), by name: their rows move."""
from __future__ import annotations

from PySide6.QtCore import QObject

from inspector.ui.roles import RECORD_ROLE
from inspector.ui.sites.site_model import SiteModel
from inspector.ui.sites.site_view import SiteView


class SiteSelectionKeeper(QObject):
    def __init__(self, view: SiteView, model: SiteModel):
        super().__init__(view)
        self._view = view
        self._model = model
        self._pending: list[str] | None = None  # the sites to choose once the model is back
        self._row: int | None = None  # where the first chosen site was listed
        model.modelAboutToBeReset.connect(self._capture)
        model.modelReset.connect(self._restore)

    def restore_later(self, sites: list[str]) -> None:
        """Choose these sites once the model resets next (the settings' choice, before the first load)."""
        self._pending = list(sites)
        self._row = None

    def _capture(self) -> None:
        if self._pending is None:  # a choice still waiting wins over what the view shows now
            self._pending = sorted(self._view.selected_sites())
            rows = [r for r in map(self._model.row_of_site, self._pending) if r is not None]
            self._row = min(rows) if rows else None

    def _restore(self) -> None:
        sites, self._pending = self._pending or [], None
        row, self._row = self._row, None
        model = self._model
        if sites and row is not None and not any(model.row_of_site(s) is not None for s in sites) \
                and model.rowCount() > 1:
            # Every chosen site left (its cookies were deleted): the one that moved into its
            # place is chosen, as a list does after a deletion, rather than jumping to 'All sites'.
            sites = [model.index(min(row, model.rowCount() - 1), 0).data(RECORD_ROLE)]
        self._view.select_sites(sites)
