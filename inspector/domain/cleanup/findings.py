"""The findings a clean-up rule can ask for: the engine's per cookie, and the consent analysis's against-choice."""
from __future__ import annotations

from typing import Callable, Iterable

from inspector.domain.codes import AGAINST_CHOICE
from inspector.domain.consent.analysis import analyse
from inspector.domain.findings.engine import findings_for


def findings_of(result, rules: Iterable, describer=None, analysis=None) -> Callable[[list], list]:
    """cookies -> their findings, aligned: the engine's, plus the against-choice finding of each cookie
    present against the user's recorded consent choice. The consent analysis runs only when a rule asks
    for it and none is given (the window gives its own, made after the load, keyring values included
    when the user asked): it reads the consent cookies' values (never a keyring's)."""
    wants_consent = any(AGAINST_CHOICE in r.findings for r in rules)

    def findings(cookies: list) -> list:
        per_cookie = findings_for(cookies, result.now_us)
        if not wants_consent:
            return per_cookie
        against = {}
        for site in (analysis or analyse(result, describer)).sites.values():
            for f in site.against:
                against.setdefault(id(f.cookie), f)
        return [found + (against[id(c.record)],) if id(c.record) in against else found
                for c, found in zip(cookies, per_cookie)]

    return findings
