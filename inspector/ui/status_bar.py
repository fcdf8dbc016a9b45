"""The status bar: what is shown after filtering, the totals, the policy in force, and load progress."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar

from inspector.ui.formatting import plural
from inspector.ui.table.filter_proxy import Summary
from inspector.ui.plain_text import plain_tip


class StatusBar(QStatusBar):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.shown = QLabel()
        self.totals = QLabel()
        self.policy = QLabel()
        # The policy's name is the file's, the counts name profiles: text, never rich text.
        for label in (self.shown, self.totals, self.policy):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Loading progress"))
        self.progress.hide()
        self.addWidget(self.shown, 1)
        self.addPermanentWidget(self.progress)
        self.addPermanentWidget(self.totals)
        self.addPermanentWidget(self.policy)

    def totals_text(self, total: Summary, stores: int, failed: int, explained: int | None = None) -> str:
        """'312 cookies · 270 explained (86 %) · 41 sites · 9 undeclared · 4 stores' (· 1 failed).

        `explained` (how many cookies some source describes) is None until the table is warm."""
        parts = [
            plural(self.tr("%n cookie(s)", "", total.cookies), total.cookies),
            plural(self.tr("%n site(s)", "", total.sites), total.sites),
            self.tr("%n undeclared", "", total.undeclared),
            plural(self.tr("%n store(s)", "", stores), stores),
        ]
        if explained is not None and total.cookies:
            parts.insert(1, self.tr("{explained} explained ({share} %)").format(
                explained=explained, share=explained * 100 // total.cookies))
        if failed:
            parts.append(self.tr("%n failed", "", failed))
        return " · ".join(parts)

    def show_table(self, table, shown: Summary, filtered: bool) -> None:
        """The counts of a CookieTable beside those of its `shown` rows (`filtered`: the filters hide some)."""
        total = Summary(len(table), len(table.result.site_counts), table.undeclared)
        reports = table.result.reports
        failed = sum(1 for r in reports if r.error is not None)
        explained = table.explained if table.warm_done else None
        self.show_counts(total, shown, len(reports) - failed, failed, filtered, explained)

    def show_counts(self, total: Summary, shown: Summary, stores: int, failed: int, filtered: bool,
                    explained: int | None = None) -> None:
        self.totals.setText(self.totals_text(total, stores, failed, explained))
        if filtered:
            text = self.tr("Showing {cookies} of {total} · {sites} · {undeclared} undeclared").format(
                cookies=plural(self.tr("%n cookie(s)", "", shown.cookies), shown.cookies),
                total=total.cookies,
                sites=plural(self.tr("%n site(s)", "", shown.sites), shown.sites),
                undeclared=shown.undeclared)
        else:
            text = self.tr("Showing all cookies")
        self.shown.setText(text)

    def show_policy(self, name: str, path: str) -> None:
        self.policy.setText(self.tr("Policy: {name}").format(name=name))
        self.policy.setToolTip(plain_tip(path))

    def show_progress(self, done: int, total: int, what: str) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(done)
        self.progress.show()
        if what:
            self.shown.setText(self.tr("Reading {store}… ({done} of {total})").format(
                store=what, done=done + 1, total=total))

    def show_load_started(self, reason: str) -> None:
        """A Session load began; `reason` is its load_started's (load, refresh or policy)."""
        self.show_busy({"policy": self.tr("Applying the policy…"),
                        "refresh": self.tr("Reading the cookie stores again…")}.get(
            reason, self.tr("Reading the cookie stores…")))

    def show_busy(self, text: str) -> None:
        self.progress.setRange(0, 0)  # indeterminate until the first store reports
        self.progress.show()
        self.shown.setText(text)

    def hide_progress(self) -> None:
        self.progress.hide()
