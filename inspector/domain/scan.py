"""Scan stores into inspected cookies: read every store, match each cookie to the policy, group by site."""
from __future__ import annotations

import contextlib
import gc
from collections import Counter
from dataclasses import dataclass, field
from itertools import repeat
from operator import itemgetter
from typing import Callable, Iterable, NamedTuple, Optional

from inspector.domain.clock import SYSTEM, Clock
from inspector.domain.policy.model import NO_POLICY_MATCH
from inspector.domain.records import CookieRecord, StoreError, StoreRef, StoreReport
from inspector.domain import idn
from inspector.domain.sites import normalize_host, receives, site_of
from inspector.domain.stores import chromium
from inspector.domain.stores import firefox
from inspector.domain.stores import safari
from inspector.domain.stores.sqlite_source import StoreReadError, unreadable

_HOST_AT, _NAME_AT = 4, 5  # CookieRecord.host and .name, read by index in the hot loop
_HOST = itemgetter(_HOST_AT)
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
    site_counts: dict[str, int] = field(default_factory=dict)  # site -> cookies, in site order

    @property
    def sites(self) -> dict[str, list[int]]:
        """Site -> indexes into `cookies`; built on first use (a scan only counts)."""
        if self._sites is None:
            self._sites = group_by_site(self.cookies)
        return self._sites

    _sites: Optional[dict] = field(default=None, repr=False)

    @property
    def errors(self) -> list[StoreError]:
        """Every store that failed, and every part of a store that could not be read (warnings)."""
        return [e for r in self.reports for e in (r.error, *r.warnings) if e is not None]


def read_store(store: StoreRef) -> list[CookieRecord]:
    """The store's cookies, or StoreReadError with a per-store message."""
    reader = _READERS.get(store.family)
    if reader is None:
        raise unreadable("unreadable", "read.unknown-family", family=store.family)
    try:
        return reader(store)
    except StoreReadError:
        raise
    except PermissionError as exc:
        raise unreadable("permission", "read.os-denied", detail=str(exc.strerror)) from exc
    except OSError as exc:
        raise unreadable("unreadable", "read.os-error", detail=str(exc.strerror or exc)) from exc


def inspect(records: list[CookieRecord], policy, site_counts: Optional[dict] = None) -> list[InspectedCookie]:
    """Classify records against the policy and tag each with its site; count cookies per site.

    This is the hot path of a scan, so the per-cookie work is done by C-level map/zip
    over per-host answers: a store has ~10x fewer hosts than cookies, and most hosts
    are covered by no policy, which leaves a per-name lookup only for the few that are.
    """
    site_by_host: dict[str, str] = {}
    covered: set[str] = set()
    for host, count in Counter(map(_HOST, records)).items():
        site = site_by_host[host] = site_of(host)
        if site_counts is not None:
            site_counts[site] = site_counts.get(site, 0) + count
        if policy.covers(host):
            covered.add(host)
    sites = map(site_by_host.__getitem__, map(_HOST, records))
    if covered:
        classify, no_policy, host_at, name_at = policy.classify, NO_POLICY_MATCH, _HOST_AT, _NAME_AT
        matches = [classify(r[host_at], r[name_at]) if r[host_at] in covered else no_policy for r in records]
    else:
        matches = repeat(NO_POLICY_MATCH)
    return list(map(tuple.__new__, repeat(InspectedCookie), zip(records, sites, matches)))


@contextlib.contextmanager
def gc_paused():
    """Keep the cyclic garbage collector away from the records a scan builds.

    Records hold no cycles, yet every few hundred allocations the collector walks all
    young objects; over 200,000 cookies that alone costs about as much as reading them.
    Merely pausing it would move the cost to one big walk afterwards, so what was built
    is frozen (moved out of the collector's generations) before it is re-enabled.
    Reference counting still frees the records when the result is dropped.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def scan(
    stores: Iterable[StoreRef],
    policy,
    progress: Optional[Callable[[int, int, StoreRef], None]] = None,
    clock: Clock = SYSTEM,
) -> ScanResult:
    """Read every store; one store's failure becomes its report's error and never stops the rest.

    The result's `now_us`, read once from `clock`, is the instant every later verdict on
    these cookies (expired, lifetime left) is taken at.
    """
    stores = list(stores)
    reports: list[StoreReport] = []
    cookies: list[InspectedCookie] = []
    site_counts: dict[str, int] = {}
    for index, store in enumerate(stores):
        if progress is not None:
            progress(index, len(stores), store)
        report = StoreReport(store)
        try:
            with gc_paused():
                read = read_store(store)
                found = inspect(read, policy, site_counts)
        except StoreReadError as exc:
            report.error = StoreError(store, exc.message, exc.code, exc)
        else:
            report.count = len(found)
            report.warnings = tuple(getattr(read, "warnings", ()))
            cookies.extend(found)
        reports.append(report)
    if progress is not None:
        progress(len(stores), len(stores), None)
    return ScanResult(reports, cookies, clock.now_us(), policy, dict(sorted(site_counts.items())))


def group_by_site(cookies: list[InspectedCookie], indexes: Optional[Iterable[int]] = None) -> dict[str, list[int]]:
    """Site -> indexes into `cookies` (all of them, or only `indexes`), sites in name order."""
    groups: dict[str, list[int]] = {}
    for i in range(len(cookies)) if indexes is None else indexes:
        groups.setdefault(cookies[i].site, []).append(i)
    return dict(sorted(groups.items()))


def site_filter(text: str) -> Callable[[InspectedCookie], bool]:
    """`--site TEXT`: the site or host contains TEXT, or a request to host TEXT would carry it.

    So `opendata.lillemetropole.fr` also keeps `_ga` on `.lillemetropole.fr`, which that
    host receives, but not host-only cookies of `www.lillemetropole.fr`.
    """
    # IDN both ways: `bücher.example` matches `.xn--bcher-kva.example`, as browsers store it,
    # and the punycode form matches a host stored in Unicode.
    needles = idn.forms(text.strip())
    host = normalize_host(idn.to_ascii(needles[0]))
    cache: dict[str, bool] = {}

    def keep(c: InspectedCookie) -> bool:
        h = c.record.host
        hit = cache.get(h)
        if hit is None:
            low = h.lower()
            hosts = idn.forms(low)
            hit = cache[h] = (any(n in form for n in needles for form in (*hosts, c.site))
                              or receives(host, idn.to_ascii(low)))
        return hit

    return keep
