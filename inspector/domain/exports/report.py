"""Consent reports: per site, what the policy declares, what the browsers hold, and the findings."""
from __future__ import annotations

import csv
import json
import os
from dataclasses import dataclass, field
from typing import Iterable, TextIO

from inspector.domain import wording
from inspector.domain.categories import primary_of_policy_category
from inspector.domain.descriptions import OCD, Describer, Description
from inspector.domain.exports.csv_cells import safe_row
from inspector.domain.findings import engine as F
from inspector.domain.records import us_to_iso
from inspector.domain.exports.report_consent import consent_section
from inspector.domain.exports.report_html import render_html
from inspector.domain.exports.rows import FindingRows, store_row
from inspector.domain.scan import site_filter
from inspector.domain.translations import say_in

FORMATS = ("html", "csv", "json")
_EXTENSIONS = {".html": "html", ".htm": "html", ".csv": "csv", ".json": "json"}
UNKNOWN_CATEGORY = "unknown"


@dataclass
class SiteReport:
    site: str
    summary: F.SiteSummary
    declared: list[dict]  # one per rule of the covering policies, with where it was seen
    cookies: list[dict]  # one per cookie in a browser: value-free row, `about`, `findings`


@dataclass
class Report:
    generated: str  # ISO 8601 UTC
    policy_name: str
    policy_path: str
    stores: list[dict]
    sites: list[SiteReport]
    totals: dict = field(default_factory=dict)
    categories: list[dict] = field(default_factory=list)  # the chart: category, source, cookies
    attribution: str = ""  # the Open Cookie Database's credit, when one of its answers appears
    consent: list[dict] = field(default_factory=list)  # "Your consent choices" (exports/report_consent.py)
    say: object = field(default=wording.english, repr=False, compare=False)  # the catalogue's language
    lang: str = "en"  # the language of the policy's texts and of the report's words


def format_for_path(path: str | os.PathLike) -> str | None:
    """The format a file name asks for by its extension, in any case (`.html`/`.htm`, `.csv`, `.json`); else None."""
    return _EXTENSIONS.get(os.path.splitext(os.fspath(path))[1].lower())


def build_report(result, indexes: Iterable[int] | None = None, site: str | None = None,
                 per_cookie: list[tuple] | None = None, engine: F.FindingsEngine | None = None,
                 lang: str = "en", say=None) -> Report:
    """The report of a scan, over all its cookies, the given indexes, or those `--site TEXT` keeps.

    `lang` picks the policy's texts (with fallback) and, unless `say` is given, the catalogue's language.
    """
    if say is None:
        say = say_in(lang)
    cookies = result.cookies
    if per_cookie is None:
        per_cookie = F.scan_findings(result, engine)
    if site:
        keep = site_filter(site)
        chosen = [i for i in (range(len(cookies)) if indexes is None else indexes) if keep(cookies[i])]
    else:
        chosen = list(range(len(cookies))) if indexes is None else list(indexes)
    summaries = F.site_summaries(result, per_cookie, chosen)
    members: dict[str, list[int]] = {}
    for i in chosen:
        members.setdefault(cookies[i].site, []).append(i)
    # The one Describer the scan rows use too: every output gives a cookie the same description
    # and names the same source (policy > catalog > Open Cookie Database).
    describer = Describer((engine or F.default_engine()).catalog, lang=lang)
    finding_rows = FindingRows(say)
    sites = []
    for name, summary in summaries.items():
        rows = [_cookie_entry(cookies[i], finding_rows(per_cookie[i]), result.now_us, describer)
                for i in members[name]]
        rows.sort(key=lambda r: (r["host"], r["name"], r["path"], r["browser"], r["profile"]))
        sites.append(SiteReport(name, summary, _declared(summary, rows, lang), rows))
    policy = result.policy
    report = Report(
        generated=us_to_iso(result.now_us),
        policy_name=getattr(policy, "name", "") or "",
        policy_path=getattr(policy, "path", "") or "",
        stores=[store_row(r) for r in result.reports],
        sites=sites,
        say=say,
        lang=lang,
    )
    report.totals = _totals(sites)
    report.categories = _categories(sites)
    report.attribution = describer.attribution if any(c["source"] == OCD for c in report.categories) else ""
    report.consent = consent_section(result, members)
    return report


