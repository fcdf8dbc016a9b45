"""`consent-inspector policies`: the policies in force, where each came from, and how many of your cookies it covers."""
from __future__ import annotations

import json
import sys
from datetime import datetime, timezone

from inspector.cli import words as W
from inspector.cli.common import EXIT_OK, EXIT_STORE_FAILED, load_policy_or_exit, resolve_stores, say, words_of
from inspector.cli.options import add_common
from inspector.domain.escapes import escape


def add_parser(sub) -> None:
    pol = sub.add_parser("policies", help="list the policies in force (bundled, your policy folder, --policy) "
                                          "and how many of your cookies each covers")
    add_common(pol, subcommand=True)
    pol.add_argument("--format", choices=("table", "json"), default="table")


def policy_rows(library, cookies) -> list[dict]:
    """One row per policy in force; `covered`: the cookies it decides (declared or not)."""
    from inspector.domain.policy.library import covered_counts

    covered = covered_counts(library, cookies)
    rows = []
    for entry in library.entries:
        origin = entry.origin
        rows.append({
            "site": ", ".join(s.name for s in entry.policy.sites),
            "hosts": sorted({h for s in entry.policy.sites for h in s.hosts}),
            "source": origin.kind,
            "source_detail": origin.source,
            "imported_at": _iso(origin.imported_at_us),
            "declared": sum(len(s.rules) for s in entry.policy.sites),
            "covered": covered.get(entry.path, 0),
            "file": entry.path,
            "in_folder": entry.in_folder,
            "conflicts": [c.host for c in library.conflicts if entry.path in (c.winner, c.loser)],
        })
    return rows


def _iso(us):
    if us is None:
        return None
    return datetime.fromtimestamp(us // 1_000_000, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def cmd_policies(args) -> int:
    from inspector.domain.scan import scan
    from inspector.domain.wording import LIBRARY_WORDS

    words = words_of(args)
    library = load_policy_or_exit(args.policy, words)
    result = scan(resolve_stores(args), library, clock=args.clock)
    rows = policy_rows(library, result.cookies)
    if args.format == "json":
        json.dump({"policies": rows, "errors": [str(e) for e in library.errors],
                   "conflicts": [{"host": c.host, "winner": c.winner, "loser": c.loser} for c in library.conflicts]},
                  sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        _table(rows, sys.stdout, words)
        for c in library.conflicts:
            say(words(LIBRARY_WORDS[c.code]).format(host=c.host, winner=c.winner, loser=c.loser))
    for err in result.errors:
        say(f"{err.store.label}: {err.store.path}: {err.message}")
    return EXIT_STORE_FAILED if result.errors else EXIT_OK


def _table(rows, out, words) -> None:
    head = tuple(words(h) for h in (W.SITE, W.HOSTS, W.SOURCE, W.IMPORTED, W.DECLARED_COUNT, W.COVERED))
    body = [(escape(r["site"]), escape(", ".join(r["hosts"])),
             escape(W.cell(W.POLICY_SOURCES, r["source"], words)
                    + (f" {r['source_detail']}" if r["source_detail"] else "")),
             r["imported_at"] or "-", str(r["declared"]), str(r["covered"])) for r in rows]
    widths = [max(len(row[i]) for row in (head, *body)) for i in range(len(head))]
    for row in (head, *body):
        cells = [cell.rjust(w) if i >= 4 else cell.ljust(w) for i, (cell, w) in enumerate(zip(row, widths))]
        out.write("  ".join(cells).rstrip() + "\n")


HANDLERS = {"policies": cmd_policies}
