"""`consent-inspector backups`: how long deletion backups are kept (the retention setting), and deleting them now."""
from __future__ import annotations

import sys

from inspector.cli import words as W
from inspector.cli.options import add_lang
from inspector.cli.common import EXIT_OK, EXIT_USAGE, ask_yes, say, words_of
from inspector.domain import wording
from inspector.domain.problem_words import error_text
from inspector.domain.deletion import retention
from inspector.domain.deletion.errors import DeletionError
from inspector.domain.deletion.undo import history


def add_parser(sub) -> None:
    p = sub.add_parser(
        "backups", help="how long deletion backups are kept; delete them now",
        description="Every deletion keeps a private backup of the deleted cookies (their values included) "
        f"so that `undo` can restore them. Backups older than the retention (default {retention.DEFAULT_DAYS} "
        "days) are deleted at the next deletion. With no option, shows the retention and the backups kept.")
    p.add_argument("--keep-days", type=int, metavar="DAYS",
                   help=f"keep backups this many days ({retention.MIN_DAYS} to {retention.MAX_DAYS})")
    p.add_argument("--delete-now", action="store_true",
                   help="delete every backup now (those deletions can no longer be undone)")
    p.add_argument("--yes", "-y", action="store_true", help="with --delete-now: do not ask for confirmation")
    add_lang(p)


def cmd_backups(args) -> int:
    words = words_of(args)
    try:
        if args.keep_days is not None:
            try:
                retention.set_retention_days(args.keep_days)
            except retention.RetentionError:
                say(words(W.KEEP_DAYS_RANGE).format(least=retention.MIN_DAYS, most=retention.MAX_DAYS))
                return EXIT_USAGE
        if args.delete_now:
            if not args.yes and not _confirmed(words):
                say(words(W.NO_BACKUP_DELETED))
                return EXIT_USAGE if not sys.stdin.isatty() else EXIT_OK
            count = retention.delete_all()
            print(words(wording.BACKUPS_DELETED, count))
    except DeletionError as exc:
        say(error_text(exc, words))
        return 4
    days = retention.retention_days()
    kept = [e for e in history() if e.undoable]
    print(words(W.BACKUPS_KEPT, days).format(undoable=words(W.UNDOABLE, len(kept))))
    return EXIT_OK


def _confirmed(words) -> bool:
    if not sys.stdin or not sys.stdin.isatty():
        say(words(W.NO_TERMINAL_BACKUPS))
        return False
    return ask_yes(words(W.CONFIRM_BACKUPS), words)


HANDLERS = {"backups": cmd_backups}
