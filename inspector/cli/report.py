"""The command line for consent evidence: `report`, `import-policy` and `export-cookies`."""
from __future__ import annotations

import os
import sys
import tempfile
from collections import Counter
from pathlib import Path

from inspector.cli.main import EXIT_OK, EXIT_STORE_FAILED, EXIT_USAGE, report_store_errors, scan_from_args

_SITE_HELP = "only cookies whose site or host contains TEXT, or that a request to host TEXT would carry"


def add_parsers(sub, add_common) -> None:
    from inspector.domain.exports.report import FORMATS

    report = sub.add_parser("report", help="per site: what the policy declares, what the browsers hold, "
                                           "and the findings (no values)")
    add_common(report)
    report.add_argument("--site", metavar="TEXT", help=_SITE_HELP)
    report.add_argument("--format", choices=FORMATS,
                        help="report format (default: from the -o file's extension)")
    report.add_argument("-o", "--output", metavar="FILE", help="write here instead of to standard output")

    imp = sub.add_parser("import-policy", help="turn a published cookie-policy page (saved HTML, or copied "
                                               "text with tab-separated rows) into policy YAML")
    imp.add_argument("file", metavar="FILE", help="the saved page (.html) or the copied text")
    imp.add_argument("--site", metavar="HOST", required=True, help="the host the policy speaks for, "
                     "e.g. opendata.lillemetropole.fr")
    imp.add_argument("--source-url", metavar="URL", help="address of the policy page (default: https://HOST/)")
    imp.add_argument("-o", "--output", metavar="FILE", help="write the YAML here instead of to standard output")

    exp = sub.add_parser("export-cookies", help="write a Netscape cookies.txt file WITH COOKIE VALUES "
                                                "(for curl, wget, yt-dlp); needs --yes-include-values")
    add_common(exp)
    exp.add_argument("--site", metavar="TEXT", help=_SITE_HELP)
    exp.add_argument("-o", "--output", metavar="FILE", required=True, help="the cookies.txt file to write")
    exp.add_argument("--yes-include-values", action="store_true",
                     help="confirm that the file may hold cookie values, including live sign-in sessions")


def _fail(message: str) -> int:
    print(f"consent-inspector: {message}", file=sys.stderr)
    return EXIT_USAGE


def _write(path: str | None, text: str, private: bool = False) -> None:
    """Write to `path` atomically (a half-written report never replaces a good one), or to stdout."""
    if path is None:
        sys.stdout.write(text)
        return
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent or ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        if not private:
            # mkstemp creates 0600; a report is an ordinary document.
            os.chmod(tmp, 0o644 & ~_umask())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _scan(args):
    result = scan_from_args(args)
    report_store_errors(result)
    return result


def cmd_report(args) -> int:
    import io

    from inspector.domain.exports.report import FORMATS, build_report, write_report

    fmt = args.format
    if fmt is None:
        suffix = Path(args.output).suffix.lower().lstrip(".") if args.output else ""
        fmt = {"htm": "html"}.get(suffix, suffix)
        if fmt not in FORMATS:
            return _fail(f"report: give --format ({', '.join(FORMATS)}) or an -o file ending in one of them")
    result = _scan(args)
    buffer = io.StringIO()
    write_report(build_report(result, site=args.site), fmt, buffer)
    _write(args.output, buffer.getvalue())
    return EXIT_STORE_FAILED if result.errors else EXIT_OK


def cmd_import_policy(args) -> int:
    from inspector.domain.policy.model import PolicyError
    from inspector.domain.policy.importer import check_yaml, import_policy_file

    try:
        result = import_policy_file(args.file, args.site, args.source_url)
    except FileNotFoundError:
        return _fail(f"import-policy: {args.file}: file not found")
    except (OSError, ValueError) as exc:
        return _fail(f"import-policy: {exc}")
    text = result.to_yaml()
    try:
        check_yaml(text, args.output or "<imported policy>")
    except PolicyError as exc:  # a bug in the importer, never the user's fault: say so
        print(f"consent-inspector: import-policy produced an invalid policy ({exc}); please report it",
              file=sys.stderr)
        return EXIT_STORE_FAILED
    _write(args.output, text)
    for note in result.reviews:
        print(f"consent-inspector: review: {note}", file=sys.stderr)
    where = f" to {args.output}" if args.output else ""
    print(f"consent-inspector: imported {len(result.cookies)} cookies for {result.host}{where}; "
          f"{len(result.reviews)} to review", file=sys.stderr)
    return EXIT_OK


def cmd_export_cookies(args) -> int:
    import io

    from inspector.domain.exports.netscape import export_cookies
    from inspector.domain.scan import site_filter

    if not args.yes_include_values:
        return _fail(f"export-cookies writes cookie VALUES (including live sign-in sessions) to {args.output}; "
                     "add --yes-include-values to confirm")
    result = _scan(args)
    cookies = result.cookies
    if args.site:
        keep = site_filter(args.site)
        cookies = [c for c in cookies if keep(c)]
    buffer = io.StringIO()
    exported = export_cookies(cookies, buffer, result.now_us)
    _write(args.output, buffer.getvalue(), private=True)
    reasons = Counter("expired" if reason == "expired" else "value unavailable" for _n, reason in exported.skipped)
    skipped = ", ".join(f"{n} {why}" for why, n in reasons.items())
    print(f"consent-inspector: wrote {exported.written} cookies to {args.output}"
          + (f"; skipped {skipped}" if skipped else ""), file=sys.stderr)
    return EXIT_STORE_FAILED if result.errors else EXIT_OK


HANDLERS = {"report": cmd_report, "import-policy": cmd_import_policy, "export-cookies": cmd_export_cookies}
