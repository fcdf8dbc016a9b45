"""What the window asks of the keep list, the clean-up and the history's parts: the calls its workers run."""
from __future__ import annotations

from dataclasses import dataclass

from inspector.domain.cleanup.choose import effective_category
from inspector.domain.cleanup.plan import CleanupPlan, plan_cleanup, run_cleanup
from inspector.domain.cleanup.rules import FINDINGS, Rule, load_rules, save_rule
from inspector.domain.deletion import labels
from inspector.domain.deletion.backup import history
from inspector.domain.deletion.partial_undo import deleted_cookies, undo_part
from inspector.domain.cleanup.findings import findings_of
from inspector.domain.keep.entries import SIGN_IN, KeepEntry, KeepList
from inspector.domain.keep.keep_file import KeepListError, keep_list_path, load_keep_list, save_keep_list
from inspector.domain.keep.sign_in import is_sign_in, sign_ins

__all__ = ["Rule", "FINDINGS", "KeepEntry", "KeepList", "KeepListError", "SIGN_IN", "CleanupPlan",
           "load_keep_list", "save_keep_list", "keep_list_path", "load_rules", "save_rule", "is_sign_in",
           "sign_ins", "effective_category", "prepare_cleanup", "execute_cleanup", "history_entries",
           "deleted_cookies", "entry_cookies", "preview_cleanup", "Preview", "undo_part", "sign_in_entries"]


def prepare_cleanup(table, rules, keep: KeepList, analysis=None) -> CleanupPlan:
    """The window's preview: the loaded table's cookies (described already), one look at the profiles.
    `analysis`: the window's consent analysis of the table, when it has one (not run again)."""
    result, rules = table.result, list(rules)
    return plan_cleanup(table.cookies, [r.store for r in result.reports], rules, keep, table.describer.describe,
                        result.now_us, findings=findings_of(result, rules, table.describer, analysis))


@dataclass(frozen=True)
class Preview:
    """What the confirmation shows: the plan, and what goes grouped per site, then per effective category,
    each cookie with its description (provider, purpose, source)."""

    plan: CleanupPlan
    groups: dict  # site -> {category id: [(InspectedCookie, Description or None)]}
    sign_ins: dict  # site -> sign-in cookie names that would go


def preview_cleanup(table, rules, keep: KeepList, analysis=None) -> Preview:
    plan = prepare_cleanup(table, rules, keep, analysis)
    describe = table.describer.describe
    groups: dict = {}
    sign: dict = {}
    for c in plan.going:
        about = describe(c)
        groups.setdefault(c.site, {}).setdefault(effective_category(about), []).append((c, about))
        if c.site in plan.sign_in_sites and is_sign_in(c, about):
            sign.setdefault(c.site, set()).add(c.record.name)
    return Preview(plan, {s: groups[s] for s in sorted(groups)}, {s: sorted(n) for s, n in sign.items()})


def execute_cleanup(plan: CleanupPlan, table, sort):
    """Clean the closed stores (one backup), then the table without the deleted rows, in its order."""
    report = run_cleanup(plan)
    remaining = table.without([r.key for r in report.deleted])
    remaining.order(*sort)
    return report, remaining


def entry_cookies(undo_id: str) -> tuple[str, list]:
    """(undo_id, the cookies it deleted), for the History view to expand."""
    return undo_id, deleted_cookies(undo_id)


def sign_in_entries(cookies, describe, site: str) -> list[KeepEntry]:
    """"Keep my sign-ins on this site": one entry per sign-in cookie name of the site."""
    names = sorted({c.record.name for c in cookies if c.site == site and is_sign_in(c, describe(c))})
    return [KeepEntry(site=site, name=n, reason=SIGN_IN) for n in names]


@dataclass(frozen=True)
class HistoryEntry:
    """A past deletion for the History view: the backup's entry with what made it and where."""

    entry: object  # backup.Entry
    action: str  # codes.ACTIONS
    rules: tuple
    sites: tuple
    created_us: int | None  # for the local time with its zone
    restored_parts: int  # cookies put back one by one or by site


def history_entries() -> list[HistoryEntry]:
    out = []
    for e in history():
        label = labels.read_label(e.undo_id)
        sites = label["sites"]
        if not sites and e.status in ("done", "undone", "interrupted"):
            try:
                sites = sorted({c["site"] for c in deleted_cookies(e.undo_id)})
            except Exception:  # an unreadable manifest is the entry's own status already
                sites = []
        created = _iso_to_us(e.created)
        out.append(HistoryEntry(e, label["action"], tuple(label["rules"]), tuple(sites), created,
                                len(label["restored"])))
    return out


def _iso_to_us(text: str):
    from datetime import datetime

    try:
        return int(datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp() * 1_000_000)
    except (ValueError, AttributeError):
        return None
