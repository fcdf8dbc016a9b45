"""The `consent-inspector` entry point: a subcommand runs the command line, none opens the window."""
from __future__ import annotations

import sys

from inspector.cli.main import build_parser, run


def main(argv: list[str] | None = None) -> int:
    # Before anything reads a store: copies of a running browser's store are removed on
    # SIGTERM, SIGHUP and SIGINT, and the copies a killed run left are removed now.
    from inspector.domain.stores import run_dir

    run_dir.install_signal_cleanup()
    run_dir.remove_leftovers()
    args = build_parser().parse_args(argv)
    if args.command is not None:
        return run(args)
    # Qt is imported only for the window: the terminal commands start without it.
    from inspector.app import main as window

    return window(argv)


if __name__ == "__main__":
    sys.exit(main())
