"""Which rows the filter box's text names: answered per host and per text, then spread over the rows."""
from __future__ import annotations

from itertools import compress
from operator import itemgetter, or_
from typing import TYPE_CHECKING

from inspector.ui import deferred

if TYPE_CHECKING:
    from inspector.ui.table.cookie_table import CookieTable


def host_hits(table: CookieTable, needle: str) -> list[int]:
    """The host ids whose cookies the domain's site filter (the CLI's --site) keeps."""
    domain = deferred.domain()
    keep = domain.site_filter(needle)
    needle_host = domain.normalize_host(needle)
    # The site filter keeps a host when the text is in the host or its site, or when
    # a request to the text (as a host) would carry the host's cookies, which needs
    # the host to be the text or one of its parent domains, so a part of it. These
    # substring tests are a cheap necessary condition; keep() has the final word.
    return [h for h, (cookie, (low, site, bare)) in enumerate(zip(table.host_cookies, table.host_facts))
            if (needle in low or needle in site or bare in needle_host) and keep(cookie)]


def text_hits(table: CookieTable, needle: str) -> list[int]:
    """The text ids with the needle in the cookie's name, provider or purpose."""
    return [t for t, text in enumerate(table.search_index().texts) if needle in text]


class RowGather:
    """Some rows (in display order) of a table, from which a text filter picks its matches.

    `order` names the table order the rows come from, when they are all of it: then the
    table's cached index of that order serves (see CookieTable.order_index).
    """

    def __init__(self, table: CookieTable, rows: list[int], order: tuple[int, bool] | None = None):
        self.table = table
        self.rows = rows
        self._order = order
        self._position: list[int] | None = None  # table row -> index in self.rows, or -1
        self._hosts = self._texts = None  # itemgetters over the rows' host and text ids

    def matching(self, hosts: list[int], texts: list[int]) -> list[int]:
        """The rows whose host is in `hosts` or whose text is in `texts`, in order."""
        by_host, by_text = self.table.rows_by_host, self.table.search_index().rows_by_text
        found = sum(len(by_host[h]) for h in hosts) + sum(len(by_text[t]) for t in texts)
        if found * 4 < len(self.rows):
            return self._gather(hosts, texts)
        return self._mask(hosts, texts)

    def _index(self) -> None:
        if self._position is not None:
            return
        if self._order is not None:
            position, host_ids, text_ids = self.table.order_index(*self._order)
        else:
            position = [-1] * len(self.table)
            for i, row in enumerate(self.rows):
                position[row] = i
            host_ids = list(map(self.table.host_of.__getitem__, self.rows))
            text_ids = list(map(self.table.search_index().text_of.__getitem__, self.rows))
        self._position = position
        self._hosts, self._texts = _gatherer(host_ids), _gatherer(text_ids)

    def _gather(self, hosts: list[int], texts: list[int]) -> list[int]:
        """Few matches: collect their rows and put them in display order."""
        self._index()
        search = self.table.search_index()
        found: set[int] = set()
        for h in hosts:
            found.update(self.table.rows_by_host[h])
        for t in texts:
            found.update(search.rows_by_text[t])
        at = sorted(p for p in map(self._position.__getitem__, found) if p >= 0)
        rows = self.rows
        return [rows[p] for p in at]

    def _mask(self, hosts: list[int], texts: list[int]) -> list[int]:
        """Many matches: one pass over every row, in C."""
        self._index()
        masks = []
        for ids, gather, size in ((hosts, self._hosts, len(self.table.host_cookies)),
                                  (texts, self._texts, len(self.table.search_index().texts))):
            if ids:
                hit = [False] * size
                for i in ids:
                    hit[i] = True
                masks.append(gather(hit))
        if not masks:
            return []
        mask = masks[0] if len(masks) == 1 else map(or_, *masks)
        return list(compress(self.rows, mask))


def _gatherer(ids: list[int]):
    if len(ids) == 1:  # itemgetter of one index returns a value, not a tuple
        return lambda values, i=ids[0]: (values[i],)
    if not ids:
        return lambda values: ()
    return itemgetter(*ids)


def matching_rows(table: CookieTable, gather: RowGather, needle: str) -> list[int]:
    return gather.matching(host_hits(table, needle), text_hits(table, needle))
