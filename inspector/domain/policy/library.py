"""The policies in force: the bundled one, the user's policy folder and every --policy, matched as one."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from inspector.domain.codes import POLICY_CONFLICT
from inspector.domain.policy.loader import load_policy
from inspector.domain.policy.model import (
    ORIGIN_BUNDLED, ORIGIN_FILE, Match, Policy, PolicyError, PolicyOrigin, PolicySite, match_among,
)
from inspector.domain.sites import normalize_host

POLICY_SUFFIXES = (".yaml", ".yml")
# Bounds the memory of a long session, as Policy does.
_CACHE_LIMIT = 1_000_000


def library_folder() -> Path:
    """The user's policy folder: platformdirs' user config dir, `consent-inspector/policies/`."""
    import platformdirs  # only the loaders need it

    return Path(platformdirs.user_config_dir("consent-inspector", appauthor=False)) / "policies"


def folder_files(folder) -> list[Path]:
    """The policy files of the folder, by name; a missing folder has none."""
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return []
    # Editors leave "~" backups and ".name.swp" files beside the ones they edit.
    return [Path(folder) / n for n in names if n.lower().endswith(POLICY_SUFFIXES) and not n.startswith(".")]


@dataclass(frozen=True)
class LibraryEntry:
    """One policy in force, with where it came from and its place in the import order."""

    policy: Policy
    path: str
    origin: PolicyOrigin
    in_folder: bool  # a file of the user's policy folder (one the window may remove)


@dataclass(frozen=True)
class Conflict:
    """Two policies name the same host: `winner` (imported later) is the one in force for it."""

    host: str
    winner: str  # the winning policy's file
    loser: str
    code: str = POLICY_CONFLICT


class PolicyLibrary:
    """Every policy in force, used where one Policy was: `classify` and `covers`, cached.

    For a cookie host the covering site whose host entry names it most closely decides
    (`_decide`); at an exact tie the policy
    imported later wins, and `conflicts` names the pair. Sites are indexed by the last two
    labels of their hosts, which a cookie host they cover always shares, so fifty policies
    cost a scan what one does.
    """

    def __init__(self, entries, errors=()):
        self.entries: tuple[LibraryEntry, ...] = tuple(entries)
        self.errors: tuple[PolicyError, ...] = tuple(errors)
        policies = [e.policy for e in self.entries]
        # The window's title and status bar name one policy: the newest, the one last added.
        newest = policies[-1] if policies else None
        self.path = newest.path if newest is not None else ""
        self.name = newest.name if newest is not None else ""
        self.sites: tuple[PolicySite, ...] = tuple(s for p in policies for s in p.sites)
        self.categories = {}
        self.providers = {}
        for p in policies:  # the first definition of an id names it in the filters
            for cid, category in p.categories.items():
                self.categories.setdefault(cid, category)
            for pid, provider in p.providers.items():
                self.providers.setdefault(pid, provider)
        # (order of the policy, site): the order is the import order, later = higher.
        self._ranked = [(order, site) for order, p in enumerate(policies) for site in p.sites]
        self._policy_of_site = {id(site): e for e in self.entries for site in e.policy.sites}
        # Last two labels -> [(order, site, ((base, wildcard, labels), ...))]: the entries parsed once.
        self._index: dict[str, list] = {}
        for order, site in self._ranked:
            entries = tuple((e.removeprefix("*."), e.startswith("*."), e.removeprefix("*.").count(".") + 1)
                            for e in site.hosts)
            for key in {_key(base) for base, _w, _n in entries}:
                self._index.setdefault(key, []).append((order, site, entries))
        self.conflicts: tuple[Conflict, ...] = tuple(self._find_conflicts())
        self._matches: dict[tuple[str, str], Match] = {}
        self._deciding: dict[str, tuple[PolicySite, ...]] = {}

    def __repr__(self) -> str:
        return f"PolicyLibrary({len(self.entries)} policies, {len(self.errors)} errors)"

    @property
    def files(self) -> list[str]:
        return [e.path for e in self.entries]

    def entry_of(self, site: PolicySite) -> LibraryEntry | None:
        """The policy a site (of a Match) belongs to."""
        return self._policy_of_site.get(id(site))

    def _find_conflicts(self):
        owner: dict[str, LibraryEntry] = {}
        for entry in self.entries:  # import order: a later one takes the host over
            for host in {h for site in entry.policy.sites for h in site.hosts}:
                earlier = owner.get(host)
                if earlier is not None and earlier is not entry:
                    yield Conflict(host, entry.path, earlier.path)
                owner[host] = entry

    def classify(self, cookie_host: str, cookie_name: str) -> Match:
        try:
            return self._matches[cookie_host, cookie_name]
        except KeyError:
            pass
        if len(self._matches) >= _CACHE_LIMIT:
            self._matches.clear()
        match = self._matches[cookie_host, cookie_name] = match_among(self._deciders(cookie_host), cookie_name)
        return match

    def covers(self, cookie_host: str) -> bool:
        return bool(self._deciders(cookie_host))

    def _deciders(self, cookie_host: str) -> tuple[PolicySite, ...]:
        """The sites that speak for this cookie host: the winning policy's most specific ones."""
        found = self._deciding.get(cookie_host)
        if found is None:
            found = self._deciding[cookie_host] = self._decide(cookie_host)
        return found

    def _decide(self, cookie_host: str) -> tuple[PolicySite, ...]:
        """Closeness is the number of labels between a host entry and the cookie's host: a cookie on
        `.example.com` is closer to `*.example.com` than to `www.example.com`, a cookie on
        `www.example.com` closer to `www.example.com` than to `*.example.com`. At the same distance
        an exact host beats a `*.` entry; then the later import wins."""
        host = normalize_host(cookie_host)
        domain = cookie_host.startswith(".")
        if "." in host:
            candidates = self._index.get(".".join(host.rsplit(".", 2)[-2:]), ())
        else:  # a cookie on a single label: any site under that label may receive it
            candidates = [c for key, group in self._index.items() if key.rpartition(".")[2] == host for c in group]
        labels = host.count(".") + 1
        suffix = "." + host
        best_rank, best = None, []
        for order, site, entries in candidates:
            specificity = None
            for base, wildcard, base_labels in entries:
                # entry_receives, on names normalized once: the request host (or, for "*.", any
                # subdomain of it) receives the cookie.
                if base == host or (domain and base.endswith(suffix)) or (wildcard and host.endswith("." + base)):
                    score = (-abs(base_labels - labels), not wildcard)
                    if specificity is None or score > specificity:
                        specificity = score
            if specificity is None:
                continue
            rank = (specificity, order)
            if best_rank is None or rank > best_rank:
                best_rank, best = rank, [site]
            elif rank == best_rank:
                best.append(site)
        return tuple(best)


