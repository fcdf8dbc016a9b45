"""Consent findings for a scan: each site's recorded choices, and every cookie there against them (or before them).

    analysis = analyse(result)                 # ConsentAnalysis; reads only consent cookies' values
    analysis.sites["velo-atelier-lyon.fr"]     # SiteConsent: records, findings, verdicts
    against_choice(result, analysis)           # the cookies present against the user's choice

A choice is kept per browser profile (and Firefox container), so each store's cookies are
judged against that store's records. A partitioned third-party cookie (an embed) belongs
to the top-level site it is keyed to: that site's banner governed the embed.
"""
from __future__ import annotations

from collections import defaultdict

from dataclasses import dataclass, field
from itertools import compress
from operator import itemgetter
from typing import Iterable, Optional

from inspector.domain.catalog.catalog import CATEGORIES as NEEDS_CONSENT, default_catalog
from inspector.domain.codes import CATEGORIES, NECESSARY, Params
from inspector.domain.consent.judge import Answer, answer
from inspector.domain.consent.reading import NeedsKeyring, read_consent_values
from inspector.domain.consent.record import (ACCEPTED, NOT_ASKED, REFUSED, ConsentRecord, RawConsent, unreadable)
from inspector.domain.consent.registry import CONSENT_NAMES, DECODERS, PLATFORM_OF, decode
from inspector.domain.consent.vendors import Vendor, vendor_of
from inspector.domain.sites import site_of

from inspector.domain.codes import (AGAINST_CHOICE, BEFORE_CHOICE, CONSENT_KINDS, INVALID_CONSENT,  # noqa: F401
                                    NO_CHOICE, STALE_CHOICE)

BEFORE, AFTER = "before", "after"
# Verdicts on a cookie, as consent_truth.json names them.
CONSISTENT, AGAINST, UNRELATED, NO_CHOICE_RECORDED = "consistent", "against", "unrelated", "no_choice_recorded"

_DAY_US = 86_400 * 1_000_000
TCF_STALE_DAYS = 395  # TCF policy: ask again after 13 months
CNIL_STALE_DAYS = 183  # CNIL recommends keeping a choice 6 months
_RANK = {NECESSARY: 0, "preferences": 1, "statistics": 2, "marketing": 3}


@dataclass(frozen=True)
class ConsentFinding:
    """A consent finding (CONSENT_KINDS) on one cookie, citing the record it rests on (index into the site's).

    params: against-choice: state (refused | not-asked), basis (vendor | category | purpose-1), unit;
    no-choice: unanswered (a banner shown, no answer); stale-choice: days, limit (13 | 6 months);
    invalid-consent-string: platform, error or violations.
    """

    code: str
    cookie: object  # CookieRecord
    record: Optional[int]
    category: Optional[str] = None
    source: Optional[str] = None
    when: Optional[str] = None
    params: Params = field(default_factory=Params)


@dataclass(frozen=True)
class Verdict:
    cookie: object
    verdict: str
    category: Optional[str]
    source: Optional[str]
    answer: Optional[Answer]
    record: Optional[int]
    when: Optional[str]


@dataclass
class SiteConsent:
    site: str
    records: list[ConsentRecord] = field(default_factory=list)
    findings: list[ConsentFinding] = field(default_factory=list)
    verdicts: list[Verdict] = field(default_factory=list)

    @property
    def readable(self) -> bool:
        return all(r.readable for r in self.records)

    @property
    def against(self) -> list[ConsentFinding]:
        return [f for f in self.findings if f.code == AGAINST_CHOICE]


@dataclass
class ConsentAnalysis:
    sites: dict[str, SiteConsent]
    now_us: int
    needs_keyring: bool = False  # some consent value waits for the user's "Read consent choices"

    def for_cookie(self, record) -> list[ConsentFinding]:
        return self.findings_by_cookie().get(id(record), [])

    def findings_by_cookie(self) -> dict:
        """id(CookieRecord) -> its findings, built once."""
        if self._index is None:
            self._index = {}
            for site in self.sites.values():
                for f in site.findings:
                    self._index.setdefault(id(f.cookie), []).append(f)
        return self._index

    _index: Optional[dict] = field(default=None, repr=False)


_STORE_AT, _CONTAINER_AT, _NAME_AT, _PARTITION_AT = 3, 2, 5, 13  # CookieRecord fields read by index
_RECORD, _SITE, _NAME = itemgetter(0), itemgetter(1), itemgetter(_NAME_AT)


def consent_sites(result) -> set[str]:
    """The sites holding a consent cookie: the ones the window analyses as soon as a scan is loaded."""
    # C-level passes: this runs in the load path of every scan, so it must cost next to nothing.
    cookies = result.cookies
    names = map(_NAME, map(_RECORD, cookies))
    return set(map(_SITE, compress(cookies, map(CONSENT_NAMES.__contains__, names))))


