"""The Open Cookie Database catalog (resources/catalog/open-cookie-database.json): load it, map its categories, match a cookie."""
from __future__ import annotations

import dataclasses
import json
import os
from dataclasses import dataclass
from pathlib import Path

from inspector.resources import load_once, resource_path

from inspector.domain.catalog.catalog import CATEGORIES, CatalogError
from inspector.domain.sites import normalize_host

FORMAT_VERSION = 1

# OCD's category -> (our category, whether that mapping is uncertain). The one place the
# two vocabularies meet; a category missing here makes the file fail to load (and the
# tests fail first), so a new OCD label is a decision, never a silent default.
OCD_CATEGORIES: dict[str, tuple[str, bool]] = {
    "Analytics": ("statistics", False),
    "Marketing": ("marketing", False),
    "Personalization": ("preferences", False),
    "Security": ("necessary", False),
    "Necessary": ("necessary", False),
    # Functional mixes strictly necessary cookies (session ids, load balancers, CSRF
    # tokens) with preference cookies (language, layout, remembered choices), and OCD
    # does not say which a given entry is. Filing it as preferences keeps "needs consent"
    # the cautious answer; `uncertain` tells the UI not to present either answer as sure,
    # and `ocd_category` keeps OCD's own label visible.
    "Functional": ("preferences", True),
}

MIN_PREFIX_CHARS = 2   # shorter prefixes would claim a large share of all names
_FALLBACK_MIN_CHARS = 4

# How an answer's host relates to the entry's domains.
ON_DOMAIN = "domain"              # a listed domain covers the host
ANY_DOMAIN = "name"               # the entry lists no domains: the name alone matched
OTHER_DOMAIN = "other-domain"     # fallback: listed for other domains only

_CACHE_LIMIT = 200_000


class OcdCatalogError(CatalogError):
    """Why the Open Cookie Database file cannot be used: `path: message` (no line numbers in JSON entries)."""

    def __init__(self, path, message: str):
        super().__init__(path, None, None, message)

    def __reduce__(self):
        return type(self), (self.path, self.message)


@dataclass(frozen=True, slots=True)
class OcdEntry:
    """One Open Cookie Database entry: a cookie name (or name prefix), who sets it, our category for it."""

    entry_id: str                  # the database's UUID
    name: str
    prefix: bool                   # True: `name` is a prefix of the cookie names it covers
    domains: tuple[str, ...]       # normalised hosts; empty: any host
    platform: str
    controller: str
    privacy_url: str | None        # the controller's privacy portal (http/https only)
    ocd_category: str              # OCD's own label, verbatim, for display
    category: str                  # ours: necessary | preferences | statistics | marketing
    uncertain: bool                # the category mapping is a cautious guess (OCD's Functional)
    needs_consent: bool
    retention: str                 # OCD's text, verbatim
    lifetime_seconds: int | None   # None: session, persistent without a length, or not one length
    session: bool
    persistent: bool               # kept until deleted, no stated length
    purpose: str                   # our own words, from a per-category template
    purpose_fr: str = ""           # the same in French; empty in files built before it existed
    matched_on: str = ANY_DOMAIN   # set per answer: ON_DOMAIN, ANY_DOMAIN or OTHER_DOMAIN

    @property
    def link(self) -> str | None:
        """Where the user can read more: the controller's privacy portal."""
        return self.privacy_url

    @property
    def lifetime_text(self) -> str:
        return self.retention

    def purpose_in(self, lang: str) -> str:
        """Our sentence in `lang` ("fr", "fr-CA", "fr_FR"), else in English."""
        if self.purpose_fr and lang[:2].lower() == "fr":
            return self.purpose_fr
        return self.purpose

    def matching_domain(self, host: str) -> str | None:
        """The longest listed domain covering `host` (normalised), else None."""
        best = None
        for d in self.domains:
            if (host == d or host.endswith("." + d)) and (best is None or len(d) > len(best)):
                best = d
        return best


