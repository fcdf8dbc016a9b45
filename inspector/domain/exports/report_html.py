"""The HTML consent report: one self-contained file (no script, no external resource) that prints well."""
from __future__ import annotations

from html import escape

from inspector.domain import wording
from inspector.domain.exports.report_consent import render_consent_html
from inspector.domain.codes import CATALOG, CHECK_13_MONTHS, OCD, category_colour
from inspector.domain.exports import report_words as RW
from inspector.domain.findings import engine as F

# Bars take the window's category colours (codes.category_colour). Catalog bars are hatched,
# so a guess reads differently from a declaration even on a black-and-white printout.

_CSS = """
:root { color-scheme: light; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1d1f;
       margin: 2rem auto; max-width: 72rem; padding: 0 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .25rem; border-bottom: 2px solid #ddd; padding-bottom: .2rem; }
h3 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
.meta { color: #555; margin: 0 0 1rem; }
.summary-line { font-weight: 600; margin: .2rem 0 .6rem; }
.cards { display: flex; flex-wrap: wrap; gap: .75rem; margin: 1rem 0; }
.card { border: 1px solid #ccc; border-radius: 6px; padding: .5rem .8rem; min-width: 8rem; }
.card b { display: block; font-size: 1.4rem; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: 12.5px; }
th, td { border: 1px solid #d6d6d6; padding: .25rem .4rem; text-align: left; vertical-align: top; }
th { background: #f2f2f2; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
.consent-ok { color: #1e8e3e; } .consent-no { color: #c5221f; font-weight: 600; } .consent-na { color: #777; }
.src { font-size: 11px; border-radius: 3px; padding: 0 .3rem; border: 1px solid #999; white-space: nowrap; }
.src-policy { background: #e6f0fa; }
.src-catalog, .src-ocd { background: repeating-linear-gradient(45deg, #fff, #fff 3px, #eee 3px, #eee 6px); }
.src-ocd { border-style: dashed; }
.finding { margin: 0 0 .2rem; }
.code { font-family: ui-monospace, monospace; font-size: 11.5px; font-weight: 600; }
.warning .code { color: #a33; }
.info .code { color: #555; }
.none { color: #777; }
.name { font-family: ui-monospace, monospace; word-break: break-all; }
.chart text { font-size: 12px; fill: #1d1d1f; }
footer { color: #666; font-size: 12px; margin-top: 2rem; }
@page { margin: 14mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 11px; }
  h2 { break-before: auto; break-after: avoid; }
  section.site { break-inside: auto; }
  a { color: inherit; text-decoration: none; }
}
"""

