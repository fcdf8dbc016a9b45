"""Didomi's `didomi_token`: base64 JSON of enabled/disabled vendors and purposes, with created/updated times."""
from __future__ import annotations

from inspector.domain.consent.mapping import category_of
from inspector.domain.consent.record import (ACCEPTED, DIDOMI, REFUSED, ConsentRecord, Purpose, RawConsent,
                                             categories_from, invalid)
from inspector.domain.consent.times import iso_us
from inspector.domain.consent.values_text import b64_json, string_list

COOKIES = ("didomi_token",)
PRIMARY = "didomi_token"


def decode(raw: dict[str, RawConsent], cookies: tuple) -> ConsentRecord:
    main = raw[PRIMARY]
    doc = b64_json(main.value)
    store_time = main.updated_us or main.created_us
    if doc is None or not any(k in doc for k in ("purposes", "vendors", "user_id")):
        return invalid(DIDOMI, cookies, "didomi-not-a-token", store_time)
    purposes, states = [], {}
    for state, key in ((ACCEPTED, "enabled"), (REFUSED, "disabled")):
        for pid in string_list(_part(doc, "purposes", key)):
            purposes.append(Purpose(pid, state))
            category = category_of(DIDOMI, pid)
            if category:
                states.setdefault(category, []).append(state)
    vendors = {state: frozenset(f"didomi:{v}" for v in string_list(_part(doc, "vendors", key)))
               for state, key in ((ACCEPTED, "enabled"), (REFUSED, "disabled"))}
    # `updated` is when the choice was saved, `created` when the notice was first shown.
    decided = iso_us(doc.get("updated")) or iso_us(doc.get("created"))
    return ConsentRecord(
        DIDOMI, cookies, decided_at_us=decided or store_time, updated_at_us=decided or store_time,
        categories=categories_from(states), purposes=tuple(purposes),
        vendors_accepted=vendors[ACCEPTED], vendors_refused=vendors[REFUSED] - vendors[ACCEPTED],
        time_source="value" if decided else "store-update",
        details=(("created", doc.get("created") if isinstance(doc.get("created"), str) else None),
                 ("version", doc.get("version") if isinstance(doc.get("version"), int) else None)),
    )


def _part(doc: dict, section: str, key: str):
    part = doc.get(section)
    return part.get(key) if isinstance(part, dict) else None
