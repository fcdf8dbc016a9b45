"""The known-cookie catalog (resources/known_cookies.yaml): load, validate, and match a cookie by name and host."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from inspector.resources import load_once, resource_path

import yaml
from yaml.nodes import MappingNode, Node

from inspector.domain.name_rules import NameRules
from inspector.domain.policy.model import InvalidValue, PolicyError, Provider, Text
from inspector.domain.policy.loader import (
    PolicyReader, compose, line_of, parse_host, parse_lifetime, read_cookie_name, read_hosts, read_providers, read_text,
    read_url,
)
from inspector.domain.sites import normalize_host

CATALOG_VERSION = 1

# The usual consent-banner categories, and whether setting such a cookie needs consent.
CATEGORIES = {"necessary": False, "preferences": True, "statistics": True, "marketing": True}


class CatalogError(PolicyError):
    """Why the catalog file cannot be used, and where: `path:line:column: message`."""


@dataclass(frozen=True)
class KnownCookie:
    """What the catalog says about one cookie name (or glob of names), possibly only on some domains."""

    name: str
    is_pattern: bool
    domains: tuple[str, ...]  # empty: any host
    provider: Provider
    category: str
    purposes: Text  # English, and the languages the entry was translated into (`purpose: {en: ..., fr: ...}`)
    lifetime_seconds: int | None  # None: a session cookie
    lifetime_text: str
    source: str
    line: int = 0

    @property
    def needs_consent(self) -> bool:
        return CATEGORIES[self.category]

    @property
    def purpose(self) -> str:
        """In English: what machine output and the English window show."""
        return self.purposes.get("en")

    def purpose_in(self, lang: str) -> str:
        """In `lang` ("fr", "fr-CA", "fr_FR"), else in English."""
        return self.purposes.get(lang)

    def matches_host(self, host: str) -> bool:
        """True without domain hints; else the host is a hinted domain or one of its subdomains."""
        if not self.domains:
            return True
        bare = normalize_host(host)
        return any(bare == d or bare.endswith("." + d) for d in self.domains)


# Names met in a long session are bounded like the policy's match cache.
_CACHE_LIMIT = 200_000


class Catalog:
    """The loaded catalog. `lookup` is called once per distinct (host, name) a findings pass meets."""

    def __init__(self, path, entries: tuple[KnownCookie, ...]):
        self.path = str(path)
        self.entries = entries
        # The policy's precedence: exact names, then the most specific pattern first.
        self._rules: NameRules[KnownCookie] = NameRules(entries)
        self._by_name: dict[str, tuple[tuple[KnownCookie, ...], KnownCookie | None]] = {}

    def __len__(self) -> int:
        return len(self.entries)

    def __repr__(self) -> str:
        return f"Catalog({self.path!r}, {len(self.entries)} cookies)"

    def lookup(self, host: str, name: str) -> KnownCookie | None:
        """The entry for this cookie: one whose domain hints cover the host, else a generic one.

        Domain evidence beats the name alone: Instagram's `sessionid` on instagram.com
        wins over Django's generic `sessionid`; elsewhere only the generic one can match.
        """
        candidates = self._by_name.get(name)
        if candidates is None:
            if len(self._by_name) >= _CACHE_LIMIT:
                self._by_name.clear()
            candidates = self._by_name[name] = self._candidates(name)
        hinted, generic = candidates
        for entry in hinted:
            if entry.matches_host(host):
                return entry
        return generic

    def lookup_name(self, name: str) -> tuple[bool, KnownCookie | None]:
        """(whether the answer depends on the host, the entry for any host without domain hints).

        Most names have no domain-hinted entry; for them the host never matters, which
        lets callers cache by name alone.
        """
        candidates = self._by_name.get(name)
        if candidates is None:
            self.lookup("", name)
            candidates = self._by_name[name]
        return bool(candidates[0]), candidates[1]

    def _candidates(self, name: str) -> tuple[tuple[KnownCookie, ...], KnownCookie | None]:
        """(entries with domain hints, most specific first; the best generic entry) for a name."""
        found = self._rules.matching(name)
        hinted = tuple(e for e in found if e.domains)
        generic = next((e for e in found if not e.domains), None)
        return hinted, generic


# --- loading ------------------------------------------------------------------------


_ENTRY_KEYS = dict(required=("provider", "category", "purpose", "lifetime", "source"),
                   optional=("name", "pattern", "domains"))


def load_catalog(path: str | os.PathLike) -> Catalog:
    """Read and validate a catalog file; any problem is one CatalogError with file, line and column."""
    try:
        root = _compose_fast(path, read_text(path))
    except CatalogError:
        raise
    except PolicyError as exc:  # the shared readers speak of policies; the problem is the same
        raise CatalogError.of(exc) from None
    r = PolicyReader(str(path), CatalogError)
    if root is None:
        raise CatalogError(path, None, None, why="catalog-empty")
    if not isinstance(root, MappingNode):
        r.wrong_type(root, (("catalog",),), "catalog")
    top = r.fields(root, (("catalog",),), required=("version", "providers", "cookies"))
    version = r.integer(top["version"], "version")
    if version != CATALOG_VERSION:
        r.fail(top["version"], "catalog-version", version=version, supported=CATALOG_VERSION)
    providers = read_providers(r, top["providers"])  # the policy's schema: {id: {name, url}}
    entries = []
    seen: dict[tuple, int] = {}
    for node in r.sequence(top["cookies"], "cookies"):
        entry, name_node = _read_entry(r, node, providers)
        for domain in entry.domains or (None,):
            key = (entry.is_pattern, entry.name, domain)
            if key in seen:
                if domain:
                    r.fail(name_node, "catalog-duplicate-on", name=entry.name, domain=domain, first=seen[key])
                r.fail(name_node, "catalog-duplicate", name=entry.name, first=seen[key])
            seen[key] = entry.line
        entries.append(entry)
    return Catalog(path, tuple(entries))


def _compose_fast(path, text: str):
    """The node tree, through libyaml when present: ten times faster on a 450-entry file.

    Its nodes carry the same marks; any error is reported by the pure-Python composer,
    whose messages the policy loader already words for people.
    """
    loader = getattr(yaml, "CSafeLoader", None)
    if loader is not None:
        try:
            return yaml.compose(text, Loader=loader)
        except yaml.YAMLError:
            pass
    return compose(path, text)


def _read_entry(r: PolicyReader, node: Node, providers) -> tuple[KnownCookie, Node]:
    what = (("cookie",),)
    f = r.fields(node, what, **_ENTRY_KEYS)
    name, is_pattern, name_node = read_cookie_name(r, node, f, what)
    what = (("cookie-named", name),)
    domains = (read_hosts(r, f["domains"], what + ("domains",), _parse_domain, "domains-empty")
               if "domains" in f else ())
    provider_id = r.string(f["provider"], what + ("provider",))
    if provider_id not in providers:
        r.fail(f["provider"], "catalog-provider", what, key=provider_id, section="providers")
    category = r.string(f["category"], what + ("category",))
    if category not in CATEGORIES:
        r.fail(f["category"], "unknown-category", what, key=category, known=tuple(CATEGORIES))
    lifetime = r.string(f["lifetime"], what + ("lifetime",))
    source = read_url(r, f["source"], what + ("source",))
    entry = KnownCookie(
        name=name, is_pattern=is_pattern, domains=domains, provider=providers[provider_id],
        category=category, purposes=r.text(f["purpose"], what + ("purpose",)),
        lifetime_seconds=r.checked(f["lifetime"], what + ("lifetime",), parse_lifetime, lifetime),
        lifetime_text=lifetime, source=source, line=line_of(name_node),
    )
    return entry, name_node


def _parse_domain(text: str) -> str:
    domain = parse_host(text)
    if domain.startswith("*."):
        raise InvalidValue("domain-wildcard", domain=domain[2:])
    return domain


# --- the bundled catalog ------------------------------------------------------------


def default_catalog_path() -> Path:
    """resources/known_cookies.yaml."""
    return resource_path("known_cookies.yaml")


def default_catalog() -> Catalog:
    """The bundled catalog, parsed once per process (again only if the file changes)."""
    return load_once(default_catalog_path(), load_catalog)
