"""What every command shares: exit codes, the store and policy options, and scanning what they name."""
from __future__ import annotations

import os
import sys

from inspector.cli.options import named_stores
from inspector.domain.policy import default_policy_path
from inspector.domain.scan import scan
from inspector.domain.stores.demo import demo_stores
from inspector.domain.stores.discovery import discover
from inspector.files import PRIVATE_MODE, write_atomic

# 0 and 2 mean the same for every command; 1, 3 and 4 are named for the commands that use them.
EXIT_OK, EXIT_STORE_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_NOTHING, EXIT_RUNNING, EXIT_FAILED = 1, 3, 4

def say(message: str) -> None:
    """One line for the user on standard error, named for the program."""
    print(f"consent-inspector: {message}", file=sys.stderr)


def load_policy_or_exit(paths):
    """The policies in force (domain/policy/library.py). A --policy file or the bundled one that
    cannot be loaded ends the run; a broken file of the policy folder is a warning."""
    from inspector.domain.policy.library import library_folder, load_library

    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    paths = [str(p) for p in paths or ()]
    library = load_library(default_policy_path(), library_folder(), paths)
    folder = str(library_folder())
    fatal = False
    for exc in library.errors:
        if os.path.dirname(os.path.abspath(exc.path)) == os.path.abspath(folder):
            say(f"policy error (left out): {exc}")
        else:
            say(f"policy error: {exc}")
            fatal = True
    if fatal:
        raise SystemExit(EXIT_USAGE)
    return library


def resolve_stores(args) -> list:
    """The stores named by --store, else the demo stores (--demo), else every discovered one."""
    if args.store:
        return named_stores(args.store)
    if args.demo:
        return demo_stores()
    return discover()


def scan_from_args(args, policy=None):
    """Scan the stores the options name with the policy they name; say so when there is none."""
    policy = policy or load_policy_or_exit(args.policy)
    stores = resolve_stores(args)
    if not stores:
        say("no browser cookie stores found (try --demo, or --store KIND:PATH)")
    return scan(stores, policy, clock=args.clock)


def report_store_errors(result) -> None:
    """One line per store that failed, on stderr; the others were read and are reported."""
    for err in result.errors:
        say(f"{err.store.label}: {err.store.path}: {err.message}")


def write_output(path: str | None, text: str, private: bool = False) -> None:
    """Write to `path` atomically (a half-written file never replaces a good one), or to stdout.
    A report is an ordinary document (0644 less the umask); `private` files are exactly 0600."""
    if path is None:
        sys.stdout.write(text)
        return
    write_atomic(path, text, PRIVATE_MODE if private else None)
