"""What every command shares: exit codes, the store and policy options, and scanning what they name."""
from __future__ import annotations

import sys

from inspector.cli.options import named_stores
from inspector.domain.policy import PolicyError, default_policy_path, load_policy
from inspector.domain.scan import scan
from inspector.domain.stores.demo import demo_stores
from inspector.domain.stores.discovery import discover
from inspector.domain.translations import choose, say_in
from inspector.files import PRIVATE_MODE, write_atomic

# 0 and 2 mean the same for every command; 1, 3 and 4 are named for the commands that use them.
EXIT_OK, EXIT_STORE_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_NOTHING, EXIT_RUNNING, EXIT_FAILED = 1, 3, 4

def say(message: str) -> None:
    """One line for the user on standard error, named for the program."""
    print(f"consent-inspector: {message}", file=sys.stderr)


def language_of(args) -> str:
    """--lang, else the system locale's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), among those translated."""
    return choose(getattr(args, "lang", None))


def words_of(args):
    """The catalogue's `say` in the language of language_of(args): findings, notes and reports word through it."""
    return say_in(language_of(args))


def load_policy_or_exit(path: str | None):
    try:
        return load_policy(path or default_policy_path())
    except PolicyError as exc:
        say(f"policy error: {exc}")
        raise SystemExit(EXIT_USAGE)


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