def _cookie_entry(cookie, finding_rows: tuple, now_us: int, describer: Describer) -> dict:
    r = cookie.record
    about = describer.describe(cookie)
    return {
        "browser": r.browser, "profile": r.profile, "container": r.container,
        "host": r.host, "name": r.name, "path": r.path,
        "expires": us_to_iso(r.expires_us), "created": us_to_iso(r.created_us),
        "session": bool(r.session), "expired": r.is_expired(now_us),
        "secure": bool(r.secure), "http_only": bool(r.http_only), "same_site": r.same_site,
        "partition": r.partition,
        "status": cookie.match.status,
        "policy_site": cookie.match.site.id if cookie.match.site else None,
        "declared_as": cookie.match.rule.name if cookie.match.rule else None,
        # As in `scan --format json` (exports/rows.py); `about` holds the rest of the description.
        "provider": about.provider if about else None, "function": about.function if about else None,
        "purpose": about.purpose if about else None, "category": about.category if about else None,
        "source": about.source if about else None,
        "about": _about(about),
        "findings": [dict(row) for row in finding_rows],
    }


def _about(about: Description | None) -> dict | None:
    if about is None:
        return None
    return {"source": about.source, "provider": about.provider, "category": about.category,
            "category_label": about.source_label if about.source == F.POLICY else None,
            "function": about.function, "purpose": about.purpose, "lifetime": about.lifetime, "url": about.link,
            "guess": about.is_guess}


def _declared(summary: F.SiteSummary, rows: list[dict], lang: str = "en") -> list[dict]:
    absent = {(a.policy_site.id, a.rule.name): a.profiles for a in summary.absent}
    seen_in: dict[tuple, set] = {}
    for row in rows:
        if row["declared_as"] is not None:
            where = f"{row['browser']} · {row['profile']}"
            seen_in.setdefault((row["policy_site"], row["declared_as"]), set()).add(where)
    out = []
    for psite in summary.policy_sites:
        for rule in psite.rules:
            key = (psite.id, rule.name)
            out.append({
                "policy_site": psite.id, "policy_name": psite.name, "source_url": psite.source_url,
                "name": rule.name, "pattern": rule.is_pattern, "provider": rule.provider.name,
                "category": primary_of_policy_category(rule.category), "declared_category": rule.category.id,
                "category_label": rule.category.label.get(lang), "function": rule.function.get(lang),
                "purpose": rule.purpose.get(lang), "lifetime": rule.lifetime_text,
                "seen_in": sorted(seen_in.get(key, ())), "absent_from": list(absent.get(key, ())),
            })
    return out


def _totals(sites: list[SiteReport]) -> dict:
    totals = {"sites": len(sites), "sites_with_policy": sum(1 for s in sites if s.summary.has_policy),
              "declared": sum(s.summary.declared for s in sites), "seen": sum(s.summary.seen for s in sites),
              "cookies": sum(len(s.cookies) for s in sites)}
    kinds = {code: sum(s.summary.counts.get(code, 0) for s in sites) for code in F.KINDS}
    kinds[F.DECLARED_ABSENT] = sum(len(s.summary.absent) for s in sites)
    totals["findings"] = kinds
    totals["beyond_13_months"] = sum(s.summary.beyond_13_months for s in sites)
    totals["over_declared_lifetime"] = sum(s.summary.over_declared_lifetime for s in sites)
    return totals


def _categories(sites: list[SiteReport]) -> list[dict]:
    """Distinct cookies per (category, source), largest first: the data of the breakdown chart."""
    seen: dict[tuple, set] = {}
    for s in sites:
        for row in s.cookies:
            about = row["about"]
            key = (about["category"], about["source"]) if about else (UNKNOWN_CATEGORY, None)
            seen.setdefault(key, set()).add((row["host"], row["name"], row["path"]))
    out = [{"category": c, "source": src, "cookies": len(ids)} for (c, src), ids in seen.items()]
    out.sort(key=lambda d: (-d["cookies"], d["category"], d["source"] or ""))
    return out


