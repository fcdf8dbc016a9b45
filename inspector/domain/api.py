"""What the window asks of the domain after its first paint: the calls, and the jobs it runs on workers."""
from __future__ import annotations

from inspector.domain.deletion import choice as deletion_choice
from inspector.domain.deletion.plan import execute, plan_deletion
from inspector.domain.deletion import retention
from inspector.domain.deletion.undo import history, recover_interrupted, undo
from inspector.domain.exports.netscape import export_cookies
from inspector.domain.exports.report import build_report, format_for_path, write_report
from inspector.domain.findings.engine import FindingsEngine, site_summaries
from inspector.domain.scan import site_filter
from inspector.domain.sites import normalize_host
from inspector.domain.stores.demo import demo_stores
from inspector.domain.stores.values import ValueUnavailable, read_value
from inspector.files import PRIVATE_MODE, open_atomic

# Passed on to the window's modules as they are.
__all__ = ["deletion_choice", "site_summaries", "site_filter", "normalize_host", "demo_stores",
           "ValueUnavailable", "read_value", "format_for_path", "history",
           "prepare_deletion", "execute_deletion", "undo_deletion", "write_report_file", "write_cookies_file",
           "backup_retention", "set_backup_retention", "delete_backups_now", "recover_deletions"]


def prepare_deletion(cookies, stores):
    plan = plan_deletion(cookies, stores)
    check = plan.lock_check()  # one look at the profiles gives both the refusal and the stale-lock notes
    return plan, check.blockers, plan.notes(check)


def execute_deletion(plan, table, sort):
    """Delete, then the window's table without the deleted rows, in the order it shows (`table.without`)."""
    report = execute(plan)
    remaining = table.without([r.key for r in report.deleted])
    remaining.order(*sort)  # the sort the table shows, built here rather than on the GUI thread
    return report, remaining


def undo_deletion(undo_id):
    return undo(undo_id)


def recover_deletions() -> list:
    """Finish or roll back what a killed deletion or undo left half-done; the notes say which (none: nothing to do)."""
    return recover_interrupted()


def backup_retention() -> int:
    """Days a deletion's backup is kept (the setting)."""
    return retention.retention_days()


def set_backup_retention(days: int) -> int:
    retention.set_retention_days(days)
    return days


def delete_backups_now() -> int:
    """Every backup deleted (their deletions can no longer be undone); returns how many."""
    return retention.delete_all()


def write_report_file(result, rows: list[int], per_cookie: list, fmt: str, path: str, lang: str = "en") -> str:
    """The report of these cookie indexes in `lang`, with an engine of the worker's own; written atomically."""
    report = build_report(result, indexes=rows, per_cookie=per_cookie, engine=FindingsEngine(), lang=lang)
    with open_atomic(path, text=True) as out:
        write_report(report, fmt, out)
    return path


def write_cookies_file(cookies: list, now_us: int, local_states: dict, path: str):
    """The Netscape file, owner-only: values are read (and decrypted) here, on the worker."""
    def value_of(record):
        return read_value(record, local_states.get(record.store))

    with open_atomic(path, PRIVATE_MODE, text=True) as out:
        return export_cookies(cookies, out, now_us, value_of)
