"""Clean up… from the window: the dialog's choices → a preview on a worker → confirmed → the deletion flow runs it."""
from __future__ import annotations

import os

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QWidget

from inspector.domain.codes import MARKETING, PREFERENCES, STATISTICS
from inspector.ui import deferred
from inspector.ui import formatting as fmt
from inspector.ui.cleanup.cleanup_dialog import UNKNOWN, CleanupDialog
from inspector.ui.cleanup.keep_state import KeepState
from inspector.ui.tasks import Task

_OFFERED = (MARKETING, STATISTICS, PREFERENCES, UNKNOWN)  # necessary ones are what keeps sites working


class CleanupFlow(QObject):
    """Plans over what `session` has loaded, minus what `keep` keeps; `deletion` (the DeletionFlow)
    runs the confirmed plan, so rows leave, Undo and the history work as for any deletion."""

    def __init__(self, session, keep: KeepState, deletion, runner, parent: QWidget):
        super().__init__(parent)
        self._session = session
        self._keep = keep
        self._deletion = deletion
        self._runner = runner
        self._parent = parent
        # () -> the window's consent analysis of the table, or None (ui/cleanup/window_part sets it):
        # "Against your choice" then needs no second analysis, and counts keyring values once read.
        self.consent_analysis = lambda: None
        self.dialog: CleanupDialog | None = None
        self._asked = 0  # the latest preview asked for: older answers are dropped
        self._tasks: set = set()

    def _run(self, fn, *args, done, failed) -> None:
        task = Task(fn, *args)
        task.signals.succeeded.connect(done)
        task.signals.failed.connect(failed)
        self._runner.start(task)

    def open(self) -> None:
        table = self._session.table
        if table is None or self._deletion.busy:
            return
        if self._keep.broken is not None:
            self._deletion.show_problem(self.tr("Nothing is deleted while the keep list cannot be read."),
                                        [self._keep.broken_text])
            return
        api = deferred.cleanup()
        policy = self._session.current.policy
        # The banner categories only: a policy's own ids map onto them.
        titles = [(c, fmt.category_title(policy, c, table.lang) if c != UNKNOWN else self.tr("Unknown"))
                  for c in _OFFERED]
        dialog = CleanupDialog(api.Rule, titles, self._parent)
        dialog.rules_changed.connect(self._preview)
        dialog.keep_sign_ins_requested.connect(self._keep_sign_ins)
        dialog.save_rule_requested.connect(self._save_rule)
        dialog.accepted.connect(self._confirmed)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()
        dialog.request_preview()

    @Slot(list)
    def _preview(self, rules: list) -> None:
        self._asked += 1
        self._run(_numbered, self._asked, self._session.table, rules, self._keep.keep, self.consent_analysis(),
                  done=self._previewed, failed=self._preview_failed)

    @Slot(object)
    def _previewed(self, answer) -> None:
        number, preview = answer
        if number == self._asked and self.dialog is not None:
            self.dialog.show_preview(preview)

    @Slot(object)
    def _preview_failed(self, exc: Exception) -> None:
        if self.dialog is not None:
            self.dialog.headline.setText(self.tr("The clean-up could not be planned: {error}").format(
                error=fmt.error_words(exc)))

    @Slot()
    def _confirmed(self) -> None:
        dialog = self.dialog
        if dialog is None or dialog.preview is None:
            return
        self._deletion.execute_confirmed(dialog.preview.plan, deferred.cleanup().execute_cleanup)

    @Slot(int)
    def _closed(self, _result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()

    @Slot(str)
    def _keep_sign_ins(self, site: str) -> None:
        table = self._session.table
        entries = deferred.cleanup().sign_in_entries(table.cookies, table.describer.describe, site)
        self._keep.add_entries(entries)
        if self.dialog is not None:
            self.dialog.request_preview()

    @Slot(str, list)
    def _save_rule(self, name: str, rules: list) -> None:
        api = deferred.cleanup()
        path = rules_path()
        for rule in rules:
            named = name if len(rules) == 1 else f"{name} ({rule.name})"
            api.save_rule(path, api.Rule(**{**rule.__dict__, "name": named, "line": None}))
        self._deletion.show_saved(self.tr("Saved as the rule “{name}” in {path}; run it with "
                                          "consent-inspector clean --rules {path} --yes").format(name=name, path=path))


def rules_path() -> str:
    """Where the window saves rules: beside the keep list, in the user's config dir."""
    return os.path.join(os.path.dirname(deferred.cleanup().keep_list_path()), "rules.yaml")


def _numbered(number: int, table, rules, keep, analysis=None):
    return number, deferred.cleanup().preview_cleanup(table, rules, keep, analysis)
