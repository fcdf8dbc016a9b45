"""Build resources/catalog/ from the Open Cookie Database facts (the second catalog source).

Run from the repository root, with any Python 3.10+ (standard library only):

    python tools/build_ocd_catalog.py                       # ../shared/catalog-sources/open-cookie-database-facts.csv
    python tools/build_ocd_catalog.py path/to/facts.csv     # another copy of the facts
    python tools/build_ocd_catalog.py --out-dir /tmp/ocd    # write somewhere else (the tests do)

It writes three files into the output directory (default resources/catalog/):

- open-cookie-database.json: one entry per line, facts only (name, prefix flag, domains,
  platform, controller, privacy URL, OCD category, retention) plus a one-sentence purpose,
  in English (`purpose`) and French (`purpose_fr`), that this script composes from its own
  per-category templates. No OCD description text
  is read or written (the facts CSV has none).
- OPEN-COOKIE-DATABASE-LICENSE.txt: the Apache-2.0 text, copied byte for byte.
- NOTICE.md: what is derived from the database, from which commit, and the attribution.

The output is deterministic (no dates, sorted entries), so re-running it on the same CSV
gives byte-identical files. inspector/domain/ocd_catalog.py reads the JSON.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import shutil
import sys
import unicodedata
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CSV = REPO.parent / "shared" / "catalog-sources" / "open-cookie-database-facts.csv"
DEFAULT_OUT = REPO / "resources" / "catalog"

JSON_NAME = "open-cookie-database.json"
LICENSE_NAME = "OPEN-COOKIE-DATABASE-LICENSE.txt"
NOTICE_NAME = "NOTICE.md"
SOURCE_LICENSE = "open-cookie-database-LICENSE.txt"  # beside the CSV

FORMAT_VERSION = 1
ATTRIBUTION = "Open Cookie Database, Apache-2.0"
UPSTREAM = "https://github.com/jkwakman/Open-Cookie-Database"

COLUMNS = ("ID", "Platform", "Category", "Cookie / Data Key name", "Domain", "Retention period",
           "Data Controller", "User Privacy & GDPR Rights Portals", "Wildcard match")

# A prefix shorter than this would claim a large share of all cookie names.
MIN_PREFIX_CHARS = 2

# --- purposes: our own words, one template per OCD category -------------------------

# {who} is the platform (else the data controller, else "this site"). The sentences stay
# generic on purpose: the category is all the facts say about what a cookie does.
PURPOSE_TEMPLATES = {
    "Analytics": "Counts visits and tells visitors apart for audience measurement by {who}.",
    "Marketing": "Recognises the browser for advertising by {who}: choosing, capping or measuring ads, "
                 "often across sites.",
    "Functional": "Makes a feature provided by {who} work, such as a session, a saved setting or load balancing.",
    "Personalization": "Remembers this visitor's choices so that {who} can tailor what it shows.",
    "Security": "Protects {who} and its users, for example against forged requests, bots or fraud.",
    "Necessary": "Needed for {who} to provide the service the visitor asked for.",
}
UNKNOWN_CATEGORY_PURPOSE = "Used by {who}; the Open Cookie Database files it under '{category}'."

# The same sentences for the French window. {who} only ever follows "par", "pour" or a
# verb, never "de" or "que", so no elision depends on the platform's first letter.
# French typography: U+00A0 before ":", U+202F before ";", « » with U+00A0 inside.
PURPOSE_TEMPLATES_FR = {
    "Analytics": "Compte les visites et distingue les visiteurs pour la mesure d’audience réalisée par {who}.",
    "Marketing": "Reconnaît le navigateur à des fins publicitaires pour {who}\u00a0: choix, plafonnement "
                 "ou mesure des annonces, souvent d’un site à l’autre.",
    "Functional": "Fait fonctionner un service fourni par {who}, comme une session, un réglage enregistré "
                  "ou la répartition de charge.",
    "Personalization": "Retient les choix de ce visiteur pour adapter ce qu’affiche {who}.",
    "Security": "Protège {who} et ses utilisateurs, par exemple contre les requêtes falsifiées, les robots "
                "ou la fraude.",
    "Necessary": "Nécessaire pour que le service demandé par le visiteur soit fourni par {who}.",
}
UNKNOWN_CATEGORY_PURPOSE_FR = ("Utilisé par {who}\u202f; l’Open Cookie Database le classe sous "
                               "«\u00a0{category}\u00a0».")
WHO_UNKNOWN = {"en": "this site", "fr": "ce site"}


def purpose_for(category: str, platform: str, controller: str, lang: str = "en") -> str:
    """Our sentence for an entry, in English or ("fr") French."""
    who = platform or controller or WHO_UNKNOWN[lang]
    templates, unknown = ((PURPOSE_TEMPLATES_FR, UNKNOWN_CATEGORY_PURPOSE_FR) if lang == "fr"
                          else (PURPOSE_TEMPLATES, UNKNOWN_CATEGORY_PURPOSE))
    return templates.get(category, unknown).format(who=who, category=category)


# --- retention -------------------------------------------------------------------------

# The same calendar-free units as inspector/domain/policy_loader.py: a year is 365 days,
# a month a twelfth of it.
_UNIT_SECONDS = {
    "second": 1, "minute": 60, "hour": 3600, "day": 86_400, "week": 7 * 86_400,
    "month": 365 * 86_400 // 12, "year": 365 * 86_400,
}
_UNIT_SPELLINGS = {
    "s": "second", "sec": "second", "secs": "second", "second": "second", "seconds": "second",
    "min": "minute", "mins": "minute", "minute": "minute", "minutes": "minute",
    "h": "hour", "hr": "hour", "hrs": "hour", "hour": "hour", "hours": "hour",
    "d": "day", "day": "day", "days": "day",
    "w": "week", "week": "week", "weeks": "week",
    "month": "month", "months": "month",
    "y": "year", "yr": "year", "year": "year", "years": "year",
}
_DURATION = re.compile(r"(\d+)\s*([a-z]+)\b")
_LEADING_DURATION = re.compile(r"(\d+)\s*([a-z]+)(.*)", re.DOTALL)
_SESSION = {"session", "sessions", "session cookie", "end of session (browser)", "end of session",
            "seesion"}  # sic: one row misspells it
# Kept until deleted: there is no length to give, but it is certainly not a session cookie.
_PERSISTENT = {"persistent", "permanent", "forever", "unlimited", "no expiration", "never expires"}
# Words after "N unit" that keep one definite length ("2 years after last activity").
_QUALIFIERS = re.compile(r"\s*(\(.*\)|after last activity|from set/ ?update|by default(, modifiable)?)?\s*")
# Words that make the text a range or a choice of lengths: not one lifetime.
_ALTERNATIVES = re.compile(r"\b(or|to|till|until|otherwise|if)\b")


def parse_retention(text: str) -> dict:
    """The lifetime fields of an entry: {"session": True}, {"persistent": True},
    {"lifetime_seconds": n}, or {} when the text gives no single definite length."""
    clean = " ".join(text.split()).lower()
    if clean in _SESSION:
        return {"session": True}
    if clean in _PERSISTENT:
        return {"persistent": True}
    found = _LEADING_DURATION.fullmatch(clean)
    if found is None or found.group(2) not in _UNIT_SPELLINGS:
        return {}
    rest = found.group(3)
    if _ALTERNATIVES.search(rest) or len(_DURATION.findall(clean)) != 1 or not _QUALIFIERS.fullmatch(rest):
        return {}
    return {"lifetime_seconds": int(found.group(1)) * _UNIT_SECONDS[_UNIT_SPELLINGS[found.group(2)]]}


# --- names, domains, URLs --------------------------------------------------------------

_HOST_LABEL = re.compile(r"(?!-)[a-z0-9_-]{1,63}(?<!-)")
_TLD = re.compile(r"[a-z][a-z0-9-]*[a-z0-9]|xn--[a-z0-9-]+")
_THIRD_PARTY = re.compile(r"\(\s*3rd[ -]party\s*\)", re.IGNORECASE)


def _visible(text: str) -> str:
    # Soft hyphens, zero-width spaces and the like are copy-paste debris, never meant.
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


def clean_name(raw: str, wildcard: bool) -> tuple[str, bool]:
    """(name, is_prefix). A trailing '*' (written by a few rows instead of the flag) is a prefix too."""
    name = _visible(raw).strip()
    if name.endswith("*"):
        name, wildcard = name.rstrip("*"), True
    return name, wildcard


def parse_domains(raw: str) -> tuple[list[str], int]:
    """(usable normalised hosts, how many listed ones were dropped) from one Domain cell."""
    text = _THIRD_PARTY.sub(" ", _visible(raw)).lower()
    hosts: list[str] = []
    dropped = 0
    for token in re.split(r"[\s,;|]+", text):
        if not token or token in ("or", "and", "&"):
            continue
        host = _host_of(token)
        if host is None:
            dropped += 1
        elif host not in hosts:
            hosts.append(host)
    return sorted(hosts), dropped


def _host_of(token: str) -> str | None:
    token = re.sub(r"^[a-z][a-z0-9+.-]*://", "", token)  # scheme
    token = token.split("/", 1)[0].split("?", 1)[0]       # path, query
    token = re.sub(r":\d+$", "", token)                   # port
    token = token.strip(".")
    labels = token.split(".")
    # Wildcards and placeholders ("*.", "ads-[account].") stand for subdomains, which a
    # domain hint covers anyway: keep the part of the name after them.
    while labels and not _HOST_LABEL.fullmatch(labels[0]):
        labels.pop(0)
    if len(labels) < 2 or not all(_HOST_LABEL.fullmatch(label) for label in labels):
        return None
    if not _TLD.fullmatch(labels[-1]):
        return None
    return ".".join(labels)


def privacy_url(raw: str) -> str | None:
    url = _visible(raw).strip()
    return url if re.fullmatch(r"https?://[^\s\"<>]+", url, re.IGNORECASE) else None


# --- building --------------------------------------------------------------------------


def read_commit(readme: Path) -> str:
    try:
        text = readme.read_text(encoding="utf-8")
    except OSError as exc:
        raise SystemExit(f"{readme}: cannot read the catalog sources' README ({exc.strerror})") from None
    found = re.search(r"commit\s+`?([0-9a-f]{40})`?", text)
    if found is None:
        raise SystemExit(f"{readme}: no upstream commit (40 hex digits after 'commit') found")
    return found.group(1)


def read_rows(csv_path: Path) -> list[dict]:
    try:
        with open(csv_path, encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f)
            missing = [c for c in COLUMNS if c not in (reader.fieldnames or ())]
            if missing:
                raise SystemExit(f"{csv_path}: missing column(s) {', '.join(missing)}")
            return list(reader)
    except OSError as exc:
        raise SystemExit(f"{csv_path}: cannot read ({exc.strerror})") from None


def build_entries(rows: list[dict]) -> tuple[list[dict], Counter]:
    """The JSON entries (sorted) and why rows were skipped or changed, counted."""
    stats: Counter = Counter()
    entries: list[dict] = []
    for row in rows:
        uuid = row["ID"].strip().lower()
        if not re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", uuid):
            stats["skipped: no valid ID"] += 1
            continue
        flag = row["Wildcard match"].strip()
        if flag not in ("", "0", "1"):
            stats["skipped: unreadable Wildcard match"] += 1
            continue
        raw_name = row["Cookie / Data Key name"]
        name, prefix = clean_name(raw_name, flag == "1")
        if prefix and flag != "1":
            stats["changed: trailing '*' read as a prefix"] += 1
        elif name != raw_name:
            stats["changed: stray whitespace or invisible characters removed from the name"] += 1
        if not name:
            stats["skipped: empty name"] += 1
            continue
        if "*" in name or "?" in name:
            stats["skipped: wildcard inside the name"] += 1
            continue
        if prefix and len(name) < MIN_PREFIX_CHARS:
            stats[f"skipped: prefix shorter than {MIN_PREFIX_CHARS} characters"] += 1
            continue
        domains, dropped = parse_domains(row["Domain"])
        stats["dropped: unusable domain"] += dropped
        if dropped and not domains:
            # OCD ties the name to some host we cannot read; as a domain-less entry it
            # would claim the name on every site, which the row never said.
            stats["skipped: domain given but unusable"] += 1
            continue
        platform = " ".join(row["Platform"].split())
        controller = " ".join(row["Data Controller"].split())
        category = " ".join(row["Category"].split())
        retention = " ".join(row["Retention period"].split())
        entry = {"id": uuid, "name": name, "prefix": prefix, "domains": domains,
                 "platform": platform, "controller": controller}
        url = privacy_url(row["User Privacy & GDPR Rights Portals"])
        if url:
            entry["privacy_url"] = url
        elif row["User Privacy & GDPR Rights Portals"].strip():
            stats["dropped: privacy URL not http(s)"] += 1
        entry["ocd_category"] = category
        entry["retention"] = retention
        entry.update(parse_retention(retention))
        if retention and not ({"session", "persistent", "lifetime_seconds"} & entry.keys()):
            stats["kept without lifetime: retention not one definite length"] += 1
        entry["purpose"] = purpose_for(category, platform, controller)
        entry["purpose_fr"] = purpose_for(category, platform, controller, "fr")
        entries.append(entry)
    entries.sort(key=lambda e: (e["name"], e["prefix"], e["id"]))
    # The same name, kind, hosts and platform twice says nothing new: keep the first by ID.
    unique: list[dict] = []
    seen: set = set()
    for entry in sorted(entries, key=lambda e: e["id"]):
        key = (entry["name"], entry["prefix"], tuple(entry["domains"]), entry["platform"], entry["ocd_category"])
        if key in seen:
            stats["skipped: duplicate of another row"] += 1
            continue
        seen.add(key)
        unique.append(entry)
    unique.sort(key=lambda e: (e["name"], e["prefix"], e["id"]))
    return unique, stats


def header(commit: str, count: int) -> dict:
    return {
        "format": FORMAT_VERSION,
        "source": "Open Cookie Database",
        "upstream": UPSTREAM,
        "upstream_file": "open-cookie-database.csv",
        "upstream_commit": commit,
        "license": "Apache-2.0",
        "license_file": LICENSE_NAME,
        "attribution": ATTRIBUTION,
        "derived": "facts only: ID, platform, category, name, wildcard flag, domain, retention, "
                   "data controller, privacy portal URL",
        "descriptions": "not included",
        "purposes": "written by Consent Inspector from its own per-category templates",
        "entries": count,
    }


def render_json(commit: str, entries: list[dict]) -> str:
    dump = lambda obj: json.dumps(obj, ensure_ascii=False, separators=(",", ":"))  # noqa: E731
    lines = ['{"header":' + dump(header(commit, len(entries))) + ',', '"entries":[']
    lines += [dump(e) + ("," if i < len(entries) - 1 else "") for i, e in enumerate(entries)]
    lines.append("]}")
    return "\n".join(lines) + "\n"


def render_notice(commit: str, count: int) -> str:
    return f"""# Open Cookie Database: what Consent Inspector ships from it

