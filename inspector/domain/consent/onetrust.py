"""OneTrust's `OptanonConsent` (a query string, `groups=C0001:1,…`) and `OptanonAlertBoxClosed` (the choice time)."""
from __future__ import annotations

import re
from urllib.parse import parse_qs

from inspector.domain.consent.mapping import category_of
from inspector.domain.consent.record import (ACCEPTED, ONETRUST, REFUSED, ConsentRecord, Purpose, RawConsent,
                                             categories_from, invalid)
from inspector.domain.consent.times import iso_us, js_date_us
from inspector.domain.consent.values_text import MAX_VALUE, unwrap

COOKIES = ("OptanonConsent", "OptanonAlertBoxClosed")
PRIMARY = "OptanonConsent"
_GROUP = re.compile(r"([A-Za-z0-9_-]{1,32}):([01])")


def decode(raw: dict[str, RawConsent], cookies: tuple) -> ConsentRecord:
    main = raw[PRIMARY]
    store_time = main.updated_us or main.created_us
    text = main.value.strip()
    if len(text) > MAX_VALUE or "groups=" not in text:
        return invalid(ONETRUST, cookies, "onetrust-no-groups", store_time)
    # parse_qs percent-decodes and reads '+' as a space, as OneTrust's encodeURIComponent form needs.
    fields = {k: v[0] for k, v in parse_qs(text, keep_blank_values=True).items()}
    groups = [(g, ACCEPTED if s == "1" else REFUSED) for g, s in _GROUP.findall(fields.get("groups", ""))]
    if not groups:
        return invalid(ONETRUST, cookies, "onetrust-no-groups", store_time)
    states: dict[str, list[str]] = {}
    for gid, state in groups:
        category = category_of(ONETRUST, gid)
        if category:
            states.setdefault(category, []).append(state)
    closed = iso_us(unwrap(raw["OptanonAlertBoxClosed"].value)) if "OptanonAlertBoxClosed" in raw else None
    stamped = js_date_us(fields.get("datestamp"))
    # Without OptanonAlertBoxClosed the banner was never answered: OneTrust writes its defaults
    # (interactionCount=0) on the landing page already, and that is no choice.
    answered = closed is not None or fields.get("interactionCount", "0") not in ("", "0")
    if not answered:
        return ConsentRecord(ONETRUST, cookies, decided_at_us=None, updated_at_us=stamped or store_time,
                             purposes=tuple(Purpose(g, s) for g, s in groups), time_source="none",
                             details=(("interactionCount", fields.get("interactionCount")),))
    decided = closed or stamped
    return ConsentRecord(
        ONETRUST, cookies, decided_at_us=decided or store_time, updated_at_us=stamped or decided or store_time,
        categories=categories_from(states), purposes=tuple(Purpose(g, s) for g, s in groups),
        time_source="value" if decided else "store-update",
        region=(fields.get("geolocation") or "").split(";")[0].upper() or None,
        details=tuple((k, fields.get(k)) for k in ("interactionCount", "intType", "version", "isGpcEnabled")
                      if k in fields),
    )
