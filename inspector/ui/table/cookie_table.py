"""A scan result laid out per row for the cookie model and its filter proxy. Qt-free: built on a worker."""
from __future__ import annotations

import operator
import threading
from collections import Counter
from functools import cached_property
from itertools import compress, count, repeat
from operator import attrgetter
from typing import NamedTuple

from inspector.domain.codes import severity_rank, worst
from inspector.domain.codes import POLICY
from inspector.domain.deletion.choice import scan_without
from inspector.domain.descriptions import Describer, Description
from inspector.domain.findings.engine import FindingsEngine, describe, scan_findings
from inspector.domain.policy.model import UNDECLARED
from inspector.domain.scan import InspectedCookie, ScanResult, gc_paused
from inspector.domain.sites import normalize_host
from inspector.ui.table.columns import Column


_SAME_SITE_ORDER = {"strict": 0, "lax": 1, "none": 2, "unspecified": 3}
# Missing texts sort after every real one, whatever the direction the user picks first.
_LAST = "\U0010ffff"


class CookieTable:
    """The cookies of one scan, with per-row facts the proxy filters and sorts on.

    `lang` picks the policy's translation of purposes and category labels. Built with
    map/zip/itemgetter, which loop in C: 200,000 rows take a fraction of the scan.
    """

    def __init__(self, result: ScanResult, lang: str = "en", engine: FindingsEngine | None = None):
        self.result = result
        self.cookies: list[InspectedCookie] = result.cookies
        self.now_us = result.now_us
        self.lang = lang
        self._sort_keys: dict[Column, list] = {}
        self._orders: dict[tuple[int, bool], list[int]] = {}
        self._order_indexes: dict[tuple[int, bool], tuple] = {}
        self._row_by_key: dict | None = None
        with gc_paused():  # only new tuples and lists here, no cycles to find
            self._fill()
        # Findings are computed in bulk by warm() on a worker once the table is on screen
        # (about 0.7 s for 200,000 cookies); until then cells show none, and anything that
        # needs them all (filter, sort, summary, export) waits for them through `findings`.
        self.engine = engine if engine is not None else FindingsEngine()
        self._findings: list[tuple] | None = None
        self._findings_lock = threading.Lock()
        self.warm_done = False  # set once warm() has built everything below, counts included

    @property
    def findings(self) -> list[tuple]:
        """Every row's findings, computed once, by whichever thread asks first."""
        found = self._findings
        if found is None:
            with self._findings_lock:
                if self._findings is None:
                    self._findings = scan_findings(self.result, self.engine)
                found = self._findings
        return found

    @property
    def findings_ready(self) -> bool:
        return self._findings is not None

    def findings_of(self, row: int) -> tuple:
        """A row's findings for display: none yet while warm() is still computing them."""
        found = self._findings
        return found[row] if found is not None else ()

    def __len__(self) -> int:
        return len(self.cookies)

    @property
    def undeclared(self) -> int:
        return sum(self.undeclared_by_site.values())

    def _fill(self) -> None:
        """What the first display needs: the site list's counts and the default (host) order."""
        cookies = self.cookies
        records = list(map(attrgetter("record"), cookies))
        matches = list(map(attrgetter("match"), cookies))
        self._records, self._matches = records, matches
        # Per site: how many cookies the policy leaves undeclared, and the policy site
        # covering it (absent where no policy speaks for the site).
        sites = list(map(attrgetter("site"), cookies))
        self.undeclared_by_site: dict[str, int] = dict(Counter(
            compress(sites, map(UNDECLARED.__eq__, map(attrgetter("status"), matches)))))
        policy_sites = list(map(attrgetter("site"), matches))
        covered = list(map(operator.is_not, policy_sites, repeat(None)))
        self.policy_site_by_site: dict[str, object] = dict(zip(compress(sites, covered),
                                                               compress(policy_sites, covered)))

        # The filter box is answered once per distinct host and per distinct text, then
        # spread over the rows (text_match.py): far fewer of those than cookies.
        hosts = list(map(attrgetter("host"), records))
        self.host_of, first_rows = _first_seen_ids(hosts)
        self.host_cookies: list[InspectedCookie] = [cookies[r] for r in first_rows]  # for the site filter
        self.host_facts: list[tuple[str, str, str]] = [  # (host lower-cased, site, normalize_host(host))
            (hosts[r].lower(), cookies[r].site, normalize_host(hosts[r])) for r in first_rows]
        self._search: SearchIndex | None = None

    # What only filtering and sorting need is built after the table is on screen: by
    # warm() on the worker, or here on first use, whichever comes first. Safe from either
    # thread: the GIL makes each assignment atomic, and two racing builds give equal values.

    @cached_property
    def rows_by_host(self) -> list[list[int]]:
        """The rows of each host id: a narrow filter gathers its few rows from these."""
        return _groups(self.host_of, len(self.host_cookies))

    @cached_property
    def _names(self) -> list[str]:
        return list(map(attrgetter("name"), self._records))

    # Per row, what the category, browser/profile, status and site filters compare.

    @cached_property
    def site_of(self) -> list[str]:
        return list(map(attrgetter("site"), self.cookies))

    @cached_property
    def status_of(self) -> list[str]:
        return list(map(attrgetter("status"), self._matches))

    @cached_property
    def store_of(self) -> list[str]:
        return list(map(attrgetter("store"), self._records))

    @cached_property
    def describer(self) -> Describer:
        return Describer(self.engine.catalog, self.engine.ocd, self.lang)

    def description(self, row: int) -> Description | None:
        """What the most authoritative source says the cookie is for, and which source (None: none knows)."""
        return self.describer.describe(self.cookies[row])

    @cached_property
    def description_of(self) -> list[Description | None]:
        """Per row; descriptions are shared by every row of one (host, name) or policy rule."""
        return list(map(self.describer.describe, self.cookies))

    @cached_property
    def category_of(self) -> list[str | None]:
        """Per row, the effective category: the policy's, else a catalog's."""
        return [d.category if d is not None else None for d in self.description_of]

    @cached_property
    def source_of(self) -> list[str | None]:
        return [d.source if d is not None else None for d in self.description_of]

    @cached_property
    def explained_by_site(self) -> dict[str, int]:
        """Per site, how many of its rows some source explains."""
        return dict(Counter(compress(self.site_of, self.description_of)))

    @property
    def explained(self) -> int:
        return sum(self.explained_by_site.values())

    @cached_property
    def category_counts(self) -> dict[str, tuple[int, int]]:
        """Per effective category: (rows the policy declares in it, rows a catalog files there)."""
        counts = Counter(zip(self.category_of, map(POLICY.__eq__, self.source_of)))
        return {c: (counts.get((c, True), 0), counts.get((c, False), 0))
                for c in dict.fromkeys(k for k, _declared in counts) if c is not None}

    @cached_property
    def site_id_of(self) -> list[int]:
        """Per row, a small int for its site. Counting what a filter shows touches every shown
        row: small shared ints stay in the cache, where per-row strings do not."""
        return _ids(self.site_of)

    @cached_property
    def undeclared_of(self) -> list[bool]:
        return list(map(UNDECLARED.__eq__, self.status_of))

    @cached_property
    def has_findings_of(self) -> list[bool]:
        return list(map(bool, self.findings))

    def about(self, row: int):
        """What the policy, or failing it a catalog, says of the cookie (domain About, or None)."""
        return describe(self.cookies[row], self.engine.catalog, self.lang, self.engine.ocd)

    def search_index(self) -> SearchIndex:
        """What the filter box needs beyond the hosts: a text id per row, and the rows of each text."""
        search = self._search
        if search is None:
            with gc_paused():
                descriptions = self.description_of
                keys = list(zip(self._names, map(id, descriptions)))
                by_id = {id(d): d for d in descriptions}  # by identity: equal descriptions may be distinct objects
                distinct = dict.fromkeys(keys)
                text_of = _ids(keys, distinct)
                texts = [self._text(name, by_id[desc_id]) for name, desc_id in distinct]
                search = SearchIndex(text_of, texts, _groups(text_of, len(texts)))
            self._search = search
        return search

    def warm(self, column: int, descending: bool) -> None:
        """Build on a worker what the first keystroke (and the counts) would otherwise wait for."""
        _ = self.findings
        with gc_paused():  # cached properties: reading them builds them
            _ = (self.site_of, self.status_of, self.store_of, self.description_of, self.category_of,
                 self.source_of, self.explained_by_site, self.category_counts, self.site_id_of, self.undeclared_of,
                 self.has_findings_of, self.rows_by_host)
        self.search_index()
        self.order_index(column, descending)
        self.warm_done = True

    @staticmethod
    def _text(name: str, about: Description | None) -> str:
        # The search box finds a cookie by its name, its provider and its purpose, whoever says so.
        if about is None:
            return name.lower()
        return "\n".join((name, about.provider, about.purpose)).lower()

    # --- per-row presentation facts -----------------------------------------------

    def purpose(self, row: int) -> str | None:
        about = self.description(row)
        return about.purpose if about is not None else None

    def category_label(self, row: int) -> str | None:
        """The policy's own label for its category; a catalog's category id, for the UI to word."""
        about = self.description(row)
        if about is None:
            return None
        return about.source_label if about.source == POLICY else about.category

    def is_expired(self, row: int, now_us: int | None = None) -> bool:
        return self.cookies[row].record.is_expired(self.now_us if now_us is None else now_us)

    # --- sorting --------------------------------------------------------------------

    def order(self, column: int, descending: bool = False) -> list[int]:
        """Every row in the order of `column` (-1: as scanned); cached, and warmed on the worker.

        sorted() is stable both ways, so equal keys keep the scan's order.
        """
        key = (column, descending)
        rows = self._orders.get(key)
        if rows is None:
            everything = range(len(self.cookies))
            if column < 0:
                rows = list(everything)
            elif column == Column.HOST:
                # By (site, host) without building 200,000 tuples: one small shared int per
                # row, its host's rank. This is the first order shown, so it is kept cheap:
                # a host's cookies stay in the scan's order, store by store.
                rank = self._host_ranks()
                rows = sorted(everything, key=list(map(rank.__getitem__, self.host_of)).__getitem__,
                              reverse=descending)
            else:
                rows = sorted(everything, key=self._bulk_keys(Column(column)).__getitem__, reverse=descending)
            self._orders[key] = rows
        return rows

    def _host_ranks(self) -> list[int]:
        """Per host id, its place in (site, host without its leading dot) order; equal keys tie."""
        keys = [(site, bare) for _low, site, bare in self.host_facts]
        ranks = [0] * len(keys)
        place, previous = -1, None
        for h in sorted(range(len(keys)), key=keys.__getitem__):
            if keys[h] != previous:
                place, previous = place + 1, keys[h]
            ranks[h] = place
        return ranks

    def _bulk_keys(self, column: Column) -> list:
        keys = self._sort_keys.get(column)
        if keys is None:
            if column == Column.NAME:
                keys = list(map(str.casefold, self._names))
            elif column == Column.SITE:
                keys = self.site_of  # a stable sort: each site's cookies stay together, in the scan's order
            elif column == Column.STATUS:
                keys = self.status_of
            elif column == Column.FINDINGS:
                # Findings objects are shared by the cookies they fit: one key per distinct object.
                per_object = {id(found): findings_key(found) for found in self.findings}
                keys = list(map(per_object.__getitem__, map(id, self.findings)))
            elif column in (Column.PROVIDER, Column.PURPOSE, Column.CATEGORY):
                per_about = {i: _about_key(column, d) for i, d in {id(d): d for d in self.description_of}.items()}
                keys = list(map(per_about.__getitem__, map(id, self.description_of)))
            else:
                keys = [self.sort_key(column, row) for row in range(len(self.cookies))]
            self._sort_keys[column] = keys
        return keys

    def order_index(self, column: int, descending: bool = False):
        """For order(column, descending): each row's position in it, and its rows' host and text ids.

        What text_match needs to pick matches out of that order; cached, and warmed on the
        worker with the order itself so the first keystroke does not pay for it.
        """
        key = (column, descending)
        index = self._order_indexes.get(key)
        if index is None:
            rows = self.order(column, descending)
            position = [0] * len(rows)
            for i, row in enumerate(rows):
                position[row] = i
            index = self._order_indexes[key] = (position, list(map(self.host_of.__getitem__, rows)),
                                                list(map(self.search_index().text_of.__getitem__, rows)))
        return index

    def sort_key(self, column: Column, row: int):
        """The raw value a column sorts `row` by (SORT_ROLE): text, µs, or a tuple of them."""
        c = self.cookies[row]
        r = c.record
        if column in (Column.PROVIDER, Column.PURPOSE, Column.CATEGORY):
            return _about_key(column, self.description(row))
        if column == Column.NAME:
            return r.name.casefold()
        if column == Column.SITE:
            return c.site
        if column == Column.HOST:
            # Grouped by site, then by host (without its leading dot).
            return (c.site, normalize_host(r.host))
        if column == Column.PATH:
            return r.path
        if column == Column.EXPIRES:
            # Session cookies end first, when the browser closes; then by instant.
            return -1 if r.expires_us is None else r.expires_us
        if column == Column.WHERE:
            return (r.browser, r.profile.casefold(), (r.container or "").casefold())
        if column == Column.FLAGS:
            return (not r.secure, not r.http_only, _SAME_SITE_ORDER.get(r.same_site, 4))
        if column == Column.STATUS:
            return c.match.status
        if column == Column.FINDINGS:
            return findings_key(self.findings[row])
        raise ValueError(column)

    # --- identity -------------------------------------------------------------------

    def row_of_key(self, key) -> int | None:
        """The row of the cookie with this CookieKey, or None (it is gone after a reload)."""
        if self._row_by_key is None:
            self._row_by_key = {c.record.key: i for i, c in enumerate(self.cookies)}
        return self._row_by_key.get(key)

    def without(self, keys) -> CookieTable:
        """This table minus the cookies with these CookieKeys (deleted), row order kept; no store is read."""
        table = CookieTable(scan_without(self.result, keys), self.lang, self.engine)
        if self._findings is not None:
            # The kept rows keep their findings: same order, minus the deleted rows.
            gone = frozenset(keys)
            table._findings = [f for c, f in zip(self.cookies, self._findings) if c.record.key not in gone]
        return table


