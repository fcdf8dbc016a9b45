"""Turn a published cookie-policy page (saved HTML, or copied text with tab-separated rows) into policy YAML."""
from __future__ import annotations

import json
import re
from datetime import datetime, timezone
from dataclasses import dataclass, field
from pathlib import Path

from inspector.domain.policy.model import PolicyError, PolicyOrigin, own_name
from inspector.domain.policy.loader import check_cookie_name, parse_host, parse_lifetime, parse_policy
from inspector.domain import codes as C
from inspector.domain import wording
from inspector.domain.escapes import escape
from inspector.domain.policy.page_reader import Table, clean, field_of, fold, read_html, read_text
from inspector.domain.sites import is_ip, site_of

REVIEW = "to-review"

# Category id -> (label en, label fr, description (ours), needs consent, heading keywords).
# Keywords are compared without accents and in lower case; the first category whose
# keyword a heading contains wins, so "necessary ... /functionality cookies" is necessary.
CATEGORIES = {
    "necessary": ("Necessary", "Nécessaires",
                  "Needed for the site to work; they do not require consent.", False,
                  ("strictly necessary", "necessary", "necessaire", "essential", "essentiel", "indispensable",
                   "strictement", "required", "technical", "technique", "fonctionnement")),
    "preferences": ("Preferences", "Préférences",
                    "Remember choices that change how the site looks or behaves.", True,
                    ("preference", "functionality", "functional", "fonctionnalite", "fonctionnel",
                     "personnalisation", "personalisation", "personalization")),
    "statistics": ("Statistics", "Mesure d’audience",
                   "Measure the audience and how visitors use the site.", True,
                   ("statistic", "statistique", "mesure d'audience", "audience", "analytics", "analytique",
                    "analyse", "performance")),
    "marketing": ("Marketing", "Marketing",
                  "Follow visitors across sites for advertising and profiling.", True,
                  ("advertising", "advertisement", "publicite", "publicitaire", "marketing", "targeting",
                   "ciblage", "remarketing", "retargeting", "social media", "reseaux sociaux")),
    "third-party": ("Third-party", "Tiers",
                    "Set by (or for) another site than the one visited.", True,
                    ("third-party", "third party", "tiers", "tierce")),
    REVIEW: ("To review", "À vérifier",
             "The importer could not tell the category from the page's heading: pick one.", True, ()),
}

# The seed page's layout, used for a 4-column table without a recognisable header row.
_DEFAULT_LAYOUT = ("provider", "function", "names", "purpose")

_FR_UNITS = {"seconde": "second", "sec": "second", "minute": "minute", "min": "minute", "heure": "hour",
             "h": "hour", "jour": "day", "j": "day", "semaine": "week", "mois": "month", "an": "year",
             "annee": "year", "ans": "year", "hrs": "hour", "hr": "hour", "days": "day", "yr": "year"}
_SESSION = ("session", "fin de session", "end of session", "browser session", "navigation")


# What a saved policy says of a field its page leaves out: the phrase's English (the window words it).
NOT_STATED = wording.NOT_STATED_FIELD.text


@dataclass
class ImportedCookie:
    """One cookie name (or pattern) read from the page, with what a person must check about it."""

    name: str
    is_pattern: bool
    provider: str
    function: str
    purpose: str
    section: str | None
    category: str  # a CATEGORIES id; REVIEW when the heading could not be mapped
    lifetime: str | None = None  # normalised for the loader ("13 months", "session")
    notes: list[str] = field(default_factory=list)  # written as `# REVIEW:` comments
    hints: list = field(default_factory=list)  # the same notes as ReviewIssue codes, for the window's words


@dataclass
class ImportResult:
    host: str
    source_url: str
    cookies: list[ImportedCookie]
    reviews: list[str]  # page-level problems (tables skipped...) and every cookie note
    hosts: list[str] = field(default_factory=list)  # the hosts the policy covers; empty: [host]
    issues: list = field(default_factory=list)  # ReviewIssue: what a person must decide, as codes
    declarations: list = field(default_factory=list)  # consent-platform declarations the page embeds
    origin: PolicyOrigin | None = None  # written as `imported:` so a saved file says where it came from

    def to_yaml(self) -> str:
        return to_yaml(self)


# --- reading the page -----------------------------------------------------------------


_Table = Table  # the name this module used before page_reader.py
_fold, _clean = fold, clean