`open-cookie-database.json` in this folder is derived from the Open Cookie Database
({UPSTREAM}), file `open-cookie-database.csv` at commit `{commit}`.

Attribution: **{ATTRIBUTION}**. The database is © its contributors and licensed under the
Apache License, Version 2.0; the full text is in `{LICENSE_NAME}` beside this file.

What is taken from the database ({count} entries): each entry's ID, platform, category,
cookie name and wildcard flag, domain, retention period, data controller and privacy
portal URL. Consent Inspector reshapes these facts (domains normalised to host names,
retention parsed into seconds where it states one length, rows that cannot be used left
out) with `tools/build_ocd_catalog.py`.

What is not taken: descriptions are not included. None of the database's description
texts is copied; each entry's `purpose` (English) and `purpose_fr` (French) is a short
sentence in Consent Inspector's own words, made from one template per category and the
platform's name.

This is a second source, ranked below Consent Inspector's own catalog
(`resources/known_cookies.yaml`): it is meant for the cookies that catalog does not
describe, and like it, it is a guess from the cookie's name, never a declaration.
"""


def build(csv_path: Path, out_dir: Path) -> tuple[int, Counter]:
    rows = read_rows(csv_path)
    commit = read_commit(csv_path.parent / "README.md")
    licence = csv_path.parent / SOURCE_LICENSE
    if not licence.is_file():
        raise SystemExit(f"{licence}: the licence text is missing; it must ship with the data")
    entries, stats = build_entries(rows)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / JSON_NAME).write_text(render_json(commit, entries), encoding="utf-8", newline="\n")
    shutil.copyfile(licence, out_dir / LICENSE_NAME)
    (out_dir / NOTICE_NAME).write_text(render_notice(commit, len(entries)), encoding="utf-8", newline="\n")
    stats["rows read"] = len(rows)
    return len(entries), stats


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", nargs="?", type=Path, default=DEFAULT_CSV,
                        help=f"the facts CSV (default: {DEFAULT_CSV})")
    parser.add_argument("--out-dir", type=Path, default=DEFAULT_OUT,
                        help=f"where to write the JSON, licence and notice (default: {DEFAULT_OUT})")
    args = parser.parse_args(argv)
    count, stats = build(args.csv, args.out_dir)
    print(f"{args.out_dir / JSON_NAME}: {count} entries from {stats.pop('rows read')} rows")
    for reason, n in sorted(stats.items()):
        print(f"  {reason}: {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
