"""`consent-inspector delete` and `undo`: the deletion domain on the command line. Never prints cookie values."""
from __future__ import annotations

import sys
from typing import TextIO

from inspector.domain import wording
from inspector.cli import words as W
from inspector.cli.common import (
    EXIT_FAILED, EXIT_INTERRUPTED, EXIT_NOTHING, EXIT_OK, EXIT_RUNNING, EXIT_USAGE, ask_yes, load_policy_or_exit, say,
    scan_from_args, shown, store_error_line, words_of,
)
from inspector.cli.options import add_common, add_lang
from inspector.cli.deleted_rows import Descriptions, cookie_row, write_cookie_table
from inspector.cli.output import compact_json
from inspector.domain.codes import CATEGORIES, DECLARED, LINE_STORE, NO_POLICY, UNDECLARED
from inspector.domain.deletion.errors import DeletionError
from inspector.domain.deletion.plan import execute, plan_deletion
from inspector.domain.deletion.undo import history, recover_interrupted, undo
from inspector.domain.keep.keep_file import KeepListError, load_keep_list
from inspector.domain.descriptions import Describer
from inspector.domain.problem_words import error_text
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
    add_common(delete, subcommand=True)
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
    add_lang(undo)


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


def _recover(words) -> None:
    """Before anything else: finish or roll back what a killed run left half-done, and say which."""
    for note in recover_interrupted():
        say(wording.note(note, words))


def cmd_delete(args) -> int:
    words = words_of(args)
    if not args.site.strip():
        say(words(W.SITE_EMPTY))
        return EXIT_USAGE
    _recover(words)
    policy = load_policy_or_exit(args.policy, words)
    if args.category and args.category not in policy.categories and args.category not in CATEGORIES:
        known = ", ".join(dict.fromkeys([*CATEGORIES, *policy.categories]))
        say(words(W.NO_SUCH_CATEGORY).format(category=args.category, known=known))
        return EXIT_USAGE
    keep = load_keep_or_none(words)
    if keep is None:
        return EXIT_USAGE
    result = scan_from_args(args, policy)
    for err in result.errors:
        say(store_error_line(err, words))
    # A store that could not be read may hold the site's cookies: the run cannot say it
    # deleted them, so it ends with EXIT_FAILED whatever it did in the other stores.
    failed = [r.error for r in result.reports if r.error is not None]
    chosen, kept = keep.split(select(result.cookies, args))  # a site's deletion never takes what is kept
    if kept:
        say(words(W.KEPT_BY_LIST, len(kept)))
    plan = plan_deletion(chosen, [r.store for r in result.reports])
    about = Descriptions(chosen)
    check = plan.lock_check()  # once: its stale locks are noted now, its open profiles refused below
    for note in plan.notes(check):
        say(wording.note(note, words))
    if plan.count == 0 and failed:
        say(words(W.NOTHING_DELETED_BECAUSE).format(why=_not_read(failed, words)))
        return EXIT_FAILED
    if plan.count == 0:
        say(words(W.NO_MATCH_FILTERED if _filtered(args) else W.NO_MATCH).format(site=args.site))
        return EXIT_NOTHING
    out = sys.stdout
    if args.dry_run:
        _write(out, args.format, plan.records, about, words, plan=plan, dry_run=True)
        if failed:
            say(words(W.NOT_COMPLETE).format(why=_not_read(failed, words)))
            return EXIT_FAILED
        return EXIT_OK
    blockers = check.blockers
    if blockers:
        for b in blockers:
            say(words(W.REFUSED).format(reason=wording.lock_reason(b, words)))
        say(words(W.NOTHING_DELETED))
        return EXIT_RUNNING
    if not args.yes:
        try:
            answer = _confirm(plan, about, words)
        except KeyboardInterrupt:
            print(file=sys.stderr)  # the question's line stays unanswered
            say(words(W.INTERRUPTED_QUESTION))
            return EXIT_INTERRUPTED
        if answer is None:
            return EXIT_USAGE
        if not answer:
            say(words(W.NOTHING_DELETED))
            return EXIT_NOTHING
    try:
        report = execute(plan)
    except KeyboardInterrupt:
        say(words(W.INTERRUPTED_DELETING))
        return EXIT_INTERRUPTED
    except DeletionError as exc:
        say(error_text(exc, words))
        if exc.partial is not None:
            _write(out, args.format, exc.partial.deleted, about, words, report=exc.partial)
        return exit_for(exc.code)
    _write(out, args.format, report.deleted, about, words, report=report)
    if failed:
        say(words(W.SITE_NOT_DELETED).format(why=_not_read(failed, words), site=escape(args.site)))
        return EXIT_FAILED
    return EXIT_OK


