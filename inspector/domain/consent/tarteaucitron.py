"""tarteaucitron.js's `tarteaucitron` cookie: `!service=true!other=false` (no time: the store's last write is it)."""
from __future__ import annotations

import re

from inspector.domain.consent.record import (ACCEPTED, NOT_ASKED, REFUSED, TARTEAUCITRON, ConsentRecord, Purpose,
                                             RawConsent, categories_from, invalid)
from inspector.domain.consent.values_text import MAX_VALUE, unwrap
from inspector.domain.consent.vendors import by_service

COOKIES = ("tarteaucitron",)
PRIMARY = "tarteaucitron"
_ENTRY = re.compile(r"([A-Za-z0-9_.-]{1,64})=(true|false|wait)")
_STATE = {"true": ACCEPTED, "false": REFUSED, "wait": NOT_ASKED}


def decode(raw: dict[str, RawConsent], cookies: tuple) -> ConsentRecord:
    main = raw[PRIMARY]
    store_time = main.updated_us or main.created_us
    text = unwrap(main.value)
    entries = [e for e in text.split("!") if e]
    if len(text) > MAX_VALUE or not text.startswith("!") or not entries or \
            not all(_ENTRY.fullmatch(e) for e in entries):
        return invalid(TARTEAUCITRON, cookies, "tarteaucitron-bad-format", store_time)
    answers = {}
    for entry in entries:
        name, value = entry.split("=")
        answers[name] = _STATE[value]  # an answered service is appended again: the last one counts
    states: dict[str, list[str]] = {}
    for name, state in answers.items():
        vendor = by_service(TARTEAUCITRON, name)
        if vendor is not None and state != NOT_ASKED:
            states.setdefault(vendor.category, []).append(state)
    return ConsentRecord(
        TARTEAUCITRON, cookies, decided_at_us=store_time, updated_at_us=store_time,
        categories=categories_from(states), purposes=tuple(Purpose(n, s) for n, s in answers.items()),
        vendors_accepted=frozenset(f"tarteaucitron:{n}" for n, s in answers.items() if s == ACCEPTED),
        vendors_refused=frozenset(f"tarteaucitron:{n}" for n, s in answers.items() if s == REFUSED),
        time_source="store-update",
    )
