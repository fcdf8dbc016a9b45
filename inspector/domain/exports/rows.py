"""The flat, value-free row of one inspected cookie that the CLI, exports and tests share."""
from __future__ import annotations

from inspector.domain.findings.engine import default_engine
from inspector.domain.records import StoreReport, us_to_iso

COLUMNS = (
    "browser", "profile", "container", "store", "site", "host", "name", "path",
    "expires", "created", "secure", "http_only", "same_site", "partition",
    "session", "expired", "status", "provider", "function", "purpose", "category", "policy_site",
    "findings",
)


def _policy_fields(match, lang: str) -> tuple:
    """(status, provider, function, purpose, category, policy_site) of a policy match."""
    rule, site = match.rule, match.site
    if rule is None:
        return match.status, None, None, None, None, site.id if site else None
    return (match.status, rule.provider.name, rule.function.get(lang), rule.purpose.get(lang),
            rule.category.id, site.id if site else None)


def cookie_rows(cookies, now_us: int, lang: str = "en", findings=None):
    """Yield cookie_row() for each inspected cookie; policy text is looked up once per match.

    `findings` is aligned with `cookies` (findings.findings_for); computed here when None.
    The policy columns (provider, function, purpose, category) are the policy's alone:
    what the catalog guesses appears only in `findings`, marked with source "catalog".
    """
    per_match: dict[int, tuple] = {}
    iso = us_to_iso
    engine = default_engine()
    if findings is None:
        cookies = cookies if isinstance(cookies, (list, tuple)) else list(cookies)
        findings = engine.many(cookies, now_us)
    finding_rows = engine.rows
    for (record, site, match), found in zip(cookies, findings):
        fields = per_match.get(id(match))
        if fields is None:
            # The match rides along in the entry so its id cannot be reused while cached.
            fields = per_match[id(match)] = (_policy_fields(match, lang), match)
        status, provider, function, purpose, category, policy_site = fields[0]
        (browser, profile, container, store, host, name, path, expires, created, _access,
         secure, http_only, same_site, partition, session) = record[:15]
        yield {
            "browser": browser,
            "profile": profile,
            "container": container,
            "store": store,
            "site": site,
            "host": host,
            "name": name,
            "path": path,
            "expires": iso(expires),
            "created": iso(created),
            "secure": bool(secure),
            "http_only": bool(http_only),
            "same_site": same_site,
            "partition": partition,
            "session": bool(session),
            "expired": expires is not None and expires <= now_us,
            "status": status,
            "provider": provider,
            "function": function,
            "purpose": purpose,
            "category": category,
            "policy_site": policy_site,
            "findings": finding_rows(found),
        }


def cookie_row(c, now_us: int, lang: str = "en") -> dict:
    """The flat row of one inspected cookie: what `scan --format json` prints for it."""
    return next(cookie_rows((c,), now_us, lang))


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
