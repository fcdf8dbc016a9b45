"""Axeptio's `axeptio_cookies` (JSON of vendor booleans with `$$date`) and its two vendor lists."""
from __future__ import annotations

from inspector.domain.consent.record import (ACCEPTED, AXEPTIO, REFUSED, ConsentRecord, Purpose, RawConsent,
                                             categories_from, invalid)
from inspector.domain.consent.times import iso_us
from inspector.domain.consent.values_text import json_object, unwrap
from inspector.domain.consent.vendors import by_service

COOKIES = ("axeptio_cookies", "axeptio_authorized_vendors", "axeptio_all_vendors")
PRIMARY = "axeptio_cookies"


def decode(raw: dict[str, RawConsent], cookies: tuple) -> ConsentRecord:
    main = raw.get(PRIMARY)
    first = main or next(iter(raw.values()))
    store_time = first.updated_us or first.created_us
    answers: dict[str, bool] = {}
    decided = None
    if main is not None:
        doc = json_object(main.value)
        if doc is None or not any(k in doc for k in ("$$token", "$$date", "$$completed")):
            return invalid(AXEPTIO, cookies, "axeptio-not-json", store_time)
        answers = {k: v for k, v in doc.items() if not k.startswith("$$") and isinstance(v, bool)}
        decided = iso_us(doc.get("$$date"))
    # The lists (",a,b,") say the same per vendor; they fill in what the JSON leaves out.
    authorized = _names(raw.get("axeptio_authorized_vendors"))
    for name in _names(raw.get("axeptio_all_vendors")):
        answers.setdefault(name, name in authorized)
    for name in authorized:
        answers.setdefault(name, True)
    if main is None and not answers:
        return invalid(AXEPTIO, cookies, "axeptio-no-choice", store_time)
    states: dict[str, list[str]] = {}
    for name, yes in answers.items():
        vendor = by_service(AXEPTIO, name)
        if vendor is not None:
            states.setdefault(vendor.category, []).append(ACCEPTED if yes else REFUSED)
    return ConsentRecord(
        AXEPTIO, cookies, decided_at_us=decided or store_time, updated_at_us=decided or store_time,
        categories=categories_from(states),
        purposes=tuple(Purpose(n, ACCEPTED if y else REFUSED) for n, y in answers.items()),
        vendors_accepted=frozenset(f"axeptio:{n}" for n, y in answers.items() if y),
        vendors_refused=frozenset(f"axeptio:{n}" for n, y in answers.items() if not y),
        time_source="value" if decided else "store-update",
    )


def _names(raw) -> list[str]:
    if raw is None:
        return []
    return [n for n in unwrap(raw.value).split(",") if n.strip()]
