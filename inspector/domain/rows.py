"""The flat, value-free row of one inspected cookie that the CLI, exports and tests share."""
from __future__ import annotations

import time

from .records import StoreReport

COLUMNS = (
    "browser", "profile", "container", "store", "site", "host", "name", "path",
    "expires", "created", "secure", "http_only", "same_site", "partition",
    "session", "expired", "status", "provider", "function", "purpose", "category", "policy_site",
)


def iso_from_us(us):
    """ISO 8601 UTC at second precision; time.strftime is ~3x faster than datetime here."""
    if us is None:
        return None
    seconds = us // 1_000_000
    try:
        return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(seconds))
    except (OverflowError, OSError, ValueError):
        return "9999-12-31T23:59:59Z" if seconds > 0 else "1970-01-01T00:00:00Z"


def _text(value, lang: str):
    return None if value is None else value.get(lang)


def cookie_row(c, now_us: int, lang: str = "en") -> dict:
    r = c.record
    rule = c.match.rule
    policy_site = c.match.site
    return {
        "browser": r.browser,
        "profile": r.profile,
        "container": r.container,
        "store": r.store,
        "site": c.site,
        "host": r.host,
        "name": r.name,
        "path": r.path,
        "expires": iso_from_us(r.expires_us),
        "created": iso_from_us(r.created_us),
        "secure": bool(r.secure),
        "http_only": bool(r.http_only),
        "same_site": r.same_site,
        "partition": r.partition,
        "session": bool(r.session),
        "expired": r.expires_us is not None and r.expires_us <= now_us,
        "status": c.match.status,
        "provider": rule.provider.name if rule else None,
        "function": _text(rule.function, lang) if rule else None,
        "purpose": _text(rule.purpose, lang) if rule else None,
        "category": rule.category.id if rule else None,
        "policy_site": policy_site.id if policy_site else None,
    }


def store_row(report: StoreReport) -> dict:
    s = report.store
    return {
        "browser": s.browser,
        "profile": s.profile,
        "path": s.path,
        "count": report.count,
        "error": report.error.message if report.error else None,
    }


def error_row(report: StoreReport) -> dict:
    s = report.store
    return {"browser": s.browser, "profile": s.profile, "path": s.path,
            "code": report.error.code, "message": report.error.message}
