"""The consent section of every JSON output: `{"sites": [{"site", "records", "findings"}], "errors": [...]}`."""
from __future__ import annotations

from inspector.domain.codes import CATEGORIES
from inspector.domain.consent import tcf_record
from inspector.domain.records import us_to_iso


def cookie_ref(record) -> dict:
    return {"browser": record.browser, "profile": record.profile, "host": record.host, "name": record.name,
            "path": record.path}


def _iso_ms(us) -> str | None:
    # Consent times are kept to the millisecond (the values carry ms), unlike the cookie rows' seconds.
    if us is None:
        return None
    base = us_to_iso(us)
    return f"{base[:-1]}.{us // 1000 % 1000:03d}Z"


def record_json(record) -> dict:
    doc = {
        "platform": record.platform,
        "cookies": [cookie_ref(r) for r in record.cookies],
        "decided_at": _iso_ms(record.decided_at_us),
        "updated_at": _iso_ms(record.updated_at_us),
        "time_source": record.time_source,
        "categories": {c: record.category(c) for c in CATEGORIES},
        "purposes": [{"id": p.id, "state": p.state} for p in record.purposes],
        "vendors": {"accepted": sorted(record.vendors_accepted, key=_vendor_order),
                    "refused": sorted(record.vendors_refused, key=_vendor_order)},
        "readable": record.readable,
        "error": record.error,
        "violations": list(record.violations),
        "region": record.region,
    }
    if record.tcf is not None:
        doc["tcf"] = tcf_record.to_json(record)
    return doc


def _vendor_order(key: str):
    platform, _, own = key.partition(":")
    return (platform, int(own) if own.isdigit() else 1 << 62, own)


def finding_json(finding) -> dict:
    doc = {
        "code": finding.code,
        "cookie": cookie_ref(finding.cookie) if finding.cookie is not None else None,
        "category": {"id": finding.category, "source": finding.source} if finding.category else None,
        "record": finding.record,
        "when": finding.when,
    }
    params = {k: (list(v) if isinstance(v, tuple) else v) for k, v in finding.params.items()}
    if params:
        doc["params"] = params
    return doc


def site_json(site) -> dict:
    return {"site": site.site, "records": [record_json(r) for r in site.records],
            "findings": [finding_json(f) for f in site.findings]}


def consent_json(analysis, errors=()) -> dict:
    return {"sites": [site_json(s) for _, s in sorted(analysis.sites.items())], "errors": list(errors)}
