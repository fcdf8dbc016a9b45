"""The work behind a load, run on a worker: read the stores, classify, lay the table out. Qt-free."""
from __future__ import annotations

import os
from dataclasses import dataclass

from inspector.domain.policy import default_policy_path
from inspector.domain.policy.library import library_folder, load_library
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
    policy_errors: tuple = ()  # PolicyErrors of the files that could not be loaded (the others are in force)
    reason: str = "load"  # load | refresh | policy

    def again(self, reason: str) -> Loaded:
        return Loaded(self.table, self.demo, self.policy, self.policy_errors, reason)


def load_everything(source: StoreSource, policy, policy_paths, lang: str, sort=(-1, False),
                    progress=None, clock=SYSTEM, folder=None) -> Loaded:
    """Everything a window shows; `policy` None means load the library (bundled, `folder`, `policy_paths`)."""
    policy_errors = ()
    if policy is None:
        policy = library(policy_paths, folder)
        policy_errors = tuple(policy.errors)
    resolved = source.resolve()

    def report(index, total, store):
        if progress is not None:
            progress(index, total, store_label(store.browser, store.profile) if store is not None else "")

    result = scan(resolved.stores, policy, report, clock)
    return Loaded(_table(result, lang, sort), resolved.demo, policy, policy_errors)


def _table(result: ScanResult, lang: str, sort) -> CookieTable:
    table = CookieTable(result, lang)
    table.order(*sort)  # sorting 200,000 rows takes a while: here, not on the GUI thread
    return table


def library(policy_paths, folder=None):
    """The policies in force; the files that failed are in its `errors`, the others are in force."""
    return load_library(default_policy_path(), folder if folder is not None else library_folder(),
                        [str(p) for p in policy_paths or ()])


def reclassify(result: ScanResult, policy, lang: str, sort=(-1, False), clock=SYSTEM) -> CookieTable:
    """The same cookies under another policy; the stores are not read again."""
    site_counts: dict[str, int] = {}
    cookies = inspect([c.record for c in result.cookies], policy, site_counts)
    return _table(ScanResult(result.reports, cookies, clock.now_us(), policy, dict(sorted(site_counts.items()))),
                  lang, sort)


def load_and_apply_policy(policy_paths, result: ScanResult, lang: str, sort=(-1, False), clock=SYSTEM, folder=None):
    """The library again, and the cookies under it. A file the user named (`policy_paths`) that
    fails is a PolicyError and nothing changes; a broken file of the folder is left out."""
    policies = library(policy_paths, folder)
    named = {os.path.abspath(p) for p in policy_paths or ()}
    for exc in policies.errors:
        if os.path.abspath(exc.path) in named:
            raise exc
    return policies, reclassify(result, policies, lang, sort, clock)


def watched_policy_files(policies, folder=None) -> list[str]:
    """The policy files in force, the ones that failed, and the folder itself (its entries come and go)."""
    folder = str(folder if folder is not None else library_folder())
    files = [*policies.files, *(exc.path for exc in policies.errors)]
    # A folder not made yet is watched through its parents: the first save creates it.
    ancestors = [folder]
    while not os.path.isdir(os.path.dirname(ancestors[-1])) and os.path.dirname(ancestors[-1]) != ancestors[-1]:
        ancestors.append(os.path.dirname(ancestors[-1]))
    return list(dict.fromkeys([*files, *ancestors]))


def watched_files(reports) -> list[str]:
    """The files whose change means a store changed: the DB and the files SQLite keeps beside it."""
    files = []
    for report in reports:
        store = report.store
        files += [store.path, store.path + "-wal", store.path + "-journal"]
        if store.family == "firefox" and store.profile_dir:
            files += [os.path.join(store.profile_dir, f) for f in SESSION_FILES]
    return files
