"""`consent-inspector import-policy`: a published cookie-policy page (URL, file or pasted text) turned into policy YAML."""
from __future__ import annotations

import sys
from pathlib import Path

from inspector.cli import words as W
from inspector.cli.options import add_lang
from inspector.cli.common import EXIT_OK, EXIT_STORE_FAILED, EXIT_USAGE, say, words_of, write_output
from inspector.domain.problem_words import error_text
from inspector.domain.escapes import escape
from inspector.domain.policy.model import ORIGIN_FILE, ORIGIN_TEXT, ORIGIN_URL, PolicyError, PolicyOrigin


def add_parser(sub) -> None:
    imp = sub.add_parser("import-policy", help="turn a published cookie-policy page (a URL, a saved HTML file, "
                                               "copied text, or a consent platform's declaration) into policy YAML")
    imp.add_argument("file", metavar="URL|FILE|-", help="the page's http(s) address (fetched now), the saved "
                     "page (.html) or declaration (.json, .js), or - for text pasted on standard input")
    imp.add_argument("--site", metavar="HOST", required=True, help="the host the policy speaks for, "
                     "e.g. opendata.lillemetropole.fr")
    imp.add_argument("--hosts", metavar="LIST", help="the hosts the policy covers, comma-separated "
                     "(default: the --site host alone; e.g. www.bank.example,*.bank.example)")
    imp.add_argument("--source-url", metavar="URL", help="address of the policy page (default: the URL, "
                     "else https://HOST/)")
    imp.add_argument("-o", "--output", metavar="FILE", help="write the YAML here instead of to standard output")
    imp.add_argument("--save", action="store_true", help="save the policy into the policy library, where it "
                     "is in force from the next run (and at once in an open window)")
    imp.add_argument("--force", action="store_true", help="with --save: replace a policy of the same site")
    add_lang(imp)


def _read_source(args):
    """(text, kind or None, source URL, origin kind, origin source) of the argument."""
    from inspector.domain.policy.fetch import decode, fetch

    source = args.file
    if source.startswith(("http://", "https://")) or "://" in source:
        fetched = fetch(source)  # FetchError: said by the caller
        return fetched.text, fetched.kind, args.source_url or fetched.url, ORIGIN_URL, fetched.url
    if source == "-":
        return decode(sys.stdin.buffer.read()), None, args.source_url, ORIGIN_TEXT, None
    path = Path(source)
    if not path.is_file():
        raise FileNotFoundError(source)
    data = path.read_bytes()
    suffix = path.suffix.lower()
    kind = {".html": "html", ".htm": "html", ".xhtml": "html", ".json": "json", ".js": "js"}.get(suffix)
    return decode(data), kind, args.source_url, ORIGIN_FILE, str(path.resolve())


def cmd_import_policy(args) -> int:
    from inspector.domain.policy.fetch import FetchError
    from inspector.domain.policy.importer import check_yaml, import_document
    from inspector.domain.wording import fetch_error

    words = words_of(args)
    try:
        text_in, kind, source_url, origin_kind, origin_source = _read_source(args)
        hosts = [h.strip() for h in args.hosts.split(",") if h.strip()] if args.hosts else []
        result = import_document(text_in, args.site, source_url, kind)
    except FileNotFoundError:
        say(words(W.FILE_NOT_FOUND).format(path=args.file))
        return EXIT_USAGE
    except FetchError as exc:
        say(words(W.IMPORT_PROBLEM).format(error=fetch_error(exc, words)))
        return EXIT_STORE_FAILED
    except (OSError, ValueError) as exc:
        say(words(W.IMPORT_PROBLEM).format(error=error_text(exc, words)))
        return EXIT_USAGE
    result.hosts = hosts
    result.origin = PolicyOrigin(origin_kind, origin_source, args.clock.now_us())
    text = result.to_yaml()
    try:
        check_yaml(text, args.output or "<imported policy>")
    except PolicyError as exc:
        if args.hosts:  # the user's --hosts, not the importer: a usage error
            say(words(W.IMPORT_HOSTS).format(error=exc.reason(words)))
            return EXIT_USAGE
        say(words(W.IMPORT_INVALID).format(error=error_text(exc, words)))
        return EXIT_STORE_FAILED
    for note in result.reviews:
        say(words(W.REVIEW).format(note=escape(note)))
    if kind == "html":
        from inspector.domain.policy.declarations import embedded_declarations

        for found in embedded_declarations(text_in, source_url):
            say(words(W.NAMES_DECLARATION).format(platform=found.platform, url=found.url, host=result.host))
    if args.save:
        return _save(args, result, text, words)
    write_output(args.output, text)
    said = words(W.IMPORTED_TO if args.output else W.IMPORTED_COUNT, len(result.cookies))
    say(said.format(host=result.host, path=args.output, reviews=len(result.reviews)))
    return EXIT_OK


def _save(args, result, text: str, words) -> int:
    from inspector.domain.policy.importer import site_id_for
    from inspector.domain.policy.library import library_folder
    from inspector.domain.policy.library_files import PolicyExists, save_policy

    try:
        path = save_policy(text, library_folder(), site_id_for(result.host), force=args.force)
    except PolicyExists as exc:
        say(words(W.POLICY_EXISTS).format(path=exc.path))
        return EXIT_USAGE
    except OSError as exc:
        say(words(W.CANNOT_SAVE).format(error=exc.strerror or exc))
        return EXIT_STORE_FAILED
    if args.output:
        write_output(args.output, text)
    say(words(W.SAVED_TO, len(result.cookies)).format(host=result.host, path=path, reviews=len(result.reviews)))
    return EXIT_OK


HANDLERS = {"import-policy": cmd_import_policy}
