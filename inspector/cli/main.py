"""The command line: `consent-inspector scan ...`; with no subcommand it opens the window."""
from __future__ import annotations

import argparse
import sys

EXIT_OK, EXIT_STORE_FAILED, EXIT_USAGE = 0, 1, 2


def _store_arg(text: str):
    kind, sep, path = text.partition(":")
    if not sep or not path:
        raise argparse.ArgumentTypeError(f"expected KIND:PATH, got '{text}'")
    return kind.strip().lower(), path


def add_common(parser: argparse.ArgumentParser) -> None:
    from inspector.domain.stores.discovery import KINDS

    parser.add_argument("--policy", metavar="FILE", help="cookie policy file (default: the bundled policy.yaml)")
    parser.add_argument(
        "--store", metavar="KIND:PATH", action="append", type=_store_arg, default=[],
        help=f"scan this store instead of the discovered ones; KIND is one of {', '.join(KINDS)}; "
        "PATH is a cookie database or a profile directory (repeatable)",
    )
    parser.add_argument("--demo", action="store_true", help="use the built-in demo stores")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="consent-inspector",
        description="See which cookies your browsers hold and what the site's cookie policy says about them.",
    )
    add_common(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    scan = sub.add_parser("scan", help="list every cookie with its policy status (no values)")
    add_common(scan)
    scan.add_argument("--site", metavar="TEXT", help="only cookies whose site or host contains TEXT, "
                      "or that a request to host TEXT would carry")
    scan.add_argument("--format", choices=("table", "json", "csv"), default="table")
    from inspector.cli.delete import add_parsers as add_delete_parsers

    add_delete_parsers(sub, add_common)
    from inspector.cli.report import add_parsers as add_report_parsers

    add_report_parsers(sub, add_common)
    return parser


def load_policy_or_exit(path: str | None):
    from inspector.domain.policy.model import PolicyError, default_policy_path, load_policy

    try:
        return load_policy(path or default_policy_path())
    except PolicyError as exc:
        print(f"consent-inspector: policy error: {exc}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def resolve_stores(args) -> list:
    """The stores named by --store, else the demo stores (--demo), else every discovered one."""
    from inspector.domain.stores.discovery import discover, stores_from_path

    if args.store:
        stores = []
        for kind, path in args.store:
            try:
                stores.extend(stores_from_path(kind, path))
            except ValueError as exc:
                print(f"consent-inspector: --store {kind}:{path}: {exc}", file=sys.stderr)
                raise SystemExit(EXIT_USAGE)
        return stores
    if args.demo:
        from inspector.domain.stores.demo import demo_stores

        return demo_stores()
    return discover()


def scan_from_args(args, policy=None):
    """Scan the stores the options name with the policy they name; say so when there is none."""
    from inspector.domain.scan import scan

    policy = policy or load_policy_or_exit(args.policy)
    stores = resolve_stores(args)
    if not stores:
        print("consent-inspector: no browser cookie stores found (try --demo, or --store KIND:PATH)",
              file=sys.stderr)
    return scan(stores, policy, clock=args.clock)


def report_store_errors(result) -> None:
    """One line per store that failed, on stderr; the others were read and are reported."""
    for err in result.errors:
        print(f"consent-inspector: {err.store.label}: {err.store.path}: {err.message}", file=sys.stderr)


def cmd_scan(args) -> int:
    from inspector.cli import output as cli_output
    from inspector.domain.scan import site_filter

    result = scan_from_args(args)
    cookies = result.cookies
    if args.site:
        keep = site_filter(args.site)
        cookies = [c for c in cookies if keep(c)]
    writer = {"json": cli_output.write_json, "csv": cli_output.write_csv}.get(args.format, cli_output.write_table)
    writer(result, cookies, sys.stdout)
    report_store_errors(result)
    return EXIT_STORE_FAILED if result.errors else EXIT_OK


def main(argv: list[str] | None = None, clock=None) -> int:
    """Run one command; `clock` (default: the system's) is the instant every verdict is taken at."""
    from inspector.domain.clock import SYSTEM

    parser = build_parser()
    args = parser.parse_args(argv)
    args.clock = clock or SYSTEM
    if args.command is None:
        from inspector.app import main as gui_main

        return gui_main(argv)
    from inspector.cli import delete as cli_delete
    from inspector.cli import report as cli_report

    handler = {"scan": cmd_scan, "delete": cli_delete.cmd_delete, "undo": cli_delete.cmd_undo,
               **cli_report.HANDLERS}[args.command]
    try:
        return handler(args)
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
