"""The findings engine: each cookie's findings against the policy and the catalog, and per-site summaries."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Optional

from inspector.domain.catalog.catalog import Catalog, KnownCookie, default_catalog
from inspector.domain.catalog.ocd import OcdCatalog, OcdEntry, default_ocd
from inspector.domain.codes import (CATALOG, CATEGORY_MISMATCH, CHECK_13_MONTHS, CHECK_DECLARED, DECLARED,
                                    DECLARED_ABSENT, EMPTY, KINDS, LIFETIME, NEEDS_CONSENT, NO_POLICY, OCD, POLICY,
                                    SEVERITY,
                                    TALLY_ABSENT, TALLY_BEYOND_13_MONTHS, TALLY_MISMATCH, TALLY_OVER_DECLARED,
                                    TALLY_UNDECLARED, TALLY_UNKNOWN, UNDECLARED, UNDECLARED_COOKIE, UNKNOWN,
                                    Params, worst)
from inspector.domain.policy.model import NO_POLICY_MATCH, Text
from inspector.domain.policy.loader import parse_lifetime
from inspector.domain.scan import gc_paused, group_by_site

# CookieBlock flags a stored expiry beyond 1.5x the declared one: a little slack for
# rounding, none for a policy that understates by years.
TOLERANCE = 1.5
# CNIL's recommended maximum for audience-measurement cookies, in the policy's units
# (a month is a twelfth of 365 days, so 13 months is about 395 days).
THIRTEEN_MONTHS_S = parse_lifetime("13 months")
# Chromium and Firefox cap an expiry at 400 days from the moment a cookie is written.
BROWSER_CAP_S = 400 * 86_400
_DAY_US = 86_400 * 1_000_000
# Creation and expiry come from different clocks and units (ms vs µs); a day of slack
# keeps a cookie written with exactly the cap from reading as rewritten.
_CAP_SLACK_US = _DAY_US


@dataclass(frozen=True, slots=True)
class About:
    """What is known about a cookie, and where it comes from: "policy" or "catalog"."""

    source: str
    provider: str
    category: str
    purpose: str
    lifetime: Optional[str] = None
    url: Optional[str] = None  # the policy page, or the vendor documentation the catalog cites
    # The purpose in every language its source has (a Text, or None: `purpose` only). Findings are
    # made once for every language; their words pick the reader's with purpose_in.
    purposes: Optional[Text] = field(default=None, compare=False, repr=False)

    def purpose_in(self, lang: str) -> str:
        """The purpose in `lang` ("fr", "fr-CA"), else in English."""
        return self.purposes.get(lang) if self.purposes is not None else self.purpose

    @property
    def purpose_en(self) -> str:
        return self.purpose_in("en")


@dataclass(frozen=True, slots=True)
class Finding:
    """A kind (codes.KINDS) with the parameters its words need; inspector/domain/wording.py words it.

    Parameters per kind (`params`):
      undeclared         policy (the covering policy's name); the catalog's guess, if any, is `about`
      category-mismatch  declared_category (the policy's label), name (the catalog entry), category, provider
      lifetime/declared  stored_days, rewritten, session (declared as a session cookie), declared (the
                         policy's lifetime text), tolerance
      lifetime/13-months stored_days, rewritten, category (needing consent), source (whose category), at_cap
      declared-absent    policy, profiles ("browser · profile" labels)
      unknown            none
    `rewritten`: the cookie was written again after its creation, so `stored_days` is only
    what it has left (a minimum). `at_cap`: it was stored for the browsers' 400-day cap.
    """

    code: str
    check: Optional[str] = None  # lifetime only: codes.CHECK_DECLARED | codes.CHECK_13_MONTHS
    params: Params = EMPTY
    source: Optional[str] = None  # codes.POLICY | codes.CATALOG | None
    about: Optional[About] = None  # catalog information the finding quotes

    def __post_init__(self):
        if not isinstance(self.params, Params):
            object.__setattr__(self, "params", Params(self.params))

    @property
    def severity(self) -> str:
        return SEVERITY[self.code]


NO_FINDINGS: tuple = ()


@dataclass(frozen=True, slots=True)
class AbsentCookie:
    """A declared cookie missing from profiles that hold other cookies of its policy site."""

    policy_site: object  # policy.PolicySite
    rule: object  # policy.CookieRule
    profiles: tuple[str, ...]  # "browser · profile" labels where it is missing

    @property
    def finding(self) -> Finding:
        return Finding(DECLARED_ABSENT, params={"policy": self.policy_site.name, "profiles": self.profiles},
                       source=POLICY)


# --- per cookie -----------------------------------------------------------------------


def describe(cookie, catalog: Catalog | None = None, lang: str = "en", ocd: OcdCatalog | None = None) -> About | None:
    """Provider, category and purpose of a cookie: from the policy if it declares it, else the catalogs."""
    rule = cookie.match.rule
    if rule is not None:
        return About(POLICY, rule.provider.name, rule.category.id, rule.purpose.get(lang),
                     rule.lifetime_text, cookie.match.site.source_url, rule.purpose)
    host, name = cookie.record.host, cookie.record.name
    known = (catalog or default_catalog()).lookup(host, name)
    if known is not None:
        return _about(known, lang)
    entry = (ocd or default_ocd()).lookup(host, name)
    return _ocd_about(entry, lang) if entry is not None else None


def _about(known: KnownCookie, lang: str = "en") -> About:
    return About(CATALOG, known.provider.name, known.category, known.purpose_in(lang), known.lifetime_text,
                 known.source, known.purposes)


def _ocd_about(entry: OcdEntry, lang: str = "en") -> About:
    purposes = Text.of(entry.purpose, fr=entry.purpose_fr) if entry.purpose_fr else None
    return About(OCD, entry.platform, entry.category, entry.purpose_in(lang), entry.retention or None, entry.link,
                 purposes)


class _Guess:
    """What a catalog says of one cookie, whichever catalog it is: what the findings need of it."""

    __slots__ = ("source", "name", "category", "provider", "needs_consent", "about")

    def __init__(self, source, name, category, provider, needs_consent, about):
        self.source, self.name, self.category, self.provider = source, name, category, provider
        self.needs_consent, self.about = needs_consent, about


def _guess(catalog: Catalog, ocd: OcdCatalog, host: str, name: str) -> Optional[_Guess]:
    known = catalog.lookup(host, name)
    if known is not None:
        return _Guess(CATALOG, known.name, known.category, known.provider.name, known.needs_consent, _about(known))
    entry = ocd.lookup(host, name)
    if entry is None:
        return None
    # Functional in the Open Cookie Database may be strictly necessary: never a sure "needs consent".
    return _Guess(OCD, entry.name, entry.category, entry.platform, entry.needs_consent and not entry.uncertain,
                  _ocd_about(entry))


class _Static:
    """The findings of one (host, name, policy match): everything that does not depend on times.

    `timed` results (static findings plus lifetime findings) are memoised per lifetime
    key, so cookies stored for the same number of days share one tuple.
    """

    __slots__ = ("fixed", "timed", "declared_us", "declared_text", "consent_category", "consent_source",
                 "about", "match", "by_lifetime", "by_name_ok")

    def __init__(self, fixed: tuple, declared_s: Optional[int], declared_text: Optional[str],
                 consent_category: Optional[str], consent_source: Optional[str], about: Optional[About], match):
        self.fixed = tuple(fixed)  # undeclared/unknown/mismatch
        # Stored lifetimes above this many µs break the declared one: 1.5x it, or any
        # persistent lifetime when the policy declared a session cookie (-1).
        if declared_s is None:
            self.declared_us = None
        else:
            self.declared_us = 0 if declared_s == -1 else int(TOLERANCE * declared_s * 1_000_000)
        self.declared_text = declared_text  # "13 months", "session"; None if none declared
        self.consent_category = consent_category  # a category that needs consent, else None
        self.consent_source = consent_source  # whose category that is: "policy" | "catalog"
        self.about = about
        self.match = match  # the policy match these findings were computed for
        self.timed = self.declared_us is not None or consent_category is not None
        self.by_lifetime: dict[tuple, tuple] = {}
        self.by_name_ok = False  # the same findings hold for this name on every host


_THIRTEEN_MONTHS_US = THIRTEEN_MONTHS_S * 1_000_000
_CAP_US = BROWSER_CAP_S * 1_000_000


class FindingsEngine:
    """Computes per-cookie findings with caches, so 200,000 cookies cost a couple of dict lookups each.

    Static findings are cached per (host, name) with the policy match they were computed
    for, and lifetime findings per stored lifetime in days: equal findings are shared
    objects whose JSON rows exist once.
    """

    _LIMIT = 500_000

    def __init__(self, catalog: Catalog | None = None, ocd: OcdCatalog | None = None):
        self.catalog = catalog if catalog is not None else default_catalog()
        self.ocd = ocd if ocd is not None else default_ocd()
        self._static: dict[tuple, _Static] = {}  # (host, name) -> findings
        self._by_name: dict[str, _Static] = {}  # name -> findings of a no-policy cookie, whatever its host
        self._lifetimes: dict[tuple, tuple] = {}

    def findings(self, cookie, now_us: int) -> tuple:
        return self.many((cookie,), now_us)[0]

    def many(self, cookies: Iterable, now_us: int) -> list[tuple]:
        """Findings aligned with `cookies`. The hot loop of JSON export: kept flat on purpose."""
        cache = self._static
        get = cache.get
        by_name = self._by_name
        name_get = by_name.get
        no_policy = NO_POLICY_MATCH
        out = []
        append = out.append
        cap_high = _CAP_US + _CAP_SLACK_US
        cap_low = _CAP_US - _CAP_SLACK_US
        with gc_paused():  # only new tuples, no cycles: see scan.gc_paused
            for record, _site, match in cookies:
                # Most cookies have no policy, and most names no domain-hinted catalog entry:
                # those are cached by name alone, a small dict that stays in the CPU cache.
                static = name_get(record.name) if match is no_policy else None
                if static is None:
                    key = (record.host, record.name)
                    static = get(key)
                    # A (host, name) has one match per policy; another policy's match means recompute.
                    if static is None or static.match is not match:
                        if len(cache) >= self._LIMIT:
                            cache.clear()
                        static = self._compute_static(record.host, record.name, match)
                        if static.by_name_ok:
                            if len(by_name) >= self._LIMIT:
                                by_name.clear()
                            by_name[record.name] = static
                        else:
                            cache[key] = static
                expires = record.expires_us
                if expires is None or not static.timed:
                    append(static.fixed)
                    continue
                span, rewritten = stored_lifetime_us(expires, record.created_us, now_us)
                declared = static.declared_us
                lkey = ((span + _DAY_US // 2) // _DAY_US, rewritten,
                        declared is not None and span > declared and span > 0,
                        static.consent_category is not None and span > _THIRTEEN_MONTHS_US,
                        cap_low <= span <= cap_high)
                found = static.by_lifetime.get(lkey)
                if found is None:
                    found = static.by_lifetime[lkey] = self._shared_lifetime(static, lkey)
                append(found)
        return out

    def _shared_lifetime(self, static: _Static, lkey: tuple) -> tuple:
        """The findings for one lifetime key, shared by every host where they read the same."""
        key = (static.fixed, static.declared_us, static.declared_text, static.consent_category,
               static.consent_source, static.about, lkey)
        found = self._lifetimes.get(key)
        if found is None:
            if len(self._lifetimes) >= self._LIMIT:
                self._lifetimes.clear()
            found = self._lifetimes[key] = static.fixed + _lifetime_findings(static, *lkey)
        return found

    # -- the static part -------------------------------------------------------------

    def _compute_static(self, host: str, name: str, match) -> _Static:
        status = match.status
        known = _guess(self.catalog, self.ocd, host, name)
        about = known.about if known is not None else None
        if status == NO_POLICY:
            static = self._no_policy(known, about, match)
            static.by_name_ok = not self.catalog.lookup_name(name)[0] and not self.ocd.depends_on_host(name)
            return static
        if status == DECLARED:
            return self._declared(match, known, about)
        if status == UNDECLARED:
            finding = Finding(UNDECLARED_COOKIE, params={"policy": match.site.name},
                              source=known.source if known else POLICY, about=about)
            return _Static((finding,), None, None, *_consent(known), about, match)
        raise AssertionError(f"unexpected policy status {status!r}")

    @staticmethod
    def _no_policy(known: _Guess | None, about: About | None, match) -> _Static:
        if known is None:
            return _Static(_UNKNOWN_FIXED, None, None, None, None, None, match)
        fixed = NO_FINDINGS
        if known.needs_consent:
            # A known tracker must never look cleaner than an unknown cookie.
            fixed = (Finding(NEEDS_CONSENT, params={"category": known.category, "source": known.source},
                             source=known.source, about=about),)
        return _Static(fixed, None, None, *_consent(known), about, match)

    def _declared(self, match, known: _Guess | None, about: About | None) -> _Static:
        rule = match.rule
        fixed = NO_FINDINGS
        if known is not None and known.needs_consent and not rule.category.needs_consent:
            params = {"declared_category": rule.category.label, "name": known.name, "category": known.category,
                      "provider": known.provider}
            fixed = (Finding(CATEGORY_MISMATCH, params=params, source=known.source, about=about),)
        declared_s = None
        if rule.lifetime_text is not None:
            declared_s = -1 if rule.lifetime_seconds is None else rule.lifetime_seconds
        consent = (rule.category.id, POLICY) if rule.category.needs_consent else (None, None)
        return _Static(fixed, declared_s, rule.lifetime_text, *consent, about, match)


def _lifetime_findings(static: _Static, days: int, rewritten: bool, over_declared: bool, over_13: bool,
                       at_cap: bool) -> tuple:
    out = ()
    if over_declared:
        params = {"stored_days": days, "rewritten": rewritten, "session": static.declared_us == 0,
                  "declared": static.declared_text, "tolerance": TOLERANCE}
        out += (Finding(LIFETIME, CHECK_DECLARED, params, POLICY),)
    if over_13:
        source = static.consent_source
        params = {"stored_days": days, "rewritten": rewritten, "category": static.consent_category,
                  "source": source, "at_cap": at_cap}
        out += (Finding(LIFETIME, CHECK_13_MONTHS, params, source, static.about if source != POLICY else None),)
    return out


_UNKNOWN_FIXED = (Finding(UNKNOWN),)


def stored_lifetime_us(expires_us: int, created_us: Optional[int], now_us: int) -> tuple[int, bool]:
    """How long the cookie was set to live, and whether it was rewritten after its creation.

    Browsers keep a cookie's creation time when a site overwrites it, but cap every write
    at 400 days. So creation-to-expiry beyond the cap means the cookie was written again
    later (or predates the cap): then only the time it has left is certain.
    """
    span = expires_us - (created_us if created_us is not None else now_us)
    if span > _CAP_US + _CAP_SLACK_US:
        return max(expires_us - now_us, 0), True
    return span, False


def _consent(known: _Guess | None) -> tuple[Optional[str], Optional[str]]:
    if known is not None and known.needs_consent:
        return known.category, known.source
    return None, None


_default_engine: FindingsEngine | None = None


def default_engine() -> FindingsEngine:
    """A shared engine with the bundled catalog (its caches serve every caller in the process)."""
    global _default_engine
    if _default_engine is None:
        _default_engine = FindingsEngine()
    return _default_engine


def cookie_findings(cookie, now_us: int, engine: FindingsEngine | None = None) -> tuple:
    """The findings of one InspectedCookie: a tuple of Finding, empty when nothing is wrong."""
    return (engine or default_engine()).findings(cookie, now_us)


def findings_for(cookies: Iterable, now_us: int, engine: FindingsEngine | None = None) -> list[tuple]:
    """Findings of many cookies at once, aligned with `cookies`."""
    return (engine or default_engine()).many(cookies, now_us)


def scan_findings(result, engine: FindingsEngine | None = None) -> list[tuple]:
    """Findings of every cookie of a ScanResult, aligned with `result.cookies`."""
    return findings_for(result.cookies, result.now_us, engine)


# --- per site ---------------------------------------------------------------------------


@dataclass(frozen=True)
class SiteSummary:
    """What a site's policy declares against what the browsers hold, and the findings: counts, no words.

    Counts are of distinct cookies (host, name, path): the same cookie in three profiles
    counts once, so the header reads the same whatever the number of browsers.
    """

    site: str
    policy_sites: tuple  # policy.PolicySite covering at least one of the site's cookies
    declared: int  # cookies (names or patterns) those policies declare
    seen: int  # distinct cookies (host, name, path)
    counts: dict[str, int] = field(default_factory=dict)  # finding code -> distinct cookies
    beyond_13_months: int = 0
    over_declared_lifetime: int = 0
    absent: tuple[AbsentCookie, ...] = ()
    # Rows: the same cookie once per profile holding it, as the site's list shows them. Kept
    # beside `seen` so the header can say why it reads 9 over a list of 18.
    rows: int = 0

    @property
    def has_policy(self) -> bool:
        return bool(self.policy_sites)

    @property
    def severity(self) -> Optional[str]:
        """The worst severity among the site's findings, declared-absent cookies included; None if none."""
        found = [SEVERITY[code] for code, n in self.counts.items() if n]
        if self.absent:
            found.append(SEVERITY[DECLARED_ABSENT])
        return worst(found)

    def tallies(self) -> tuple[tuple[str, int], ...]:
        """(codes.TALLIES code, distinct cookies) for each thing a summary counts, in the order it shows them."""
        counts = self.counts
        return ((TALLY_UNDECLARED, counts.get(UNDECLARED_COOKIE, 0)),
                (TALLY_BEYOND_13_MONTHS, self.beyond_13_months),
                (TALLY_OVER_DECLARED, self.over_declared_lifetime),
                (TALLY_MISMATCH, counts.get(CATEGORY_MISMATCH, 0)),
                (TALLY_UNKNOWN, counts.get(UNKNOWN, 0)),
                (TALLY_ABSENT, len(self.absent)))


def profile_label(record) -> str:
    label = f"{record.browser} · {record.profile}"
    return f"{label} · {record.container}" if record.container else label


def site_summaries(result, per_cookie: list[tuple] | None = None,
                   indexes: Iterable[int] | None = None) -> dict[str, SiteSummary]:
    """A SiteSummary per site of the scan (sites in name order), over all cookies or only `indexes`."""
    if per_cookie is None:
        per_cookie = scan_findings(result)
    cookies = result.cookies
    groups = result.sites if indexes is None else group_by_site(cookies, indexes)
    return {site: _summarize(site, members, cookies, per_cookie) for site, members in groups.items()}


def _summarize(site: str, members: list[int], cookies, per_cookie) -> SiteSummary:
    seen: set = set()
    by_code: dict[str, set] = {}
    beyond: set = set()
    over: set = set()
    policy_sites: dict[str, object] = {}
    # policy site id -> profile -> rules present there
    present: dict[str, dict[str, set]] = {}
    for i in members:
        c = cookies[i]
        rec = c.record
        ident = (rec.host, rec.name, rec.path)
        seen.add(ident)
        for f in per_cookie[i]:
            by_code.setdefault(f.code, set()).add(ident)
            if f.check == CHECK_13_MONTHS:
                beyond.add(ident)
            elif f.check == CHECK_DECLARED:
                over.add(ident)
        psite = c.match.site
        if psite is not None:
            policy_sites.setdefault(psite.id, psite)
            rules = present.setdefault(psite.id, {}).setdefault(profile_label(rec), set())
            if c.match.rule is not None:
                rules.add(id(c.match.rule))  # identity: rules are the policy's own objects
    absent = []
    for sid, psite in policy_sites.items():
        for rule in psite.rules:
            missing = tuple(p for p, rules in present[sid].items() if id(rule) not in rules)
            if missing:
                absent.append(AbsentCookie(psite, rule, missing))
    return SiteSummary(
        site=site,
        policy_sites=tuple(policy_sites.values()),
        declared=sum(len(p.rules) for p in policy_sites.values()),
        seen=len(seen),
        counts={code: len(idents) for code, idents in by_code.items()},
        beyond_13_months=len(beyond),
        over_declared_lifetime=len(over),
        absent=tuple(absent),
        rows=len(members),
    )


def declared_absent(result, per_cookie: list[tuple] | None = None) -> list[AbsentCookie]:
    """Every declared cookie missing from a profile that holds its site's other cookies."""
    return [a for s in site_summaries(result, per_cookie).values() for a in s.absent]


__all__ = [
    "KINDS", "SEVERITY", "NO_FINDINGS", "UNDECLARED_COOKIE", "LIFETIME", "CATEGORY_MISMATCH", "DECLARED_ABSENT", "UNKNOWN",
    "CHECK_DECLARED", "CHECK_13_MONTHS", "About", "Finding", "AbsentCookie", "SiteSummary", "FindingsEngine",
    "describe", "cookie_findings", "findings_for", "scan_findings", "site_summaries",
    "declared_absent", "stored_lifetime_us", "default_engine", "profile_label",
]
