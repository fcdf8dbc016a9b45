"""What changed between a saved policy and a fresh import of its page: names added, dropped, and changed."""
from __future__ import annotations

from dataclasses import dataclass

from inspector.domain.policy.loader import parse_lifetime


@dataclass(frozen=True)
class Change:
    name: str
    field: str  # category | lifetime | provider | purpose
    old: str
    new: str


@dataclass(frozen=True)
class PolicyDiff:
    added: tuple[str, ...]
    removed: tuple[str, ...]
    changed: tuple[Change, ...]

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)


def policy_diff(policy, result) -> PolicyDiff:
    """The saved `policy` (a Policy) against an ImportResult of the same page."""
    old = {r.name: r for site in policy.sites for r in site.rules}
    new = {c.name: c for c in result.cookies}
    changed = []
    for name in sorted(old.keys() & new.keys()):
        rule, cookie = old[name], new[name]
        pairs = (("category", rule.category.id, cookie.category),
                 ("lifetime", rule.lifetime_text or "", cookie.lifetime or ""),
                 ("provider", rule.provider.name, cookie.provider),
                 ("purpose", rule.purpose.get("en"), cookie.purpose))
        for field, before, after in pairs:
            if field == "lifetime" and _same_lifetime(before, after):
                continue
            if before != after:
                changed.append(Change(name, field, before, after))
    return PolicyDiff(tuple(sorted(new.keys() - old.keys())), tuple(sorted(old.keys() - new.keys())),
                      tuple(changed))


def _same_lifetime(a: str, b: str) -> bool:
    try:
        return parse_lifetime(a) == parse_lifetime(b) if a and b else a == b
    except ValueError:
        return a == b


__all__ = ["policy_diff", "PolicyDiff", "Change"]
