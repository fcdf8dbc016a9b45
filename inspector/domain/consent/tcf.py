"""IAB TCF v2 TC strings (the `euconsent-v2` cookie) and Google's `addtl_consent` string, decoded."""
from __future__ import annotations

import base64
import functools
import itertools
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from urllib.parse import unquote

from inspector.domain.codes import TCF_PURPOSES, TCF_SPECIAL_FEATURES

# Short stable ids, not sentences: the UI words them, in the user's language.
# The purposes' and special features' codes live with the other codes (wording names them).
PURPOSES, SPECIAL_FEATURES = TCF_PURPOSES, TCF_SPECIAL_FEATURES

# Each purpose in the consent-banner categories of policy.yaml (and of Cookiebot, OneTrust, ...).
# Combine a vendor's purposes with "the strictest wins" (necessary < preferences < statistics < marketing).
PURPOSE_CATEGORY = {
    # Purpose 1 has no use of its own: it is the gate every storing vendor declares next to its real
    # purposes, so it must not raise their category. It is no exemption either: a refused purpose 1
    # refuses storage to every TCF vendor, whatever the other purposes say.
    1: "necessary",
    2: "marketing",     # selects ads, even without a profile
    3: "marketing",     # builds an advertising profile
    4: "marketing",     # uses that profile to pick ads
    # 5-6 build and use a behavioural profile, mostly for content-recommendation networks (sponsored
    # content); policy.yaml's marketing is "build profiles", and a user who refuses marketing expects
    # no profiling, so they are not "preferences" (choices the user made on the site).
    5: "marketing",
    6: "marketing",
    7: "marketing",     # ad measurement feeds the ad business, not the site's own statistics
    8: "statistics",    # how content performs
    9: "statistics",    # audience statistics
    10: "statistics",   # product development runs on usage statistics
    11: "preferences",  # picks content from limited, non-profile data, as a site setting would
}


class TCStringError(ValueError):
    """Why a value does not decode: `code` is short and stable for programs, `detail` says where."""

    def __init__(self, code: str, detail: str = ""):
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class VendorSet:
    """Vendor ids as the bits of one integer (bit n set: vendor n is in).

    One 33-bit range entry may claim 65535 ids and a string may hold thousands of entries; as bits,
    a set costs at most 8 KiB and building it costs big-integer operations, not one step per id.
    """

    mask: int = 0

    @classmethod
    def of(cls, pairs) -> VendorSet:
        """From inclusive (first, last) id ranges."""
        mask = 0
        for first, last in pairs:
            mask |= ((1 << (last - first + 1)) - 1) << first
        return cls(mask)

    @classmethod
    def from_bitfield(cls, bits: str) -> VendorSet:
        """From TCF bitfield text, where the first character is vendor 1."""
        return cls(int(bits[::-1], 2) << 1 if bits else 0)

    def __contains__(self, vendor_id: object) -> bool:
        return isinstance(vendor_id, int) and vendor_id >= 0 and bool(self.mask >> vendor_id & 1)

    def __iter__(self):
        bits = bin(self.mask)[:1:-1]  # lowest bit first, so a character's index is its vendor id
        return itertools.compress(range(len(bits)), map("1".__eq__, bits))

    def __len__(self) -> int:
        return bin(self.mask).count("1")

    def ids(self) -> list[int]:
        return list(self)

    @property
    def ranges(self) -> tuple[tuple[int, int], ...]:
        """Inclusive (first, last) runs of consecutive ids."""
        return tuple((m.start(), m.end() - 1) for m in _ONES.finditer(bin(self.mask)[:1:-1]))


@dataclass(frozen=True)
class PublisherRestriction:
    purpose_id: int
    restriction_type: int  # 0 not allowed, 1 require consent, 2 require legitimate interest
    vendors: VendorSet


@dataclass(frozen=True)
class PublisherTC:
    purpose_consents: frozenset[int]
    purpose_legitimate_interests: frozenset[int]
    num_custom_purposes: int
    custom_purpose_consents: frozenset[int]
    custom_purpose_legitimate_interests: frozenset[int]


