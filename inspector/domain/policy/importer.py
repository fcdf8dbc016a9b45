"""Turn a published cookie-policy page (saved HTML, or copied text with tab-separated rows) into policy YAML."""
from __future__ import annotations

import json
import re
import unicodedata
from datetime import datetime, timezone
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from inspector.domain.policy.model import ORIGIN_URL, PolicyError, PolicyOrigin
from inspector.domain.policy.loader import check_cookie_name, parse_host, parse_lifetime, parse_policy
from inspector.domain.escapes import escape
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

# Table columns, recognised by keywords in the header row, tried in this order: "Service
# provider's name" is the provider, "Durée de vie du cookie" the lifetime, not the name.
_COLUMNS = (
    ("provider", ("provider", "fournisseur", "prestataire", "editeur", "company", "societe", "vendor",
                  "emetteur", "partenaire", "partner", "service")),
    ("lifetime", ("lifetime", "duration", "duree", "expir", "conservation", "retention", "validit")),
    ("purpose", ("purpose", "finalite", "objectif", "objective", "but", "usage", "utilisation", "use")),
    ("category", ("category", "categorie", "type")),
    ("domain", ("domain", "domaine", "host")),
    ("function", ("function", "fonction", "description", "role", "detail")),
    ("names", ("cookie", "name", "nom", "traceur", "tracker")),
)
# The seed page's layout, used for a 4-column table without a recognisable header row.
_DEFAULT_LAYOUT = ("provider", "function", "names", "purpose")

_FR_UNITS = {"seconde": "second", "sec": "second", "minute": "minute", "min": "minute", "heure": "hour",
             "h": "hour", "jour": "day", "j": "day", "semaine": "week", "mois": "month", "an": "year",
             "annee": "year", "ans": "year", "hrs": "hour", "hr": "hour", "days": "day", "yr": "year"}
_SESSION = ("session", "fin de session", "end of session", "browser session", "navigation")


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


@dataclass
class ImportResult:
    host: str
    source_url: str
    cookies: list[ImportedCookie]
    reviews: list[str]  # page-level problems (tables skipped...) and every cookie note
    hosts: list[str] = field(default_factory=list)  # the hosts the policy covers; empty: [host]
    origin: PolicyOrigin | None = None  # written as `imported:` so a saved file says where it came from

    def to_yaml(self) -> str:
        return to_yaml(self)


# --- reading the page -----------------------------------------------------------------


@dataclass
class _Table:
    heading: str | None
    rows: list[list[str]]


