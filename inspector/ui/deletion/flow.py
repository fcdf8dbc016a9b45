"""Deleting from the window: plan → (refusal | confirmation) → execute on a worker → rows leave; undo; history."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from inspector.domain import wording
from inspector.ui import formatting as fmt
from inspector.ui.banner import Banner
from inspector.ui.deletion.browser_open_dialog import BrowserOpenDialog
from inspector.ui.deletion.confirm_dialog import ConfirmDeletionDialog
from inspector.ui.deletion.history import HistoryDialog
from inspector.ui.table.cookie_selection import CookieSelection
from inspector.ui.tasks import Task
from inspector.ui.status_bar import StatusBar
from inspector.ui import deferred
from inspector.ui.workspace.session import Session

_KEPT_LISTED = 5


class DeletionFlow(QObject):
    """Deletes from what `session` has loaded: the rows leave through `selection`, progress and
    outcomes show in `status` and the banners, dialogs open over `parent`."""

    deletion_finished = Signal(object)  # deletion.Report
    undo_finished = Signal(object)  # undo.UndoReport
    undoable_changed = Signal(bool)  # whether Edit → Undo has a deletion to restore
    busy_changed = Signal(bool)

    def __init__(self, session: Session, selection: CookieSelection, status: StatusBar, runner, parent: QWidget,
                 view_state=None):
        super().__init__(parent)
        self._view_state = view_state  # a ViewStateKeeper: what an undo puts back on screen
        self._states: dict = {}  # undo_id -> the ViewState at the time of that deletion
        self._state_at_start = None
        self._focus_in_table = False
        # Set by ui/cleanup: cookies -> {site: sign-in names}, and site -> keep its sign-ins.
        self.sign_ins = None
        self.keep_sign_ins = None
        self._asked: tuple = ([], {})  # the cookies of the confirmation showing, and their sign-ins
        self._session = session
        self._selection = selection
        self._status = status
        self._parent = parent
        self._runner = runner
        self.done_banner = Banner("info")
        self.done_banner.setAccessibleName(self.tr("Deletion result"))
        self.failed_banner = Banner("error")
        self.failed_banner.setAccessibleName(self.tr("Deletion problem"))
        self.confirm_dialog: ConfirmDeletionDialog | None = None
        self.refusal_dialog: BrowserOpenDialog | None = None
        self.history_dialog: HistoryDialog | None = None
        self._retry = None  # what Retry in the refusal dialog does again
        self._table_at_start = None  # the CookieTable a running deletion was planned on
        self._busy = False
        self.undoable = False
        # A deletion or undo killed half-way is put right as soon as the window has its stores,
        # not at the user's next deletion: until then the stores and the history disagree.
        self._recovered = False
        session.loaded.connect(self._recover_once)

    @Slot(object)
    def _recover_once(self, _loaded=None) -> None:
        if self._recovered:
            return
        self._recovered = True
        self._run(deferred.domain().recover_deletions, done=self._recovered_notes, failed=lambda exc: None)

    @Slot(object)
    def _recovered_notes(self, notes) -> None:
        if not notes:
            return
        self.done_banner.show_message("<br>".join(escape(wording.note(n, fmt.say)) for n in notes))
        self._session.refresh()  # the stores changed under the table the window shows
        self._refresh_history()

    @property
    def busy(self) -> bool:
        return self._busy

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_changed.emit(busy)

    def _run(self, fn, *args, done, failed) -> None:
        task = Task(fn, *args)
        task.signals.succeeded.connect(done)
        task.signals.failed.connect(failed)
        self._runner.start(task)

    # --- delete ---------------------------------------------------------------------
    # git-cola's ConfirmAction steps, ok_to_run → confirm → action → success, except that the
    # plan the confirmation shows is made on a worker first, and the action runs on one.

    def delete(self, cookies: list) -> None:
        """Ask to delete these InspectedCookies: nothing goes before the user confirms."""
        if not self._ok_to_run(cookies):
            return
        self.failed_banner.hide()
        self._retry = lambda: self.delete(cookies)
        self._asked = (list(cookies), {})
        self._focus_in_table = self._selection.had_focus()
        self._state_at_start = self._view_state.capture() if self._view_state is not None else None
        self._set_busy(True)
        stores = [r.store for r in self._session.table.result.reports]
        self._run(deferred.domain().prepare_deletion, list(cookies), stores, done=self._prepared, failed=self._failed)

    def _ok_to_run(self, cookies: list) -> bool:
        return not self._busy and bool(cookies) and self._session.table is not None

    @Slot(object)
    def _prepared(self, outcome) -> None:
        """The plan is in: refuse (a browser holds a store), say nothing can go, or ask."""
        self._set_busy(False)
        plan, blockers, notes = outcome
        if blockers:
            self._refuse(blockers)
            return
        self._close_refusal()
        if plan.count == 0:
            self._show_problem(self.tr("None of these cookies can be deleted."),
                               [wording.note(n, fmt.say) for n in notes])
            return
        self._confirm(plan, notes)

    def _confirm(self, plan, notes) -> None:
        cookies = self._asked[0]
        signed = self.sign_ins(cookies) if self.sign_ins is not None else {}
        self._asked = (cookies, signed)
        dialog = ConfirmDeletionDialog(plan, notes, self._parent, signed_out=signed)
        dialog.accepted.connect(lambda: self._action(plan))
        dialog.keep_sign_ins_requested.connect(self._keep_sign_ins_of)
        dialog.finished.connect(dialog.deleteLater)
        self.confirm_dialog = dialog
        dialog.open()

    @Slot(str)
    def _keep_sign_ins_of(self, site: str) -> None:
        """"Keep my sign-ins on this site": they join the keep list, and the rest is asked again."""
        cookies, signed = self._asked
        names = set(signed.get(site, ()))
        if self.keep_sign_ins is not None:
            self.keep_sign_ins(site)
        if self.confirm_dialog is not None:
            self.confirm_dialog.done(0)
        rest = [c for c in cookies if not (c.site == site and c.record.name in names)]
        if rest:
            self.delete(rest)

    def _action(self, plan, run=None) -> None:
        self._set_busy(True)
        self._status.show_busy(fmt.plural(self.tr("Deleting %n cookie(s)…", "", plan.count), plan.count))
        self._table_at_start = self._session.table
        column, descending = self._session.sort_hint
        self._run(run or deferred.domain().execute_deletion, plan, self._table_at_start, (column, descending),
                  done=self._success, failed=self._failed)

    def execute_confirmed(self, plan, run) -> None:
        """Run a plan another dialog confirmed (the clean-up's) with `run`(plan, table, sort) on a worker;
        it ends as a deletion does: rows leave, the notice offers Undo, the history updates."""
        if self._busy:
            return
        self.failed_banner.hide()
        self._retry = None
        self._focus_in_table = self._selection.had_focus()
        self._state_at_start = self._view_state.capture() if self._view_state is not None else None
        self._action(plan, run)

    def undo_part(self, undo_id: str, cookies: list, sites: list) -> None:
        """Restore some cookies (dicts of the history) or sites out of one past deletion."""
        if self._busy:
            return
        self.failed_banner.hide()
        self._retry = lambda: self.undo_part(undo_id, cookies, sites)
        self._set_busy(True)
        self._status.show_busy(self.tr("Restoring deleted cookies…"))
        self._run(deferred.cleanup().undo_part, undo_id, cookies, sites, done=self._undone, failed=self._failed)

    @Slot(object)
    def _success(self, outcome) -> None:
        report, remaining = outcome
        self._set_busy(False)
        self._status.hide_progress()
        if self._session.table is self._table_at_start and not self._session.loading:
            self._remove_rows(report, remaining)
        else:  # a reload landed meanwhile: its rows no longer line up with the deleted ones
            self._session.refresh()
        if self._state_at_start is not None:
            self._states[report.undo_id] = (self._state_at_start, self._view_state.capture())
        self._set_undoable(True)
        self._announce_deletion(report)
        self.deletion_finished.emit(report)
        self._refresh_history()

    def _remove_rows(self, report, remaining) -> None:
        table = self._session.table
        rows = [r for r in map(table.row_of_key, (rec.key for rec in report.deleted)) if r is not None]
        position = self._selection.clear_before_removal(rows)  # the selected rows are the ones going
        self._session.adopt_table(remaining, rows)  # the models follow its cookies_removed
        self._selection.select_at(position)
        if self._focus_in_table:
            self._selection.keep_focus()

    def _announce_deletion(self, report) -> None:
        per_profile: dict = {}
        for record in report.deleted:
            key = fmt.store_label(record.browser, record.profile)
            per_profile[key] = per_profile.get(key, 0) + 1
        head = fmt.plural(self.tr("Deleted %n cookie(s)", "", len(report.deleted)), len(report.deleted))
        where = ", ".join(f"{escape(name)} ({n})" for name, n in per_profile.items())
        text = f"<b>{escape(head)}</b> — {where}."
        if report.notes:
            text += "<br>" + "<br>".join(escape(wording.note(n, fmt.say)) for n in report.notes)
        self.done_banner.show_message(text, [(self.tr("Undo"), lambda: self.undo(report.undo_id))])
        self._status.showMessage(head, 8000)

    # --- undo -----------------------------------------------------------------------

    @Slot()
    def undo(self, undo_id: str | None = None) -> None:
        """Restore a deletion (None: the latest one not restored yet)."""
        if self._busy:
            return
        self.failed_banner.hide()
        self._retry = lambda: self.undo(undo_id)
        self._set_busy(True)
        self._status.show_busy(self.tr("Restoring deleted cookies…"))
        self._run(deferred.domain().undo_deletion, undo_id, done=self._undone, failed=self._failed)

    @Slot(object)
    def _undone(self, report) -> None:
        self._set_busy(False)
        self._close_refusal()
        self._status.hide_progress()
        # The restored rows come back with a reload, under the same filters, selected so
        # the user sees what returned.
        self._selection.select_after_load(report.restored_keys)
        if self._view_state is not None:
            self._view_state.restore_after_load(*self._states.pop(report.undo_id, (None, None)))
        self._session.refresh()
        head = fmt.plural(self.tr("Restored %n cookie(s)", "", report.restored), report.restored)
        text = f"<b>{escape(head)}</b>."
        kept = report.kept_newer
        if kept:
            names = ", ".join(f"{escape(k['name'])} ({escape(k['host'])})" for k in kept[:_KEPT_LISTED])
            if len(kept) > _KEPT_LISTED:
                names += " " + escape(fmt.plural(self.tr("and %n more", "", len(kept) - _KEPT_LISTED),
                                                 len(kept) - _KEPT_LISTED))
            text += " " + escape(fmt.plural(self.tr(
                "%n cookie(s) had been set again since the deletion; the newer one was kept:", "", len(kept)),
                len(kept))) + " " + names + "."
        if report.notes:
            text += "<br>" + "<br>".join(escape(wording.note(n, fmt.say)) for n in report.notes)
        self.done_banner.show_message(text)
        self._status.showMessage(head, 8000)
        self.undo_finished.emit(report)
        self.refresh_undoable()
        self._refresh_history()

    # --- failures and refusals ------------------------------------------------------

    @Slot(object)
    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self._status.hide_progress()
        self._status.clearMessage()
        blockers = getattr(exc, "blockers", None)
        if blockers:  # BrowserRunning: a profile opened between the check and the write
            self._refuse(blockers)
            return
        self._close_refusal()
        if getattr(exc, "partial", None) is not None:
            self._session.refresh()  # some stores did change: show what they hold now
        if getattr(exc, "code", None) == "nothing":
            self.done_banner.show_message(escape(fmt.error_words(exc)))
            self._set_undoable(False)
            return
        self._show_problem(self.tr("The cookies could not be changed."), [fmt.error_words(exc)])
        self._refresh_history()

    def show_saved(self, text: str) -> None:
        self.done_banner.show_message(escape(text))

    def show_problem(self, head: str, details: list[str]) -> None:
        self._show_problem(head, details)

    def _show_problem(self, head: str, details: list[str]) -> None:
        body = "<br>".join(escape(d) for d in details)
        self.failed_banner.show_message(f"<b>{escape(head)}</b>" + (f" {body}" if body else ""))

    def _refuse(self, blockers) -> None:
        if self.refusal_dialog is None:
            dialog = BrowserOpenDialog(self._parent)
            dialog.retry_requested.connect(self._retry_now)
            dialog.rejected.connect(self._refusal_cancelled)
            self.refusal_dialog = dialog
        self.refusal_dialog.show_blockers(blockers)
        if not self.refusal_dialog.isVisible():
            self.refusal_dialog.open()

    @Slot()
    def _retry_now(self) -> None:
        if self._retry is not None and not self._busy:
            self.refusal_dialog.checking()
            self._retry()

    def _refusal_cancelled(self) -> None:
        self._retry = None

    def _close_refusal(self) -> None:
        if self.refusal_dialog is not None and self.refusal_dialog.isVisible():
            self.refusal_dialog.done(0)

    # --- history --------------------------------------------------------------------

    def show_history(self) -> None:
        if self.history_dialog is None:
            dialog = HistoryDialog(self._parent)
            dialog.restore_requested.connect(self.undo)
            dialog.part_restore_requested.connect(self.undo_part)
            dialog.cookies_requested.connect(self._read_entry_cookies)
            dialog.refresh_requested.connect(self._refresh_history)
            dialog.retention_changed.connect(self._set_retention)
            dialog.delete_backups_requested.connect(self._delete_backups)
            self.history_dialog = dialog
        self.history_dialog.show()
        self.history_dialog.raise_()
        self.history_dialog.activateWindow()
        self._refresh_history()

    def _refresh_history(self) -> None:
        if self.history_dialog is not None and self.history_dialog.isVisible():
            self._run(deferred.cleanup().history_entries, done=self.history_dialog.set_entries,
                      failed=self._history_failed)
            self._run(deferred.domain().backup_retention, done=self.history_dialog.set_retention,
                      failed=self._history_failed)

    def _read_entry_cookies(self, undo_id: str) -> None:
        self._run(deferred.cleanup().entry_cookies, undo_id, done=self.history_dialog.set_found,
                  failed=self._history_failed)

    @Slot(int)
    def _set_retention(self, days: int) -> None:
        self._run(deferred.domain().set_backup_retention, days, done=self._retention_saved,
                  failed=self._history_failed)

    @Slot(object)
    def _retention_saved(self, days) -> None:
        self._status.showMessage(fmt.plural(self.tr("Backups are now kept %n day(s).", "", days), days), 5000)

    @Slot()
    def _delete_backups(self) -> None:
        self._run(deferred.domain().delete_backups_now, done=self._backups_deleted, failed=self._history_failed)

    @Slot(object)
    def _backups_deleted(self, count) -> None:
        self._status.showMessage(fmt.say(wording.BACKUPS_DELETED, count), 8000)
        self._set_undoable(False)
        self._refresh_history()

    @Slot(object)
    def _history_failed(self, exc: Exception) -> None:
        self._show_problem(self.tr("The deletion history could not be read."), [fmt.error_words(exc)])

    def refresh_undoable(self) -> None:
        self._run(deferred.domain().history, done=self._history_read, failed=self._history_unreadable)

    @Slot(object)
    def _history_unreadable(self, _exc: Exception) -> None:
        self._set_undoable(False)

    @Slot(object)
    def _history_read(self, entries) -> None:
        self._set_undoable(any(e.undoable for e in entries))

    def _set_undoable(self, undoable: bool) -> None:
        self.undoable = undoable
        self.undoable_changed.emit(undoable)
