"""A clean-up's choices as named rules (category, status, finding, third-party, expired, unused, site), and their file."""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from typing import Iterable, Optional

from inspector.domain.codes import (BY_CATEGORY, BY_EXPIRED, BY_FINDING, BY_SITE, BY_STATUS, BY_THIRD_PARTY,
                                    BY_UNUSED, STATUSES)
from inspector.domain.policy import error_words
from inspector.domain.policy.loader import PolicyReader, compose, read_text
from inspector.domain.policy.model import PolicyError
from inspector.files import DOCUMENT_MODE, write_atomic

UNKNOWN_CATEGORY = "unknown"  # no policy and no catalog says what the cookie is for
# What --finding accepts: the finding kinds, and each lifetime check on its own.
BEYOND_13_MONTHS = "beyond-13-months"
OVER_DECLARED = "over-declared-lifetime"
# "against-choice": present against the consent choice the site recorded (domain/consent).
FINDINGS = (BEYOND_13_MONTHS, OVER_DECLARED, "undeclared", "category-mismatch", "unknown", "needs-consent",
            "against-choice")
VERSION = 1


class RulesError(PolicyError):
    """Why a rules file cannot be used, and where: `path:line:column: message`."""


@dataclass(frozen=True)
class Rule:
    """Every choice given must hold (they combine); a repeated one (categories) holds for any of its values.
    A rule with no choice at all chooses nothing: a clean-up never means "every cookie" by omission."""

    name: str = "clean-up"
    categories: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    findings: tuple[str, ...] = ()
    third_party: bool = False
    expired: bool = False
    unused_days: Optional[int] = None
    site: Optional[str] = None
    line: Optional[int] = field(default=None, compare=False)

    @property
    def is_empty(self) -> bool:
        return not (self.categories or self.statuses or self.findings or self.third_party or self.expired
                    or self.unused_days is not None)

    def criteria(self) -> list[tuple[str, dict]]:
        """The rule's choices as codes with parameters, for the preview and the history to word."""
        out: list[tuple[str, dict]] = []
        if self.categories:
            out.append((BY_CATEGORY, {"categories": list(self.categories)}))
        if self.statuses:
            out.append((BY_STATUS, {"statuses": list(self.statuses)}))
        if self.findings:
            out.append((BY_FINDING, {"findings": list(self.findings)}))
        if self.third_party:
            out.append((BY_THIRD_PARTY, {}))
        if self.expired:
            out.append((BY_EXPIRED, {}))
        if self.unused_days is not None:
            out.append((BY_UNUSED, {"days": self.unused_days}))
        if self.site:
            out.append((BY_SITE, {"text": self.site}))
        return out

    def to_dict(self) -> dict:
        out: dict = {"name": self.name}
        for key, value in (("category", list(self.categories)), ("status", list(self.statuses)),
                           ("finding", list(self.findings)), ("third-party", self.third_party),
                           ("expired", self.expired), ("unused-days", self.unused_days), ("site", self.site)):
            if value:
                out[key] = value
        return out


def rule_problem(rule: Rule) -> Optional[tuple[str, dict]]:
    """Why the rule cannot run, as a problem of policy/error_words.py with its parameters; None when it can."""
    bad = [s for s in rule.statuses if s not in STATUSES]
    if bad:
        return "rule-status", {"value": bad[0], "known": tuple(STATUSES)}
    bad = [f for f in rule.findings if f not in FINDINGS]
    if bad:
        return "rule-finding", {"value": bad[0], "known": tuple(FINDINGS)}
    if rule.unused_days is not None and rule.unused_days < 1:
        return "rule-unused-days", {}
    return None


def check_rule(rule: Rule) -> Optional[str]:
    """Why the rule cannot run (an English sentence for the CLI), None when it can."""
    found = rule_problem(rule)
    return error_words.problem(*found) if found else None


# --- the rules file ------------------------------------------------------------------------

_KEYS = ("category", "status", "finding", "third-party", "expired", "unused-days", "site")


def load_rules(path: str) -> list[Rule]:
    try:
        text = read_text(path)
    except PolicyError as exc:
        raise RulesError.of(exc) from None
    r = PolicyReader(path, RulesError)
    try:
        root = compose(path, text)
    except RulesError:
        raise
    except PolicyError as exc:
        raise RulesError.of(exc) from None
    if root is None:
        raise RulesError(path, None, None, why="rules-empty")
    top = r.fields(root, (("rules-file",),), required=("rules",), optional=("version",))
    if "version" in top and r.integer(top["version"], "version") != VERSION:
        r.fail(top["version"], "version-read", "version", supported=VERSION)
    rules, first = [], {}
    for i, node in enumerate(r.sequence(top["rules"], "rules"), 1):
        rule = _rule(r, node, (("rule", i),))
        if rule.name in first:
            r.fail(node, "rule-name-used", (("rule", i),), name=rule.name, first=first[rule.name])
        first[rule.name] = rule.line
        rules.append(rule)
    return rules


def _strings(r: PolicyReader, node, what: tuple) -> tuple[str, ...]:
    if getattr(node, "id", "") == "sequence":
        return tuple(r.string(n, what) for n in r.sequence(node, what))
    return (r.string(node, what),)


def _rule(r: PolicyReader, node, what: tuple) -> Rule:
    f = r.fields(node, what, required=("name",), optional=_KEYS)
    name = r.string(f["name"], what + ("name",))
    rule = Rule(
        name=name,
        categories=_strings(r, f["category"], what + ("category",)) if "category" in f else (),
        statuses=_strings(r, f["status"], what + ("status",)) if "status" in f else (),
        findings=_strings(r, f["finding"], what + ("finding",)) if "finding" in f else (),
        third_party=r.boolean(f["third-party"], what + ("third-party",)) if "third-party" in f else False,
        expired=r.boolean(f["expired"], what + ("expired",)) if "expired" in f else False,
        unused_days=r.integer(f["unused-days"], what + ("unused-days",)) if "unused-days" in f else None,
        site=r.string(f["site"], what + ("site",)) if "site" in f else None,
        line=node.start_mark.line + 1)
    named = what + ((error_words.ASIDE, name),)
    problem = rule_problem(rule)
    if problem:
        r.fail(node, problem[0], named, **problem[1])
    if rule.is_empty:
        r.fail(node, "rule-chooses-nothing", named)
    return rule


def dump_rules(rules: Iterable[Rule]) -> str:
    lines = ["# Consent Inspector clean-up rules: `consent-inspector clean --rules FILE` runs them all.",
             "# Within a rule every choice must hold; a cookie any rule chooses goes (the keep list wins).",
             f"version: {VERSION}", "rules:"]
    for rule in rules:
        items = list(rule.to_dict().items())
        lines.append(f"  - name: {json.dumps(items[0][1], ensure_ascii=False)}")
        for key, value in items[1:]:
            lines.append(f"    {key}: {json.dumps(value, ensure_ascii=False)}")
    return "\n".join(lines) + "\n"


def save_rule(path: str, rule: Rule) -> None:
    """Add `rule` to the file (replacing one of the same name), creating the file if need be."""
    rules = load_rules(path) if os.path.exists(path) else []
    rules = [r for r in rules if r.name != rule.name] + [rule]
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    write_atomic(path, dump_rules(rules), DOCUMENT_MODE, keep_mode=True)
