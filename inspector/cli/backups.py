"""`consent-inspector backups`: how long deletion backups are kept (the retention setting), and deleting them now."""
from __future__ import annotations

import sys

from inspector.cli.common import EXIT_OK, EXIT_USAGE, say
from inspector.domain import wording
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


def cmd_backups(args) -> int:
    try:
        if args.keep_days is not None:
            try:
                retention.set_retention_days(args.keep_days)
            except retention.RetentionError:
                say(f"--keep-days must be between {retention.MIN_DAYS} and {retention.MAX_DAYS}")
                return EXIT_USAGE
        if args.delete_now:
            if not args.yes and not _confirmed():
                say("no backup was deleted")
                return EXIT_USAGE if not sys.stdin.isatty() else EXIT_OK
            count = retention.delete_all()
            print(wording.english(wording.BACKUPS_DELETED, count))
    except DeletionError as exc:
        say(exc.message)
        return 4
    days = retention.retention_days()
    kept = [e for e in history() if e.undoable]
    print(f"Backups are kept {days} day{'s' if days != 1 else ''}; {len(kept)} deletion"
          f"{'s' if len(kept) != 1 else ''} can be undone.")
    return EXIT_OK


def _confirmed() -> bool:
    if not sys.stdin or not sys.stdin.isatty():
        say("refusing to delete the backups without confirmation: standard input is not a terminal "
            "(pass --yes to confirm)")
        return False
    print("Delete every backup? The deletions they belong to can no longer be undone. [y/N] ", end="",
          file=sys.stderr, flush=True)
    return sys.stdin.readline().strip().lower() in ("y", "yes")


HANDLERS = {"backups": cmd_backups}
