"""Scan stores into inspected cookies: read every store, match each cookie to the policy, group by site."""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable, Iterable, NamedTuple, Optional

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


def inspect(records: Iterable[CookieRecord], policy) -> list[InspectedCookie]:
    classify = policy.classify
    site_cache: dict[str, str] = {}
    out = []
    append = out.append
    for rec in records:
        host = rec.host
        site = site_cache.get(host)
        if site is None:
            site = site_cache[host] = site_of(host)
        append(InspectedCookie(rec, site, classify(host, rec.name)))
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
    for index, store in enumerate(stores):
        if progress is not None:
            progress(index, len(stores), store)
        report = StoreReport(store)
        try:
            found = inspect(read_store(store), policy)
        except StoreReadError as exc:
            report.error = StoreError(store, exc.message, exc.code)
        else:
            report.count = len(found)
            cookies.extend(found)
        reports.append(report)
    if progress is not None:
        progress(len(stores), len(stores), None)
    return ScanResult(reports, cookies, now_us(), policy, group_by_site(cookies))


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
