"""The command line's parser and dispatch: `consent-inspector COMMAND ...` (the window is `launch`)."""
from __future__ import annotations

import argparse
import sys

from inspector.cli import backups, clean, consent, delete, export_cookies, import_policy, keep, policies, report, scan
from inspector.cli.common import EXIT_INTERRUPTED, EXIT_OK, say, words_of
from inspector.cli.words import INTERRUPTED_RUN
from inspector.cli.options import add_common
from inspector.domain.clock import SYSTEM

COMMANDS = (scan, delete, report, import_policy, export_cookies, policies, keep, clean, backups, consent)
HANDLERS = {name: handler for command in COMMANDS for name, handler in command.HANDLERS.items()}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="consent-inspector",
        description="See which cookies your browsers hold and what the site's cookie policy says about them. "
        "With no command, the window opens.",
    )
    add_common(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.add_parser(sub)
    return parser


def run(args: argparse.Namespace, clock=None) -> int:
    """Run the parsed command; `clock` (default: the system's) is the instant every verdict is taken at."""
    args.clock = clock or SYSTEM
    try:
        return HANDLERS[args.command](args)
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        # Ctrl-C: one line and the shell's status for SIGINT; `delete` words its own case.
        say(words_of(args)(INTERRUPTED_RUN))
        return EXIT_INTERRUPTED


def main(argv: list[str] | None = None, clock=None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        build_parser().error("a command is needed (the window opens with `consent-inspector` alone)")
    return run(args, clock)


if __name__ == "__main__":
    sys.exit(main())
