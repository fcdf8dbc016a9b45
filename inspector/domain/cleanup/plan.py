"""A clean-up's plan: the chosen cookies minus the kept ones, over the closed stores, with what was skipped and why."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional, Sequence

from inspector.domain.cleanup.choose import choose
from inspector.domain.cleanup.rules import Rule
from inspector.domain.codes import ACTION_CLEANUP, SKIP_OPEN, SKIP_UNSUPPORTED, UNSUPPORTED_FAMILY
from inspector.domain.deletion import labels
from inspector.domain.deletion import locks
from inspector.domain.deletion.errors import DeletionError
from inspector.domain.deletion.plan import Plan, Report, execute, plan_deletion
from inspector.domain.keep.entries import KeepList
from inspector.domain.keep.sign_in import is_sign_in
from inspector.domain.records import StoreRef
from inspector.domain.scan import gc_paused


@dataclass(frozen=True)
class Skipped:
    """A store a clean-up leaves alone: `reason` a codes.SKIP_REASONS code; `blocker` the LockStatus
    of an open profile; `records` what would have gone from it."""

    store: StoreRef
    reason: str
    records: tuple = ()
    blocker: object = None
    family: str = ""

    @property
    def params(self) -> dict:
        return {"browser": self.store.browser, "profile": self.store.profile, "count": len(self.records),
                "family": self.family or self.store.family, "path": self.store.path}


@dataclass
class CleanupPlan:
    rules: tuple[Rule, ...]
    deletion: Plan  # the closed stores' part: what run_cleanup deletes
    chosen: list  # [(cookie, rule name)] the rules chose, kept ones included
    kept: list  # [(cookie, KeepEntry)]
    skipped: list[Skipped] = field(default_factory=list)
    sign_in_sites: list[str] = field(default_factory=list)  # sites whose sign-in cookies would go
    check: Optional[locks.LockCheck] = None
    going: list = field(default_factory=list)  # the InspectedCookies that go, in scan order

    @property
    def count(self) -> int:
        return self.deletion.count

    @property
    def rule_names(self) -> list[str]:
        return [r.name for r in self.rules]

    def rule_of(self) -> dict:
        """CookieKey -> the name of the rule that chose it."""
        return {c.record.key: name for c, name in self.chosen}

    def sites(self) -> list[str]:
        return sorted({c.site for c in self.going})

    def notes(self) -> list:
        return self.deletion.notes(self.check)


def plan_cleanup(cookies: Sequence, stores: Iterable[StoreRef], rules: Iterable[Rule], keep: KeepList,
                 describe: Callable, now_us: int, findings: Optional[Callable] = None,
                 check_locks: bool = True) -> CleanupPlan:
    """Reads no store: what the scan holds, the rules, the keep list and one look at the profiles."""
    with gc_paused():  # tens of thousands of keys and tuples, no cycles: see scan.gc_paused
        return _plan(cookies, list(stores), tuple(rules), keep, describe, now_us, findings, check_locks)


def _plan(cookies, stores, rules, keep, describe, now_us, findings, check_locks) -> CleanupPlan:
    chosen = choose(cookies, rules, describe, now_us, findings)
    go, kept = keep.split(c for c, _ in chosen)
    plan = plan_deletion(go, stores)
    skipped: list[Skipped] = []
    unsupported: dict = {}
    for record, note in plan.unsupported:
        unsupported.setdefault(record.store, []).append((record, note))
    for path, items in unsupported.items():
        record, note = items[0]
        ref = next((s for s in stores if s.path == path), None) or StoreRef("", record.browser, record.profile, path)
        family = note.params.get("family", "") if note.code == UNSUPPORTED_FAMILY else ""
        skipped.append(Skipped(ref, SKIP_UNSUPPORTED, tuple(r for r, _ in items), family=family))
    check = None
    if check_locks and plan.groups:
        check = plan.lock_check()
        open_profiles = {_profile(b.store): b for b in check.blockers}
        closed = []
        for g in plan.groups:
            blocker = open_profiles.get(_profile(g.store))
            if blocker is None:
                closed.append(g)
            else:
                skipped.append(Skipped(g.store, SKIP_OPEN, g.records, blocker))
        plan = Plan(closed, [])
    left = {s.store.path for s in skipped if s.reason == SKIP_OPEN}
    refused = {_ident(r) for s in skipped if s.reason == SKIP_UNSUPPORTED for r in s.records}
    going = [c for c in go if c.record.store not in left and (not refused or _ident(c.record) not in refused)]
    signed_out = _sign_in_sites(going, describe)
    return CleanupPlan(rules, plan, chosen, kept, skipped, signed_out, check, going)


def _sign_in_sites(going, describe) -> list[str]:
    found: set = set()
    for c in going:
        if c.site not in found and is_sign_in(c, describe(c)):
            found.add(c.site)
    return sorted(found)


def _ident(record) -> tuple:
    key = record.key
    return key.store, key.source, key.values


def _profile(store: StoreRef) -> tuple:
    # As locks.statuses tells profiles apart: one lock state per lock folder.
    return store.family, os.path.normcase(os.path.abspath(store.lock_dir or store.profile_dir or store.path))


def run_cleanup(plan: CleanupPlan, directory: Optional[str] = None) -> Report:
    """Delete the closed stores' part in one backup (one undo restores it all); label it for the history."""
    try:
        report = execute(plan.deletion, directory)
    except DeletionError as exc:
        if exc.partial is not None:  # some stores changed: their undo still names the clean-up
            labels.write_label(exc.partial.undo_id, ACTION_CLEANUP, plan.sites(), plan.rule_names)
        raise
    labels.write_label(report.undo_id, ACTION_CLEANUP, plan.sites(), plan.rule_names)
    return report