@dataclass(frozen=True)
class TCString:
    version: int
    created: datetime
    last_updated: datetime
    cmp_id: int
    cmp_version: int
    consent_screen: int
    consent_language: str
    vendor_list_version: int
    policy_version: int
    is_service_specific: bool
    use_non_standard_texts: bool
    special_feature_optins: frozenset[int]
    purpose_consents: frozenset[int]
    purpose_legitimate_interests: frozenset[int]
    purpose_one_treatment: bool
    publisher_country_code: str
    vendor_consents: VendorSet
    vendor_consents_encoding: str  # "bitfield" or "range", as the CMP wrote it
    vendor_legitimate_interests: VendorSet
    vendor_li_encoding: str
    publisher_restrictions: tuple[PublisherRestriction, ...]
    vendors_disclosed: VendorSet | None  # None: the segment is absent (not the same as empty)
    vendors_allowed: VendorSet | None
    publisher_tc: PublisherTC | None
    notes: tuple[str, ...] = ()

    def to_json(self) -> dict:
        """Plain JSON with @iabtcf/core's field names, so it compares with the reference decoder."""
        pub = self.publisher_tc
        return {
            "version": self.version,
            "created": _iso(self.created),
            "lastUpdated": _iso(self.last_updated),
            "cmpId": self.cmp_id,
            "cmpVersion": self.cmp_version,
            "consentScreen": self.consent_screen,
            "consentLanguage": self.consent_language,
            "vendorListVersion": self.vendor_list_version,
            "policyVersion": self.policy_version,
            "isServiceSpecific": self.is_service_specific,
            # The specification renamed the bit UseNonStandardTexts; @iabtcf/core still says Stacks.
            "useNonStandardStacks": self.use_non_standard_texts,
            "specialFeatureOptins": sorted(self.special_feature_optins),
            "purposeConsents": sorted(self.purpose_consents),
            "purposeLegitimateInterests": sorted(self.purpose_legitimate_interests),
            "purposeOneTreatment": self.purpose_one_treatment,
            "publisherCountryCode": self.publisher_country_code,
            "vendorConsents": self.vendor_consents.ids(),
            "vendorLegitimateInterests": self.vendor_legitimate_interests.ids(),
            "publisherRestrictions": [
                {"purposeId": r.purpose_id, "restrictionType": r.restriction_type, "vendors": r.vendors.ids()}
                for r in self.publisher_restrictions
            ],
            "vendorsDisclosed": self.vendors_disclosed.ids() if self.vendors_disclosed is not None else [],
            "vendorsAllowed": self.vendors_allowed.ids() if self.vendors_allowed is not None else [],
            "publisherConsents": sorted(pub.purpose_consents) if pub else [],
            "publisherLegitimateInterests": sorted(pub.purpose_legitimate_interests) if pub else [],
            "numCustomPurposes": pub.num_custom_purposes if pub else 0,
            "publisherCustomConsents": sorted(pub.custom_purpose_consents) if pub else [],
            "publisherCustomLegitimateInterests": sorted(pub.custom_purpose_legitimate_interests) if pub else [],
        }


def decode_tc_string(text: str) -> TCString:
    """The TC string in a cookie value (URL-encoded or not). Raises TCStringError, and nothing else."""
    if not isinstance(text, str):
        raise TCStringError("not-text", type(text).__name__)
    result = _decode_cached(text)
    if isinstance(result, TCStringError):
        raise TCStringError(result.code, result.detail)  # a fresh one: a re-raised instance grows its traceback
    return result