def render_html(report) -> str:
    """The page, worded in the report's language (report.say) through the one catalogue."""
    say = getattr(report, "say", wording.english)
    lang = getattr(report, "lang", "en") or "en"
    t = report.totals
    generated = escape(report.generated)
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(lang)}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(say(RW.TITLE).format(generated=report.generated))}</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<header><h1>{escape(say(RW.HEADING))}</h1>",
        f'<p class="meta">{escape(say(RW.META)).format(generated=generated, policy=escape(report.policy_name or say(RW.NO_POLICY_NAME)), path=_path(report.policy_path))}</p></header>',
        f'<section id="summary"><h2>{escape(say(RW.SUMMARY))}</h2>',
        '<div class="cards">',
        _counted_card(say, RW.CARD_SITES, t.get("sites", 0)),
        _counted_card(say, RW.CARD_WITH_POLICY, t.get("sites_with_policy", 0)),
        _counted_card(say, RW.CARD_DECLARED, t.get("declared", 0)),
        _counted_card(say, RW.CARD_SEEN, t.get("seen", 0)),
    ]
    for code in F.KINDS:
        parts.append(_card(t.get("findings", {}).get(code, 0), wording.kind_name(code, say)))
    parts.append(_card(t.get("beyond_13_months", 0), wording.check_name(CHECK_13_MONTHS, say)))
    parts.append("</div>")
    parts.append(f"<h3>{escape(say(RW.SITES))}</h3><ul>")
    parts += [f'<li><a href="#site-{i}">{escape(wording.site_summary(s.summary, say))}</a></li>'
              for i, s in enumerate(report.sites)]
    parts.append("</ul>")
    parts.append(f"<h3>{escape(say(RW.BY_CATEGORY))}</h3>")
    parts.append(category_chart(report.categories, say, lang))
    parts.append("</section>")
    parts.append(render_consent_html(getattr(report, "consent", [])))
    parts += [_site(i, s, say) for i, s in enumerate(report.sites)]
    parts.append(_stores(report.stores, say))
    badges = {code: f'<span class="src src-{code}">{escape(wording.report_badge(code, say))}</span>'
              for code in ("policy", CATALOG, OCD)}
    footer = escape(say(RW.FOOTER)).format(policy=badges["policy"], catalog=badges[CATALOG], ocd=badges[OCD])
    if getattr(report, "attribution", ""):
        footer += " " + escape(say(RW.ATTRIBUTION).format(attribution=report.attribution))
    parts.append(f"<footer>{footer}</footer>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _path(path: str) -> str:
    return f" ({escape(path)})" if path else ""


def _card(value, label: str) -> str:
    return f'<div class="card"><b>{escape(str(value))}</b>{escape(label)}</div>'


def _counted_card(say, phrase, count: int) -> str:
    """A card from a %n phrase: its number large, the words after it (a language may put it anywhere)."""
    text = say(phrase, count)
    before, found, after = text.partition(str(count))
    if not found:
        return _card(count, text)
    return f'<div class="card">{escape(before)}<b>{count}</b>{escape(after.strip())}</div>'


def _category_word(category, say) -> str:
    return wording.category_name(category, say) if category in wording.CATEGORY_NAMES else say(RW.UNKNOWN_CATEGORY)


def category_chart(categories: list[dict], say=wording.english, lang: str = "en") -> str:
    """A horizontal bar chart in inline SVG: distinct cookies per banner category and source."""
    if not categories:
        return f'<p class="none">{escape(say(RW.NO_COOKIES))}</p>'
    bar_h, gap, label_w, width = 18, 6, 260, 660
    biggest = max(c["cookies"] for c in categories)
    height = len(categories) * (bar_h + gap) + gap
    out = [f'<svg class="chart" role="img" aria-label="{escape(say(RW.BY_CATEGORY))}" width="{width}" '
           f'height="{height}" viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">',
           '<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" '
           'patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/>'
           '<rect width="3" height="6" fill="#777"/></pattern></defs>']
    for row, c in enumerate(categories):
        y = gap + row * (bar_h + gap)
        length = max(2, round((width - label_w - 60) * c["cookies"] / biggest))
        source = wording.source_name(c["source"], say) or say(RW.NO_SOURCE)
        label = say(RW.BAR_LABEL).format(category=_category_word(c["category"], say), source=source)
        fill = category_colour(c["category"])
        out.append(f'<text x="{label_w - 8}" y="{y + bar_h - 5}" text-anchor="end">{escape(label)}</text>')
        out.append(f'<rect x="{label_w}" y="{y}" width="{length}" height="{bar_h}" fill="{fill}"/>')
        if c["source"] in (CATALOG, OCD):
            out.append(f'<rect x="{label_w}" y="{y}" width="{length}" height="{bar_h}" fill="url(#hatch)" '
                       'fill-opacity="0.45"/>')
        out.append(f'<text x="{label_w + length + 6}" y="{y + bar_h - 5}">{c["cookies"]}</text>')
    out.append("</svg>")
    return "".join(out)


def _head(say, *phrases) -> str:
    return "<thead><tr>" + "".join(f"<th>{escape(say(p))}</th>" for p in phrases) + "</tr></thead>"


def _category_cell(category, label, say) -> str:
    """The banner category, with the policy's own word beside it when it differs."""
    shown = _category_word(category, say)
    if label and label.casefold() != shown.casefold():
        shown += " (" + say(RW.POLICY_SAYS).format(label=label) + ")"
    return escape(shown)


def _site(index: int, s, say=wording.english) -> str:
    summary = s.summary
    out = [f'<section class="site" id="site-{index}"><h2>{escape(s.site)}</h2>',
           f'<p class="summary-line">{escape(wording.site_summary(summary, say))}</p>']
    for p in summary.policy_sites:
        link = f' — <a href="{escape(p.source_url)}">{escape(p.source_url)}</a>' if p.source_url else ""
        out.append(f"<p>{escape(say(RW.POLICY_LINE)).format(name=escape(p.name), link=link)}</p>")
    if s.declared:
        out.append(f"<h3>{escape(say(RW.DECLARES))}</h3><table>"
                   + _head(say, RW.COOKIE, RW.PROVIDER, RW.CATEGORY, RW.PURPOSE, RW.LIFETIME, RW.IN_BROWSERS)
                   + "<tbody>")
        for d in s.declared:
            where = (escape(", ".join(d["seen_in"])) if d["seen_in"]
                     else f'<span class="none">{escape(say(RW.NOT_SEEN))}</span>')
            if d["absent_from"]:
                where += "<br>" + escape(say(RW.ABSENT_FROM).format(profiles=", ".join(d["absent_from"])))
            out.append(f'<tr><td class="name">{escape(d["name"])}</td><td>{escape(d["provider"])}</td>'
                       f'<td>{_category_cell(d["category"], d.get("category_label"), say)}</td>'
                       f'<td>{escape(d["purpose"])}</td>'
                       f'<td>{escape(d["lifetime"] or say(RW.NOT_STATED))}</td><td>{where}</td></tr>')
        out.append("</tbody></table>")
    elif not summary.has_policy:
        out.append(f'<p class="none">{escape(say(RW.NO_POLICY))}</p>')
    out.append(f"<h3>{escape(say(RW.HOLD))}</h3><table>"
               + _head(say, RW.COOKIE, RW.HOST_PATH, RW.BROWSER_PROFILE, RW.EXPIRES, RW.CATEGORY,
                       RW.PROVIDER_PURPOSE, RW.FINDINGS) + "<tbody>")
    for row in s.cookies:
        out.append(_cookie_row(row, say))
    out.append("</tbody></table></section>")
    return "\n".join(out)


def _cookie_row(row: dict, say=wording.english) -> str:
    about = row["about"]
    if about:
        badge = (f'<span class="src src-{escape(about["source"])}">'
                 f'{escape(wording.report_badge(about["source"], say))}</span>')
        category = f'{_category_cell(about["category"], about.get("category_label"), say)} {badge}'
        provider = f'{escape(about["provider"])} — {escape(about["purpose"])}'
    else:
        category = f'<span class="none">{escape(say(RW.UNKNOWN_CATEGORY))}</span>'
        provider = '<span class="none">—</span>'
    if row["session"]:
        expires = escape(say(RW.SESSION))
    else:
        expires = escape(row["expires"] or "")
        if row["expired"]:
            expires = escape(say(RW.EXPIRED).format(when=row["expires"] or ""))
    where = f'{row["browser"]} · {row["profile"]}' + (f' · {row["container"]}' if row["container"] else "")
    findings = "".join(
        f'<p class="finding {F.SEVERITY[f["code"]]}"><span class="code">{escape(f["code"])}</span> '
        f'{escape(f["message"])}</p>' for f in row["findings"]) or '<span class="none">—</span>'
    return (f'<tr><td class="name">{escape(row["name"])}</td><td>{escape(row["host"])} · {escape(row["path"])}</td>'
            f"<td>{escape(where)}</td><td>{expires}</td><td>{category}</td><td>{provider}</td>"
            f"<td>{findings}</td></tr>")


def _stores(stores: list[dict], say=wording.english) -> str:
    out = [f'<section id="stores"><h2>{escape(say(RW.STORES))}</h2><table>'
           + _head(say, RW.BROWSER, RW.PROFILE, RW.PATH, RW.COOKIES, RW.ERROR) + "<tbody>"]
    for s in stores:
        out.append(f'<tr><td>{escape(s["browser"])}</td><td>{escape(s["profile"])}</td>'
                   f'<td class="name">{escape(s["path"])}</td><td>{s["count"]}</td>'
                   f'<td>{escape(s["error"] or "")}</td></tr>')
    out.append("</tbody></table></section>")
    return "\n".join(out)
