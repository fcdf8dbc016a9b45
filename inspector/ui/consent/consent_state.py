"""What the window knows of consent for the loaded table: analysed on a worker after each load, never before paint."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from inspector.ui.tasks import Task


def _analyse(result, describer, sites, keyring: bool):
    from inspector.domain.consent.analysis import analyse, consent_sites  # after the first paint

    wanted = consent_sites(result) if sites is None else sites
    return analyse(result, describer=describer, sites=wanted, keyring=keyring)


class ConsentState(QObject):
    """The consent analysis of the table shown: the sites holding consent cookies at once, any other on request.

    `read_choices()` is the user's "Read consent choices": the one run that may open the
    keyring (the system may ask for its password, once).
    """

    analysed = Signal(object)  # the table it belongs to
    site_analysed = Signal(str)

    def __init__(self, runner, parent=None):
        super().__init__(parent)
        self._runner = runner
        self.table = None
        self.analysis = None  # ConsentAnalysis of the sites holding consent cookies
        self._extra: dict[str, object] = {}  # site -> SiteConsent or None, asked for one at a time
        self._keyring = False
        self._tasks: list[Task] = []

    def set_table(self, table) -> None:
        self.table, self.analysis, self._extra = table, None, {}
        self._start(table, None)

    def read_choices(self) -> None:
        self._keyring = True
        if self.table is not None:
            self._extra = {}
            self._start(self.table, None)

    def site(self, site: str):
        """The SiteConsent of a site, or None (not known yet: asked for, `site_analysed` follows)."""
        if self.analysis is None or not site:
            return None
        if site in self.analysis.sites:
            return self.analysis.sites[site]
        if site not in self._extra:
            self._extra[site] = None
            self._start(self.table, {site})
        return self._extra.get(site)

    def against_sites(self) -> frozenset:
        if self.analysis is None:
            return frozenset()
        return frozenset(s for s, v in self.analysis.sites.items() if v.against)

    def _start(self, table, sites) -> None:
        task = Task(_analyse, table.result, table.describer, sites, self._keyring)
        task.signals.succeeded.connect(lambda a, t=table, s=sites: self._done(t, s, a))
        task.signals.finished.connect(lambda t=task: self._tasks.remove(t) if t in self._tasks else None)
        self._tasks.append(task)
        self._runner.start(task)

    @Slot()
    def _done(self, table, sites, analysis) -> None:
        if table is not self.table:
            return
        if sites is None:
            self.analysis = analysis
            self.analysed.emit(table)
            return
        for site in sites:
            self._extra[site] = analysis.sites.get(site, False)
            self.site_analysed.emit(site)
