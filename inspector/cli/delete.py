"""`consent-inspector delete` and `undo`: the deletion domain on the command line. Never prints cookie values."""
from __future__ import annotations

import sys
from typing import TextIO

from inspector.domain import wording
from inspector.cli.common import (
    EXIT_FAILED, EXIT_INTERRUPTED, EXIT_NOTHING, EXIT_OK, EXIT_RUNNING, EXIT_USAGE, load_policy_or_exit, say,
    scan_from_args, store_error_line, words_of,
)
from inspector.cli.options import add_common
from inspector.cli.deleted_rows import Descriptions, cookie_row, write_cookie_table
from inspector.cli.output import compact_json
from inspector.domain.codes import CATEGORIES, DECLARED, LINE_STORE, NO_POLICY, UNDECLARED
from inspector.domain.deletion.errors import DeletionError
from inspector.domain.deletion.plan import execute, plan_deletion
from inspector.domain.deletion.undo import history, recover_interrupted, undo
from inspector.domain.keep.keep_file import KeepListError, load_keep_list
from inspector.domain.descriptions import Describer
from inspector.domain.escapes import escape
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
    delete.add_argument("--category", metavar="ID",
                        help="only cookies of this category: necessary, preferences, statistics or marketing "
                             "(the policy's word, else the catalog's), or one of the policy's own category ids")
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


def exit_for(code: str) -> int:
    return {"running": EXIT_RUNNING, "nothing": EXIT_NOTHING}.get(code, EXIT_FAILED)


# --- delete -------------------------------------------------------------------------

def select(cookies, args) -> list:
    """The scanned cookies that --site, --name, --category and --status choose."""
    keep = site_filter(args.site)
    names = set(args.name)
    # A banner category is the cookie's effective one (the policy's word mapped, else the catalog's),
    # as the window and `clean` use it; any other id is the policy's own, as it was before.
    describe = Describer().describe if args.category in CATEGORIES else None
    out = []
    for c in cookies:
        if not keep(c):
            continue
        if names and c.record.name not in names:
            continue
        if args.status and c.status != args.status:
            continue
        if describe is not None:
            about = describe(c)
            if about is None or about.category != args.category:
                continue
        elif args.category and (c.rule is None or c.rule.category.id != args.category):
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
    policy = load_policy_or_exit(args.policy, words_of(args))
    if args.category and args.category not in policy.categories and args.category not in CATEGORIES:
        known = ", ".join(dict.fromkeys([*CATEGORIES, *policy.categories]))
        say(f"--category {args.category}: the policy has no such category (known: {known})")
        return EXIT_USAGE
    keep = load_keep_or_none(words_of(args))
    if keep is None:
        return EXIT_USAGE
    result = scan_from_args(args, policy)
    for err in result.errors:
        say(store_error_line(err))
    # A store that could not be read may hold the site's cookies: the run cannot say it
    # deleted them, so it ends with EXIT_FAILED whatever it did in the other stores.
    failed = [r.error for r in result.reports if r.error is not None]
    chosen, kept = keep.split(select(result.cookies, args))  # a site's deletion never takes what is kept
    if kept:
        say(f"{len(kept)} cookie{'s' if len(kept) != 1 else ''} kept by the keep list "
            "(see `consent-inspector keep list`)")
    plan = plan_deletion(chosen, [r.store for r in result.reports])
    about = Descriptions(chosen)
    check = plan.lock_check()  # once: its stale locks are noted now, its open profiles refused below
    for note in plan.notes(check):
        say(wording.note(note))
    if plan.count == 0 and failed:
        say(f"nothing was deleted: {_not_read(failed)}")
        return EXIT_FAILED
    if plan.count == 0:
        say(f"no cookie matched --site {args.site}" + (" and the other filters" if _filtered(args) else "")
             + "; nothing was deleted")
        return EXIT_NOTHING
    out = sys.stdout
    if args.dry_run:
        _write(out, args.format, plan.records, about, plan=plan, dry_run=True)
        if failed:
            say(f"a real run would not be complete: {_not_read(failed)}")
            return EXIT_FAILED
        return EXIT_OK
    blockers = check.blockers
    if blockers:
        for b in blockers:
            say(f"refused: {wording.lock_reason(b)}")
        say("nothing was deleted")
        return EXIT_RUNNING
    if not args.yes:
        try:
            answer = _confirm(plan, about)
        except KeyboardInterrupt:
            print(file=sys.stderr)  # the question's line stays unanswered
            say("interrupted at the question: nothing was deleted")
            return EXIT_INTERRUPTED
        if answer is None:
            return EXIT_USAGE
        if not answer:
            say("nothing was deleted")
            return EXIT_NOTHING
    try:
        report = execute(plan)
    except KeyboardInterrupt:
        say("interrupted during the deletion: each store is either unchanged or fully done, and "
            "`consent-inspector undo --list` shows a deletion that was recorded")
        return EXIT_INTERRUPTED
    except DeletionError as exc:
        say(exc.message)
        if exc.partial is not None:
            _write(out, args.format, exc.partial.deleted, about, report=exc.partial)
        return exit_for(exc.code)
    _write(out, args.format, report.deleted, about, report=report)
    if failed:
        say(f"{_not_read(failed)}; their cookies of --site {escape(args.site)} were not deleted")
        return EXIT_FAILED
    return EXIT_OK