def _key(host: str) -> str:
    return ".".join(normalize_host(host).rsplit(".", 2)[-2:])


def covered_counts(library: PolicyLibrary, cookies) -> dict[str, int]:
    """Per policy file, how many of these (inspected) cookies it decides, declared or not."""
    counts: dict[str, int] = {}
    for cookie in cookies:
        site = cookie.match.site
        entry = library.entry_of(site) if site is not None and hasattr(library, "entry_of") else None
        if entry is not None:
            counts[entry.path] = counts.get(entry.path, 0) + 1
    return counts


def load_library(bundled=None, folder=None, extra=(), skip_bundled: bool = False) -> PolicyLibrary:
    """The policies in force: `bundled` (the packaged policy.yaml), every file of `folder`, and `extra`.

    A file that fails to load is one PolicyError in `errors`; the others stay in force. Order:
    the bundled one first, then by import time (a file without one by its modification time).
    """
    errors: list[PolicyError] = []
    loaded: list[tuple[tuple, LibraryEntry]] = []
    sources = [] if skip_bundled or bundled is None else [(Path(bundled), False, True)]
    sources += [(p, True, False) for p in (folder_files(folder) if folder is not None else [])]
    sources += [(Path(p), False, False) for p in extra]
    seen: set[str] = set()
    for path, in_folder, is_bundled in sources:
        real = os.path.realpath(path)
        if real in seen:
            continue
        seen.add(real)
        try:
            policy = load_policy(path)
        except PolicyError as exc:
            errors.append(exc)
            continue
        origin = policy.origin or PolicyOrigin(ORIGIN_BUNDLED if is_bundled else ORIGIN_FILE,
                                               None if is_bundled else str(path),
                                               None if is_bundled else _mtime_us(path))
        when = origin.imported_at_us if origin.imported_at_us is not None else 0
        loaded.append(((not is_bundled, when, str(path)), LibraryEntry(policy, str(path), origin, in_folder)))
    loaded.sort(key=lambda pair: pair[0])
    return PolicyLibrary([entry for _key_, entry in loaded], errors)


def _mtime_us(path) -> int | None:
    try:
        return os.stat(path).st_mtime_ns // 1000
    except OSError:
        return None


__all__ = ["covered_counts", "PolicyLibrary", "LibraryEntry", "Conflict", "load_library", "library_folder", "folder_files",
           "POLICY_SUFFIXES"]
