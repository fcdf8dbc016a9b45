"""Which cookies a deletion command covers (a site, a category on a site, the undeclared ones), and what remains."""
from __future__ import annotations

from dataclasses import replace
from typing import Callable, Iterable, Optional

from inspector.domain.codes import POLICY
from inspector.domain.policy.model import UNDECLARED
from inspector.domain.scan import InspectedCookie, ScanResult

# Describer.describe: a cookie's description (provider, purpose, category, source), or None.
Describe = Callable[[InspectedCookie], Optional[object]]


def cookies_of_sites(cookies: Iterable[InspectedCookie], sites: Iterable[str]) -> list[InspectedCookie]:
    """Every cookie grouped under one of `sites` (registrable domains, as the site list shows them)."""
    wanted = frozenset(sites)
    return [c for c in cookies if c.site in wanted]


def categories_on_site(cookies: Iterable[InspectedCookie], site: str, describe: Describe) -> dict[str, tuple]:
    """The effective categories on a site (the policy's, else a catalog's), by id:
    (how many cookies the policy declares there, how many a catalog files there)."""
    found: dict[str, list[int]] = {}
    for c in cookies:
        if c.site != site:
            continue
        about = describe(c)
        if about is not None:
            counts = found.setdefault(about.category, [0, 0])
            counts[0 if about.source == POLICY else 1] += 1
    return {k: tuple(found[k]) for k in sorted(found)}


def of_category(cookies: Iterable[InspectedCookie], site: str, category_id: str,
                describe: Describe) -> list[InspectedCookie]:
    """The site's cookies in `category_id`: declared so by its policy, or filed so by a catalog."""
    out = []
    for c in cookies:
        if c.site == site:
            about = describe(c)
            if about is not None and about.category == category_id:
                out.append(c)
    return out


def undeclared_of(cookies: Iterable[InspectedCookie], site: str) -> list[InspectedCookie]:
    """The site's cookies that a policy covering the site does not declare."""
    return [c for c in cookies if c.site == site and c.match.status == UNDECLARED]


def scan_without(result: ScanResult, keys: Iterable) -> ScanResult:
    """The same scan minus the cookies whose CookieKey is in `keys` (deleted): no store is read again.

    Order and per-site counts stay those of the scan, so a table built from it lines up
    row for row with the old one minus the deleted rows.
    """
    gone = frozenset(keys)
    cookies = [c for c in result.cookies if c.record.key not in gone]
    removed: dict[str, int] = {}
    for c in result.cookies:
        if c.record.key in gone:
            removed[c.record.store] = removed.get(c.record.store, 0) + 1
    reports = [replace(r, count=max(r.count - removed.get(r.store.path, 0), 0)) if r.store.path in removed else r
               for r in result.reports]
    counts: dict[str, int] = {}
    for c in cookies:
        counts[c.site] = counts.get(c.site, 0) + 1
    site_counts = {site: counts[site] for site in result.site_counts if site in counts}
    for site in counts:  # a site the scan did not count (should not happen) still shows
        site_counts.setdefault(site, counts[site])
    return ScanResult(reports, cookies, result.now_us, result.policy, site_counts)
