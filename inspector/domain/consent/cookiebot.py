"""Cookiebot's `CookieConsent`: a JavaScript object literal (`{stamp:'…',necessary:true,…,utc:…,region:'fr'}`)."""
from __future__ import annotations

import re

from inspector.domain.consent.mapping import category_of
from inspector.domain.consent.record import (ACCEPTED, COOKIEBOT, REFUSED, ConsentRecord, Purpose, RawConsent,
                                             categories_from, invalid)
from inspector.domain.consent.times import ms_us
from inspector.domain.consent.values_text import MAX_VALUE, unwrap

COOKIES = ("CookieConsent",)
PRIMARY = "CookieConsent"
# key:value pairs of the literal; values are true/false, digits or a single-quoted string.
_PAIR = re.compile(r"([A-Za-z_$][A-Za-z0-9_$]*)\s*:\s*('(?:[^'\\]|\\.)*'|true|false|-?[0-9]+)")
_BOOLEANS = ("necessary", "preferences", "statistics", "marketing")


def decode(raw: dict[str, RawConsent], cookies: tuple) -> ConsentRecord:
    main = raw[PRIMARY]
    store_time = main.updated_us or main.created_us
    text = unwrap(main.value)
    if len(text) > MAX_VALUE or not (text.startswith("{") and text.endswith("}")):
        # "-1": Cookiebot's value where consent does not apply (outside the regions it asks in).
        return invalid(COOKIEBOT, cookies, "cookiebot-not-an-object", store_time)
    fields = {k: v for k, v in _PAIR.findall(text)}
    if not any(k in fields for k in _BOOLEANS):
        return invalid(COOKIEBOT, cookies, "cookiebot-no-categories", store_time)
    purposes, states = [], {}
    for key in _BOOLEANS:
        if fields.get(key) in ("true", "false"):
            state = ACCEPTED if fields[key] == "true" else REFUSED
            purposes.append(Purpose(key, state))
            states.setdefault(category_of(COOKIEBOT, key), []).append(state)
    decided = ms_us(fields.get("utc"))
    region = fields.get("region", "").strip("'").split("-")[0].upper() or None
    return ConsentRecord(
        COOKIEBOT, cookies, decided_at_us=decided or store_time, updated_at_us=decided or store_time,
        categories=categories_from(states), purposes=tuple(purposes),
        time_source="value" if decided else "store-update", region=region,
        details=tuple((k, fields[k].strip("'")) for k in ("method", "ver") if k in fields),
    )
