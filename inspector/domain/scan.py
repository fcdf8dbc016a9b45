"""Scan stores into inspected cookies: read every store, match each cookie to the policy, group by site."""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable, Iterable, NamedTuple, Optional

from .policy import NO_POLICY_MATCH
from .records import CookieRecord, StoreError, StoreRef, StoreReport
from .sites import normalize_host, receives, site_of
from .stores import chromium, firefox, safari
from .stores.sqlite_source import StoreReadError

_READERS = {"chromium": chromium.read, "firefox": firefox.read, "safari": safari.read}


class InspectedCookie(NamedTuple):
    """A cookie with what the policy says of it. `match` is a policy.Match."""

    record: CookieRecord
    site: str
    match: object

    @property
    def status(self) -> str:
        return self.match.status

    @property
    def rule(self):
        return self.match.rule


@dataclass
class ScanResult:
    reports: list[StoreReport]
    cookies: list[InspectedCookie]
    now_us: int
    policy: object = None
    sites: dict[str, list[int]] = field(default_factory=dict)

    @property
    def errors(self) -> list[StoreError]:
        return [r.error for r in self.reports if r.error is not None]


def now_us() -> int:
    return time.time_ns() // 1000


def read_store(store: StoreRef) -> list[CookieRecord]:
    """The store's cookies, or StoreReadError with a per-store message."""
    reader = _READERS.get(store.family)
    if reader is None:
        raise StoreReadError("unreadable", f"unknown store family '{store.family}'")
    try:
        return reader(store)
    except StoreReadError:
        raise
    except PermissionError as exc:
        raise StoreReadError("permission", f"permission denied ({exc.strerror})") from exc
    except OSError as exc:
        raise StoreReadError("unreadable", f"cannot read the store ({exc.strerror or exc})") from exc


def inspect(records: Iterable[CookieRecord], policy, groups: Optional[dict] = None,
            offset: int = 0) -> list[InspectedCookie]:
    """Classify records and, when `groups` is given, add their indexes (from `offset`) per site.

    This is the hot loop of a scan: sites are cached per host and matches per
    (host, name), so each cookie costs a couple of dict lookups.
    """
    classify = policy.classify
    covers = policy.covers
    no_policy = NO_POLICY_MATCH
    per_host: dict[str, tuple] = {}
    spare: list[int] = []
    new = tuple.__new__
    out = []
    append = out.append
    for i, rec in enumerate(records, offset):
        host = rec.host
        entry = per_host.get(host)
        if entry is None:
            site = site_of(host)
            members = groups.setdefault(site, []) if groups is not None else spare
            entry = per_host[host] = (site, members, covers(host))
        entry[1].append(i)
        # Only hosts a policy covers need a per-name lookup; for the rest the answer is shared.
        append(new(InspectedCookie, (rec, entry[0], classify(host, rec.name) if entry[2] else no_policy)))
    spare.clear()
    return out


def scan(
    stores: Iterable[StoreRef],
    policy,
    progress: Optional[Callable[[int, int, StoreRef], None]] = None,
) -> ScanResult:
    """Read every store; one store's failure becomes its report's error and never stops the rest."""
    stores = list(stores)
    reports: list[StoreReport] = []
    cookies: list[InspectedCookie] = []
    groups: dict[str, list[int]] = {}
    for index, store in enumerate(stores):
        if progress is not None:
            progress(index, len(stores), store)
        report = StoreReport(store)
        try:
            found = inspect(read_store(store), policy, groups, len(cookies))
        except StoreReadError as exc:
            report.error = StoreError(store, exc.message, exc.code)
        else:
            report.count = len(found)
            cookies.extend(found)
        reports.append(report)
    if progress is not None:
        progress(len(stores), len(stores), None)
    return ScanResult(reports, cookies, now_us(), policy, dict(sorted(groups.items())))


def group_by_site(cookies: list[InspectedCookie]) -> dict[str, list[int]]:
    """Site -> indexes into `cookies`, sites in name order."""
    groups: dict[str, list[int]] = {}
    for i, c in enumerate(cookies):
        groups.setdefault(c.site, []).append(i)
    return dict(sorted(groups.items()))


def site_filter(text: str) -> Callable[[InspectedCookie], bool]:
    """`--site TEXT`: the site or host contains TEXT, or a request to host TEXT would carry it.

    So `opendata.lillemetropole.fr` also keeps `_ga` on `.lillemetropole.fr`, which that
    host receives, but not host-only cookies of `www.lillemetropole.fr`.
    """
    needle = text.strip().lower()
    host = normalize_host(needle)
    cache: dict[str, bool] = {}

    def keep(c: InspectedCookie) -> bool:
        h = c.record.host
        hit = cache.get(h)
        if hit is None:
            low = h.lower()
            hit = cache[h] = needle in low or needle in c.site or receives(host, low)
        return hit

    return keep
