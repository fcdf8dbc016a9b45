"""The tables of a cookie-policy page: HTML tables, definition lists and label/value blocks (lxml), and copied text.

Real pages lay their cookie lists out in four ways, and each comes out here as a `Table`
(a heading and rows of cells, the header row first when the page has one):

- `<table>`, OneTrust's cookie list included (its section headings are
  `.ot-sdk-cookie-policy-group`);
- `<dl>`: one cookie per list (labels in `<dt>`), or one cookie per `<dt>`;
- `<div>` grids and paragraphs of "Name: _ga" lines: read as label/value text;
- copied text: tab-separated rows, `|`-separated rows (one row a line, or one cell a
  line as a browser copies a table), and "Cookie name: _ga / Duration: 2 years" blocks.

lxml's HTML parser is used (see README, "Importing a site's policy", for the comparison):
it is fast, keeps going through broken markup, and, unlike an HTML5 tree builder, keeps
the contents of `<template>` elements, in which saved Vue and Angular pages hold their
tables.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

# The columns a header cell can name, by the words it uses (compared folded: lower case,
# no accents). The field whose longest phrase matches wins, so "Finalité du cookie" is
# the purpose and "Cookie Subgroup" the domain, though both say "cookie".
HEADER_WORDS = {
    "provider": ("provider", "fournisseur", "prestataire", "editeur", "emetteur", "owner", "proprietaire",
                 "vendor", "company", "societe", "partenaire", "partner", "service", "depositaire", "set by",
                 "depose par"),
    "names": ("cookie name", "name of the cookie", "nom du cookie", "nom des cookies", "nom du traceur", "nom",
              "name", "cookie", "traceur", "tracker", "identifiant"),
    "purpose": ("purpose", "purpose of use", "finalite", "finalite du cookie", "objectif", "objective", "but",
                "usage", "utilisation", "use", "raison"),
    "lifetime": ("lifetime", "lifespan", "life span", "duration", "duree", "duree de vie", "duree de conservation",
                 "expiry", "expiration", "expires", "echeance", "conservation", "retention", "validite",
                 "storage duration", "maximum storage duration", "period"),
    "category": ("category", "categorie", "type", "type de cookie", "cookie type", "kind"),
    "domain": ("domain", "domaine", "host", "hote", "cookie subgroup", "subgroup"),
    "function": ("function", "fonction", "description", "role", "detail", "explanation", "explication"),
    # Said by pages but not part of a policy entry: recognised so they are not "unmapped".
    "party": ("cookies used", "first party/third party", "first party third party", "first or third party",
              "party", "partie", "first party", "third party", "origine"),
    "ignored": ("content", "contenu", "value", "valeur", "exemple", "example", "their cookie policy",
                "leur politique de cookies", "opt out", "more information", "plus d'informations"),
}
# Labels for the header rows this module makes up for label/value blocks.
FIELD_LABELS = {"names": "Cookie name", "provider": "Provider", "purpose": "Purpose", "lifetime": "Lifetime",
                "category": "Category", "domain": "Domain", "function": "Function", "party": "Party",
                "ignored": "Content"}


def fold(text: str) -> str:
    """Lower case without accents and with straight apostrophes, for keyword matching."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'"))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


def clean(text: str) -> str:
    return re.sub(r"[ \t\r\f\v\u00a0\u200b]+", " ", text).strip()


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", fold(text))


def field_of(cell: str) -> str | None:
    """The column a header cell names, or None."""
    words = _words(cell)
    if not words or len(words) > 8:
        return None
    best, best_len = None, 0
    for name, phrases in HEADER_WORDS.items():
        for phrase in phrases:
            target = _words(phrase)
            if len(target) > best_len and _contains(words, target):
                best, best_len = name, len(target)
    return best


def _contains(words: list[str], target: list[str]) -> bool:
    n = len(target)
    for i in range(len(words) - n + 1):
        if all(_word_matches(w, t) for w, t in zip(words[i:i + n], target)):
            return True
    return False