def read_text_tables(text: str) -> list[Table]:
    """Tables of copied text: tab- or `|`-separated rows and "Name: value" blocks, under their headings."""
    return read_text(text)


def read_html_tables(html: str) -> list[Table]:
    """The tables and definition lists of an HTML page; with none that names a cookie column, the
    label/value blocks and `|` rows of its text (div grids, "Cookie name: _ga" paragraphs)."""
    tables, text = read_html(html, _category_of)
    if not any(_header(t.rows)[0] is not None for t in tables):
        tables += [t for t in read_text(text) if t.kind != "tabs"]
    return tables


def looks_like_html(text: str) -> bool:
    return re.search(r"<\s*(table|html|body|!doctype|div|p|h[1-6])\b", text[:20000], re.IGNORECASE) is not None


# --- from tables to cookies ------------------------------------------------------------


def _category_of(heading: str | None) -> str | None:
    if not heading:
        return None
    folded = _fold(heading)
    for cid, (*_labels, keywords) in CATEGORIES.items():
        if any(k in folded for k in keywords):
            return cid
    return None


def _layout(cells: list[str]) -> tuple[str | None, ...] | None:
    """The field of each header cell, or None if the row is not a header row."""
    found: list[str | None] = []
    for cell in cells:
        field_ = field_of(cell) if len(cell) <= 60 else None
        found.append(field_ if field_ not in found else None)
    return tuple(found) if "names" in found and len([f for f in found if f]) >= 2 else None


def _header(rows: list[list[str]]):
    """(layout, index of the first data row) from the first three rows, else (None, 0)."""
    for i, row in enumerate(rows[:3]):
        layout = _layout(row)
        if layout is not None:
            return layout, i + 1
    return None, 0


_NAMEISH = re.compile(r"[A-Z0-9_*.\-]|^[a-z]+[A-Z]")


def _split_names(cell: str) -> list[str]:
    parts = re.split(r"[,;\n]|\s+(?:and|et|or|ou)\s+|\s+/\s+", cell)
    out = []
    for part in (p.strip().strip("`'\"“”‘’«» ") for p in parts):
        words = part.split()
        # "SAPISID APISID SSID": names a space apart, each of which looks like one.
        if len(words) > 1 and all(_NAMEISH.search(w) for w in words) and not words[1].startswith("("):
            out.extend(words)
        elif part:
            out.append(part)
    return out


def looks_like_prose(token: str) -> bool:
    """A sentence where a name should be ("Ce cookie permet de ..."): three words or more, mostly lower-case."""
    words = token.split()
    return len(words) >= 3 and sum(1 for w in words if w.isalpha() and w.islower()) >= 2


def _name_of(token: str, notes: list[str], hints: list | None = None) -> tuple[str, bool] | None:
    """A cookie name or pattern from one token of a names cell; None (with a note) if unusable."""
    hints = hints if hints is not None else []
    original = token
    # "<container-id>", "{id}", "[hash]" stand for a variable part: read them as "*". So do the
    # placeholders OneTrust's lists write for one ("_gclxxxx", "_gd#############", "NSC_xxxxxxxx").
    token = re.sub(r"<[^>]*>|\{[^}]*\}|\[[^\]]*\]|(?<=.)\"[^\"]*\"?$", "*", token)
    token = re.sub(r"(?<=[A-Za-z0-9_.-])(?:x{4,}|#{3,})$", "*", token)
    if token != original:
        notes.append(f"'{original}' read as the pattern '{token}'")
        hints.append(ReviewIssue(C.REVIEW_PATTERN, {"text": original, "pattern": token}))
    if " " in token:
        head, _, rest = token.partition(" ")
        if rest.startswith("("):
            notes.append(f"'{original}': kept '{head}', dropped '{rest}'")
            hints.append(ReviewIssue(C.REVIEW_KEPT_HEAD, {"text": original, "name": head, "dropped": rest}))
            token = head
        elif looks_like_prose(token):
            notes.append(f"skipped '{original}': reads like a sentence, not a cookie name")
            return None
    is_pattern = "*" in token or "?" in token
    try:
        check_cookie_name(token, is_pattern)
    except ValueError as exc:
        notes.append(f"skipped '{original}': {exc}")
        return None
    return token, is_pattern


