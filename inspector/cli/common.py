"""What every command shares: exit codes, the store and policy options, and scanning what they name."""
from __future__ import annotations

import os
import stat
import sys

from inspector.cli import words as W
from inspector.cli.options import named_stores
from inspector.domain.policy import default_policy_path
from inspector.domain.problem_words import error_text
from inspector.domain.escapes import escape
from inspector.domain.records import StoreError, StoreReport, StoreRef
from inspector.domain.scan import scan
from inspector.domain.stores.demo import demo_stores
from inspector.domain.stores.discovery import discover
from inspector.domain.translations import choose, say_in
from inspector.domain.wording import english
from inspector.files import PRIVATE_MODE, write_atomic

# 0 and 2 mean the same for every command; 1, 3 and 4 are named for the commands that use them.
EXIT_OK, EXIT_STORE_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_NOTHING, EXIT_RUNNING, EXIT_FAILED = 1, 3, 4
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as a shell reports a Ctrl-C

# The no-break spaces French typography puts before : ; ? and ! (cli/words.py's translations).
_NO_BREAK = "\u00a0\u202f"


def shown(text) -> str:
    """A sentence as the terminal may show it: escape() (no character of a path or a website's name may
    move the cursor, reorder the line or fail to encode), but for the two no-break spaces, which do none
    of that, and without which a French sentence is mis-set."""
    text = "" if text is None else str(text)
    if text.isprintable():
        return text
    return "".join(ch if ch in _NO_BREAK else escape(ch) for ch in text)


def say(message: str) -> None:
    """One line for the user on standard error, named for the program."""
    # shown: a message quotes paths and names (a Latin-1 folder, a website's cookie name), and
    # none of their characters may move the terminal's cursor or fail to encode.
    print(f"consent-inspector: {shown(message)}", file=sys.stderr)


def language_of(args) -> str:
    """--lang, else the system locale's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), among those translated."""
    return choose(getattr(args, "lang", None))


def words_of(args):
    """The catalogue's `say` in the language of language_of(args): the CLI's own words (cli/words.py),
    findings, notes and reports word through it. Passed down, never kept in a global."""
    return say_in(language_of(args))


def load_policy_or_exit(paths, words=english):
    """The policies in force (domain/policy/library.py). A --policy file or the bundled one that
    cannot be loaded ends the run; a broken file of the policy folder is a warning, worded by
    `words` (words_of(args); English when None)."""
    from inspector.domain.policy.library import library_folder, load_library

    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    paths = [str(p) for p in paths or ()]
    library = load_library(default_policy_path(), library_folder(), paths)
    folder = str(library_folder())
    fatal = False
    for exc in library.errors:
        if os.path.dirname(os.path.abspath(exc.path)) == os.path.abspath(folder):
            say(words(W.POLICY_LEFT_OUT).format(error=error_text(exc, words)))
        else:
            say(words(W.POLICY_ERROR).format(error=error_text(exc, words)))
            fatal = True
    if fatal:
        raise SystemExit(EXIT_USAGE)
    return library


def resolve_stores(args, problems: list | None = None) -> list:
    """The stores named by --store, else the demo stores (--demo), else every discovered one.
    A --store that names no store goes to `problems` (kind, path, reason) when given."""
    if args.store:
        return named_stores(args.store, problems, words_of(args))
    if args.demo:
        return demo_stores()
    return discover()


def scan_from_args(args, policy=None):
    """Scan the stores the options name with the policy they name; say so when there is none."""
    words = words_of(args)
    policy = policy or load_policy_or_exit(args.policy, words)
    problems: list = []
    stores = resolve_stores(args, problems)
    if not stores and not problems:
        say(words(W.NO_STORES).format(store="KIND:PATH"))
    result = scan(stores, policy, clock=args.clock)
    # A --store that names no store is a failed store like one that cannot be read: it is
    # reported and sets the exit status, and never hides the stores named beside it.
    for kind, path, reason in problems:
        ref = StoreRef(kind, kind, "--store", os.path.abspath(path))
        result.reports.append(StoreReport(ref, error=StoreError(ref, str(reason), "missing", reason)))
    return result


def report_store_errors(result, words=english) -> None:
    """One line per store that failed, on stderr; the others were read and are reported."""
    for err in result.errors:
        say(store_error_line(err, words))


def store_error_line(err, words=english) -> str:
    # A problem that names its own path (a --store with nothing there, a session file) is not
    # prefixed with the path a second time.
    where = "" if err.message.startswith(err.store.path) else f"{err.store.path}: "
    return shown(f"{err.store.label}: {where}{err.reason(words)}")


def encodable(text: str) -> str:
    """`text` as UTF-8 can write it: a lone surrogate (a store in a Latin-1 folder) becomes the
    `\\udce9` that escapes.escape shows for it, instead of failing the whole document."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


def check_output(path: str | None, words=english) -> None:
    """Refuse, before any scan, an -o that cannot be written: a folder, or a file in a folder that
    does not exist. A FIFO or a device (/dev/stdout) is written to as it is."""
    if path is None:
        return
    if os.path.isdir(path):
        problem = words(W.IS_FOLDER).format(path=path)
    else:
        folder = os.path.dirname(os.path.abspath(os.path.realpath(path)))
        if os.path.isdir(folder):
            return
        problem = words(W.NO_FOLDER).format(path=path, folder=folder)
    say(problem)
    raise SystemExit(EXIT_USAGE)


def write_output(path: str | None, text: str, private: bool = False) -> None:
    """Write to `path` atomically (a half-written file never replaces a good one), or to stdout.
    A report is an ordinary document (0644 less the umask); `private` files are exactly 0600.
    A symlink is written through (the link stays, its target is replaced), and a FIFO or a
    device such as /dev/stdout is written to directly: neither is ever replaced by a file."""
    text = encodable(text)
    if path is None:
        sys.stdout.write(text)
        return
    # stat(), not realpath(): /dev/stdout links to /proc/self/fd/1, whose link names no file.
    if os.path.exists(path) and not stat.S_ISREG(os.stat(path).st_mode):
        with open(path, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        return
    write_atomic(os.path.realpath(path), text, PRIVATE_MODE if private else None)


def ask_yes(question: str, words) -> bool:
    """Ask `question` (it ends in its [y/N]) on stderr, so that stdout stays clean JSON; True for a yes,
    in the user's language or in English."""
    print(question + " ", end="", file=sys.stderr, flush=True)
    return W.answered_yes(sys.stdin.readline(), words)
