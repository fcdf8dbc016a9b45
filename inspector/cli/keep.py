"""`consent-inspector keep add|remove|list`: the keep list on the command line (no bulk deletion removes what it keeps)."""
from __future__ import annotations

import json
import sys

from inspector.cli import words as W
from inspector.cli.common import EXIT_FAILED, EXIT_NOTHING, EXIT_OK, EXIT_USAGE, say, shown, words_of
from inspector.cli.options import add_lang
from inspector.cli.table import TableColumn, fit, terminal_width, write_table
from inspector.domain import wording
from inspector.domain.problem_words import error_text
from inspector.domain.keep.entries import KeepEntry
from inspector.domain.keep.keep_file import KeepListError, keep_list_path, load_keep_list, save_keep_list
from inspector.domain.sites import normalize_host, site_of


def add_parser(sub) -> None:
    keep = sub.add_parser(
        "keep", help="the keep list: sites, hosts and cookies no clean-up deletes",
        description="Edit or show the keep list, the cookies that `clean` and every bulk deletion leave alone. "
        f"It is a YAML file ({keep_list_path()}), which you may also edit by hand. "
        "Exit codes: 0 done, 1 nothing to remove, 2 usage error or a malformed keep list, 4 it cannot be written.")
    actions = keep.add_subparsers(dest="keep_action", metavar="ACTION", required=True)
    for name, text in (("add", "keep a site, a host, a cookie name or a name pattern"),
                       ("remove", "stop keeping an entry (given as it was added)")):
        p = actions.add_parser(name, help=text, description=text)
        p.add_argument("--site", metavar="TEXT", required=True,
                       help="the site, as its registrable domain exactly (github.com, not www.github.com)")
        p.add_argument("--host", metavar="HOST", help="only the cookies of this host of the site")
        which = p.add_mutually_exclusive_group()
        which.add_argument("--name", metavar="NAME", help="only the cookie with this exact name")
        which.add_argument("--pattern", metavar="GLOB", help="only the cookie names matching this glob (wp_*)")
        add_lang(p)
    listing = actions.add_parser("list", help="show the keep list")
    add_lang(listing)
    listing.add_argument("--format", choices=("table", "json"), default="table")


def _entry(args, words) -> KeepEntry | str:
    site = normalize_host(args.site or "")
    if not site:
        return words(W.SITE_EMPTY)
    if site_of(site) != site:
        return words(W.NOT_REGISTRABLE).format(given=args.site, site=site_of(site), host=site)
    if args.host is not None and site_of(normalize_host(args.host)) != site:
        return words(W.HOST_NOT_ON_SITE).format(host=args.host, site=site)
    if args.pattern is not None and not args.pattern.strip():
        return words(W.PATTERN_EMPTY)
    return KeepEntry(site=site, host=args.host, name=args.name, pattern=args.pattern)


def cmd_keep(args) -> int:
    words = words_of(args)
    try:
        keep = load_keep_list()
    except KeepListError as exc:
        say(words(W.KEEP_LIST_ERROR).format(error=error_text(exc, words)))
        say(words(W.FIX_KEEP_FILE))
        return EXIT_USAGE
    if args.keep_action == "list":
        _write_list(sys.stdout, args.format, keep, words)
        return EXIT_OK
    entry = _entry(args, words)
    if isinstance(entry, str):
        say(entry)
        return EXIT_USAGE
    what = wording.keep_entry(entry, words)
    if args.keep_action == "add":
        changed = keep.added(entry)
        if changed is keep:
            print(shown(words(W.ALREADY_KEPT).format(entry=what)))
            return EXIT_OK
        done = W.KEEPING
    else:
        changed = keep.removed(entry)
        if len(changed) == len(keep):
            say(words(W.NO_SUCH_ENTRY).format(entry=what))
            return EXIT_NOTHING
        done = W.NO_LONGER_KEEPING
    try:
        path = save_keep_list(changed)
    except OSError as exc:
        say(words(W.CANNOT_WRITE_KEEP).format(path=keep.path, error=exc.strerror or exc))
        return EXIT_FAILED
    print(shown(words(done).format(entry=what, path=path)))
    return EXIT_OK


_COLUMNS = (
    TableColumn("site", W.SITE, 10, 30, 0, cut_left=True),
    TableColumn("kind", W.KEEPS, 8, 50, 1),
    TableColumn("reason", W.WHY, 6, 10, 2),
    TableColumn("line", W.LINE, 4, 5, 3),
)


def _write_list(out, fmt: str, keep, words=wording.english) -> None:
    if fmt == "json":
        doc = {"path": keep.path, "count": len(keep),
               "entries": [{**e.to_dict(), "kind": e.kind, "reason": e.reason, "line": e.line}
                           for e in keep.entries]}
        json.dump(doc, out, ensure_ascii=False, separators=(",", ":"))
        out.write("\n")
        return
    if not keep.entries:
        print(shown(words(W.KEEP_EMPTY).format(path=keep.path)), file=out)
        return
    rows = ({"site": e.site, "kind": wording.keep_entry(e, words), "reason": W.cell(W.KEEP_REASONS, e.reason, words),
             "line": str(e.line or "")} for e in keep.entries)
    write_table(out, fit(_COLUMNS, terminal_width(out)), rows, words=words)
    print(shown(W.counted(words, W.KEEP_ENTRIES, len(keep)).format(path=keep.path)), file=out)


HANDLERS = {"keep": cmd_keep}
