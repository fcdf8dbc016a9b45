"""Times the consent values carry (ISO 8601, JavaScript ms, Date.toString()) as µs since 1970 UTC."""
from __future__ import annotations

import re
from datetime import datetime, timezone
from typing import Optional

_MS_MIN, _MS_MAX = 946_684_800_000, 32_503_680_000_000  # 2000-01-01 .. 3000-01-01: anything else is no time


def iso_us(text) -> Optional[int]:
    """'2026-12-01T17:57:49.763Z' -> µs, None when it is not such a time."""
    if not isinstance(text, str) or not 10 <= len(text) <= 40:
        return None
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return _checked(int(moment.timestamp() * 1000) * 1000)


def ms_us(value) -> Optional[int]:
    """JavaScript milliseconds (int or digits) -> µs, None when out of any plausible range."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str) and re.fullmatch(r"[0-9]{1,16}", value):
        value = int(value)
    if not isinstance(value, int) or not _MS_MIN <= value <= _MS_MAX:
        return None
    return value * 1000


_JS_DATE = re.compile(r"[A-Z][a-z]{2} ([A-Z][a-z]{2}) (\d{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT([+-])(\d{2})(\d{2})")
_MONTHS = {m: i for i, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), 1)}


def js_date_us(text) -> Optional[int]:
    """JavaScript's Date.toString() ('Tue Dec 01 2026 18:57:54 GMT+0100 (…)') -> µs, to the second."""
    m = _JS_DATE.match(text or "") if isinstance(text, str) else None
    if not m or m.group(1) not in _MONTHS:
        return None
    mon, day, year, hh, mm, ss, sign, oh, om = m.groups()
    try:
        local = datetime(int(year), _MONTHS[mon], int(day), int(hh), int(mm), int(ss), tzinfo=timezone.utc)
    except ValueError:
        return None
    offset = (int(oh) * 60 + int(om)) * 60 * (1 if sign == "+" else -1)
    return _checked(int(local.timestamp() - offset) * 1_000_000)


def _checked(us: int) -> Optional[int]:
    return us if _MS_MIN * 1000 <= us <= _MS_MAX * 1000 else None