def load_keep_or_none(words=None):
    """The keep list, or None after saying why it cannot be read (then nothing is deleted), worded by `words`."""
    try:
        return load_keep_list()
    except KeepListError as exc:
        say(f"keep list error: {exc.text(words)}")
        say("nothing was deleted: fix the keep list first (it says what to keep)")
        return None


def _not_read(failed) -> str:
    names = ", ".join(escape(f"{e.store.label} ({e.store.path})") for e in failed)
    return f"{len(failed)} store{'s' if len(failed) != 1 else ''} could not be read: {names}"


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


def _write(out: TextIO, fmt: str, records, about, plan=None, report=None, dry_run: bool = False) -> None:
    rows = [cookie_row(r, about) for r in records]
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
        out.write(compact_json(doc))  # ASCII escapes where UTF-8 cannot go (a Latin-1 path)
        out.write("\n")
        return
    if plan is not None:
        for line in plan.lines():
            indent = "  " if line.code == LINE_STORE else ""
            print(indent + escape(wording.plan_line(line)), file=out)  # names a profile: Local State's
    write_cookie_table(out, rows)
    if dry_run and out is sys.stdout:
        print("(dry run: nothing was deleted)", file=out)
    elif report is not None:
        print(f"Deleted {report.count} cookie{'s' if report.count != 1 else ''}. "
              f"Undo with: consent-inspector undo {report.undo_id}", file=out)


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
        return exit_for(exc.code)
    _write_undo(sys.stdout, args.format, report)
    return EXIT_OK


def _write_undo(out: TextIO, fmt: str, report) -> None:
    if fmt == "json":
        doc = {"undo_id": report.undo_id, "restored": report.restored, "kept_newer": report.kept_newer,
               "stores": [{"browser": s.store.browser, "profile": s.store.profile, "path": s.store.path,
                           "restored": s.restored, "session_restored": s.session_restored,
                           "already_present": s.already_present, "error": s.error or None} for s in report.stores],
               "notes": [wording.note(n) for n in report.notes]}
        out.write(compact_json(doc))  # ASCII escapes where UTF-8 cannot go (a Latin-1 path)
        out.write("\n")
        return
    for s in report.stores:
        line = f"{s.store.browser} · {s.store.profile}: restored {s.restored + s.session_restored}"
        if s.already_present:
            line += f", {s.already_present} already there"
        print(escape(line), file=out)
    for k in report.kept_newer:
        print(escape(f"kept the newer {k['name']} on {k['host']} ({k['browser']} · {k['profile']}): the browser "
                     "set it again after the deletion"), file=out)
    for note in report.notes:
        print(escape(f"note: {wording.note(note)}"), file=out)
    print(f"Undone {report.undo_id}: {report.restored} cookie{'s' if report.restored != 1 else ''} restored.",
          file=out)


def _write_history(out: TextIO, fmt: str, entries) -> None:
    if fmt == "json":
        doc = [{"undo_id": e.undo_id, "created": e.created, "status": e.status, "total": e.total,
                "counts": [{"browser": b, "profile": p, "count": n} for (b, p), n in e.counts.items()],
                "undone_at": e.undone_at, "message": e.message or None} for e in entries]
        out.write(compact_json(doc))  # ASCII escapes where UTF-8 cannot go (a Latin-1 path)
        out.write("\n")
        return
    if not entries:
        print("No deletions yet.", file=out)
        return
    print(f"{'UNDO ID':24}  {'TIME':20}  {'STATUS':11}  {'COOKIES':7}  WHERE", file=out)
    for e in entries:
        where = ", ".join(f"{b} · {p}: {n}" for (b, p), n in e.counts.items()) or e.message
        print(escape(f"{e.undo_id:24}  {e.created:20}  {e.status:11}  {e.total:7}  {where}"), file=out)



HANDLERS = {"delete": cmd_delete, "undo": cmd_undo}
