"""`consent-inspector export-cookies`: a Netscape cookies.txt WITH values, only when the user says so."""
from __future__ import annotations

import io
from collections import Counter

from inspector.cli.common import (
    EXIT_OK, EXIT_STORE_FAILED, EXIT_USAGE, report_store_errors, say, scan_from_args,
    write_output, check_output, words_of,
)
from inspector.cli import words as W
from inspector.cli.options import SITE_HELP, add_common
from inspector.domain.exports.netscape import export_cookies
from inspector.domain.scan import site_filter


def add_parser(sub) -> None:
    exp = sub.add_parser("export-cookies", help="write a Netscape cookies.txt file WITH COOKIE VALUES "
                                                "(for curl, wget, yt-dlp); needs --yes-include-values")
    add_common(exp, subcommand=True)
    exp.add_argument("--site", metavar="TEXT", help=SITE_HELP)
    exp.add_argument("-o", "--output", metavar="FILE", required=True, help="the cookies.txt file to write")
    exp.add_argument("--yes-include-values", action="store_true",
                     help="confirm that the file may hold cookie values, including live sign-in sessions")


def cmd_export_cookies(args) -> int:
    words = words_of(args)
    if not args.yes_include_values:
        say(words(W.VALUES_CONFIRM).format(path=args.output))
        return EXIT_USAGE
    check_output(args.output, words)
    result = scan_from_args(args)
    report_store_errors(result, words_of(args))
    cookies = result.cookies
    if args.site:
        keep = site_filter(args.site)
        cookies = [c for c in cookies if keep(c)]
    buffer = io.StringIO()
    exported = export_cookies(cookies, buffer, result.now_us)
    write_output(args.output, buffer.getvalue(), private=True)
    reasons = Counter("expired" if reason == "expired" else "unavailable" for _n, reason in exported.skipped)
    reasons["unavailable"] -= exported.unsafe  # those are counted on their own
    if exported.unsafe:
        reasons["unsafe"] = exported.unsafe
        for label, reason in exported.skipped:
            if "cannot carry" in reason:
                say(words(W.SKIPPED_COOKIE).format(label=label, reason=reason))
    skipped = ", ".join(words(W.SKIP_REASONS[why], n) for why, n in reasons.items() if n > 0)
    said = words(W.WROTE_SKIPPED if skipped else W.WROTE, exported.written)
    say(said.format(path=args.output, skipped=skipped))
    return EXIT_STORE_FAILED if result.errors else EXIT_OK


HANDLERS = {"export-cookies": cmd_export_cookies}
