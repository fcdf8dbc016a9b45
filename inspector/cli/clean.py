"""`consent-inspector clean`: delete, across every site and store, the cookies that rules choose, minus the keep list."""
from __future__ import annotations

import sys
from typing import TextIO

from inspector.cli import words as W
from inspector.cli.common import (EXIT_NOTHING, EXIT_OK, EXIT_RUNNING, EXIT_USAGE, ask_yes,
                                  load_policy_or_exit, report_store_errors, say, scan_from_args, shown, words_of)
from inspector.cli.delete import exit_for, load_keep_or_none
from inspector.cli.deleted_rows import Descriptions, cookie_row, write_cookie_table
from inspector.domain import wording
from inspector.domain.cleanup.plan import plan_cleanup, run_cleanup
from inspector.domain.cleanup.rules import FINDINGS, Rule, RulesError, check_rule, load_rules, save_rule
from inspector.domain.codes import SKIP_OPEN, STATUSES
from inspector.domain.deletion.errors import DeletionError
from inspector.domain.descriptions import Describer
from inspector.domain.problem_words import error_text
from inspector.domain.cleanup.findings import findings_of
from inspector.cli.output import compact_json
from inspector.cli.options import add_common


def add_parser(sub) -> None:
    clean = sub.add_parser(
        "clean", help="delete every unwanted cookie across sites and browsers, keeping the keep list's",
        description="Delete in one step, from every closed browser profile, the cookies your choices name: "
        "within one rule every option must hold, and a repeated option holds for any of its values. "
        "Cookies on the keep list (`consent-inspector keep`) are never deleted; open profiles are skipped "
        "and listed, the others cleaned now. One `consent-inspector undo` restores the whole clean-up. "
        "Exit codes: 0 done, 1 nothing matched, 2 usage error (or a malformed keep list or rules file), "
        "3 refused because every profile concerned is open, 4 a store failed and nothing changed.")
    add_common(clean, subcommand=True)
    clean.add_argument("--category", metavar="ID", action="append", default=[],
                       help="cookies of this effective category: the policy's word, else the catalog's "
                       "(marketing, statistics, preferences, necessary, unknown; repeatable)")
    clean.add_argument("--status", choices=STATUSES, action="append", default=[],
                       help="cookies with this policy status (undeclared: the site's policy leaves it out)")
    clean.add_argument("--finding", metavar="CODE", action="append", default=[],
                       help=f"cookies with this finding ({', '.join(FINDINGS)}; repeatable)")
    clean.add_argument("--third-party", action="store_true",
                       help="only cookies set for use inside other sites' pages (partitioned, or SameSite=None)")
    clean.add_argument("--expired", action="store_true", help="cookies past their expiry")
    clean.add_argument("--unused-days", metavar="N", type=int, help="cookies not sent for N days or more")
    clean.add_argument("--site", metavar="TEXT", help="only cookies whose site or host contains TEXT")
    clean.add_argument("--rules", metavar="FILE", help="run the named rules of this file (see --save-as)")
    clean.add_argument("--save-as", metavar="NAME",
                       help="save these options as the rule NAME in the --rules file, then run it")
    clean.add_argument("--dry-run", action="store_true", help="show what would be deleted; change nothing")
    clean.add_argument("--yes", "-y", action="store_true", help="do not ask for confirmation")
    clean.add_argument("--format", choices=("table", "json"), default="table")


def _rule_from_args(args, name: str) -> Rule:
    return Rule(name=name, categories=tuple(args.category), statuses=tuple(args.status),
                findings=tuple(args.finding), third_party=args.third_party, expired=args.expired,
                unused_days=args.unused_days, site=args.site)


def _rules(args, words) -> list[Rule] | None:
    """The rules to run (None after saying why there are none to run)."""
    given = _rule_from_args(args, args.save_as or "command line")
    problem = check_rule(given)
    if problem:
        say(problem)
        return None
    if args.save_as:
        if not args.rules:
            say(words(W.SAVE_AS_NEEDS_RULES))
            return None
        if given.is_empty:
            say(words(W.SAVE_AS_EMPTY))
            return None
        try:
            save_rule(args.rules, given)
        except RulesError as exc:
            say(words(W.RULES_ERROR).format(error=error_text(exc, words)))
            return None
        except OSError as exc:
            say(words(W.CANNOT_WRITE).format(path=args.rules, error=exc.strerror or exc))
            return None
        say(words(W.RULE_SAVED).format(name=given.name, path=args.rules))
        return [given]
    rules = []
    if args.rules:
        try:
            rules = load_rules(args.rules)
        except RulesError as exc:
            say(words(W.RULES_ERROR).format(error=error_text(exc, words)))
            return None
        if args.site:  # narrows every rule of the file
            rules = [Rule(**{**r.__dict__, "site": args.site}) for r in rules]
    if not given.is_empty:
        rules.append(given)
    if not rules:
        say(words(W.CHOOSE_WHAT))
        return None
    return rules