def consent_site(cookie) -> str:
    """The site whose choice governs a cookie: its partition's top-level site, else its own."""
    part = cookie.record.partition
    if part:
        # "https://site" (Chromium's top-level site, Firefox's partitionKey) or "first-party site" (Firefox's
        # first-party isolation), possibly both, "; "-separated: the last piece is the top-level site.
        piece = part.split("; ")[-1]
        host = piece.split("://", 1)[1] if "://" in piece else piece[len("first-party "):] \
            if piece.startswith("first-party ") else ""
        host = host.split(":")[0].split("/")[0]
        if host:
            return site_of(host)
    return cookie.site


def analyse(result, describer=None, keyring: bool = False, sites: Optional[Iterable[str]] = None,
            now_us: Optional[int] = None) -> ConsentAnalysis:
    """Records and findings for every site of the scan (or only `sites`), at the scan's instant."""
    from inspector.domain.descriptions import Describer  # the catalogs load only when asked

    describer = describer or Describer()
    now = result.now_us if now_us is None else now_us
    wanted = set(sites) if sites is not None else None
    groups: dict[tuple, list] = defaultdict(list)  # (consent site, store, container) -> inspected cookies
    consent_of: dict[tuple, list] = {}  # the same key -> its consent cookies' records
    # The window runs this over 200,000 cookies for the few sites holding consent cookies: index
    # access and no call for the unpartitioned majority keep the pass to a few tens of ms. A consent
    # cookie counts on its own site only (an embed's partitioned copy is the embed's business).
    names = CONSENT_NAMES
    for c in result.cookies:
        record = c[0]
        site = consent_site(c) if record[_PARTITION_AT] else c[1]
        if wanted is None or site in wanted:
            key = (site, record[_STORE_AT], record[_CONTAINER_AT])
            groups[key].append(c)
            if record[_NAME_AT] in names and site == c[1]:
                consent_of.setdefault(key, []).append(record)
    consent_records = [r for members in consent_of.values() for r in members]
    values = read_consent_values(consent_records, keyring=keyring) if consent_records else {}
    out: dict[str, SiteConsent] = {}
    waiting = any(isinstance(v, NeedsKeyring) for v in values.values())
    for (site, _store, _container), members in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1],
                                                                                       kv[0][2] or "")):
        records = _records(consent_of.get((site, _store, _container), ()), values)
        site_consent = out.setdefault(site, SiteConsent(site))
        offset = len(site_consent.records)
        site_consent.records.extend(records)
        _judge_group(site_consent, members, records, offset, describer, now)
    return ConsentAnalysis({s: v for s, v in out.items() if v.records or v.findings}, now, waiting)


def against_choice(result, analysis: Optional[ConsentAnalysis] = None) -> list:
    """The CookieRecords of the scan present against the user's recorded choice (for a clean-up to target)."""
    analysis = analysis or analyse(result)
    seen, out = set(), []
    for site in analysis.sites.values():
        for f in site.against:
            if id(f.cookie) not in seen:
                seen.add(id(f.cookie))
                out.append(f.cookie)
    return out


# --- records --------------------------------------------------------------------------


def _records(consent_cookies, values) -> list[ConsentRecord]:
    """The group's consent cookies (CookieRecords), decoded per platform (the newest copy of a name wins)."""
    if not consent_cookies:
        return []
    by_platform: dict[str, dict] = {}
    for r in consent_cookies:
        if r in values:
            by_platform.setdefault(PLATFORM_OF[r.name], {}).setdefault(r.name, []).append(r)
    records = []
    for platform, _module in DECODERS:
        named = by_platform.get(platform)
        if not named:
            continue
        raw: dict[str, RawConsent] = {}
        cookies = []
        blocked = False
        for name, copies in named.items():
            readable = [(values[r], r) for r in copies if isinstance(values[r], RawConsent)]
            if not readable:
                blocked = blocked or any(isinstance(values[r], NeedsKeyring) for r in copies)
                continue
            value, r = max(readable, key=lambda vr: vr[0].updated_us or 0)
            raw[name], _ = value, cookies.append(r)
        if blocked and not raw:
            records.append(unreadable(platform, tuple(r for copies in named.values() for r in copies)))
            continue
        record = decode(platform, raw, tuple(cookies)) if raw else None
        if record is not None:
            records.append(record)
    return records


# --- per-cookie verdicts ---------------------------------------------------------------


