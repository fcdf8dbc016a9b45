"""The work behind a load, run on a worker: read the stores, classify, lay the table out. Qt-free."""
from __future__ import annotations

import os
from dataclasses import dataclass

from inspector.domain.policy import EMPTY_POLICY, PolicyError, default_policy_path, load_policy
from inspector.domain.clock import SYSTEM
from inspector.domain.scan import ScanResult, inspect, scan
from inspector.domain.stores.firefox_session import SESSION_FILES
from inspector.ui.table.cookie_table import CookieTable
from inspector.ui.formatting import store_label
from inspector.ui.workspace.sources import StoreSource


@dataclass(frozen=True)
class Loaded:
    """What a finished load hands the window."""

    table: CookieTable
    demo: str | None  # why demo data is shown, or None
    policy: object
    policy_error: str | None = None  # the policy asked for could not be loaded (a fallback is in force)
    reason: str = "load"  # load | refresh | policy

    def again(self, reason: str) -> Loaded:
        return Loaded(self.table, self.demo, self.policy, self.policy_error, reason)


def load_everything(source: StoreSource, policy, policy_path: str | None, lang: str, sort=(-1, False),
                    progress=None, clock=SYSTEM) -> Loaded:
    """Everything a window shows; `policy` None means load the one at `policy_path` (None: the bundled one)."""
    policy_error = None
    if policy is None:
        policy, policy_error = _startup_policy(str(policy_path or default_policy_path()))
    resolved = source.resolve()

    def report(index, total, store):
        if progress is not None:
            progress(index, total, store_label(store.browser, store.profile) if store is not None else "")

    result = scan(resolved.stores, policy, report, clock)
    return Loaded(_table(result, lang, sort), resolved.demo, policy, policy_error)


def _table(result: ScanResult, lang: str, sort) -> CookieTable:
    table = CookieTable(result, lang)
    table.order(*sort)  # sorting 200,000 rows takes a while: here, not on the GUI thread
    return table


def _startup_policy(path: str):
    """The policy asked for; if it is unusable, the bundled one (or none) and the reason."""
    try:
        return load_policy(path), None
    except PolicyError as exc:
        error = str(exc)
    default = str(default_policy_path())
    if os.path.abspath(path) != os.path.abspath(default):
        try:
            return load_policy(default), error
        except PolicyError:
            pass
    return EMPTY_POLICY, error


def reclassify(result: ScanResult, policy, lang: str, sort=(-1, False), clock=SYSTEM) -> CookieTable:
    """The same cookies under another policy; the stores are not read again."""
    site_counts: dict[str, int] = {}
    cookies = inspect([c.record for c in result.cookies], policy, site_counts)
    return _table(ScanResult(result.reports, cookies, clock.now_us(), policy, dict(sorted(site_counts.items()))),
                  lang, sort)


def load_and_apply_policy(path: str, result: ScanResult, lang: str, sort=(-1, False), clock=SYSTEM):
    policy = load_policy(path)  # PolicyError goes back to the window as is
    return policy, reclassify(result, policy, lang, sort, clock)


def watched_files(reports) -> list[str]:
    """The files whose change means a store changed: the DB and the files SQLite keeps beside it."""
    files = []
    for report in reports:
        store = report.store
        files += [store.path, store.path + "-wal", store.path + "-journal"]
        if store.family == "firefox" and store.profile_dir:
            files += [os.path.join(store.profile_dir, f) for f in SESSION_FILES]
    return files