def _lifetime_of(cell: str, notes: list[str], hints: list | None = None) -> str | None:
    text = _clean(cell)
    if not text or text in ("-", "–", "—", "n/a", "N/A"):
        return None
    folded = _fold(text)
    if any(folded.startswith(s) or folded == s for s in _SESSION):
        return "session"
    first = folded.replace(" de ", " ")
    found = re.fullmatch(r"(\d+)\s*([a-z]+)\.?", first)
    lead = re.match(r"(\d+)\s*([a-z]+)\.?(?=[\s(,;]|$)", first) if found is None else None
    if lead is not None:  # "13 mois (renouvelé à chaque visite)": the duration, then a remark
        found = lead
        notes.append(f"lifetime on the page is '{text}': read as its first words, '{lead.group(0)}'")
        if hints is not None:
            hints.append(ReviewIssue(C.REVIEW_LIFETIME_LEAD, {"text": text, "lead": lead.group(0)}))
    if found:
        number, unit = found.groups()
        unit = _FR_UNITS.get(unit, _FR_UNITS.get(unit.rstrip("s"), unit.rstrip("s")))
        candidate = f"{number} {unit}{'s' if number != '1' else ''}"
        try:
            parse_lifetime(candidate)
            return candidate
        except ValueError:
            pass
    notes.append(f"lifetime on the page is '{text}': not understood, left out")
    if hints is not None:
        hints.append(ReviewIssue(C.REVIEW_LIFETIME, {"name": "", "text": text}))
    return None


@dataclass(frozen=True)
class ReviewIssue:
    """What a person must decide before the import is saved: a codes.REVIEW_ISSUES code and its parameters."""

    code: str
    params: dict


def cookies_from_tables(tables: list[Table], issues: list | None = None) -> tuple[list[ImportedCookie], list[str]]:
    issues = issues if issues is not None else []
    cookies: list[ImportedCookie] = []
    reviews: list[str] = []
    seen: dict[tuple[bool, str], ImportedCookie] = {}
    for number, table in enumerate(tables, start=1):
        section = table.heading
        rows = table.rows
        layout, start = _header(rows)
        reviews.extend(table.notes)
        if layout is None:
            if all(len(r) == len(_DEFAULT_LAYOUT) for r in rows) and table.kind == "tabs":
                layout = _DEFAULT_LAYOUT
            else:
                reviews.append(f"table {number} (under '{section}'): no header row naming the cookie column; "
                               "skipped")
                issues.append(ReviewIssue(C.REVIEW_NO_NAME_COLUMN, {"table": number, "heading": section or ""}))
                continue
        else:
            for cell, f in zip(rows[start - 1], layout):
                if f is None and cell.strip() and field_of(cell) is None:
                    issues.append(ReviewIssue(C.REVIEW_UNMAPPED_HEADING, {"table": number, "heading": cell}))
        for row in rows[start:]:
            values = dict(zip(layout, row))
            if len(row) == 1 or not values.get("names"):
                # A row spanning the table often titles the rows below it.
                title = next((c for c in row if c), "")
                if _category_of(title) is not None or len([c for c in row if c]) == 1:
                    section = title
                else:
                    reviews.append(f"table {number}: a row without a cookie name was skipped: {' | '.join(row)}")
                    issues.append(ReviewIssue(C.REVIEW_NO_NAME, {"table": number, "row": " | ".join(row)}))
                continue
            cookies.extend(_row_cookies(values, section, seen, reviews, issues))
    return cookies, reviews


