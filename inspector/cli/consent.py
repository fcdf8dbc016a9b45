"""`consent-inspector consent`: each site's recorded consent choices and the cookies against them."""
from __future__ import annotations

import sys

from inspector.cli.common import EXIT_OK, EXIT_STORE_FAILED, report_store_errors, scan_from_args
from inspector.cli.options import SITE_HELP, add_common
from inspector.cli.output import compact_json
from inspector.domain.consent.analysis import analyse
from inspector.domain.escapes import escape as escape_text
from inspector.domain.exports.consent_json import consent_json
from inspector.domain.exports.rows import error_row
from inspector.domain.records import us_to_iso
from inspector.domain.scan import site_filter


def add_parser(sub) -> None:
    p = sub.add_parser("consent", help="what you agreed to on each site, and the cookies there against it")
    add_common(p)
    p.add_argument("--site", metavar="TEXT", help=SITE_HELP)
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument("--read-keyring", action="store_true",
                   help="also read consent values that need the system keyring (it may ask for a password)")


def cmd_consent(args) -> int:
    result = scan_from_args(args)
    sites = None
    if args.site:
        keep = site_filter(args.site)
        sites = {c.site for c in result.cookies if keep(c)}
    analysis = analyse(result, keyring=args.read_keyring, sites=sites)
    if args.format == "json":
        doc = consent_json(analysis, [error_row(r) for r in result.reports if r.error])
        sys.stdout.write(compact_json(doc) + "\n")
    else:
        write_table(analysis, sys.stdout)
    report_store_errors(result)
    return EXIT_STORE_FAILED if result.errors else EXIT_OK


def write_table(analysis, out) -> None:
    from inspector.domain.wording import consent_finding_text, english

    for name, site in sorted(analysis.sites.items()):
        out.write(f"{escape_text(name)}\n")
        for i, r in enumerate(site.records):
            where = f"{r.cookies[0].browser} · {r.cookies[0].profile}" if r.cookies else ""
            if not r.readable:
                state = "choice not readable (run with --read-keyring)"
            elif r.error:
                state = f"invalid value ({r.error})"
            else:
                chosen = [f"{c} {s}" for c, s in r.categories if s != "not-asked"]
                vendors = f"; vendors {len(r.vendors_accepted)} accepted, {len(r.vendors_refused)} refused" \
                    if r.vendors_accepted or r.vendors_refused else ""
                state = ", ".join(chosen) + vendors
            when = us_to_iso(r.decided_at_us) or "no time"
            out.write(f"  [{i}] {r.platform:<13} {escape_text(where):<28} {when}  {state}\n")
        for f in site.findings:
            out.write(f"      {escape_text(consent_finding_text(f, english))}\n")
    out.write(f"{len(analysis.sites)} sites · "
              f"{sum(len(s.against) for s in analysis.sites.values())} cookies against the choice\n")


HANDLERS = {"consent": cmd_consent}
