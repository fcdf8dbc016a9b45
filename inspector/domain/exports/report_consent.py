"""The reports' "Your consent choices" section: each site's decoded choices and the cookies against them."""
from __future__ import annotations

from html import escape

from inspector.domain import wording
from inspector.domain.codes import CATEGORIES
from inspector.domain.exports.consent_json import finding_json, record_json


def consent_section(result, sites) -> list[dict]:
    """Per site of the report with a recorded choice or a consent finding: records and findings (English words)."""
    from inspector.domain.consent.analysis import analyse

    analysis = analyse(result, sites=set(sites))
    out = []
    for name, site in sorted(analysis.sites.items()):
        findings = []
        for f in site.findings:
            row = finding_json(f)
            row["message"] = wording.consent_finding_text(f)
            findings.append(row)
        out.append({"site": name, "records": [record_json(r) for r in site.records], "findings": findings})
    return out


_STATE_CLASS = {"accepted": "ok", "refused": "no", "not-asked": "na"}


def render_consent_html(sites: list[dict]) -> str:
    """The HTML section; every text a website chose is escaped."""
    parts = ['<section id="consent"><h2>Your consent choices</h2>']
    if not sites:
        parts.append("<p>No site holds a consent choice or a cookie needing one.</p></section>")
        return "\n".join(parts)
    for s in sites:
        parts.append(f"<h3>{escape(s['site'])}</h3><ul>")
        for i, r in enumerate(s["records"]):
            where = f"{r['cookies'][0]['browser']} · {r['cookies'][0]['profile']}" if r["cookies"] else ""
            if not r["readable"]:
                state = escape(wording.english(wording.NOT_READABLE))
            elif r["error"]:
                state = escape(r["error"])
            else:
                state = " ".join(f'<span class="consent-{_STATE_CLASS[r["categories"][c]]}">'
                                 f'{escape(wording.english(wording.CATEGORY_NAMES[c]))}: '
                                 f'{escape(wording.english(wording.CONSENT_STATES[r["categories"][c]]))}</span>'
                                 for c in CATEGORIES)
                vendors = r["vendors"]
                if vendors["accepted"] or vendors["refused"]:
                    state += f" · vendors: {len(vendors['accepted'])} accepted, {len(vendors['refused'])} refused"
            parts.append(f"<li>[{i}] <b>{escape(wording.consent_platform(r['platform']))}</b> · {escape(where)}"
                         f" · {escape(r['decided_at'] or '—')} — {state}</li>")
        parts.append("</ul>")
        if s["findings"]:
            parts.append("<ul class=\"consent-findings\">")
            parts += [f"<li>{escape(f['message'])}</li>" for f in s["findings"]]
            parts.append("</ul>")
    parts.append("</section>")
    return "\n".join(parts)
