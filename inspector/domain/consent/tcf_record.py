"""`euconsent-v2` (+ Google's `addtl_consent`) as a ConsentRecord: purposes, vendors and the full TC string."""
from __future__ import annotations

from inspector.domain.codes import NECESSARY
from inspector.domain.consent import tcf
from inspector.domain.consent.mapping import category_of
from inspector.domain.consent.record import (ACCEPTED, REFUSED, TCF, ConsentRecord, Purpose, RawConsent,
                                             categories_from, invalid)

COOKIES = ("euconsent-v2", "addtl_consent")
PRIMARY = "euconsent-v2"
# CMPs whose addtl_consent lists the first ATP id, then differences (see tcf.decode_addtl_consent).
_DELTA_CMPS = frozenset({10})


def decode(raw: dict[str, RawConsent], cookies: tuple) -> ConsentRecord:
    main = raw[PRIMARY]
    # Day-level Created/LastUpdated (TCF 2.2) are no time to compare a cookie with: the store's
    # last write of the string is when it was saved (Firefox keeps a rewritten cookie's first
    # creation time, so the update time, not the creation time).
    when = main.updated_us or main.created_us
    try:
        tc = tcf.decode_tc_string(main.value)
    except tcf.TCStringError as error:
        return invalid(TCF, cookies, f"tcf-{error.code}", when)
    purposes = []
    states: dict[str, list[str]] = {}
    for pid in sorted(tcf.PURPOSES):
        state = ACCEPTED if pid in tc.purpose_consents else REFUSED
        purposes.append(Purpose(f"purpose-{pid}", state))
        category = category_of(TCF, str(pid))
        if category:
            states.setdefault(category, []).append(state)
    for fid in sorted(tcf.SPECIAL_FEATURES):
        purposes.append(Purpose(f"special-feature-{fid}", ACCEPTED if fid in tc.special_feature_optins else REFUSED))
    accepted = _keys(tc.vendor_consents)
    # Refused: shown to the user (DisclosedVendors) and not consented. Without that segment
    # nobody can tell who was shown, so only the consents are known.
    refused = frozenset()
    if tc.vendors_disclosed is not None:
        refused = _keys(tcf.VendorSet(tc.vendors_disclosed.mask & ~tc.vendor_consents.mask))
    addtl = None
    if "addtl_consent" in raw:
        try:
            addtl = tcf.decode_addtl_consent(raw["addtl_consent"].value, deltas=tc.cmp_id in _DELTA_CMPS)
        except tcf.TCStringError:
            addtl = None
    categories = categories_from(states)
    if 1 not in tc.purpose_consents:
        # Without purpose 1 no TCF vendor may store anything, whatever else was accepted.
        categories = tuple((c, s if c == NECESSARY else REFUSED) for c, s in categories)
    return ConsentRecord(
        TCF, cookies, decided_at_us=when, updated_at_us=when, categories=categories, purposes=tuple(purposes),
        vendors_accepted=accepted, vendors_refused=refused, violations=tcf.rule_violations(tc),
        time_source="store-update", region=tc.publisher_country_code, tcf=tc, addtl_consent=addtl,
        details=(("cmpId", tc.cmp_id), ("consentLanguage", tc.consent_language)),
    )


def _keys(vendors: tcf.VendorSet) -> frozenset:
    # A string holds hundreds of vendors (thousands with ranges): built by C-level maps, not a loop.
    return frozenset(map("tcf:".__add__, map(str, vendors)))


def to_json(record: ConsentRecord) -> dict:
    """The `tcf` object of the JSON: the IAB's field names, plus the encodings and addtl_consent."""
    tc = record.tcf
    doc = tc.to_json()
    doc["vendorConsentsEncoding"] = tc.vendor_consents_encoding
    doc["vendorLegitimateInterestsEncoding"] = tc.vendor_li_encoding
    doc["segments"] = {"disclosedVendors": tc.vendors_disclosed is not None,
                       "allowedVendors": tc.vendors_allowed is not None, "publisherTC": tc.publisher_tc is not None}
    ac = record.addtl_consent
    doc["addtlConsent"] = None if ac is None else {"version": ac.version, "consented": list(ac.consented),
                                                   "disclosed": list(ac.disclosed)}
    doc["violations"] = list(record.violations)
    return doc
