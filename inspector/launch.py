"""The `consent-inspector` entry point: a subcommand runs the command line, none opens the window."""
from __future__ import annotations

import sys

from inspector.cli.main import build_parser, run


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is not None:
        return run(args)
    # Qt is imported only for the window: the terminal commands start without it.
    from inspector.app import main as window

    return window(argv)


if __name__ == "__main__":
    sys.exit(main())
