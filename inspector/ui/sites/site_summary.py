"""The header above the cookie table when one site is chosen: its policy against what the browsers hold."""
from __future__ import annotations

from dataclasses import replace
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from inspector.domain import wording
from inspector.ui.formatting import say
from inspector.ui.table.findings_column import SEVERITY_ICONS, explanation
from inspector.ui.icons import icon
from inspector.ui import deferred
from inspector.ui.plain_text import plain_tip

_ICON_PX = 16


class SiteSummaryHeader(QFrame):
    """One line per the domain's SiteSummary, over the rows the filters keep; hidden unless one site is chosen."""

    add_policy_requested = Signal(str)  # the site: "Add a site's policy…", offered when none covers it

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("siteSummary")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.icon = QLabel()
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(self.tr("Site summary"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.add_policy = QPushButton(self.tr("Add a Site's Policy…"))
        self.add_policy.setFlat(True)
        self.add_policy.clicked.connect(lambda: self.add_policy_requested.emit(self._site or ""))
        self.add_policy.hide()
        layout.addWidget(self.add_policy, 0, Qt.AlignmentFlag.AlignTop)
        self._site: str | None = None
        self.summary = None  # the domain SiteSummary shown, or None
        self._absent_key = None
        self._absent = ()
        self.hide()

    @property
    def text(self) -> str:
        return self.label.text()

    def show_site(self, table, sites, rows: list[int], store: str | None = None) -> None:
        """`sites`: the chosen sites; `rows`: the visible source rows (the filters' answer); `store`: its filter."""
        if table is None or len(sites) != 1:
            self.summary = None
            self.hide()
            return
        (site,) = sites
        # Findings are already computed per row (on the worker): no engine is used here.
        summary = deferred.domain().site_summaries(table.result, table.findings, rows).get(site)
        if summary is not None:
            summary = replace(summary, absent=self._absent_from_profiles(table, site, store))
        self.summary = summary
        self._site = site
        self.add_policy.setVisible(summary is None or not summary.policy_sites)
        if summary is None:
            self._set(self.tr("{site} — no cookie matches the filters").format(site=site), None, "")
        else:
            self._set(wording.site_summary(summary, say), summary.severity, self._absent_tip(summary))
        self.show()

    def _absent_from_profiles(self, table, site: str, store: str | None) -> tuple:
        """Declared cookies missing from the shown profiles. A text or status filter hides rows, but does
        not make a cookie absent from the browser: over the site's rows in the chosen stores, not the visible ones."""
        key = (id(table), site, store)
        if key != self._absent_key:
            site_of, store_of = table.site_of, table.store_of
            rows = [i for i, s in enumerate(site_of) if s == site and (store is None or store_of[i] == store)]
            whole = deferred.domain().site_summaries(table.result, table.findings, rows).get(site)
            self._absent_key, self._absent = key, (whole.absent if whole is not None else ())
        return self._absent

    def _set(self, text: str, level: str | None, tip: str) -> None:
        self.label.setText(text)
        self.setAccessibleDescription(text)
        self.setToolTip(plain_tip(tip))
        pixmap = icon(SEVERITY_ICONS[level]).pixmap(_ICON_PX, _ICON_PX) if level else icon("site").pixmap(_ICON_PX)
        self.icon.setPixmap(pixmap)

    def _absent_tip(self, s) -> str:
        if not s.absent:
            return ""
        items = "".join(f"<li><b>{escape(a.rule.name)}</b>: {escape(explanation(a.finding))}</li>" for a in s.absent)
        return self.tr("<p>Declared by the policy but not in these browsers:</p>") + f"<ul>{items}</ul>"
