"""What the keep list holds (a site, a host, a cookie by key or by name, a name glob on a site) and what it keeps."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from fnmatch import fnmatchcase
from typing import Iterable, Optional

from inspector.domain.codes import KEEP_COOKIE, KEEP_HOST, KEEP_NAME, KEEP_PATTERN, KEEP_SITE
from inspector.domain.sites import normalize_host, site_of

# Why an entry was added: the user pinned it, or chose "Keep my sign-ins on this site".
BY_USER = "user"
SIGN_IN = "sign-in"
REASONS = (BY_USER, SIGN_IN)


@dataclass(frozen=True)
class KeepEntry:
    """Every field given must match; `site` always is. A cookie's full key is its host, name and
    path (and partition/container/store when given): the same cookie in one browser profile."""

    site: str
    host: Optional[str] = None
    name: Optional[str] = None
    pattern: Optional[str] = None  # a glob on the name (fnmatch, case-sensitive as cookie names are)
    path: Optional[str] = None
    partition: Optional[str] = None
    container: Optional[str] = None
    store: Optional[str] = None  # the store file, so one profile's cookie only
    reason: str = BY_USER
    line: Optional[int] = field(default=None, compare=False)  # where the file holds it

    def __post_init__(self):
        object.__setattr__(self, "site", normalize_host(self.site))
        if self.host is not None:
            object.__setattr__(self, "host", normalize_host(self.host))

    @property
    def kind(self) -> str:
        if self.path is not None or self.store is not None:
            return KEEP_COOKIE
        if self.pattern is not None:
            return KEEP_PATTERN
        if self.name is not None:
            return KEEP_NAME
        if self.host is not None:
            return KEEP_HOST
        return KEEP_SITE

    def keeps(self, record) -> bool:
        """Whether this entry keeps the CookieRecord (whose site is `site` already)."""
        if self.name is not None and record.name != self.name:
            return False
        if self.pattern is not None and not fnmatchcase(record.name, self.pattern):
            return False
        if self.host is not None and normalize_host(record.host) != self.host:
            return False
        if self.path is not None and record.path != self.path:
            return False
        if self.partition is not None and (record.partition or "") != self.partition:
            return False
        if self.container is not None and (record.container or "") != self.container:
            return False
        if self.store is not None and record.store != self.store:
            return False
        return True

    def same_target(self, other: "KeepEntry") -> bool:
        """The same thing kept, whatever the reason or the line: what `remove` matches."""
        return replace(self, reason=BY_USER, line=None) == replace(other, reason=BY_USER, line=None)

    def to_dict(self) -> dict:
        out = {"site": self.site}
        for key in ("host", "name", "pattern", "path", "partition", "container", "store"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        if self.reason != BY_USER:
            out["reason"] = self.reason
        return out


def for_cookie(record, site: str, reason: str = BY_USER) -> KeepEntry:
    """The entry that keeps exactly this cookie (its full key) and nothing else."""
    return KeepEntry(site=site, host=record.host, name=record.name, path=record.path,
                     partition=record.partition or "", container=record.container or "", store=record.store,
                     reason=reason)


class KeepList:
    """The entries, indexed by site: a 500-entry list costs one dict look-up per cookie."""

    def __init__(self, entries: Iterable[KeepEntry] = (), path: Optional[str] = None):
        self.entries: tuple[KeepEntry, ...] = tuple(entries)
        self.path = path
        self._by_site: dict[str, list[KeepEntry]] = {}
        for e in self.entries:
            self._by_site.setdefault(e.site, []).append(e)

    def __len__(self) -> int:
        return len(self.entries)

    def __bool__(self) -> bool:
        return bool(self.entries)

    def entry_for(self, cookie) -> Optional[KeepEntry]:
        """The first entry that keeps this InspectedCookie (or CookieRecord), None when none does."""
        record = getattr(cookie, "record", cookie)
        site = getattr(cookie, "site", None) or site_of(record.host)
        for entry in self._by_site.get(site, ()):
            if entry.keeps(record):
                return entry
        return None

    def split(self, cookies: Iterable) -> tuple[list, list]:
        """(the cookies no entry keeps, [(cookie, the entry that keeps it)]), in the given order."""
        if not self._by_site:
            return list(cookies), []
        go, kept = [], []
        by_site = self._by_site
        for c in cookies:
            entries = by_site.get(c.site)
            entry = None
            if entries:
                record = c.record
                entry = next((e for e in entries if e.keeps(record)), None)
            if entry is None:
                go.append(c)
            else:
                kept.append((c, entry))
        return go, kept

    def sites(self) -> frozenset:
        return frozenset(self._by_site)

    def site_kept_whole(self, site: str) -> bool:
        return any(e.kind == KEEP_SITE for e in self._by_site.get(normalize_host(site), ()))

    def added(self, entry: KeepEntry) -> "KeepList":
        """This list with `entry` (unchanged when an entry keeps the same already)."""
        if any(e.same_target(entry) for e in self.entries):
            return self
        return KeepList(self.entries + (entry,), self.path)

    def removed(self, entry: KeepEntry) -> "KeepList":
        return KeepList(tuple(e for e in self.entries if not e.same_target(entry)), self.path)

    def without(self, entries: Iterable[KeepEntry]) -> "KeepList":
        gone = list(entries)
        return KeepList(tuple(e for e in self.entries if not any(e.same_target(g) for g in gone)), self.path)

    def has(self, entry: KeepEntry) -> bool:
        return any(e.same_target(entry) for e in self.entries)
