"""`consent-inspector import-policy`: a published cookie-policy page turned into policy YAML to review."""
from __future__ import annotations

from inspector.cli.common import EXIT_OK, EXIT_STORE_FAILED, EXIT_USAGE, say, write_output
from inspector.domain.policy.importer import check_yaml, import_policy_file
from inspector.domain.policy.model import PolicyError


def add_parser(sub) -> None:
    imp = sub.add_parser("import-policy", help="turn a published cookie-policy page (saved HTML, or copied "
                                               "text with tab-separated rows) into policy YAML")
    imp.add_argument("file", metavar="FILE", help="the saved page (.html) or the copied text")
    imp.add_argument("--site", metavar="HOST", required=True, help="the host the policy speaks for, "
                     "e.g. opendata.lillemetropole.fr")
    imp.add_argument("--source-url", metavar="URL", help="address of the policy page (default: https://HOST/)")
    imp.add_argument("-o", "--output", metavar="FILE", help="write the YAML here instead of to standard output")


def cmd_import_policy(args) -> int:
    try:
        result = import_policy_file(args.file, args.site, args.source_url)
    except FileNotFoundError:
        say(f"import-policy: {args.file}: file not found")
        return EXIT_USAGE
    except (OSError, ValueError) as exc:
        say(f"import-policy: {exc}")
        return EXIT_USAGE
    text = result.to_yaml()
    try:
        check_yaml(text, args.output or "<imported policy>")
    except PolicyError as exc:  # a bug in the importer, never the user's fault: say so
        say(f"import-policy produced an invalid policy ({exc}); please report it")
        return EXIT_STORE_FAILED
    write_output(args.output, text)
    for note in result.reviews:
        say(f"review: {note}")
    where = f" to {args.output}" if args.output else ""
    say(f"imported {len(result.cookies)} cookies for {result.host}{where}; {len(result.reviews)} to review")
    return EXIT_OK


HANDLERS = {"import-policy": cmd_import_policy}
