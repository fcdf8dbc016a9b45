"""Crafted cookies for the findings, report and export tests: records as a store reader would build them."""
from __future__ import annotations

from pathlib import Path

from inspector.domain.policy.loader import load_policy
from inspector.domain.records import CookieRecord, KeySchema, StoreRef, StoreReport
from inspector.domain.scan import ScanResult, inspect

DAY_US = 86_400 * 1_000_000
NOW_US = 1_795_938_600 * 1_000_000  # 2026-11-29T07:50:00Z, when the real stores were written
_SCHEMA = KeySchema("/crafted/Cookies", "db", ("host_key", "name", "path"))

POLICY_YAML = """\
version: 1
name: Crafted policy
categories:
  necessary: {label: Necessary, description: Needed., needs_consent: false}
  statistics: {label: Statistics, description: Audience., needs_consent: true}
providers:
  shop: {name: Shop}
  matomo: {name: Matomo}
sites:
  - id: shop
    name: shop.example
    hosts: ["*.shop.example"]
    cookies:
      - {name: cart, provider: shop, category: necessary, function: Cart, purpose: Keep the cart, lifetime: 7 days}
      - {name: sid, provider: shop, category: necessary, function: Session, purpose: Sign-in, lifetime: session}
      - {name: lang, provider: shop, category: necessary, function: Language, purpose: Language}
      - {name: _ga, provider: shop, category: necessary, function: Analytics, purpose: Audience}
      - {pattern: "_pk_id.*", provider: matomo, category: statistics, function: Visitor ID, purpose: Audience,
         lifetime: 2 years}
"""


def crafted_policy(tmp_path: Path):
    path = tmp_path / "crafted-policy.yaml"
    path.write_text(POLICY_YAML, encoding="utf-8")
    return load_policy(path)


def record(host: str, name: str, expires_days: float | None = None, created_days: float = 0.0, *,
           path: str = "/", browser: str = "chromium", profile: str = "Default", secure: bool = False,
           http_only: bool = False, now_us: int = NOW_US) -> CookieRecord:
    """A cookie created `created_days` before now, expiring `expires_days` after its creation (None: session)."""
    created = now_us - int(created_days * DAY_US)
    expires = None if expires_days is None else created + int(expires_days * DAY_US)
    return CookieRecord(browser, profile, None, _SCHEMA.store, host, name, path, expires, created, created,
                        int(secure), int(http_only), "lax", None, int(expires is None), (host, name, path), _SCHEMA)


def crafted_result(policy, records, now_us: int = NOW_US) -> ScanResult:
    store = StoreRef("chromium", "chromium", "Default", _SCHEMA.store)
    return ScanResult([StoreReport(store, len(records))], inspect(list(records), policy), now_us, policy)