def rule_violations(tc: TCString) -> tuple[str, ...]:
    """What this string does that the current TCF (2.2 policies, 2.3 format) forbids, as codes."""
    found = []
    # TCF 2.2 removed legitimate interest as a legal basis for purposes 3-6 (building and using
    # profiles for ads or content): those now need consent, so an LI bit there claims a basis that is gone.
    if tc.purpose_legitimate_interests & {3, 4, 5, 6}:
        found.append("li-for-purpose-3-6")
    # Purpose 1 (storage/access) is consent-only under every TCF version: LI can never cover it.
    if 1 in tc.purpose_legitimate_interests:
        found.append("li-for-purpose-1")
    # TCF 2.2 raised the policy version to 4; strings below 4 are invalid since 30 September 2023,
    # i.e. the user was asked under rules that no longer hold.
    if tc.policy_version < 4:
        found.append("policy-version-below-4")
    # Global-scope strings (IsServiceSpecific = 0) were retired in 2021; the bit must be 1 and
    # vendors must treat a string with 0 as invalid.
    if not tc.is_service_specific:
        found.append("not-service-specific")
    # TCF 2.3 made the DisclosedVendors segment mandatory: without it, nobody can tell which vendors
    # the user was shown (and so which refusals are real).
    if tc.vendors_disclosed is None:
        found.append("no-disclosed-vendors")
    # Since December 2021 Created and LastUpdated must both be the day (00:00 UTC) of the last
    # update, so the string does not time-stamp the user's visit; anything finer is an outdated CMP.
    if tc.created != tc.last_updated or tc.last_updated.time() != datetime.min.time():
        found.append("timestamps-not-day-level")
    return tuple(found)


@dataclass(frozen=True)
class AdditionalConsent:
    """Google's Additional Consent: ATP (ad tech provider) ids outside the TCF vendor list."""

    version: int
    consented: tuple[int, ...]
    disclosed: tuple[int, ...]  # version 2 only: shown to the user but not consented


def decode_addtl_consent(text: str, *, deltas: bool = False) -> AdditionalConsent:
    """`1~1.35.41` or `2~1.35~dv.9.21`. Raises TCStringError.

    deltas=True reads each list as the first id, then differences between consecutive ids: that is
    how the cookie reads next to TC strings of CMP ID 10 (InMobi), in captures and in the fixtures;
    read plainly, those numbers are not the ATP ids.
    """
    if not isinstance(text, str):
        raise TCStringError("not-text", type(text).__name__)
    value = _unwrap(text)
    if not value:
        raise TCStringError("empty")
    parts = value.split("~")
    if not re.fullmatch(r"[0-9]+", parts[0]):
        raise TCStringError("bad-format", "no version number before '~'")
    if parts[0] not in ("1", "2"):
        raise TCStringError("unsupported-version", f"additional consent version {parts[0][:6]}")
    if parts[0] == "1" and len(parts) == 2:
        consented, disclosed = parts[1], ""
    elif parts[0] == "2" and len(parts) == 3 and parts[2].startswith("dv."):
        consented, disclosed = parts[1], parts[2][3:]
    else:
        shape = "1~ids" if parts[0] == "1" else "2~ids~dv.ids"
        raise TCStringError("bad-format", f"version {parts[0]} is written {shape!r}")
    return AdditionalConsent(int(parts[0]), _ac_ids(consented, deltas), _ac_ids(disclosed, deltas))


# ---------------------------------------------------------------------------------------- internals

_SEGMENT = re.compile(r"[A-Za-z0-9_-]+")
_ONES = re.compile(r"1+")
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_AC_ID = re.compile(r"[0-9]{1,9}")  # ATP ids are small; the length cap keeps int() cheap and safe


def _iso(moment: datetime) -> str:
    # JavaScript's toISOString(): what the reference decoder prints.
    return f"{moment:%Y-%m-%dT%H:%M:%S}.{moment.microsecond // 1000:03d}Z"


def _unwrap(text: str) -> str:
    """The value without surrounding blanks or RFC 6265 quotes, percent-decoded."""
    value = text.strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':
        value = value[1:-1].strip()
    return unquote(value) if "%" in value else value


def _ac_ids(text: str, deltas: bool) -> tuple[int, ...]:
    if not text:
        return ()
    numbers = []
    for token in text.split("."):
        if not _AC_ID.fullmatch(token) or int(token) == 0:
            raise TCStringError("bad-id", f"{token[:12]!r} is not an ATP id")
        numbers.append(int(token))
    return tuple(itertools.accumulate(numbers)) if deltas else tuple(numbers)