def _judge_group(out: SiteConsent, members, records, offset: int, describer, now: int) -> None:
    decided = [(i + offset, r) for i, r in enumerate(records) if r.decided and r.decided_at_us is not None]
    earliest = min(decided, key=lambda ir: ir[1].decided_at_us) if decided else None
    for i, r in enumerate(records):
        _record_findings(out, i + offset, r, now)
    if not decided and any(not r.readable or r.error is not None for r in records):
        # Not readable: nothing is said about the cookies until it is. Undecodable: that is the
        # finding, and no cookie is "without a consent cookie".
        return
    for c in members:
        if c.record.name in CONSENT_NAMES and consent_site(c) == c.site:
            continue
        category, source, vendor, needs = _about(c, describer)
        if not needs:
            continue  # unrelated: the choice does not govern it (no Verdict kept: scans hold 100,000s of these)
        if not decided:
            unanswered = bool(records)
            out.verdicts.append(Verdict(c.record, NO_CHOICE_RECORDED, category, source, None, None, None))
            out.findings.append(ConsentFinding(NO_CHOICE, c.record, offset if unanswered else None, category, source,
                                               None, Params(unanswered=unanswered)))
            continue
        verdict, cited, ans = _verdict(decided, category, vendor)
        when = _when(c.record.created_us, (cited[1] if cited else earliest[1]).decided_at_us)
        out.verdicts.append(Verdict(c.record, verdict, category, source, ans, cited[0] if cited else None, when))
        if verdict == AGAINST:
            out.findings.append(ConsentFinding(AGAINST_CHOICE, c.record, cited[0], category, source, when,
                                               Params(state=ans.state, basis=ans.basis, unit=ans.unit,
                                                      platform=cited[1].platform,
                                                      provider=vendor.provider if vendor else None)))
        if _when(c.record.created_us, earliest[1].decided_at_us) == BEFORE:
            out.findings.append(ConsentFinding(BEFORE_CHOICE, c.record, earliest[0], category, source, BEFORE,
                                               Params(platform=earliest[1].platform)))


def _verdict(decided, category, vendor):
    answers = [(ir, answer(ir[1], category, vendor)) for ir in decided]
    answers = [(ir, a) for ir, a in answers if a is not None]
    for state, verdict in ((REFUSED, AGAINST), (ACCEPTED, CONSISTENT), (NOT_ASKED, AGAINST)):
        for ir, a in answers:
            if a.state == state:
                return verdict, ir, a
    return UNRELATED, None, None  # no record can tell: nothing is claimed


def _when(created_us: Optional[int], decided_us: Optional[int]) -> Optional[str]:
    if created_us is None or decided_us is None:
        return None  # Firefox session cookies have no creation time: unknown, never guessed
    return BEFORE if created_us < decided_us else AFTER


def _about(c, describer) -> tuple[Optional[str], Optional[str], Optional[Vendor], bool]:
    """(category, its source, the provider's consent ids, whether it needs consent)."""
    desc = describer.describe(c)
    if desc is None:
        return None, None, None, False
    category, source = desc.category, desc.source
    if category not in CATEGORIES:
        guess = describer.guess(c.record.host, c.record.name)
        category = guess.category if guess is not None and guess.category in CATEGORIES else None
    needs = bool(desc.needs_consent) if desc.needs_consent is not None else NEEDS_CONSENT.get(category, False)
    vendor = vendor_of(desc.provider)
    if c.record.partition and consent_site(c) != c.site:
        # An embed is let in or kept out as a whole by the embedding site's banner: its cookies
        # stand in the strictest category of its provider's known cookies.
        strictest = _strictest(desc.provider)
        if strictest and _RANK.get(strictest, 0) > _RANK.get(category or NECESSARY, 0):
            category, needs = strictest, True
    return category, source, vendor, needs


_STRICTEST: dict = {}


def _strictest(provider: Optional[str]) -> Optional[str]:
    if not _STRICTEST:
        for entry in default_catalog().entries:
            name = entry.provider.name
            if _RANK[entry.category] >= _RANK.get(_STRICTEST.get(name, NECESSARY), 0):
                _STRICTEST[name] = entry.category
    return _STRICTEST.get(provider)


# --- per-record findings ---------------------------------------------------------------


def _record_findings(out: SiteConsent, index: int, record: ConsentRecord, now: int) -> None:
    cookie = record.cookies[0] if record.cookies else None
    if record.readable and record.error is not None:
        out.findings.append(ConsentFinding(INVALID_CONSENT, cookie, index, params=Params(
            platform=record.platform, error=record.error)))
    elif record.violations:
        out.findings.append(ConsentFinding(INVALID_CONSENT, cookie, index, params=Params(
            platform=record.platform, violations=record.violations)))
    if record.decided and record.decided_at_us is not None:
        days = (now - record.decided_at_us) // _DAY_US
        cnil = out.site.endswith(".fr") or (record.region or "") == "FR"
        limit = 6 if cnil else 13 if record.platform == "tcf" else None
        if limit and days > (CNIL_STALE_DAYS if limit == 6 else TCF_STALE_DAYS):
            out.findings.append(ConsentFinding(STALE_CHOICE, cookie, index, params=Params(
                platform=record.platform, days=days, limit_months=limit)))
