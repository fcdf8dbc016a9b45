"""`consent-inspector delete` and `undo`: the deletion domain on the command line. Never prints cookie values."""
from __future__ import annotations

import json
import sys
from typing import TextIO

from inspector.domain import wording
from inspector.cli.common import (
    EXIT_FAILED, EXIT_NOTHING, EXIT_OK, EXIT_RUNNING, EXIT_USAGE, load_policy_or_exit, say,
    scan_from_args,
)
from inspector.cli.options import add_common
from inspector.cli.table import TableColumn, fit, terminal_width, write_table
from inspector.domain.codes import DECLARED, LINE_STORE, NO_POLICY, UNDECLARED
from inspector.domain.deletion.errors import DeletionError
from inspector.domain.deletion.plan import describe, execute, plan_deletion
from inspector.domain.deletion.undo import history, recover_interrupted, undo
from inspector.domain.descriptions import Describer
from inspector.domain.scan import site_filter

_STATUSES = (UNDECLARED, DECLARED, NO_POLICY)


def add_parser(sub) -> None:
    delete = sub.add_parser(
        "delete", help="delete cookies of a site (a backup is kept: see `undo`)",
        description="Delete the cookies of a site, or some of them, from the closed browsers' stores. "
        "Every deleted cookie is backed up first; `consent-inspector undo` restores them. "
        "Exit codes: 0 done, 1 nothing matched, 2 usage error, 3 refused because the browser is running, "
        "4 a store failed and nothing changed.")
    add_common(delete)
    delete.add_argument("--site", metavar="TEXT", required=True,
                        help="cookies whose site or host contains TEXT, or that a request to host TEXT would "
                        "carry (as for `scan`)")
    delete.add_argument("--name", metavar="NAME", action="append", default=[],
                        help="only cookies with this exact name (repeatable)")
    delete.add_argument("--category", metavar="ID", help="only cookies the policy puts in this category")
    delete.add_argument("--status", choices=_STATUSES, help="only cookies with this policy status")
    delete.add_argument("--dry-run", action="store_true", help="show what would be deleted; change nothing")
    delete.add_argument("--yes", "-y", action="store_true", help="do not ask for confirmation")
    delete.add_argument("--format", choices=("table", "json"), default="table")
    undo = sub.add_parser("undo", help="restore the cookies of a past deletion, or list them (--list)",
                          description="Restore exactly what a deletion removed (default: the latest one). "
                          "Exit codes: 0 done, 1 nothing to undo, 2 usage error, 3 refused because the "
                          "browser is running, 4 the backup or a store failed and nothing changed.")
    undo.add_argument("--list", action="store_true", help="list past deletions")
    undo.add_argument("id", nargs="?", metavar="ID", help="the undo ID printed by `delete`")
    undo.add_argument("--format", choices=("table", "json"), default="table")


def _exit_for(code: str) -> int:
    return {"running": EXIT_RUNNING, "nothing": EXIT_NOTHING}.get(code, EXIT_FAILED)


# --- delete -------------------------------------------------------------------------

def select(cookies, args) -> list:
    """The scanned cookies that --site, --name, --category and --status choose."""
    keep = site_filter(args.site)
    names = set(args.name)
    out = []
    for c in cookies:
        if not keep(c):
            continue
        if names and c.record.name not in names:
            continue
        if args.status and c.status != args.status:
            continue
        if args.category and (c.rule is None or c.rule.category.id != args.category):
            continue
        out.append(c)
    return out


def _recover() -> None:
    """Before anything else: finish or roll back what a killed run left half-done, and say which."""
    for note in recover_interrupted():
        say(wording.note(note))