class _Reader:
    """Big-endian fields from one segment's bits. Reading past the end is 'truncated': no zero-fill,
    since encoders pad each segment themselves (the trailing padding is simply never read)."""

    __slots__ = ("bits", "pos", "where")

    def __init__(self, segment: str, where: str):
        # Each character is 6 bits. Zero-bit 'A's make whole bytes for the C base64 decoder; the
        # bits they add are cut off again, so they can never be read as data.
        raw = base64.urlsafe_b64decode(segment + "A" * (-len(segment) % 4))
        self.bits = format(int.from_bytes(raw, "big"), f"0{8 * len(raw)}b")[:6 * len(segment)]
        self.pos = 0
        self.where = where

    def take(self, n: int, field: str) -> str:
        end = self.pos + n
        if end > len(self.bits):
            detail = f"{field} needs bits {self.pos}-{end - 1}, {self.where} has {len(self.bits)}"
            raise TCStringError("truncated", detail)
        chunk, self.pos = self.bits[self.pos:end], end
        return chunk

    def int(self, n: int, field: str) -> int:
        return int(self.take(n, field), 2)

    def flag(self, field: str) -> bool:
        return self.take(1, field) == "1"

    def ids(self, n: int, field: str) -> frozenset[int]:
        return frozenset(i for i, bit in enumerate(self.take(n, field), 1) if bit == "1")

    def vendors(self, n: int, field: str) -> VendorSet:
        return VendorSet.from_bitfield(self.take(n, field))

    def letters(self, field: str) -> str:
        first, second = self.int(6, field), self.int(6, field)
        if first > 25 or second > 25:
            raise TCStringError("bad-letter", f"{field} holds letter codes {first}, {second}; A-Z are 0-25")
        return chr(65 + first) + chr(65 + second)

    def check_end(self, notes: list[str]) -> None:
        # Padding is under 24 bits whatever the encoder; more means bytes nobody accounts for.
        left = len(self.bits) - self.pos
        if left >= 24:
            notes.append(f"{left} unused bits at the end of {self.where}")


def _range_entries(r: _Reader, field: str) -> list[tuple[int, int]]:
    pairs = []
    for _ in range(r.int(12, f"{field} NumEntries")):
        is_range = r.flag(f"{field} IsARange")
        start = r.int(16, f"{field} StartOrOnlyVendorId")
        end = r.int(16, f"{field} EndVendorId") if is_range else start
        if start == 0 or end < start:
            raise TCStringError("bad-range", f"{field} entry {start}-{end}: ids start at 1, ranges ascend")
        pairs.append((start, end))
    return pairs


def _vendor_section(r: _Reader, field: str, notes: list[str]) -> tuple[VendorSet, str]:
    max_id = r.int(16, f"{field} MaxVendorId")
    if not r.flag(f"{field} IsRangeEncoding"):
        return r.vendors(max_id, f"{field} BitField"), "bitfield"
    vendors = VendorSet.of(_range_entries(r, field))
    top = vendors.mask.bit_length() - 1
    if top > max_id:
        # Kept, as the reference decoder keeps them, but the CMP wrote an inconsistent section.
        notes.append(f"{field} range reaches {top}, above its MaxVendorId {max_id}")
    return vendors, "range"


def _restrictions(r: _Reader) -> tuple[PublisherRestriction, ...]:
    groups: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for _ in range(r.int(12, "NumPubRestrictions")):
        purpose, kind = r.int(6, "PurposeId"), r.int(2, "RestrictionType")
        if purpose == 0 or kind == 3:
            detail = f"purpose {purpose}, type {kind}: purposes start at 1, type 3 is undefined"
            raise TCStringError("bad-restriction", detail)
        groups.setdefault((purpose, kind), []).extend(_range_entries(r, f"restriction {purpose}/{kind}"))
    # An entry listing no vendor restricts nobody; one (purpose, type) written twice is one restriction.
    return tuple(PublisherRestriction(purpose, kind, VendorSet.of(pairs))
                 for (purpose, kind), pairs in sorted(groups.items()) if pairs)


