"""`consent-inspector report`: per site, what the policy declares, what the browsers hold, and the findings."""
from __future__ import annotations

import io
from pathlib import Path

from inspector.cli.common import (
    EXIT_OK, EXIT_STORE_FAILED, EXIT_USAGE, language_of, report_store_errors, say, scan_from_args,
    write_output, check_output, words_of,
)
from inspector.cli.words import REPORT_FORMAT
from inspector.cli.options import SITE_HELP, add_common
from inspector.domain.exports.report import FORMATS, build_report, write_report


def add_parser(sub) -> None:
    report = sub.add_parser("report", help="per site: what the policy declares, what the browsers hold, "
                                           "and the findings (no values)")
    add_common(report, subcommand=True)
    report.add_argument("--site", metavar="TEXT", help=SITE_HELP)
    report.add_argument("--format", choices=FORMATS,
                        help="report format (default: from the -o file's extension)")
    report.add_argument("-o", "--output", metavar="FILE", help="write here instead of to standard output")


def cmd_report(args) -> int:
    words = words_of(args)
    fmt = args.format
    if fmt is None:
        suffix = Path(args.output).suffix.lower().lstrip(".") if args.output else ""
        fmt = {"htm": "html"}.get(suffix, suffix)
        if fmt not in FORMATS:
            say(words(REPORT_FORMAT).format(formats=", ".join(FORMATS)))
            return EXIT_USAGE
    check_output(args.output, words)
    result = scan_from_args(args)
    report_store_errors(result, words_of(args))
    buffer = io.StringIO()
    write_report(build_report(result, site=args.site, lang=language_of(args)), fmt, buffer)
    write_output(args.output, buffer.getvalue())
    return EXIT_STORE_FAILED if result.errors else EXIT_OK


HANDLERS = {"report": cmd_report}