def _fold(text: str) -> str:
    """Lower case without accents and with straight apostrophes, for keyword matching."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'"))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


def _clean(text: str) -> str:
    return re.sub(r"[ \t\r\f\v\u00a0]+", " ", text).strip()


def read_text_tables(text: str) -> list[_Table]:
    """Tables of copied text: runs of tab-separated lines under the nearest heading line.

    Markdown headings (`#### ...`) are preferred; without any, the nearest short line that
    does not read like a sentence stands for the heading. Blank lines inside a run of rows
    do not end the table (pages often space their rows).
    """
    lines = text.splitlines()
    has_markdown = any(line.lstrip().startswith("#") for line in lines)
    tables: list[_Table] = []
    heading = None
    current: _Table | None = None
    for raw in lines:
        if "\t" in raw:
            cells = [_clean(c) for c in raw.split("\t")]
            if sum(1 for c in cells if c) < 2:
                continue
            if current is None:
                current = _Table(heading, [])
                tables.append(current)
            current.rows.append(cells)
            continue
        line = _clean(raw)
        if not line:
            continue
        current = None
        if has_markdown:
            if line.startswith("#"):
                heading = line.lstrip("#").strip()
        elif len(line) <= 150 and not line.endswith((".", "!", "?", ":", ";")):
            heading = line
    return tables


class _HtmlTables(HTMLParser):
    """Collects tables with the heading before each: h1-h6 or a caption, else a short text block.

    A short block that names a category ("<p><strong>Cookies de mesure d'audience</strong>")
    counts as a heading too: many CMS pages style their section titles that way.
    """

    _HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6", "caption"}
    _BLOCKS = {"p", "div", "li", "strong", "b", "summary", "dt", "legend", "section", "header"}
    _BREAKS = {"br", "p", "div", "li", "ul", "ol", "tr"}
    _HIDDEN = {"script", "style", "template", "noscript"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables: list[_Table] = []
        self._heading: str | None = None  # last heading before the current point
        self._stack: list[_Table] = []  # nested tables: the innermost collects
        self._row: list[str] | None = None
        self._cell: list[str] | None = None
        self._capture: list[str] | None = None  # text of the heading or innermost block being read
        self._capture_tag: str | None = None
        self._capture_strong = False
        self._hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in self._HIDDEN:
            self._hidden += 1
        elif tag == "table":
            self._stack.append(_Table(self._heading, []))
        elif self._stack and tag == "tr":
            self._row = []
        elif self._stack and tag in ("td", "th"):
            self._cell = []
        elif self._cell is not None:
            if tag in self._BREAKS:
                self._cell.append("\n")
        elif tag == "caption" and self._stack:
            self._start_capture(tag, True)
        elif tag in self._HEADINGS or dict(attrs).get("role") == "heading":
            self._start_capture(tag, True)
        elif tag in self._BLOCKS and not self._capture_strong:
            # The innermost block wins: an outer <div> holding the whole page is no heading.
            self._start_capture(tag, False)

    def _start_capture(self, tag: str, strong: bool) -> None:
        self._capture, self._capture_tag, self._capture_strong = [], tag, strong

    def handle_endtag(self, tag):
        if tag in self._HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag == "table" and self._stack:
            table = self._stack.pop()
            if table.rows:
                self.tables.append(table)
        elif self._stack and tag in ("td", "th") and self._cell is not None:
            if self._row is not None:
                lines = (_clean(part) for part in "".join(self._cell).split("\n"))
                self._row.append("\n".join(line for line in lines if line))
            self._cell = None
        elif self._stack and tag == "tr" and self._row is not None:
            if any(self._row):
                self._stack[-1].rows.append(self._row)
            self._row = None
        elif self._cell is not None:
            if tag in self._BREAKS:
                self._cell.append("\n")
        elif tag == self._capture_tag and self._capture is not None:
            self._end_capture()

    def _end_capture(self) -> None:
        text = _clean("".join(self._capture))
        if text:
            if self._capture_tag == "caption" and self._stack:
                self._stack[-1].heading = text
            elif self._capture_strong or (len(text) <= 150 and _category_of(text) is not None):
                self._heading = text
        self._capture, self._capture_tag, self._capture_strong = None, None, False

    def handle_data(self, data):
        if self._hidden:
            return
        if self._cell is not None:
            self._cell.append(data)
        elif self._capture is not None:
            self._capture.append(data)


def read_html_tables(html: str) -> list[_Table]:
    parser = _HtmlTables()
    parser.feed(html)
    parser.close()
    return parser.tables


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
        folded = _fold(cell)
        field_ = None
        for name, keywords in _COLUMNS:
            if any(re.search(r"\b" + re.escape(k), folded) for k in keywords):
                field_ = name
                break
        found.append(field_ if field_ not in found else None)
    return tuple(found) if "names" in found and len([f for f in found if f]) >= 2 else None


def _split_names(cell: str) -> list[str]:
    parts = re.split(r"[,;\n]|\s+(?:and|et|or|ou)\s+|\s+/\s+", cell)
    return [p.strip().strip("`'\"“”‘’«» ") for p in parts if p.strip()]


def _name_of(token: str, notes: list[str]) -> tuple[str, bool] | None:
    """A cookie name or pattern from one token of a names cell; None (with a note) if unusable."""
    original = token
    # "<container-id>", "{id}", "[hash]" stand for a variable part: read them as "*".
    token = re.sub(r"<[^>]*>|\{[^}]*\}|\[[^\]]*\]", "*", token)
    if token != original:
        notes.append(f"'{original}' read as the pattern '{token}'")
    if " " in token:
        head, _, rest = token.partition(" ")
        if rest.startswith("("):
            notes.append(f"'{original}': kept '{head}', dropped '{rest}'")
            token = head
    is_pattern = "*" in token or "?" in token
    try:
        check_cookie_name(token, is_pattern)
    except ValueError as exc:
        notes.append(f"skipped '{original}': {exc}")
        return None
    return token, is_pattern


def _lifetime_of(cell: str, notes: list[str]) -> str | None:
    text = _clean(cell)
    if not text:
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
    return None


def cookies_from_tables(tables: list[_Table]) -> tuple[list[ImportedCookie], list[str]]:
    cookies: list[ImportedCookie] = []
    reviews: list[str] = []
    seen: dict[tuple[bool, str], ImportedCookie] = {}
    for number, table in enumerate(tables, start=1):
        layout = None
        section = table.heading
        rows = table.rows
        start = 0
        for i, row in enumerate(rows[:3]):
            layout = _layout(row)
            if layout is not None:
                start = i + 1
                break
        if layout is None:
            if all(len(r) == len(_DEFAULT_LAYOUT) for r in rows):
                layout = _DEFAULT_LAYOUT
            else:
                reviews.append(f"table {number} (under '{section}'): no header row naming the cookie column; "
                               "skipped")
                continue
        for row in rows[start:]:
            values = dict(zip(layout, row))
            if len(row) == 1 or not values.get("names"):
                # A row spanning the table often titles the rows below it.
                title = next((c for c in row if c), "")
                if _category_of(title) is not None or len([c for c in row if c]) == 1:
                    section = title
                else:
                    reviews.append(f"table {number}: a row without a cookie name was skipped: {' | '.join(row)}")
                continue
            cookies.extend(_row_cookies(values, section, seen, reviews))
    return cookies, reviews


def _row_cookies(values: dict, section: str | None, seen: dict, reviews: list[str]) -> list[ImportedCookie]:
    notes: list[str] = []
    category = _category_of(values.get("category")) or _category_of(section)
    if category is None:
        where = f"the heading '{section}'" if section else "no heading"
        notes.append(f"category not found ({where} names no known category)")
        category = REVIEW
    provider = _clean(values.get("provider", "")) or None
    function = _clean(values.get("function", "")) or None
    purpose = _clean(values.get("purpose", "").replace("\n", " ")) or None
    for what, value in (("provider", provider), ("function", function), ("purpose", purpose)):
        if value is None:
            notes.append(f"no {what} on the page")
    lifetime = _lifetime_of(values.get("lifetime", ""), notes)
    out = []
    for token in _split_names(values["names"]):
        own = list(notes)
        parsed = _name_of(token, own)
        if parsed is None:
            reviews.extend(own[len(notes):])
            continue
        name, is_pattern = parsed
        if (is_pattern, name) in seen:
            reviews.append(f"'{name}' is listed twice on the page; the first entry is kept")
            continue
        cookie = ImportedCookie(name, is_pattern, provider or "(not stated)", function or "(not stated)",
                                purpose or "(not stated)", section, category, lifetime, own)
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
    cookies, reviews = cookies_from_tables(tables)
    if not tables:
        reviews.insert(0, "no table of cookies found on the page")
    return ImportResult(host, source_url or f"https://{host}/", cookies, reviews)


def import_document(text: str, host: str, source_url: str | None = None, kind: str | None = None) -> ImportResult:
    """A page, pasted text or a consent platform's declaration (`kind`: html | text | json | js | None to tell)."""
    return import_policy(text, host, source_url, None if kind is None else kind == "html")


def import_policy_file(path, host: str, source_url: str | None = None) -> ImportResult:
    """`import_policy` on a file; HTML is read as UTF-8 (or its declared charset falls back to Latin-1)."""
    data = Path(path).read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    suffix = Path(path).suffix.lower()
    html = True if suffix in (".html", ".htm", ".xhtml") else None
    return import_policy(text, host, source_url, html)


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
        f"name: {_q(result.host + ' cookie policy')}",
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
