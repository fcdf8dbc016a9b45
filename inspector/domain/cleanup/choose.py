"""Which cookies a clean-up rule chooses: effective category, status, finding, third-party, expired, unused, site."""
from __future__ import annotations

from typing import Callable, Iterable, Optional, Sequence

from inspector.domain.cleanup.rules import BEYOND_13_MONTHS, OVER_DECLARED, UNKNOWN_CATEGORY, Rule
from inspector.domain.codes import CHECK_13_MONTHS, CHECK_DECLARED, LIFETIME
from inspector.domain.scan import site_filter
from inspector.domain.sites import site_of

_DAY_US = 86_400_000_000
Describe = Callable[[object], Optional[object]]
Findings = Callable[[list], list]  # cookies -> their findings (tuples of Finding), aligned


def effective_category(about) -> str:
    """The policy's category, else a catalog's; UNKNOWN_CATEGORY when no source knows the cookie."""
    return about.category if about is not None else UNKNOWN_CATEGORY


def is_third_party(cookie) -> bool:
    """Set for use inside other sites' pages: partitioned under another site (CHIPS, Firefox's
    partitionKey), or SameSite=None, the only cookies a browser sends inside another site's page."""
    record = cookie.record
    if record.partition and partition_site(record.partition) != cookie.site:
        return True
    return record.same_site == "none"


def partition_site(partition: str) -> str:
    """The top-level site a partitioned cookie was set under: Chromium writes "https://site.example",
    Firefox "(https,site.example)" (with a port when there is one)."""
    text = partition.strip()
    if text.startswith("("):
        parts = text.strip("()").split(",")
        host = parts[1] if len(parts) > 1 else parts[0]
    elif "://" in text:
        host = text.split("://", 1)[1].split("/", 1)[0]
    else:
        host = text
    return site_of(host.rsplit(":", 1)[0] if host.count(":") == 1 else host)


def finding_codes(findings: Sequence) -> frozenset:
    """The --finding codes a cookie's findings answer to."""
    out = set()
    for f in findings:
        if f.code == LIFETIME:
            out.add(BEYOND_13_MONTHS if f.check == CHECK_13_MONTHS else OVER_DECLARED if f.check == CHECK_DECLARED
                    else LIFETIME)
        else:
            out.add(f.code)
    return frozenset(out)


def choose(cookies: Sequence, rules: Iterable[Rule], describe: Describe, now_us: int,
           findings: Optional[Findings] = None) -> list[tuple[object, str]]:
    """[(cookie, the name of the first rule that chooses it)], in scan order."""
    rules = [r for r in rules if not r.is_empty]
    if not rules:
        return []
    per_cookie = None
    if findings is not None and any(r.findings for r in rules):
        per_cookie = findings(list(cookies))
    tests = [(_test(rule, describe, now_us), rule.name) for rule in rules]
    out = []
    for i, c in enumerate(cookies):
        codes = finding_codes(per_cookie[i]) if per_cookie is not None else frozenset()
        for test, name in tests:
            if test(c, codes):
                out.append((c, name))
                break
    return out


def _test(rule: Rule, describe: Describe, now_us: int):
    checks = []
    if rule.site:
        on_site = site_filter(rule.site)
        checks.append(lambda c, _f: on_site(c))
    if rule.statuses:
        statuses = frozenset(rule.statuses)
        checks.append(lambda c, _f: c.match.status in statuses)
    if rule.expired:
        checks.append(lambda c, _f: c.record.expires_us is not None and c.record.expires_us <= now_us)
    if rule.unused_days is not None:
        before = now_us - rule.unused_days * _DAY_US
        # A store that keeps no last-access time (None) says nothing of use: such a cookie is not chosen.
        checks.append(lambda c, _f: c.record.last_access_us is not None and c.record.last_access_us < before)
    if rule.third_party:
        checks.append(lambda c, _f: is_third_party(c))
    if rule.findings:
        wanted = frozenset(rule.findings)
        checks.append(lambda _c, f: bool(wanted & f))
    if rule.categories:
        categories = frozenset(rule.categories)
        checks.append(lambda c, _f: effective_category(describe(c)) in categories)  # last: the dearest
    if len(checks) == 1:
        return checks[0]
    return lambda c, f: all(check(c, f) for check in checks)
