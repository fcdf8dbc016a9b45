"""Opendatasoft portals' own `cookies_preferences`: `{"necessary":true,"statistics":false,"marketing":false}`."""
from __future__ import annotations

from inspector.domain.consent.mapping import category_of
from inspector.domain.consent.record import (ACCEPTED, OPENDATASOFT, REFUSED, ConsentRecord, Purpose, RawConsent,
                                             categories_from, invalid)
from inspector.domain.consent.values_text import json_object

COOKIES = ("cookies_preferences",)
PRIMARY = "cookies_preferences"


def decode(raw: dict[str, RawConsent], cookies: tuple) -> ConsentRecord:
    main = raw[PRIMARY]
    store_time = main.updated_us or main.created_us
    doc = json_object(main.value)
    keys = [k for k in ("necessary", "statistics", "marketing") if isinstance((doc or {}).get(k), bool)]
    if not keys:
        return invalid(OPENDATASOFT, cookies, "opendatasoft-bad-format", store_time)
    purposes, states = [], {}
    for key in keys:
        state = ACCEPTED if doc[key] else REFUSED
        purposes.append(Purpose(key, state))
        states.setdefault(category_of(OPENDATASOFT, key), []).append(state)
    # The value holds no time: the store's last write of the cookie is when the choice was saved.
    return ConsentRecord(OPENDATASOFT, cookies, decided_at_us=store_time, updated_at_us=store_time,
                         categories=categories_from(states), purposes=tuple(purposes), time_source="store-update")