def _row_cookies(values: dict, section: str | None, seen: dict, reviews: list[str],
                 issues: list) -> list[ImportedCookie]:
    notes: list[str] = []
    hints: list = []
    kind = values.get("category") or ""
    # "Type: First party" or "HTTP Cookie" says where a cookie comes from, not what it is for.
    category = (_category_of(kind) if field_of(kind) != "party" else None) or _category_of(section)
    if category is None:
        where = f"the heading '{section}'" if section else "no heading"
        notes.append(f"category not found ({where} names no known category)")
        hints.append(ReviewIssue(C.REVIEW_NO_CATEGORY, {"name": "", "heading": section or ""}))
        category = REVIEW
    # OneTrust's lists name the host (its "Cookie Subgroup") where a provider would be.
    provider = _clean(values.get("provider", "")) or _clean(values.get("domain", "")) or None
    function = _clean(values.get("function", "")) or None
    purpose = _clean(values.get("purpose", "").replace("\n", " ")) or None
    for what, value in (("provider", provider), ("function", function), ("purpose", purpose)):
        if value is None:
            notes.append(f"no {what} on the page")
            hints.append(ReviewIssue(C.REVIEW_NOT_STATED, {"field": what}))
    tokens = _split_names(values["names"])
    lifetimes = [values.get("lifetime", "")] * len(tokens)
    parts = [p.strip() for p in values.get("lifetime", "").replace("\n", " ").split(",") if p.strip()]
    if len(tokens) > 1 and len(parts) == len(tokens):
        lifetimes = parts  # "Session, 3650 Days" beside "ARRAffinity, SC_ANALYTICS_GLOBAL_COOKIE"
    out = []
    for token, lifetime_cell in zip(tokens, lifetimes):
        own, own_hints = list(notes), list(hints)
        lifetime = _lifetime_of(lifetime_cell, own, own_hints)
        if lifetime is None and _clean(lifetime_cell) not in ("", "-", "–", "—"):
            issues.append(ReviewIssue(C.REVIEW_LIFETIME, {"name": token, "text": _clean(lifetime_cell)}))
        parsed = _name_of(token, own, own_hints)
        if parsed is None:
            reviews.extend(n for n in own if n.startswith("skipped"))
            code = C.REVIEW_PROSE_NAME if looks_like_prose(token) else C.REVIEW_BAD_NAME
            issues.append(ReviewIssue(code, {"text": token}))
            continue
        name, is_pattern = parsed
        if (is_pattern, name) in seen:
            reviews.append(f"'{name}' is listed twice on the page; the first entry is kept")
            issues.append(ReviewIssue(C.REVIEW_DUPLICATE, {"name": name}))
            continue
        if category == REVIEW:
            issues.append(ReviewIssue(C.REVIEW_NO_CATEGORY, {"name": name, "heading": section or ""}))
        cookie = ImportedCookie(name, is_pattern, provider or NOT_STATED, function or NOT_STATED,
                                purpose or NOT_STATED, section, category, lifetime, own, own_hints)
        seen[is_pattern, name] = cookie
        reviews.extend(f"{name}: {n}" for n in own)
        out.append(cookie)
    return out


# --- the result -------------------------------------------------------------------------


def import_policy(text: str, host: str, source_url: str | None = None, html: bool | None = None) -> ImportResult:
    """Read a page (HTML when it looks like HTML, else copied text) into cookies for one site."""
    host = parse_host(host.strip())
    if host.startswith("*."):
        raise ValueError("give the site's host name without '*.'")
    is_html = looks_like_html(text) if html is None else html
    tables = read_html_tables(text) if is_html else read_text_tables(text)
    issues: list[ReviewIssue] = []
    cookies, reviews = cookies_from_tables(tables, issues)
    if not tables:
        reviews.insert(0, "no table of cookies found on the page")
        issues.insert(0, ReviewIssue(C.REVIEW_NO_TABLE, {}))
    result = ImportResult(host, source_url or f"https://{host}/", cookies, reviews, issues=issues)
    if is_html:
        from inspector.domain.policy.declarations import embedded_declarations

        result.declarations = embedded_declarations(text)
    return result


def import_document(text: str, host: str, source_url: str | None = None, kind: str | None = None) -> ImportResult:
    """A page, pasted text or a consent platform's declaration (`kind`: html | text | json | js | None to tell)."""
    from inspector.domain.policy import declarations

    platform = declarations.platform_of(text, kind)
    if platform is not None:
        host = parse_host(host.strip())
        issues: list[ReviewIssue] = []
        tables = declarations.declaration_tables(text, platform)
        cookies, reviews = cookies_from_tables(tables, issues)
        return ImportResult(host, source_url or f"https://{host}/", cookies, reviews, issues=issues)
    return import_policy(text, host, source_url, None if kind in (None, "js", "json") else kind == "html")


def import_policy_file(path, host: str, source_url: str | None = None) -> ImportResult:
    """`import_document` on a file: .html pages, .json and .js declarations, anything else as copied text."""
    from inspector.domain.policy.fetch import decode

    data = Path(path).read_bytes()
    suffix = Path(path).suffix.lower()
    kind = {".html": "html", ".htm": "html", ".xhtml": "html", ".json": "json", ".js": "js"}.get(suffix)
    return import_document(decode(data), host, source_url, kind)


