"""The published cookie policy as a model: sites, categories, providers, rules, and cookie classification."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from inspector.resources import bundled_policy_path
from typing import NamedTuple

from inspector.domain.name_rules import NameRules
from inspector.domain.codes import DECLARED, NO_POLICY, UNDECLARED
from inspector.domain.sites import normalize_host, receives

SCHEMA_VERSION = 1
# The name this app gives a policy it writes (the bundled one, every import): "<site> cookie policy".
_OWN_NAME_SUFFIX = " cookie policy"


def own_name(site: str) -> str:
    return site + _OWN_NAME_SUFFIX


def site_of_own_name(name: str) -> str | None:
    """The site a name this app wrote (own_name) names, so a window can word it; None for an author's own."""
    return name[: -len(_OWN_NAME_SUFFIX)] or None if name.endswith(_OWN_NAME_SUFFIX) else None


class PolicyError(Exception):
    """Why a policy file (or a catalog, keep list or rules file) cannot be used, and where: `path:line:column: message`.

    The sentence is `why`, a key of policy/error_words.py, with `params` (what the file holds:
    keys, ids, hosts, line numbers, PyYAML's account of a syntax error); text(say) words it
    in the user's language, and `message` is its English, for logs, the CLI's JSON and tests.
    A `message` with no `why` is shown as it is in every language.
    """

    def __init__(self, path, line: int | None, column: int | None, message: str | None = None, *,
                 why: str | None = None, params: dict | None = None):
        self.path = str(path)
        self.line = line
        self.column = column
        self.why = why
        self.params = dict(params or {})
        self.message = message if message is not None else self.reason()
        super().__init__(self.path, line, column, self.message)

    @classmethod
    def of(cls, other: PolicyError) -> PolicyError:
        """`other` as this class (a keep list read by the policy reader is a KeepListError): same place, same words."""
        return cls(other.path, other.line, other.column, other.message, why=other.why, params=other.params)

    def reason(self, say=None) -> str:
        """The problem without its place, in the language of `say` (a wording.Say; English when None)."""
        if self.why is None:
            return self.message
        from inspector.domain.policy import error_words  # words through wording, which knows no errors

        return error_words.problem(self.why, self.params, say or error_words.english)

    def text(self, say=None) -> str:
        """`path:line:column: problem` in the language of `say`."""
        return f"{self.where}: {self.reason(say)}"

    @property
    def where(self) -> str:
        return ":".join([self.path] + [str(n) for n in (self.line, self.column) if n is not None])

    def __reduce__(self):
        # Exception pickles its args alone; keep the phrase and its parameters (worker processes).
        return (_rebuild, (type(self), self.__dict__.copy(), self.args))

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


class InvalidValue(ValueError):
    """A value of the file that cannot be what its key says (a lifetime, a host, a cookie name):
    `why` and `params` as a PolicyError's; the reader adds the place. str() is the English."""

    def __init__(self, why: str, **params):
        self.why = why
        self.params = params
        super().__init__(self.text())

    def text(self, say=None) -> str:
        from inspector.domain.policy import error_words

        return error_words.problem(self.why, self.params, say or error_words.english)

    def __reduce__(self):
        return (_rebuild, (type(self), self.__dict__.copy(), self.args))


def _rebuild(cls, state: dict, args: tuple):
    err = Exception.__new__(cls)
    Exception.__init__(err, *args)
    err.__dict__.update(state)
    return err


# --- the policy model ---------------------------------------------------------------


def language_tag(lang: str) -> str:
    """One spelling of a language code for comparisons: "fr_FR" and "fr-FR" are "fr-fr"."""
    # Qt and the OS say "fr_FR"; policy files say "fr" or "fr-ca". Compare one spelling.
    return lang.strip().replace("_", "-").lower()


@dataclass(frozen=True)
class Text:
    """Text in one or more languages; English is always present and is the fallback.

    A tuple of (language, text) pairs rather than a dict keeps rules hashable.
    """

    translations: tuple[tuple[str, str], ...]

    def __post_init__(self):
        if not any(lang == "en" for lang, _ in self.translations):
            raise ValueError("Text needs an English ('en') translation")

    @classmethod
    def of(cls, en: str, **others: str) -> Text:
        return cls((("en", en), *others.items()))

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(lang for lang, _ in self.translations)

    def get(self, lang: str = "en") -> str:
        """The text in `lang` ("fr", "fr-CA", "fr_FR" all find "fr"), else in English."""
        found = dict(self.translations)
        wanted = language_tag(lang)
        return found.get(wanted) or found.get(wanted.split("-")[0]) or found["en"]

    def __str__(self) -> str:
        return self.get("en")


@dataclass(frozen=True)
class Category:
    id: str
    label: Text
    description: Text
    needs_consent: bool


@dataclass(frozen=True)
class Provider:
    id: str
    name: str
    url: str | None = None


@dataclass(frozen=True)
class CookieRule:
    """What a policy declares about one cookie name, or a glob of names (`*` and `?` only)."""

    name: str
    is_pattern: bool
    provider: Provider
    function: Text
    purpose: Text
    category: Category
    lifetime_seconds: int | None = None  # None: a session cookie, or no lifetime declared
    lifetime_text: str | None = None  # as declared ("13 months", "session"); None if not declared
    section: Text | None = None
    site_id: str = ""