def cmd_delete(args) -> int:
    if not args.site.strip():
        say("--site must not be empty")
        return EXIT_USAGE
    _recover()
    policy = load_policy_or_exit(args.policy)
    if args.category and args.category not in policy.categories:
        known = ", ".join(policy.categories) or "none"
        say(f"--category {args.category}: the policy has no such category (known: {known})")
        return EXIT_USAGE
    result = scan_from_args(args, policy)
    for err in result.errors:
        say(f"{err.store.label}: {err.store.path}: {err.message}")
    chosen = select(result.cookies, args)
    plan = plan_deletion(chosen, [r.store for r in result.reports])
    about = _Descriptions(chosen)
    check = plan.lock_check()  # once: its stale locks are noted now, its open profiles refused below
    for note in plan.notes(check):
        say(wording.note(note))
    if plan.count == 0:
        say(f"no cookie matched --site {args.site}" + (" and the other filters" if _filtered(args) else "")
             + "; nothing was deleted")
        return EXIT_NOTHING
    out = sys.stdout
    if args.dry_run:
        _write(out, args.format, plan.records, about, plan=plan, dry_run=True)
        return EXIT_OK
    blockers = check.blockers
    if blockers:
        for b in blockers:
            say(f"refused: {wording.lock_reason(b)}")
        say("nothing was deleted")
        return EXIT_RUNNING
    if not args.yes:
        answer = _confirm(plan, about)
        if answer is None:
            return EXIT_USAGE
        if not answer:
            say("nothing was deleted")
            return EXIT_NOTHING
    try:
        report = execute(plan)
    except DeletionError as exc:
        say(exc.message)
        if exc.partial is not None:
            _write(out, args.format, exc.partial.deleted, about, report=exc.partial)
        return _exit_for(exc.code)
    _write(out, args.format, report.deleted, about, report=report)
    return EXIT_OK


def _filtered(args) -> bool:
    return bool(args.name or args.category or args.status)


def _confirm(plan, about):
    """True/False from the user; None (refusal) when there is no terminal to ask on."""
    if not sys.stdin or not sys.stdin.isatty():
        _write(sys.stderr, "table", plan.records, about, plan=plan, dry_run=True)
        say("refusing to delete without confirmation: standard input is not a terminal "
             "(pass --yes to confirm, or --dry-run to only look)")
        return None
    _write(sys.stderr, "table", plan.records, about, plan=plan, dry_run=True)
    print(wording.english(wording.UNDO_LASTS, plan.keep_days), file=sys.stderr)
    # The question goes to stderr, so that stdout stays clean JSON with --format json.
    print(f"Delete these {plan.count} cookies? A backup is kept for undo. [y/N] ", end="", file=sys.stderr,
          flush=True)
    answer = sys.stdin.readline()
    return answer.strip().lower() in ("y", "yes")


class _Descriptions:
    """The description of each cookie being deleted, as `scan` and the reports give it.

    The plan and the deletion report hand back records; the scanned cookies they came from
    know the policy's rule, so they are found by key (a record read back from the backup is
    another object). A record not among them still gets the catalogs' guess.
    """

    def __init__(self, cookies):
        self._describer = Describer()
        self._by_key = {c.record.key: c for c in cookies}

    def __call__(self, record):
        cookie = self._by_key.get(record.key)
        if cookie is not None:
            return self._describer.describe(cookie)
        return self._describer.guess(record.host, record.name)


def _cookie_row(record, about) -> dict:
    row = describe(record)
    found = about(record)
    # Nested: the row's own "source" already says where the cookie is stored (database, session).
    row["about"] = None if found is None else {"provider": found.provider, "category": found.category,
                                               "purpose": found.purpose, "source": found.source}
    return row


def _write(out: TextIO, fmt: str, records, about, plan=None, report=None, dry_run: bool = False) -> None:
    rows = [_cookie_row(r, about) for r in records]
    if fmt == "json":
        doc = {"dry_run": dry_run, "undo_id": report.undo_id if report else None, "count": len(rows),
               "deleted": rows}
        if report is not None:
            doc["stores"] = [{"browser": s.store.browser, "profile": s.store.profile, "path": s.store.path,
                              "deleted": s.deleted, "session_deleted": s.session_deleted,
                              "session_files": list(s.session_files), "error": s.error or None}
                             for s in report.stores]
            doc["notes"] = [wording.note(n) for n in report.notes]
        else:
            doc["stores"] = [{"browser": g.store.browser, "profile": g.store.profile, "path": g.store.path,
                              "deleted": len(g.db_records), "session_deleted": len(g.session_records)}
                             for g in plan.groups]
        json.dump(doc, out, ensure_ascii=False, separators=(",", ":"))
        out.write("\n")
        return
    if plan is not None:
        for line in plan.lines():
            indent = "  " if line.code == LINE_STORE else ""
            print(indent + wording.plan_line(line), file=out)
    _table(out, rows)
    if dry_run and out is sys.stdout:
        print("(dry run: nothing was deleted)", file=out)
    elif report is not None:
        print(f"Deleted {report.count} cookie{'s' if report.count != 1 else ''}. "
              f"Undo with: consent-inspector undo {report.undo_id}", file=out)


