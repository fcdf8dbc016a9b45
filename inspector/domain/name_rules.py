"""Rules for a cookie name or a glob of names (`*`, `?`): which rules speak for a name, best first."""
from __future__ import annotations

import re
from fnmatch import translate
from functools import lru_cache
from typing import Generic, Iterable, Protocol, TypeVar


class NamedRule(Protocol):
    name: str
    is_pattern: bool


R = TypeVar("R", bound=NamedRule)

_WILDCARD = re.compile(r"[*?\[]")


def literal_chars(pattern: str) -> int:
    """How specific a glob is: the more literal characters, the fewer names it matches."""
    return len(pattern) - pattern.count("*") - pattern.count("?")


@lru_cache(maxsize=4096)
def glob_regex(pattern: str) -> re.Pattern:
    """The compiled glob, with fnmatchcase semantics."""
    return re.compile(translate(pattern))


def name_matches(rule_name: str, is_pattern: bool, cookie_name: str) -> bool:
    """Does a rule for `rule_name` (a glob when `is_pattern`) speak for `cookie_name`?"""
    if not is_pattern:
        return cookie_name == rule_name
    return glob_regex(rule_name).match(cookie_name) is not None


def _literal_prefix(pattern: str) -> str:
    return _WILDCARD.split(pattern, 1)[0]


class NameRules(Generic[R]):
    """Rules (anything with `name` and `is_pattern`) indexed for lookups by cookie name.

    Shared by the policy (a site's declared cookies) and the catalog (widely seen cookies):
    an exact name beats any pattern, and among patterns the one with more literal characters
    wins, as it matches fewer names (`_pk_id.*` before `_pk_*`); equally specific patterns keep
    their order in the file. Matching is case-sensitive, as cookie names are.
    """

    def __init__(self, rules: Iterable[R]):
        rules = tuple(rules)
        self._exact: dict[str, list[R]] = {}
        for rule in rules:
            if not rule.is_pattern:
                self._exact.setdefault(rule.name, []).append(rule)
        # sorted() is stable, so equally specific patterns keep their order.
        self.patterns: tuple[R, ...] = tuple(sorted((r for r in rules if r.is_pattern),
                                                    key=lambda r: -literal_chars(r.name)))
        # Literal prefixes let most names skip every pattern regex.
        self._prefixes = tuple({_literal_prefix(r.name) for r in self.patterns})
        # Patterns by the first character of their literal prefix ("" when they start with a
        # wildcard): a name is tested only against patterns that can match it.
        self._by_first: dict[str, list[tuple[re.Pattern, R]]] = {}
        for rule in self.patterns:
            self._by_first.setdefault(_literal_prefix(rule.name)[:1], []).append((glob_regex(rule.name), rule))

    def matching(self, name: str) -> list[R]:
        """Every rule for `name`, best first: exact ones in their order, then the matching patterns."""
        found = list(self._exact.get(name, ()))
        if name.startswith(self._prefixes):
            candidates = (*self._by_first.get(name[:1], ()), *self._by_first.get("", ()))
            hits = {id(rule) for regex, rule in candidates if regex.match(name) is not None}
            if hits:
                found += [rule for rule in self.patterns if id(rule) in hits]
        return found

    def best(self, name: str) -> R | None:
        """The rule for `name`: the first exact one, else the most specific matching pattern."""
        exact = self._exact.get(name)
        if exact:
            return exact[0]
        found = self.matching(name)
        return found[0] if found else None
