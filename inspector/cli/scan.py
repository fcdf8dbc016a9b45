"""`consent-inspector scan`: every cookie with its policy status, as a table, JSON or CSV (no values)."""
from __future__ import annotations

import sys

from inspector.cli import output
from inspector.cli.common import EXIT_OK, EXIT_STORE_FAILED, report_store_errors, scan_from_args
from inspector.cli.options import SITE_HELP, add_common
from inspector.domain.scan import site_filter


def add_parser(sub) -> None:
    scan = sub.add_parser("scan", help="list every cookie with its policy status (no values)")
    add_common(scan)
    scan.add_argument("--site", metavar="TEXT", help=SITE_HELP)
    scan.add_argument("--format", choices=("table", "json", "csv"), default="table")


def cmd_scan(args) -> int:
    result = scan_from_args(args)
    cookies = result.cookies
    if args.site:
        keep = site_filter(args.site)
        cookies = [c for c in cookies if keep(c)]
    writer = {"json": output.write_json, "csv": output.write_csv}.get(args.format, output.write_table)
    writer(result, cookies, sys.stdout)
    report_store_errors(result)
    return EXIT_STORE_FAILED if result.errors else EXIT_OK


HANDLERS = {"scan": cmd_scan}
