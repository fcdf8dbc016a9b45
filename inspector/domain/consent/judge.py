"""Whether one cookie's consent was given by one record: the per-platform rules, as states, never words."""
from __future__ import annotations

from typing import NamedTuple, Optional

from inspector.domain.consent.record import ACCEPTED, NOT_ASKED, REFUSED, ConsentRecord
from inspector.domain.consent.vendors import Vendor, didomi_matches


class Answer(NamedTuple):
    """A record's answer for one cookie: the state and what it rests on (`vendor` or `category`, the unit)."""

    state: str
    basis: str  # vendor | category | purpose-1
    unit: str   # the vendor key ("tcf:91") or the category


def answer(record: ConsentRecord, category: Optional[str], vendor: Optional[Vendor]) -> Optional[Answer]:
    """The record's answer for a cookie of `category` from `vendor`; None when the record cannot tell."""
    if not record.decided or record.decided_at_us is None:
        return None
    platform = record.platform
    if platform == "tcf":
        tc = record.tcf
        # Purpose 1 (store and/or access information on a device) gates every TCF vendor.
        if 1 not in tc.purpose_consents:
            return Answer(REFUSED, "purpose-1", "tcf:purpose:1")
        if vendor is not None and vendor.tcf is not None:
            key = f"tcf:{vendor.tcf}"
            if vendor.tcf in tc.vendor_consents:
                return Answer(ACCEPTED, "vendor", key)
            shown = tc.vendors_disclosed is None or vendor.tcf in tc.vendors_disclosed
            return Answer(REFUSED if shown else NOT_ASKED, "vendor", key)
        return _by_category(record, category)
    if vendor is not None and platform in ("didomi", "axeptio", "tarteaucitron"):
        found = _vendor_state(record, vendor)
        if found is not None:
            if platform == "didomi" and found.state == ACCEPTED:
                # Didomi asks per vendor and per purpose: an accepted vendor still needs its purpose.
                by_purpose = _by_category(record, category)
                if by_purpose is not None and by_purpose.state == REFUSED:
                    return by_purpose
            return found
        if platform != "didomi":
            # The service list is the whole choice: a vendor the site never listed was never asked about.
            listed = getattr(vendor, platform)
            return Answer(NOT_ASKED, "vendor", f"{platform}:{listed[0]}") if listed and record.purposes else None
    return _by_category(record, category)


def _by_category(record: ConsentRecord, category: Optional[str]) -> Optional[Answer]:
    if category is None:
        return None
    state = record.category(category)
    if state == NOT_ASKED and record.platform in ("didomi", "axeptio", "tarteaucitron", "tcf"):
        return None  # these formats decide per vendor or purpose: an unmapped category is no answer
    return Answer(state, "category", category)


def _vendor_state(record: ConsentRecord, vendor: Vendor) -> Optional[Answer]:
    platform = record.platform
    prefix = platform + ":"
    for keys, state in ((record.vendors_refused, REFUSED), (record.vendors_accepted, ACCEPTED)):
        for key in keys:
            own = key[len(prefix):]
            if platform == "didomi":
                hit = didomi_matches(vendor, own)
            else:
                hit = own.lower() in {k.lower() for k in getattr(vendor, platform)}
            if hit:
                return Answer(state, "vendor", key)
    return None