def site_id_for(host: str) -> str:
    """`opendata.lillemetropole.fr` -> `opendata-lillemetropole`: the host without its public suffix."""
    if is_ip(host):
        return re.sub(r"[^a-z0-9]+", "-", host).strip("-")
    registrable = site_of(host)
    suffix = registrable.partition(".")[2]
    stem = host[: -len(suffix) - 1] if suffix and host.endswith("." + suffix) else host
    stem = stem.removeprefix("www.")
    return re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-") or "site"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", _fold(text)).strip("-") or "provider"


def _q(text: str) -> str:
    # A JSON string is a valid YAML double-quoted scalar: no quoting rule to get wrong.
    return json.dumps(text, ensure_ascii=False)


def _instant(us: int) -> str:
    return datetime.fromtimestamp(us // 1_000_000, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def default_hosts(host: str) -> list[str]:
    """The hosts a policy found at `host` covers by default: the host, and its registrable domain
    with every subdomain (a bank's page on www.bank.example speaks for *.bank.example)."""
    host = parse_host(host)
    if is_ip(host):
        return [host]
    registrable = site_of(host)
    wide = f"*.{registrable}"
    try:
        parse_host(wide)
    except ValueError:  # a public suffix: no wider name to add
        return [host]
    return [host, wide]


def _comment(text: str) -> str:
    # A note quotes the page, and a line break in it would end the comment and make the rest
    # YAML: the page's text is one escaped line ("13 mois\\n(renouvelé…)"), as in a terminal.
    return escape(text)


def to_yaml(result: ImportResult) -> str:
    """The policy file for the imported site: valid for load_policy, with `# REVIEW:` comments."""
    used = list(dict.fromkeys(c.category for c in result.cookies)) or ["necessary"]
    providers: dict[str, str] = {}
    for c in result.cookies:
        pid = _slug(c.provider)
        while pid in providers and providers[pid] != c.provider:
            pid += "-2"
        providers.setdefault(pid, c.provider)
    provider_ids = {name: pid for pid, name in providers.items()}
    out = [
        f"# Imported by `consent-inspector import-policy` for {result.host}.",
        "# The text is the page's own. Check every `# REVIEW:` line before relying on this file.",
        "version: 1",
        f"name: {_q(own_name(result.host))}",
    ]
    if result.origin is not None:
        o = result.origin
        out += ["imported:", f"  from: {o.kind}", f"  at: {_q(_instant(o.imported_at_us))}"]
        if o.source:
            out.append(f"  source: {_q(o.source)}")
    out += ["", "categories:"]
    for cid in used:
        en, fr, description, consent, _keywords = CATEGORIES[cid]
        out += [f"  {cid}:", f"    label: {{en: {_q(en)}, fr: {_q(fr)}}}",
                f"    description: {_q(description)}", f"    needs_consent: {'true' if consent else 'false'}"]
    out += ["", "providers:" if providers else "providers: {}"]
    out += [f"  {pid}: {{name: {_q(name)}}}" for pid, name in providers.items()]
    out += [
        "",
        "sites:",
        f"  - id: {site_id_for(result.host)}",
        f"    name: {_q(result.host)}",
        f"    hosts: [{', '.join(_q(h) for h in (result.hosts or [result.host]))}]",
        f"    source_url: {_q(result.source_url)}",
        "    cookies:" if result.cookies else "    cookies: []",
    ]
    anchors: dict[str, str] = {}
    for c in result.cookies:
        out.append("")
        out += [f"      # REVIEW: {_comment(note)}" for note in c.notes]
        key = "pattern" if c.is_pattern else "name"
        out += [f"      - {key}: {_q(c.name)}", f"        provider: {provider_ids[c.provider]}",
                f"        category: {c.category}"]
        if c.section:
            if c.section in anchors:
                out.append(f"        section: *{anchors[c.section]}")
            else:
                anchors[c.section] = f"section{len(anchors) + 1}"
                out.append(f"        section: &{anchors[c.section]} {_q(c.section)}")
        out += [f"        function: {_q(c.function)}", f"        purpose: {_q(c.purpose)}"]
        if c.lifetime:
            out.append(f"        lifetime: {_q(c.lifetime)}")
    return "\n".join(out) + "\n"


def check_yaml(text: str, name: str = "<imported policy>"):
    """Load generated YAML with the real loader; returns the Policy, raises PolicyError."""
    return parse_policy(text, name)


__all__ = ["CATEGORIES", "REVIEW", "ImportedCookie", "ImportResult", "import_policy", "import_policy_file",
           "to_yaml", "check_yaml", "site_id_for", "read_text_tables", "read_html_tables", "PolicyError"]