@dataclass(frozen=True)
class PolicySite:
    """One site's published policy: the hosts it speaks for and the cookies it declares."""

    id: str
    name: str
    hosts: tuple[str, ...]  # exact host names, or "*.example.com" for example.com and its subdomains
    source_url: str | None
    rules: tuple[CookieRule, ...]
    _by_name: NameRules = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        object.__setattr__(self, "_by_name", NameRules(self.rules))

    def covers(self, cookie_host: str) -> bool:
        """Does a request to one of this site's hosts carry cookies stored under `cookie_host`?"""
        return any(entry_receives(entry, cookie_host) for entry in self.hosts)

    def rule_for(self, name: str) -> CookieRule | None:
        """The rule declaring `name`: an exact rule, else the most specific matching pattern."""
        return self._by_name.best(name)


def entry_receives(entry: str, cookie_host: str) -> bool:
    """Does a request to a host a `hosts` entry names (`x` or `*.x`) carry cookies stored under `cookie_host`?"""
    if not entry.startswith("*."):
        return receives(entry, cookie_host)
    base = entry[2:]
    # "*.x" stands for x and every subdomain of x as request hosts: together they receive
    # cookies stored on x or its parents (what x receives) and any cookie stored on a
    # subdomain of x, host-only or not.
    return receives(base, cookie_host) or normalize_host(cookie_host).endswith("." + base)


# Where a policy file came from: the `imported: {from: ...}` of the file (the bundled one has none).
ORIGIN_BUNDLED, ORIGIN_URL, ORIGIN_FILE, ORIGIN_TEXT = "bundled", "url", "file", "text"
ORIGIN_KINDS = (ORIGIN_URL, ORIGIN_FILE, ORIGIN_TEXT, ORIGIN_BUNDLED)


@dataclass(frozen=True)
class PolicyOrigin:
    """Where a saved policy was imported from and when (microseconds since the epoch, UTC)."""

    kind: str  # one of ORIGIN_KINDS
    source: str | None  # the URL or the file; None for pasted text
    imported_at_us: int | None


class Match(NamedTuple):
    """What the policy says of one stored cookie."""

    status: str  # "declared" | "undeclared" | "no-policy"
    site: PolicySite | None
    rule: CookieRule | None


NO_POLICY_MATCH = _NO_POLICY_MATCH = Match(NO_POLICY, None, None)


def match_among(sites, cookie_name: str) -> Match:
    """The match of a cookie name among the sites that speak for its host, most specific first:
    the first site declaring it, else undeclared on the first site, else no policy."""
    for site in sites:
        rule = site.rule_for(cookie_name)
        if rule is not None:
            return Match(DECLARED, site, rule)
    if sites:
        return Match(UNDECLARED, sites[0], None)
    return _NO_POLICY_MATCH

# Bounds the memory of a long session that keeps meeting new cookie names; a refill after
# a clear costs one miss per cookie, which is cheap next to reading the stores.
_CACHE_LIMIT = 1_000_000


class Policy:
    """A loaded policy file. `classify` is the hot path: cached per (host, name)."""

    def __init__(self, path, name: str, sites, categories: dict[str, Category],
                 providers: dict[str, Provider], origin: PolicyOrigin | None = None):
        self.path = str(path)
        self.origin = origin
        self.name = name
        self.sites: tuple[PolicySite, ...] = tuple(sites)
        self.categories = dict(categories)
        self.providers = dict(providers)
        self._matches: dict[tuple[str, str], Match] = {}
        self._sites_by_host: dict[str, tuple[PolicySite, ...]] = {}
        # A site covers a cookie host only when one of the two is a dot-suffix of the
        # other, so they end in the same label: most hosts are ruled out by their last one.
        self._last_labels = frozenset(_last_label(entry.removeprefix("*.")) for site in self.sites
                                      for entry in site.hosts)

    def __repr__(self) -> str:
        return f"Policy({self.path!r}, {self.name!r}, {len(self.sites)} sites)"

    def classify(self, cookie_host: str, cookie_name: str) -> Match:
        """Is this cookie declared by the policy of a site that receives it?"""
        # try/except is the cheapest lookup when nearly every call is a hit.
        try:
            return self._matches[cookie_host, cookie_name]
        except KeyError:
            pass
        if len(self._matches) >= _CACHE_LIMIT:
            self._matches.clear()
        match = self._matches[cookie_host, cookie_name] = self._classify(cookie_host, cookie_name)
        return match

    def _classify(self, cookie_host: str, cookie_name: str) -> Match:
        return match_among(self._covering(cookie_host), cookie_name)

    def covers(self, cookie_host: str) -> bool:
        """Does any site of this policy receive cookies stored under this host?

        Most hosts in a browser have no policy; a scan asks this once per host and skips
        the per-name classification for all of their cookies.
        """
        return bool(self._covering(cookie_host))

    def _covering(self, cookie_host: str) -> tuple[PolicySite, ...]:
        # Far fewer hosts than cookies: this keeps a classify miss to a dict lookup or two.
        sites = self._sites_by_host.get(cookie_host)
        if sites is None:
            if _last_label(cookie_host) in self._last_labels:
                sites = tuple(s for s in self.sites if s.covers(cookie_host))
            else:
                sites = ()
            self._sites_by_host[cookie_host] = sites
        return sites


def _last_label(host: str) -> str:
    return normalize_host(host).rpartition(".")[2]


EMPTY_POLICY = Policy("", "No policy", (), {}, {})


def default_policy_path() -> Path:
    """The bundled policy.yaml."""
    return bundled_policy_path()


__all__ = [
    "SCHEMA_VERSION", "DECLARED", "UNDECLARED", "NO_POLICY", "PolicyError", "InvalidValue", "Text", "Category",
    "Provider", "CookieRule", "PolicySite", "Match", "Policy", "EMPTY_POLICY", "NO_POLICY_MATCH",
    "default_policy_path",
    "language_tag", "PolicyOrigin", "ORIGIN_KINDS", "ORIGIN_BUNDLED", "ORIGIN_URL", "ORIGIN_FILE", "ORIGIN_TEXT",
]