def _word_matches(word: str, target: str) -> bool:
    # Plurals and small endings: "cookies", "purposes", "finalites".
    return word == target or (word.startswith(target) and len(word) - len(target) <= 2 and len(target) >= 3)


@dataclass
class Table:
    heading: str | None
    rows: list[list[str]]
    kind: str = "table"  # table | dl | pipes | tabs | labels: where it came from, for the review
    notes: list[str] = field(default_factory=list)


# --- HTML ----------------------------------------------------------------------------------

_HIDDEN = {"script", "style", "noscript", "head", "svg", "iframe", "object"}
_BLOCK = {"p", "div", "li", "ul", "ol", "tr", "table", "section", "article", "header", "footer", "h1", "h2", "h3",
          "h4", "h5", "h6", "dt", "dd", "dl", "blockquote", "pre", "summary", "details", "caption", "form",
          "fieldset", "legend", "main", "nav", "aside", "figure", "figcaption", "template", "td", "th"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_SHORT_BLOCKS = {"p", "div", "li", "summary", "legend", "span", "strong", "b", "button"}


def parse_html(text: str):
    """The lxml document of a page (None for an empty one)."""
    from lxml import etree, html as lxml_html

    text = re.sub(r"^\s*<\?xml[^>]*>", "", text)  # lxml refuses a str with an encoding declaration
    try:
        return lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return None


def element_text(el) -> str:
    """The visible text of an element; <br> and blocks become line breaks."""
    parts: list[str] = []
    _walk(el, parts)
    lines = (clean(line) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _walk(el, parts: list[str]) -> None:
    tag = el.tag if isinstance(el.tag, str) else None
    if tag is None or tag in _HIDDEN:  # a comment, a processing instruction, a script
        return
    block = tag in _BLOCK
    if tag == "br" or block:
        parts.append("\n")
    if el.text:
        parts.append(el.text)
    for child in el:
        _walk(child, parts)
        if child.tail:
            parts.append(child.tail)
    if block:
        parts.append("\n")


def _classes(el) -> str:
    return el.get("class") or ""


def _inside(el, tags: set) -> bool:
    return any(isinstance(a.tag, str) and a.tag in tags for a in el.iterancestors())


def read_html(text: str, category_of=lambda heading: None) -> tuple[list[Table], str]:
    """The page's tables and definition lists, each under the heading before it, and the
    page's visible text (for the label/value and text readers). `category_of(text)` tells a
    short block naming a category, which stands for a heading."""
    doc = parse_html(text)
    if doc is None:
        return [], ""
    tables: list[Table] = []
    heading: str | None = None
    for el in doc.iter():
        tag = el.tag if isinstance(el.tag, str) else None
        if tag is None or tag in _HIDDEN or _inside(el, _HIDDEN):
            continue
        if tag == "table":
            table = _html_table(el, heading)
            if table.rows:
                tables.append(table)
        elif tag == "dl" and not _inside(el, {"table"}):
            tables.extend(_html_dl(el, heading))
        elif _inside(el, {"table", "dl"}):
            continue
        elif tag in _HEADINGS or el.get("role") == "heading" or "ot-sdk-cookie-policy-group" in _classes(el).split():
            found = element_text(el).replace("\n", " ")
            if found:
                heading = found
        elif tag in _SHORT_BLOCKS and not el.xpath(".//table|.//dl|.//h1|.//h2|.//h3|.//h4|.//h5|.//h6"):
            # A short block that names a category ("<p><strong>Cookies de mesure d'audience</strong>")
            # stands for a heading: many CMS pages style their section titles that way.
            found = element_text(el).replace("\n", " ")
            if found and len(found) <= 150 and category_of(found) is not None and not found.endswith((".", ":")):
                heading = found
    return tables, element_text(doc.body if doc.find("body") is not None else doc)


def _html_table(el, heading: str | None) -> Table:
    caption = el.find("caption")
    if caption is not None and element_text(caption):
        heading = element_text(caption).replace("\n", " ")
    rows = []
    for tr in el.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr"):
        cells = [element_text(cell) for cell in tr if isinstance(cell.tag, str) and cell.tag in ("td", "th")]
        if any(cells):
            rows.append(cells)
    return Table(heading, rows, "table")


def _html_dl(el, heading: str | None) -> list[Table]:
    pairs: list[tuple[str, str]] = []
    current: str | None = None
    for child in el.iter("dt", "dd"):
        if child.tag == "dt":
            current = element_text(child).replace("\n", " ")
        elif current is not None:
            pairs.append((current, element_text(child)))
    if not pairs:
        return []
    fields = [field_of(label) for label, _ in pairs]
    if "names" in fields and sum(1 for f in fields if f) >= 2:
        # Labels in <dt>: each run from a "Name" label to the next is one cookie.
        records: list[dict] = []
        for (label, value), f in zip(pairs, fields):
            if f == "names" or not records or (f in records[-1] and f is not None):
                records.append({})
            if f is not None:
                records[-1].setdefault(f, value)
        return [records_table(records, heading, "dl")]
    # Names in <dt>, what they do in <dd>.
    return [Table(heading, [["Cookie name", "Description"], *[[k, v] for k, v in pairs]], "dl")]


def records_table(records: list[dict], heading: str | None, kind: str) -> Table:
    """Label/value records as a table with a header row of our labels."""
    order = [f for f in FIELD_LABELS if any(f in r for r in records)]
    rows = [[FIELD_LABELS[f] for f in order]]
    rows += [[r.get(f, "") for f in order] for r in records if r]
    return Table(heading, rows, kind)


# --- copied text ----------------------------------------------------------------------------


def _is_heading_line(line: str) -> bool:
    return 0 < len(line) <= 150 and not line.endswith((".", "!", "?", ":", ";", ",", "|")) and "\t" not in line


def read_text(text: str) -> list[Table]:
    """Tab-separated rows, `|` rows and label/value blocks of copied text, each under its heading."""
    lines = [clean(line) if "\t" not in line else line.strip("\r\n") for line in text.splitlines()]
    has_markdown = any(line.lstrip().startswith("#") for line in lines)
    return [*_tab_tables(lines, has_markdown), *_pipe_tables(lines), *_label_tables(lines)]


def _heading_from(line: str, has_markdown: bool) -> str | None:
    if has_markdown:
        return line.lstrip("#").strip() if line.startswith("#") else None
    return line if _is_heading_line(line) else None


def _tab_tables(lines: list[str], has_markdown: bool) -> list[Table]:
    # Blank lines inside a run of rows do not end the table: pages often space their rows.
    tables: list[Table] = []
    heading = None
    current: Table | None = None
    for raw in lines:
        if "\t" in raw:
            cells = [clean(c) for c in raw.split("\t")]
            if sum(1 for c in cells if c) < 2:
                continue
            if current is None:
                current = Table(heading, [], "tabs")
                tables.append(current)
            current.rows.append(cells)
            continue
        if not raw:
            continue
        current = None
        found = _heading_from(raw, has_markdown)
        if found is not None:
            heading = found
    return tables


_PIPE_ROW = re.compile(r"^\|?([^|]*\|){2,}[^|]*\|?$")


def _pipe_tables(lines: list[str]) -> list[Table]:
    """`a | b | c` rows (Markdown or copied), and tables copied one cell a line, each ending in `|`."""
    tables: list[Table] = []
    heading = None
    cells_run: list[str] = []
    rows_run: list[list[str]] = []

    def flush():
        nonlocal cells_run, rows_run
        if rows_run:
            tables.append(Table(heading, rows_run, "pipes"))
        if cells_run:
            tables.extend(_cell_per_line(cells_run, heading))
        cells_run, rows_run = [], []

    for line in lines:
        if not line or "\t" in line:
            continue
        if line.endswith("|") and line.count("|") == 1:
            if rows_run:
                flush()
            cells_run.append(line[:-1].strip())
        elif _PIPE_ROW.match(line) and not re.fullmatch(r"[|:\-\s]+", line):
            if cells_run:
                flush()
            rows_run.append([clean(c) for c in line.strip().strip("|").split("|")])
        elif re.fullmatch(r"\|?[\s:|\-]+\|?", line) and "-" in line:
            continue  # a Markdown separator row
        else:
            flush()
            if _is_heading_line(line):
                heading = line
    flush()
    return tables


def _cell_per_line(cells: list[str], heading: str | None) -> list[Table]:
    width, seen = 0, set()
    while width < len(cells) and field_of(cells[width]) not in (None, *seen):
        seen.add(field_of(cells[width]))  # a field named twice is the first data row: "Apbct_cookies_test"
        width += 1
    if width < 2:
        return []
    rows = [cells[i:i + width] for i in range(0, len(cells), width)]
    table = Table(heading, rows, "pipes")
    if len(rows[-1]) < width:
        table.notes.append(f"the last row has {len(rows[-1])} of {width} cells (the page is cut short?)")
        rows[-1] += [""] * (width - len(rows[-1]))
    return [table]


_LABEL_LINE = re.compile(r"^([^:]{1,40}?)\s*:\s*(.*)$")


def exact_field(text: str) -> str | None:
    """The field `text` names when it is nothing but a label ("Cookie name", "Durée"), else None."""
    words = _words(text)
    for name, phrases in HEADER_WORDS.items():
        for phrase in phrases:
            target = _words(phrase)
            if len(target) == len(words) and all(_word_matches(w, t) for w, t in zip(words, target)):
                return name
    return None


def _label_field(label: str) -> str | None:
    # A label is a few words ("Cookie name", "Durée de conservation"), not a sentence with a colon.
    return field_of(label) if len(_words(label)) <= 4 and not label.lstrip().startswith("#") else None


def _label_tables(lines: list[str]) -> list[Table]:
    """Blocks of "Cookie name: _ga" lines (or "Name: a; Purpose: b; Lifetime: c"), and label
    lines with the value on the next line (div grids), grouped under their headings."""
    tables: list[Table] = []
    heading: str | None = None
    records: list[dict] = []
    pending: str | None = None  # a label alone on its line: the value comes next

    def flush():
        nonlocal records
        if records and any("names" in r for r in records):
            tables.append(records_table(records, heading, "labels"))
        records = []

    def put(f: str, value: str) -> None:
        if f == "names" or not records or f in records[-1]:
            records.append({})
        records[-1][f] = value

    for line in lines:
        if not line or "\t" in line or line.endswith("|"):
            continue
        if pending is not None:
            put(pending, line)
            pending = None
            continue
        parts = [p for p in re.split(r";\s+", line) if p] if ";" in line else [line]
        found = [(_LABEL_LINE.match(p.strip().rstrip("."))) for p in parts]
        labelled = [(_label_field(m.group(1)), m.group(2)) for m in found if m and not m.group(2).startswith("//")]
        if labelled and all(f for f, _ in labelled) and len(labelled) == len(parts):
            for f, value in labelled:
                if value:
                    put(f, value)
                else:
                    pending = f
            continue
        f = exact_field(line) if len(line) <= 30 else None
        # "Cookies" alone is a page's title; "Name" or "Cookie name" alone starts a cookie.
        if f is not None and (records or (f == "names" and (len(_words(line)) >= 2 or fold(line) in ("name", "nom")))):
            pending = f  # a div grid: the label, then its value
            continue
        if _is_heading_line(line) and len(line) <= 80:
            flush()
            heading = line
    flush()
    return tables


__all__ = ["Table", "HEADER_WORDS", "field_of", "fold", "clean", "read_html", "read_text", "element_text",
           "parse_html", "records_table"]