def load_keep_or_none(words=wording.english):
    """The keep list, or None after saying why it cannot be read (then nothing is deleted)."""
    try:
        return load_keep_list()
    except KeepListError as exc:
        say(words(W.KEEP_LIST_ERROR).format(error=error_text(exc, words)))
        say(words(W.FIX_KEEP_LIST))
        return None


def _not_read(failed, words) -> str:
    names = ", ".join(escape(f"{e.store.label} ({e.store.path})") for e in failed)
    return words(W.NOT_READ, len(failed)).format(names=names)


def _filtered(args) -> bool:
    return bool(args.name or args.category or args.status)


def _confirm(plan, about, words):
    """True/False from the user; None (refusal) when there is no terminal to ask on."""
    if not sys.stdin or not sys.stdin.isatty():
        _write(sys.stderr, "table", plan.records, about, words, plan=plan, dry_run=True)
        say(words(W.NO_TERMINAL))
        return None
    _write(sys.stderr, "table", plan.records, about, words, plan=plan, dry_run=True)
    print(words(wording.UNDO_LASTS, plan.keep_days), file=sys.stderr)
    return ask_yes(words(W.CONFIRM_DELETE, plan.count), words)


def _write(out: TextIO, fmt: str, records, about, words=wording.english, plan=None, report=None,
           dry_run: bool = False) -> None:
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
            print(indent + shown(wording.plan_line(line, words)), file=out)  # names a profile: Local State's
    write_cookie_table(out, rows, words)
    if dry_run and out is sys.stdout:
        print(words(W.DRY_RUN), file=out)
    elif report is not None:
        print(words(W.DELETED, report.count).format(undo_id=report.undo_id), file=out)


# --- undo ---------------------------------------------------------------------------

def cmd_undo(args) -> int:
    words = words_of(args)
    _recover(words)
    if args.list:
        if args.id:
            say(words(W.UNDO_LIST_OR_ID))
            return EXIT_USAGE
        _write_history(sys.stdout, args.format, history(), words)
        return EXIT_OK
    try:
        report = undo(args.id)
    except DeletionError as exc:
        say(error_text(exc, words))
        if exc.partial is not None:
            _write_undo(sys.stdout, args.format, exc.partial, words)
        return exit_for(exc.code)
    _write_undo(sys.stdout, args.format, report, words)
    return EXIT_OK


def _write_undo(out: TextIO, fmt: str, report, words=wording.english) -> None:
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
        line = words(W.RESTORED_PRESENT if s.already_present else W.RESTORED).format(
            browser=s.store.browser, profile=s.store.profile, count=s.restored + s.session_restored,
            present=s.already_present)
        print(shown(line), file=out)
    for k in report.kept_newer:
        print(shown(words(W.KEPT_NEWER).format(**{f: k[f] for f in ("name", "host", "browser", "profile")})),
              file=out)
    for note in report.notes:
        print(shown(words(W.NOTE).format(note=wording.note(note, words))), file=out)
    print(words(W.UNDONE_COUNT, report.restored).format(undo_id=report.undo_id), file=out)


def _write_history(out: TextIO, fmt: str, entries, words=wording.english) -> None:
    if fmt == "json":
        doc = [{"undo_id": e.undo_id, "created": e.created, "status": e.status, "total": e.total,
                "counts": [{"browser": b, "profile": p, "count": n} for (b, p), n in e.counts.items()],
                "undone_at": e.undone_at, "message": e.message or None} for e in entries]
        out.write(compact_json(doc))  # ASCII escapes where UTF-8 cannot go (a Latin-1 path)
        out.write("\n")
        return
    if not entries:
        print(words(W.NO_DELETIONS), file=out)
        return
    heads = [words(h) for h in (W.UNDO_ID, W.TIME, W.STATUS, W.COOKIES, W.WHERE)]
    print(f"{heads[0]:24}  {heads[1]:20}  {heads[2]:11}  {heads[3]:7}  {heads[4]}", file=out)
    for e in entries:
        where = ", ".join(words(W.COUNT_IN).format(browser=b, profile=p, count=n)
                          for (b, p), n in e.counts.items()) or e.message
        status = W.cell(W.HISTORY_CELLS, e.status, words)
        print(shown(f"{e.undo_id:24}  {e.created:20}  {status:11}  {e.total:7}  {where}"), file=out)



HANDLERS = {"delete": cmd_delete, "undo": cmd_undo}