# Most kept first (`keep`): at 80 columns the name, host, provider and category show.
_COLUMNS = (
    TableColumn("name", "NAME", 10, 28, 0),
    TableColumn("host", "HOST", 16, 30, 1, cut_left=True),
    TableColumn("provider", "PROVIDER", 10, 24, 2),
    TableColumn("category", "CATEGORY", 11, 13, 3),
    TableColumn("source", "SOURCE", 7, 22, 4),
    TableColumn("where", "BROWSER · PROFILE", 14, 30, 5),
    TableColumn("store", "WHERE", 8, 13, 6),
    TableColumn("path", "PATH", 6, 12, 7),
    TableColumn("partition", "PARTITION", 9, 24, 8),
)


def _table(out: TextIO, rows: list[dict]) -> None:
    # cli.table escapes every cell: names and hosts are the website's, and may hold escape sequences.
    write_table(out, fit(_COLUMNS, terminal_width(out)), (_cells(r) for r in rows))


def _cells(row: dict) -> dict:
    about = row["about"] or {}
    return {
        "name": row["name"], "host": row["host"], "path": row["path"],
        "provider": about.get("provider") or "—", "category": about.get("category") or "",
        "source": wording.source_name(about.get("source")) if about else "none knows it",
        "where": f"{row['browser']} · {row['profile']}",
        "store": "session store" if row["source"] == "session" else "database",
        "partition": " / ".join(x for x in (row["partition"], row["container"]) if x) or "-",
    }


# --- undo ---------------------------------------------------------------------------

def cmd_undo(args) -> int:
    _recover()
    if args.list:
        if args.id:
            say("undo: give either --list or an ID")
            return EXIT_USAGE
        _write_history(sys.stdout, args.format, history())
        return EXIT_OK
    try:
        report = undo(args.id)
    except DeletionError as exc:
        say(exc.message)
        if exc.partial is not None:
            _write_undo(sys.stdout, args.format, exc.partial)
        return _exit_for(exc.code)
    _write_undo(sys.stdout, args.format, report)
    return EXIT_OK


def _write_undo(out: TextIO, fmt: str, report) -> None:
    if fmt == "json":
        doc = {"undo_id": report.undo_id, "restored": report.restored, "kept_newer": report.kept_newer,
               "stores": [{"browser": s.store.browser, "profile": s.store.profile, "path": s.store.path,
                           "restored": s.restored, "session_restored": s.session_restored,
                           "already_present": s.already_present, "error": s.error or None} for s in report.stores],
               "notes": [wording.note(n) for n in report.notes]}
        json.dump(doc, out, ensure_ascii=False, separators=(",", ":"))
        out.write("\n")
        return
    for s in report.stores:
        line = f"{s.store.browser} · {s.store.profile}: restored {s.restored + s.session_restored}"
        if s.already_present:
            line += f", {s.already_present} already there"
        print(line, file=out)
    for k in report.kept_newer:
        print(f"kept the newer {k['name']} on {k['host']} ({k['browser']} · {k['profile']}): the browser "
              "set it again after the deletion", file=out)
    for note in report.notes:
        print(f"note: {wording.note(note)}", file=out)
    print(f"Undone {report.undo_id}: {report.restored} cookie{'s' if report.restored != 1 else ''} restored.",
          file=out)


def _write_history(out: TextIO, fmt: str, entries) -> None:
    if fmt == "json":
        doc = [{"undo_id": e.undo_id, "created": e.created, "status": e.status, "total": e.total,
                "counts": [{"browser": b, "profile": p, "count": n} for (b, p), n in e.counts.items()],
                "undone_at": e.undone_at, "message": e.message or None} for e in entries]
        json.dump(doc, out, ensure_ascii=False, separators=(",", ":"))
        out.write("\n")
        return
    if not entries:
        print("No deletions yet.", file=out)
        return
    print(f"{'UNDO ID':24}  {'TIME':20}  {'STATUS':11}  {'COOKIES':7}  WHERE", file=out)
    for e in entries:
        where = ", ".join(f"{b} · {p}: {n}" for (b, p), n in e.counts.items()) or e.message
        print(f"{e.undo_id:24}  {e.created:20}  {e.status:11}  {e.total:7}  {where}", file=out)



HANDLERS = {"delete": cmd_delete, "undo": cmd_undo}