class OcdCatalog:
    """The loaded database. `lookup` is meant to be called once per distinct (host, name)."""

    def __init__(self, path, entries: tuple[OcdEntry, ...], header: dict | None = None):
        self.path = str(path)
        self.entries = entries
        self.header = dict(header or {})
        self._exact: dict[str, list[OcdEntry]] = {}
        # Prefixes by their first 3 characters (the 2-character ones by themselves): a
        # name is tested only against the few prefixes that share its start, never all.
        self._prefix3: dict[str, list[OcdEntry]] = {}
        self._prefix2: dict[str, list[OcdEntry]] = {}
        for e in entries:
            if not e.prefix:
                self._exact.setdefault(e.name, []).append(e)
            elif len(e.name) >= 3:
                self._prefix3.setdefault(e.name[:3], []).append(e)
            else:
                self._prefix2.setdefault(e.name, []).append(e)
        self._by_name: dict[str, tuple[tuple[OcdEntry, ...], OcdEntry | None, OcdEntry | None]] = {}

    def __len__(self) -> int:
        return len(self.entries)

    def __repr__(self) -> str:
        return f"OcdCatalog({self.path!r}, {len(self.entries)} entries)"

    @property
    def attribution(self) -> str:
        return self.header.get("attribution", "Open Cookie Database, Apache-2.0")

    @property
    def upstream_commit(self) -> str:
        return self.header.get("upstream_commit", "")

    def lookup(self, host: str, name: str) -> OcdEntry | None:
        """The best entry for a cookie stored under `host`, else None (the rules: inspector.domain.catalog)."""
        hinted, generic, fallback = self.lookup_candidates(name)
        if hinted:
            bare = normalize_host(host)
            best, best_key = None, None
            for rank, entry in enumerate(hinted):  # already in name-specificity order
                domain = entry.matching_domain(bare)
                if domain is None:
                    continue
                key = (_name_rank(entry), -len(domain), rank)
                if best_key is None or key < best_key:
                    best, best_key = entry, key
            if best is not None:
                return best
        return generic or fallback

    def depends_on_host(self, name: str) -> bool:
        """Whether the answer for `name` can differ from one host to another (entries with domains)."""
        return bool(self.lookup_candidates(name)[0])

    def lookup_candidates(self, name: str):
        candidates = self._by_name.get(name)
        if candidates is None:
            if len(self._by_name) >= _CACHE_LIMIT:
                self._by_name.clear()
            candidates = self._by_name[name] = self._candidates(name)
        return candidates

    def _candidates(self, name: str):
        """(entries with domains, most specific name first; best domain-less entry; fallback copy or None)."""
        found = list(self._exact.get(name, ()))
        found += [e for e in self._prefix3.get(name[:3], ()) if name.startswith(e.name)]
        found += self._prefix2.get(name[:2], ())  # a 2-character prefix matches iff it is name[:2]
        found.sort(key=lambda e: (_name_rank(e), e.entry_id))
        hinted = tuple(dataclasses.replace(e, matched_on=ON_DOMAIN) for e in found if e.domains)
        generic = next((e for e in found if not e.domains), None)
        fallback = next((e for e in hinted if _distinctive(e.name)), None)
        if fallback is not None:
            fallback = dataclasses.replace(fallback, matched_on=OTHER_DOMAIN)
        return hinted, generic, fallback


def _name_rank(entry: OcdEntry) -> tuple[int, int]:
    # Exact names first, then prefixes from the longest.
    return (1, -len(entry.name)) if entry.prefix else (0, 0)


def _distinctive(name: str) -> bool:
    """Specific enough to name its vendor on any site: 4+ characters, not letters alone."""
    return len(name) >= _FALLBACK_MIN_CHARS and not name.isalpha()


# --- loading ------------------------------------------------------------------------