class SearchIndex(NamedTuple):
    """Name, provider and purpose, per distinct text: what the filter box matches besides hosts."""

    text_of: list[int]  # per row: its distinct name + provider + purpose
    texts: list[str]  # per text id: that text, lower-cased
    rows_by_text: list[list[int]]  # per text id: its rows, ascending


def findings_key(found: tuple) -> tuple[int, int]:
    """Sorts by the worst severity, then by how many findings: ascending puts clean cookies first."""
    return (severity_rank(worst(f.severity for f in found)), len(found))


def _about_key(column: Column, about: Description | None) -> str:
    if about is None:
        return _LAST
    if column == Column.PROVIDER:
        return about.provider.casefold()
    if column == Column.PURPOSE:
        return about.purpose.casefold()
    return about.category  # the banner category: rows sort by it as the filter groups them


def _ids(values: list, distinct=None) -> list[int]:
    """Per value, the place of that value among the distinct ones (`distinct`: first-seen order).

    The ints come from one small dict, so the result shares ~one int object per distinct
    value instead of allocating one per row.
    """
    index = {value: i for i, value in enumerate(dict.fromkeys(values) if distinct is None else distinct)}
    return list(map(index.__getitem__, values))


def _first_seen_ids(values: list) -> tuple[list[int], list[int]]:
    """Per value, the place of that value among the distinct ones; and each one's first row.

    One pass over the (many, scattered) values, in C: each distinct value keeps the row it
    was first seen at; a second pass over small shared ints makes the ids dense.
    """
    first_row: dict = {}
    sparse = list(map(first_row.setdefault, values, count()))
    first_rows = list(first_row.values())
    dense = {row: i for i, row in enumerate(first_rows)}
    return list(map(dense.__getitem__, sparse)), first_rows


def _groups(ids: list[int], count: int) -> list[list[int]]:
    """The rows of each id, in row order (a stable sort by id, cut at each id's count)."""
    by_id = sorted(range(len(ids)), key=ids.__getitem__)
    sizes = Counter(ids)
    groups, start = [], 0
    for i in range(count):
        end = start + sizes[i]
        groups.append(by_id[start:end])
        start = end
    return groups