# --- writers -----------------------------------------------------------------------------


def report_dict(report: Report) -> dict:
    return {
        "generated": report.generated,
        "policy": {"name": report.policy_name, "path": report.policy_path},
        "stores": report.stores,
        "totals": report.totals,
        "categories": report.categories,
        "attribution": report.attribution or None,
        "consent": report.consent,
        "sites": [{
            "site": s.site,
            "summary": wording.site_summary(s.summary, report.say),
            "policy_sites": [{"id": p.id, "name": p.name, "source_url": p.source_url}
                             for p in s.summary.policy_sites],
            "counts": {"declared": s.summary.declared, "seen": s.summary.seen, **s.summary.counts,
                       "beyond_13_months": s.summary.beyond_13_months,
                       "over_declared_lifetime": s.summary.over_declared_lifetime,
                       F.DECLARED_ABSENT: len(s.summary.absent)},
            "declared": s.declared,
            "absent": [{"policy_site": a.policy_site.id, "name": a.rule.name, "profiles": list(a.profiles),
                        "message": wording.finding(a.finding, report.say)} for a in s.summary.absent],
            "cookies": s.cookies,
        } for s in report.sites],
    }


def write_json(report: Report, out: TextIO) -> None:
    doc = report_dict(report)
    text = json.dumps(doc, ensure_ascii=False, indent=1)
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate (a Latin-1 folder name): ASCII escapes instead
            text = json.dumps(doc, indent=1)
    out.write(text + "\n")


CSV_COLUMNS = (
    "site", "kind", "browser", "profile", "host", "name", "path", "expires", "session", "status",
    "category", "category_source", "provider", "function", "purpose", "source", "findings", "explanations",
)


def write_csv(report: Report, out: TextIO) -> None:
    """One row per cookie in a browser, then one per declared cookie absent from a profile.
    Cells go through csv_cells.safe_row: a website's cookie name is never run as a formula."""
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n", quoting=csv.QUOTE_ALL)  # OWASP
    writer.writeheader()
    for s in report.sites:
        for row in s.cookies:
            about = row["about"] or {}
            writer.writerow(safe_row({
                "site": s.site, "kind": "cookie", "browser": row["browser"], "profile": row["profile"],
                "host": row["host"], "name": row["name"], "path": row["path"], "expires": row["expires"],
                "session": row["session"], "status": row["status"],
                "category": about.get("category", UNKNOWN_CATEGORY), "category_source": about.get("source", ""),
                "provider": about.get("provider", ""), "function": about.get("function") or "",
                "purpose": about.get("purpose", ""), "source": about.get("source", ""),
                "findings": " ".join(dict.fromkeys(f["code"] for f in row["findings"])),
                "explanations": " | ".join(f["message"] for f in row["findings"]),
            }))
        for a in s.summary.absent:
            finding = a.finding
            writer.writerow(safe_row({
                "site": s.site, "kind": F.DECLARED_ABSENT, "profile": "; ".join(a.profiles),
                "name": a.rule.name, "status": "declared", "category": primary_of_policy_category(a.rule.category),
                "category_source": F.POLICY, "provider": a.rule.provider.name, "purpose": a.rule.purpose.get(report.lang),
                "function": a.rule.function.get(report.lang) or "", "source": F.POLICY,
                "findings": finding.code, "explanations": wording.finding(finding, report.say),
            }))


def write_report(report: Report, fmt: str, out: TextIO) -> None:
    if fmt == "json":
        write_json(report, out)
    elif fmt == "csv":
        write_csv(report, out)
    elif fmt == "html":
        out.write(render_html(report))
    else:
        raise ValueError(f"unknown report format '{fmt}' (known: {', '.join(FORMATS)})")
