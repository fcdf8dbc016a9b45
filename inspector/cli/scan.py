"""`consent-inspector scan`: every cookie with its policy status, as a table, JSON or CSV (no values)."""
from __future__ import annotations

import sys

from inspector.cli import output
from inspector.cli.common import (EXIT_OK, EXIT_STORE_FAILED, EXIT_USAGE, report_store_errors, say, scan_from_args,
                                  words_of)
from inspector.cli.words import UNKNOWN_COLUMNS
from inspector.cli.options import SITE_HELP, add_common
from inspector.domain.scan import site_filter


def add_parser(sub) -> None:
    scan = sub.add_parser("scan", help="list every cookie with its policy status (no values)")
    add_common(scan, subcommand=True)
    scan.add_argument("--site", metavar="TEXT", help=SITE_HELP)
    scan.add_argument("--format", choices=("table", "json", "csv"), default="table")
    scan.add_argument("--columns", metavar="LIST", type=lambda t: [k.strip() for k in t.split(",") if k.strip()],
                      help=f"table columns, comma-separated, in order (of: {', '.join(output.COLUMN_KEYS)}); "
                      "by default every column that fits, dropped from the right")
    scan.add_argument("--wide", action="store_true", help="table: every column at full width, whatever the terminal")


def cmd_scan(args) -> int:
    words = words_of(args)
    unknown = output.unknown_columns(args.columns or ())
    if unknown:
        say(words(UNKNOWN_COLUMNS).format(names=", ".join(unknown), known=", ".join(output.COLUMN_KEYS)))
        return EXIT_USAGE
    result = scan_from_args(args)
    cookies = result.cookies
    if args.site:
        keep = site_filter(args.site)
        cookies = [c for c in cookies if keep(c)]
    if args.format == "table":
        output.write_table(result, cookies, sys.stdout, args.columns, None if args.wide else -1, words)
    else:
        {"json": output.write_json, "csv": output.write_csv}[args.format](result, cookies, sys.stdout)
    report_store_errors(result, words_of(args))
    return EXIT_STORE_FAILED if result.errors else EXIT_OK


HANDLERS = {"scan": cmd_scan}
