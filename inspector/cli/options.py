"""The options every command and the window share: --policy, --store KIND:PATH, --demo, --site."""
from __future__ import annotations

import argparse

import sys

from inspector.domain.problem_words import error_text
from inspector.domain.escapes import escape
from inspector.domain.stores.discovery import KINDS, UnknownKind, stores_from_path

SITE_HELP = "only cookies whose site or host contains TEXT, or that a request to host TEXT would carry"


def _store_arg(text: str):
    kind, sep, path = text.partition(":")
    if not sep or not path:
        raise argparse.ArgumentTypeError(f"expected KIND:PATH, got '{text}'")
    return kind.strip().lower(), path


def add_common(parser: argparse.ArgumentParser, subcommand: bool = False) -> None:
    """--policy, --store, --demo and --lang: the same for every command and for the window."""
    parser.add_argument("--policy", metavar="FILE", action="append", default=[],
                        help="a cookie policy file in force besides the bundled policy.yaml and the user's "
                        "policy folder (repeatable)")
    parser.add_argument(
        "--store", metavar="KIND:PATH", action="append", type=_store_arg, default=[],
        help=f"scan this store instead of the discovered ones; KIND is one of {', '.join(KINDS)}; "
        "PATH is a cookie database or a profile directory (repeatable)",
    )
    parser.add_argument("--demo", action="store_true", help="use the built-in demo stores")
    add_lang(parser, subcommand)


def add_lang(parser: argparse.ArgumentParser, subcommand: bool = True) -> None:
    """--lang, before the command or after it. A command's own --lang has no default: argparse would
    set it over the one given before the command (`consent-inspector --lang fr keep list`)."""
    parser.add_argument("--lang", choices=("en", "fr"), default=argparse.SUPPRESS if subcommand else None,
                        help="language of the words and of the policy's texts (default: the system's)")


def named_stores(pairs, problems: list | None = None, words=None) -> list:
    """The stores --store KIND:PATH names. A path that names none ends the run with status 2, or,
    given `problems`, is added there as (kind, path, reason) and the other paths still count."""
    stores = []
    for kind, path in pairs:
        try:
            stores.extend(stores_from_path(kind, path))
        except ValueError as exc:
            if problems is not None and not isinstance(exc, UnknownKind):
                problems.append((kind, path, exc))
                continue
            print(escape(f"consent-inspector: --store {kind}:{path}: {error_text(exc, words)}"), file=sys.stderr)
            raise SystemExit(2)
    return stores
