"""`consent-inspector consent`: each site's recorded consent choices and the cookies against them."""
from __future__ import annotations

import sys

from inspector.cli import words as W
from inspector.cli.common import EXIT_OK, EXIT_STORE_FAILED, report_store_errors, scan_from_args, shown, words_of
from inspector.cli.options import SITE_HELP, add_common
from inspector.cli.output import compact_json
from inspector.domain.consent.analysis import analyse
from inspector.domain.exports.consent_json import consent_json
from inspector.domain.exports.rows import error_row
from inspector.domain.records import us_to_iso
from inspector.domain.scan import site_filter
from inspector.domain.wording import CONSENT_STATES, consent_finding_text, english


def add_parser(sub) -> None:
    p = sub.add_parser("consent", help="what you agreed to on each site, and the cookies there against it")
    add_common(p, subcommand=True)
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
        write_table(analysis, sys.stdout, words_of(args))
    report_store_errors(result, words_of(args))
    return EXIT_STORE_FAILED if result.errors else EXIT_OK


def write_table(analysis, out, words=english) -> None:
    for name, site in sorted(analysis.sites.items()):
        out.write(f"{shown(name)}\n")
        for i, r in enumerate(site.records):
            where = f"{r.cookies[0].browser} · {r.cookies[0].profile}" if r.cookies else ""
            when = us_to_iso(r.decided_at_us) or words(W.NO_TIME)
            out.write(f"  [{i}] {r.platform:<13} {shown(where):<28} {when}  {shown(_state(r, words))}\n")
        for f in site.findings:
            out.write(f"      {shown(consent_finding_text(f, words))}\n")
    against = sum(len(s.against) for s in analysis.sites.values())
    out.write(words(W.SUMMARY_SITES, len(analysis.sites)) + W.SEPARATOR + words(W.SUMMARY_AGAINST, against) + "\n")


def _state(record, words) -> str:
    """What one recorded choice says: each category's answer, and the vendors'."""
    if not record.readable:
        return words(W.NOT_READABLE)
    if record.error:
        return words(W.INVALID_VALUE).format(error=record.error)
    choices = ", ".join(words(W.CHOSEN).format(category=W.category_cell(c, words),
                                               state=W.cell(CONSENT_STATES, s, words))
                        for c, s in record.categories if s != "not-asked")
    if record.vendors_accepted or record.vendors_refused:
        return words(W.WITH_VENDORS).format(choices=choices, accepted=len(record.vendors_accepted),
                                            refused=len(record.vendors_refused))
    return choices


HANDLERS = {"consent": cmd_consent}