def _publisher_tc(r: _Reader) -> PublisherTC:
    consents = r.ids(24, "PubPurposesConsent")
    interests = r.ids(24, "PubPurposesLITransparency")
    count = r.int(6, "NumCustomPurposes")
    return PublisherTC(consents, interests, count, r.ids(count, "CustomPurposesConsent"),
                       r.ids(count, "CustomPurposesLITransparency"))


def _segments(text: str) -> list[str]:
    value = _unwrap(text)
    if not value:
        raise TCStringError("empty")
    # Standard-base64 letters and '=' padding come from CMPs and tools that used the wrong alphabet.
    segments = [s.rstrip("=") for s in value.replace("+", "-").replace("/", "_").split(".")]
    for index, segment in enumerate(segments, 1):
        if not _SEGMENT.fullmatch(segment):
            raise TCStringError("not-base64", f"segment {index} is empty or has characters outside base64url")
    return segments


@functools.lru_cache(maxsize=4096)
def _decode_cached(text: str) -> TCString | TCStringError:
    try:
        return _decode(text)
    except TCStringError as error:
        return error  # cached too: stores hold the same non-TC values over and over


def _decode(text: str) -> TCString:
    segments = _segments(text)
    notes: list[str] = []
    r = _Reader(segments[0], "the core segment")
    version = r.int(6, "Version")
    if version != 2:
        detail = "TCF v1 (retired in 2020)" if version == 1 else f"version {version}"
        raise TCStringError("unsupported-version", detail)
    created = _EPOCH + timedelta(milliseconds=100 * r.int(36, "Created"))
    last_updated = _EPOCH + timedelta(milliseconds=100 * r.int(36, "LastUpdated"))
    cmp_id, cmp_version = r.int(12, "CmpId"), r.int(12, "CmpVersion")
    consent_screen, consent_language = r.int(6, "ConsentScreen"), r.letters("ConsentLanguage")
    vendor_list_version, policy_version = r.int(12, "VendorListVersion"), r.int(6, "TcfPolicyVersion")
    is_service_specific, non_standard = r.flag("IsServiceSpecific"), r.flag("UseNonStandardTexts")
    special_features = r.ids(12, "SpecialFeatureOptIns")
    purpose_consents = r.ids(24, "PurposesConsent")
    purpose_interests = r.ids(24, "PurposesLITransparency")
    purpose_one_treatment, country = r.flag("PurposeOneTreatment"), r.letters("PublisherCC")
    vendor_consents, consents_encoding = _vendor_section(r, "vendor consents", notes)
    vendor_interests, interests_encoding = _vendor_section(r, "vendor legitimate interests", notes)
    restrictions = _restrictions(r)
    r.check_end(notes)

    optional: dict[int, object] = {}
    for index, segment in enumerate(segments[1:], 2):
        r = _Reader(segment, f"segment {index}")
        kind = r.int(3, "SegmentType")
        if kind == 0 or kind in optional:
            raise TCStringError("bad-segment", f"segment {index} repeats segment type {kind}")
        if kind in (1, 2):
            optional[kind] = _vendor_section(r, "disclosed vendors" if kind == 1 else "allowed vendors", notes)[0]
        elif kind == 3:
            optional[kind] = _publisher_tc(r)
        else:
            notes.append(f"unknown segment {kind}")  # a later TCF may add types: not our call to refuse
            continue
        r.check_end(notes)

    return TCString(
        version=version, created=created, last_updated=last_updated, cmp_id=cmp_id, cmp_version=cmp_version,
        consent_screen=consent_screen, consent_language=consent_language,
        vendor_list_version=vendor_list_version, policy_version=policy_version,
        is_service_specific=is_service_specific, use_non_standard_texts=non_standard,
        special_feature_optins=special_features, purpose_consents=purpose_consents,
        purpose_legitimate_interests=purpose_interests, purpose_one_treatment=purpose_one_treatment,
        publisher_country_code=country, vendor_consents=vendor_consents,
        vendor_consents_encoding=consents_encoding, vendor_legitimate_interests=vendor_interests,
        vendor_li_encoding=interests_encoding, publisher_restrictions=restrictions,
        vendors_disclosed=optional.get(1), vendors_allowed=optional.get(2), publisher_tc=optional.get(3),
        notes=tuple(notes),
    )