def load_ocd(path: str | os.PathLike) -> OcdCatalog:
    """Read and check the JSON built by tools/build_ocd_catalog.py; any problem is one OcdCatalogError."""
    try:
        with open(path, encoding="utf-8") as f:
            data = json.loads(f.read())
    except FileNotFoundError:
        raise OcdCatalogError(path, "the file is missing; build it with tools/build_ocd_catalog.py") from None
    except OSError as exc:
        raise OcdCatalogError(path, f"cannot read the file ({exc.strerror or exc})") from None
    except UnicodeDecodeError as exc:
        raise OcdCatalogError(path, f"the file is not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except ValueError as exc:  # json.JSONDecodeError
        where = f" (line {exc.lineno}, column {exc.colno})" if hasattr(exc, "lineno") else ""
        raise OcdCatalogError(path, f"the file is not valid JSON{where}: {getattr(exc, 'msg', exc)}") from None
    if not isinstance(data, dict) or not isinstance(data.get("header"), dict) \
            or not isinstance(data.get("entries"), list):
        raise OcdCatalogError(path, "expected an object with 'header' and 'entries' (a list)")
    header = data["header"]
    if header.get("format") != FORMAT_VERSION:
        raise OcdCatalogError(path, f"unsupported format {header.get('format')!r} "
                                    f"(this app reads format {FORMAT_VERSION})")
    entries = tuple(_entry(path, i, raw) for i, raw in enumerate(data["entries"]))
    if header.get("entries", len(entries)) != len(entries):
        raise OcdCatalogError(path, f"the header announces {header['entries']} entries but the file holds "
                                    f"{len(entries)}: it was cut short or edited by hand")
    return OcdCatalog(path, entries, header)


def _entry(path, index: int, raw) -> OcdEntry:
    # The common case in few operations (a load must stay well under 30 ms); anything
    # unexpected goes to _problem, which says what is wrong.
    try:
        ident, name, prefix, domains = raw["id"], raw["name"], raw["prefix"], raw["domains"]
        platform, controller, ocd_category = raw["platform"], raw["controller"], raw["ocd_category"]
        retention, purpose = raw["retention"], raw["purpose"]
        url, lifetime, purpose_fr = raw.get("privacy_url"), raw.get("lifetime_seconds"), raw.get("purpose_fr", "")
        category, uncertain = OCD_CATEGORIES[ocd_category]
    except (KeyError, TypeError, AttributeError):
        raise _problem(path, index, raw) from None
    if not (type(ident) is str and ident and type(name) is str and name and type(purpose) is str and purpose
            and type(platform) is str and type(controller) is str and type(retention) is str
            and type(prefix) is bool and (not prefix or len(name) >= MIN_PREFIX_CHARS)
            and type(domains) is list and all(type(d) is str and d for d in domains)
            and (url is None or (type(url) is str and url.startswith(("https://", "http://"))))
            and (lifetime is None or (type(lifetime) is int and lifetime >= 0)) and type(purpose_fr) is str):
        raise _problem(path, index, raw)
    return OcdEntry(
        ident, name, prefix, tuple(domains), platform, controller, url, ocd_category, category, uncertain,
        CATEGORIES[category], retention, lifetime, raw.get("session") is True, raw.get("persistent") is True,
        purpose, purpose_fr,
    )


def _problem(path, index: int, raw) -> OcdCatalogError:
    """The error for an entry _entry refused, naming the entry and the field."""
    if not isinstance(raw, dict):
        return OcdCatalogError(path, f"entry {index + 1}: expected an object, found {type(raw).__name__}")
    what = f"entry {index + 1} ({raw.get('id', 'no id')!s})"
    for key in ("id", "name", "platform", "controller", "ocd_category", "retention", "purpose"):
        if not isinstance(raw.get(key), str):
            return OcdCatalogError(path, f"{what}: '{key}' must be text")
    if not isinstance(raw.get("purpose_fr", ""), str):
        return OcdCatalogError(path, f"{what}: 'purpose_fr' must be text")
    for key in ("id", "name", "purpose"):
        if not raw[key]:
            return OcdCatalogError(path, f"{what}: '{key}' must not be empty")
    prefix = raw.get("prefix")
    if not isinstance(prefix, bool):
        return OcdCatalogError(path, f"{what}: 'prefix' must be true or false")
    if prefix and len(raw["name"]) < MIN_PREFIX_CHARS:
        return OcdCatalogError(path, f"{what}: prefix '{raw['name']}' is shorter than {MIN_PREFIX_CHARS} "
                                     "characters and would match too many cookies")
    domains = raw.get("domains")
    if not isinstance(domains, list) or not all(isinstance(d, str) and d for d in domains):
        return OcdCatalogError(path, f"{what}: 'domains' must be a list of host names")
    if raw["ocd_category"] not in OCD_CATEGORIES:
        return OcdCatalogError(path, f"{what}: unknown Open Cookie Database category '{raw['ocd_category']}' "
                                     f"(known: {', '.join(OCD_CATEGORIES)}; map it in OCD_CATEGORIES)")
    lifetime = raw.get("lifetime_seconds")
    if lifetime is not None and (type(lifetime) is not int or lifetime < 0):
        return OcdCatalogError(path, f"{what}: 'lifetime_seconds' must be a whole number of seconds")
    return OcdCatalogError(path, f"{what}: 'privacy_url' must be an http(s) address")


# --- the bundled file ---------------------------------------------------------------


def default_ocd_path() -> Path:
    """resources/catalog/open-cookie-database.json."""
    return resource_path("catalog", "open-cookie-database.json")


def default_ocd() -> OcdCatalog:
    """The bundled database, parsed once per process (again only if the file changes)."""
    return load_once(default_ocd_path(), load_ocd)