def cmd_clean(args) -> int:
    words = words_of(args)
    rules = _rules(args, words)
    if rules is None:
        return EXIT_USAGE
    keep = load_keep_or_none(words)
    if keep is None:
        return EXIT_USAGE
    policy = load_policy_or_exit(args.policy, words)
    result = scan_from_args(args, policy)
    report_store_errors(result, words_of(args))
    describer = Describer()
    plan = plan_cleanup(result.cookies, [r.store for r in result.reports], rules, keep, describer.describe,
                        result.now_us, findings=findings_of(result, rules, describer))
    for note in plan.notes():
        say(wording.note(note, words))
    about = Descriptions(c for c, _ in plan.chosen)
    out = sys.stdout
    if plan.count == 0:
        _write(out, args.format, plan, about, words, dry_run=args.dry_run)
        if plan.skipped:
            for s in plan.skipped:
                say(wording.skipped(s.reason, s.params, words))
            if all(s.reason == SKIP_OPEN for s in plan.skipped):
                say(words(W.CLOSE_PROFILES))
                return EXIT_RUNNING
        say(words(W.NOTHING_TO_CLEAN_KEPT, len(plan.kept)) if plan.kept else words(W.NOTHING_TO_CLEAN))
        return EXIT_NOTHING
    if args.dry_run:
        _write(out, args.format, plan, about, words, dry_run=True)
        return EXIT_OK
    if not args.yes:
        answer = _confirm(plan, about, words)
        if answer is None:
            return EXIT_USAGE
        if not answer:
            say(words(W.NOTHING_DELETED))
            return EXIT_NOTHING
    try:
        report = run_cleanup(plan)
    except DeletionError as exc:
        say(error_text(exc, words))
        if exc.partial is not None:
            _write(out, args.format, plan, about, words, report=exc.partial)
        return exit_for(exc.code)
    _write(out, args.format, plan, about, words, report=report)
    return EXIT_OK


def _confirm(plan, about, words):
    _write(sys.stderr, "table", plan, about, words, dry_run=True)
    if not sys.stdin or not sys.stdin.isatty():
        say(words(W.NO_TERMINAL))
        return None
    return ask_yes(words(W.CONFIRM_DELETE, plan.count), words)


def _write(out: TextIO, fmt: str, plan, about, words=wording.english, report=None, dry_run: bool = False) -> None:
    records = report.deleted if report is not None else plan.deletion.records
    rule_of = plan.rule_of()
    rows = []
    for record in records:
        row = cookie_row(record, about)
        row["rule"] = rule_of.get(record.key)
        rows.append(row)
    kept = [{"cookie": cookie_row(c.record, about), "kept_by": {**e.to_dict(), "kind": e.kind,
                                                                  "line": e.line}}
            for c, e in plan.kept]
    skipped = [{"browser": s.store.browser, "profile": s.store.profile, "path": s.store.path, "reason": s.reason,
                "why": wording.lock_reason(s.blocker) if s.blocker is not None
                else wording.skipped(s.reason, s.params), "count": len(s.records)} for s in plan.skipped]
    signed_out = list(plan.sign_in_sites)
    if fmt == "json":
        doc = {"dry_run": dry_run, "undo_id": report.undo_id if report else None, "rules": [
            r.to_dict() for r in plan.rules], "count": len(rows), "deleted": rows, "kept": kept,
            "skipped": skipped, "signed_out_of": signed_out}
        if report is not None:
            doc["stores"] = [{"browser": s.store.browser, "profile": s.store.profile, "path": s.store.path,
                              "deleted": s.deleted, "session_deleted": s.session_deleted,
                              "error": s.error or None} for s in report.stores]
            doc["notes"] = [wording.note(n) for n in report.notes]
        else:
            doc["stores"] = [{"browser": g.store.browser, "profile": g.store.profile, "path": g.store.path,
                              "deleted": len(g.db_records), "session_deleted": len(g.session_records)}
                             for g in plan.deletion.groups]
        out.write(compact_json(doc))  # ASCII escapes where UTF-8 cannot go (a Latin-1 path)
        out.write("\n")
        return
    for line in plan.deletion.lines():
        print(("  " if line.code == "store" else "") + _plain(wording.plan_line(line, words)), file=out)
    write_cookie_table(out, rows, words)
    if plan.kept:
        print(words(W.LIST_HEAD).format(title=words(wording.KEPT_COUNT, len(plan.kept))), file=out)
        for c, e in plan.kept[:20]:
            print("  " + _plain(words(W.KEPT_LINE).format(name=c.record.name, host=c.record.host,
                                                          why=wording.kept_because(e, words))), file=out)
        if len(plan.kept) > 20:
            print("  " + words(W.AND_MORE, len(plan.kept) - 20), file=out)
    for s in plan.skipped:  # the JSON's "why" stays English; the terminal's is the user's
        why = wording.lock_reason(s.blocker, words) if s.blocker is not None else wording.skipped(
            s.reason, s.params, words)
        print(_plain(words(W.SKIPPED).format(why=why)), file=out)
    if signed_out:
        print(_plain(words(W.SIGNED_OUT_OF).format(signed_out=words(wording.SIGNED_OUT, len(signed_out)),
                                                   sites=", ".join(signed_out))), file=out)
    if dry_run and out is sys.stdout:
        print(words(W.DRY_RUN), file=out)
    elif report is not None:
        print(words(W.DELETED, report.count).format(undo_id=report.undo_id), file=out)


def _plain(text: str) -> str:
    return shown(text)  # names and hosts are the website's: no escape sequence reaches the terminal


HANDLERS = {"clean": cmd_clean}
