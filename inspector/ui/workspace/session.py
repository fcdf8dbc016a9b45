"""One run of the app: the policy and stores in force, what is loaded, loading on workers, reloading on change."""
from __future__ import annotations

import os
import sys

from PySide6.QtCore import QObject, Signal, Slot

from inspector.domain.clock import SYSTEM, Clock
from inspector.ui import formatting as fmt
from inspector.ui.table.columns import Column
from inspector.ui.workspace.sources import StoreSource
from inspector.ui.tasks import Task
from inspector.ui.workspace.watcher import ChangeWatcher


def _loading():
    # Imported on the first load, after the window has painted (docs/architecture.md, "first paint").
    from inspector.ui.workspace import loading

    return loading


class Session(QObject):
    """Loads on the runner it is given, one task at a time; what is asked meanwhile runs next.

    `current` is the one answer to "what is loaded": the window and the commands read it
    here and keep no copy.
    """

    load_started = Signal(str)  # reason
    load_progressed = Signal(int, int, str)
    loaded = Signal(object)  # Loaded
    load_failed = Signal(str)
    policy_failed = Signal(str)  # the loader's messages, worded; the previous policy stays in force
    warmed = Signal(object)  # a table whose findings and filter indexes are now built
    cookies_removed = Signal(list, object)  # rows of the previous table that left, the table now current

    def __init__(self, source: StoreSource, policy_paths, runner, lang: str = "en",
                 watch: bool = True, parent=None, clock: Clock = SYSTEM, policy_folder=None):
        super().__init__(parent)
        self.clock = clock  # every load and every "expired" the window shows reads this one
        self._source = source
        if isinstance(policy_paths, (str, os.PathLike)):
            policy_paths = [policy_paths]
        # The --policy files (or the one opened); the bundled policy and the folder are always in.
        self._policy_paths = [str(p) for p in policy_paths or () if p]
        self._policy_folder = str(policy_folder) if policy_folder is not None else None  # None: platformdirs'
        self._policy = None
        self._runner = runner
        self.lang = lang
        # (column, descending) the table shows: loads sort on the worker in that order. The
        # window sets it; until then (a load started before the window) the table's default.
        self.sort_hint: tuple[int, bool] = (Column.HOST, False)
        self._current = None  # loading.Loaded: what is loaded
        self._task: Task | None = None
        # Asked for while a task ran; done once it lands, with what is on disk then.
        self._pending_load: str | None = None
        self._pending_policy: list[str] | None = None
        self._reason = "load"
        self._requested_policy_paths = list(self._policy_paths)
        self._store_watcher = ChangeWatcher(1500, self) if watch else None
        self._policy_watcher = ChangeWatcher(400, self) if watch else None
        if watch:
            self._store_watcher.changed.connect(self._stores_changed)
            self._policy_watcher.changed.connect(self._policy_file_changed)

    @property
    def current(self):
        return self._current

    @property
    def table(self):
        """The CookieTable loaded now (current.table), or None before the first load."""
        return self._current.table if self._current is not None else None

    @property
    def policy(self):
        return self._policy

    @property
    def loading(self) -> bool:
        return self._task is not None

    @property
    def policy_path(self) -> str:
        """The file of the newest policy in force (before the first load: the one asked for, or '')."""
        if self._policy is not None and self._policy.path:
            return self._policy.path
        return self._policy_paths[-1] if self._policy_paths else ""

    @property
    def policy_folder(self):
        """The user's policy folder, where saved imports go."""
        return self._policy_folder if self._policy_folder is not None else str(_loading().library_folder())

    # --- loading ------------------------------------------------------------------------

    @Slot()
    def start(self) -> None:
        self._load("load")

    @Slot()
    def refresh(self) -> None:
        self._load("refresh")

    def _load(self, reason: str) -> None:
        if self._task is not None:
            self._pending_load = reason
            return
        task = Task(_loading().load_everything, self._source, self._policy, self._policy_paths, self.lang,
                    self.sort_hint, progress=True, clock=self.clock, folder=self._policy_folder)
        task.signals.progressed.connect(self.load_progressed)
        task.signals.succeeded.connect(self._on_loaded)
        task.signals.failed.connect(self._on_load_failed)
        self._task = task
        self._reason = reason
        self.load_started.emit(reason)
        self._runner.start(task)

    @Slot(object)
    def _on_loaded(self, loaded) -> None:
        self._task = None
        if self._policy is None:
            self._policy = loaded.policy
            # The failed files are watched too: fixing one applies it.
            self._watch_policy(loaded.policy)
        loaded = loaded.again(self._reason)
        self._current = loaded
        if self._store_watcher is not None:
            self._store_watcher.watch(_loading().watched_files(loaded.table.result.reports))
        self.loaded.emit(loaded)
        self._warm(loaded.table)
        if loaded.policy_errors:
            self._policy_error(loaded.policy_errors)
        self._run_pending()

    def _warm(self, table) -> None:
        """Index the new table for the filter box, and find its findings, on a worker while the
        window already shows it."""
        column, descending = self.sort_hint
        task = Task(_warm_table, table, column, descending)
        task.signals.succeeded.connect(self.warmed)  # the warmed table, passed straight on
        self._runner.start(task)

    @Slot(object)
    def _on_load_failed(self, exc: Exception) -> None:
        self._task = None
        self.load_failed.emit(self.tr("The stores could not be read: {error}").format(error=exc))
        self._run_pending()

    def _run_pending(self) -> None:
        reason, self._pending_load = self._pending_load, None
        policy_path, self._pending_policy = self._pending_policy, None
        if reason is not None:
            self._pending_policy = policy_path  # after this load, if still wanted
            self._load(reason)
        elif policy_path is not None:
            self._apply_policies(policy_path)

    @Slot()
    def _stores_changed(self) -> None:
        self._load("refresh")

    def adopt_table(self, table, removed_rows: list[int]) -> None:
        """After a deletion from the window: `table` (the current one minus `removed_rows`) is
        what the stores now hold. The watcher takes the stores' new state as its starting point,
        so our own write does not come back as a full reload."""
        if self._current is None:
            return
        current = self._current
        self._current = _loading().Loaded(table, current.demo, current.policy, current.policy_errors, "delete")
        if self._store_watcher is not None:
            self._store_watcher.watch(_loading().watched_files(table.result.reports))
        self.cookies_removed.emit(list(removed_rows), table)

    def local_state(self, record) -> str | None:
        """The 'Local State' file beside a Chromium profile: where Windows and macOS keep its cookie key."""
        if self._current is None:
            return None
        for report in self._current.table.result.reports:
            store = report.store
            if store.path == record.store and store.family == "chromium":
                path = os.path.join(store.lock_dir, "Local State")
                return path if os.path.isfile(path) else None
        return None

    # --- the policy -------------------------------------------------------------------

    @Slot(str)
    def open_policy(self, path: str) -> None:
        """Put this policy file in force besides the bundled one and the folder (in place of the
        one opened before); on failure `policy_failed` fires and nothing else changes."""
        self._apply_policies([str(path)])

    @Slot()
    def reload_policies(self) -> None:
        """Read the library again (a file was saved, edited or removed) and re-match the cookies."""
        self._apply_policies(list(self._policy_paths))

    def _apply_policies(self, paths: list[str]) -> None:
        if self._task is not None or self._current is None:
            self._pending_policy = paths  # applied once the cookies are in
            return
        task = Task(_loading().load_and_apply_policy, paths, self._current.table.result, self.lang,
                    self.sort_hint, self.clock, self._policy_folder)
        task.signals.succeeded.connect(self._on_policy_applied)
        task.signals.failed.connect(self._on_policy_failed)
        self._task = task
        self._requested_policy_paths = paths
        self._reason = "policy"
        self.load_started.emit("policy")
        self._runner.start(task)

    @Slot(object)
    def _on_policy_applied(self, outcome) -> None:
        self._task = None
        policy, table = outcome
        self._policy = policy
        self._policy_paths = self._requested_policy_paths
        self._watch_policy(policy)
        errors = tuple(policy.errors)
        self._current = _loading().Loaded(table, self._current.demo, policy, errors, "policy")
        self.loaded.emit(self._current)
        self._warm(table)
        if errors:
            self._policy_error(errors)
        self._run_pending()

    @Slot(object)
    def _on_policy_failed(self, exc: Exception) -> None:
        self._task = None
        self._policy_error((exc,))
        self._run_pending()

    def _policy_error(self, errors) -> None:
        """Each file that failed (file:line:column): in English on stderr, a log; in the window's language on screen."""
        for exc in errors:
            print(f"consent-inspector: policy error: {exc}", file=sys.stderr)  # the banner says it too
        self.policy_failed.emit("\n".join(fmt.error_words(exc) for exc in errors))

    def _watch_policy(self, policies) -> None:
        if self._policy_watcher is not None:
            self._policy_watcher.watch(_loading().watched_policy_files(policies, self._policy_folder)
                                       + list(self._policy_paths))

    @Slot()
    def _policy_file_changed(self) -> None:
        self.reload_policies()


def _warm_table(table, column: int, descending: bool):
    table.warm(column, descending)
    return table
