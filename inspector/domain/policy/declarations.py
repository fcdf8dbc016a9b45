"""Consent platforms' machine-readable declarations: OneTrust's DomainData JSON and Cookiebot's cc.js, read as tables.

OneTrust publishes the cookie list behind its banner at
`cdn.cookielaw.org/consent/<domain id>/…/<language>.json`: `DomainData.Groups[]`, each group
with its `FirstPartyCookies[]` (`Name`, `Host`, `Length` in days, `IsSession`,
`description`) and its third-party `Hosts[]` (`HostName`, `Cookies[]`). Cookiebot's
`consent.cookiebot.com/<cbid>/cc.js` assigns one array per category,
`CookieConsentDialog.cookieTableNecessary = [[name, host, purpose, expiry, …], …];` and
likewise `…Preference`, `…Statistics`, `…Advertising`, `…Unclassified`.

Both become `Table`s with our header labels, so they pass through the same review as a page.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from inspector.domain.policy.page_reader import FIELD_LABELS, Table

ONETRUST, COOKIEBOT = "onetrust", "cookiebot"
_COLUMNS = ("names", "provider", "purpose", "lifetime", "category")
_HEADER = [FIELD_LABELS[f] for f in _COLUMNS]
# OneTrust's standard group ids, for a group whose name maps to no category.
_ONETRUST_GROUPS = {"C0001": "necessary", "C0002": "statistics", "C0003": "preferences", "C0004": "marketing",
                    "C0005": "marketing"}
_COOKIEBOT_TABLES = {"Necessary": "necessary", "Preference": "preferences", "Statistics": "statistics",
                     "Advertising": "marketing", "Unclassified": ""}
_COOKIEBOT_TABLE = re.compile(r"CookieConsentDialog\.cookieTable(Necessary|Preference|Statistics|Advertising|"
                              r"Unclassified)\s*=\s*")
_UUID = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"


@dataclass(frozen=True)
class Declaration:
    """A declaration a page points to, to offer the user: the platform and the URL to fetch."""

    platform: str
    url: str


def platform_of(text: str, kind: str | None = None) -> str | None:
    """ONETRUST or COOKIEBOT if `text` is one of their declarations, else None."""
    head = text.lstrip()[:1]
    if kind in (None, "json", "text") and head in "{[" and "DomainData" in text:
        return ONETRUST
    if kind in (None, "js", "text") and _COOKIEBOT_TABLE.search(text):
        return COOKIEBOT
    return None


def declaration_tables(text: str, platform: str) -> list[Table]:
    return _onetrust(text) if platform == ONETRUST else _cookiebot(text)


def _onetrust(text: str) -> list[Table]:
    try:
        data = json.loads(text)
    except ValueError as exc:
        return [Table(None, [], "onetrust", [f"the OneTrust JSON is not valid JSON ({exc})"])]
    domain = data.get("DomainData") if isinstance(data, dict) else None
    if domain is None and isinstance(data, dict) and isinstance(data.get("culture"), dict):
        domain = data["culture"].get("DomainData")
    groups = domain.get("Groups") if isinstance(domain, dict) else None
    if not isinstance(groups, list):
        return [Table(None, [], "onetrust", ["the OneTrust JSON has no DomainData.Groups"])]
    tables = []
    for group in groups:
        if not isinstance(group, dict):
            continue
        name = _text(group.get("GroupName")) or _text(group.get("OptanonGroupId"))
        category = _ONETRUST_GROUPS.get(_text(group.get("OptanonGroupId")) or _text(group.get("CustomGroupId")), "")
        rows = [_HEADER]
        for cookie in _dicts(group.get("FirstPartyCookies")):
            rows.append(_onetrust_row(cookie, _text(cookie.get("Host")), category))
        for host in _dicts(group.get("Hosts")):
            for cookie in _dicts(host.get("Cookies")):
                rows.append(_onetrust_row(cookie, _text(cookie.get("Host")) or _text(host.get("HostName")), category))
        if len(rows) > 1:
            tables.append(Table(name or None, rows, "onetrust"))
    return tables


def _onetrust_row(cookie: dict, host: str, category: str) -> list[str]:
    if cookie.get("IsSession") is True:
        lifetime = "Session"
    else:
        length = _text(cookie.get("Length"))
        lifetime = f"{length} days" if length.isdigit() and length != "0" else length
    purpose = _text(cookie.get("description")) or _text(cookie.get("Description"))
    return [_text(cookie.get("Name")), host, re.sub(r"<[^>]+>", " ", purpose), lifetime, category]


def _cookiebot(text: str) -> list[Table]:
    tables = []
    decoder = json.JSONDecoder()
    for found in _COOKIEBOT_TABLE.finditer(text):
        which = found.group(1)
        try:
            entries, _end = decoder.raw_decode(text, found.end())
        except ValueError:
            tables.append(Table(which, [], "cookiebot", [f"Cookiebot's {which} table could not be read"]))
            continue
        rows = [_HEADER]
        for entry in entries if isinstance(entries, list) else ():
            if isinstance(entry, list) and entry:
                cells = [_text(v) for v in entry[:4]] + [""] * (4 - min(len(entry), 4))
                rows.append([cells[0], cells[1], cells[2], cells[3], _COOKIEBOT_TABLES[which]])
        if len(rows) > 1:
            tables.append(Table(which, rows, "cookiebot"))
    return tables


def _text(value) -> str:
    return value.strip() if isinstance(value, str) else (str(value) if isinstance(value, (int, float)) else "")


def _dicts(value) -> list[dict]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def embedded_declarations(html: str, page_url: str | None = None) -> list[Declaration]:
    """The declarations a page's banner scripts point to (OneTrust's domain id, Cookiebot's cbid)."""
    found: list[Declaration] = []
    direct = re.search(r"https://cdn\.cookielaw\.org/consent/" + _UUID + r"(?:-test)?/[^\"'\s<>]+\.json", html)
    if direct:
        found.append(Declaration(ONETRUST, direct.group(0)))
    else:
        ot = re.search(r"data-domain-script\s*=\s*[\"'](" + _UUID + r"(?:-test)?)[\"']", html)
        if ot:
            found.append(Declaration(ONETRUST, f"https://cdn.cookielaw.org/consent/{ot.group(1)}/{ot.group(1)}.json"))
    cb = (re.search(r"consent\.cookiebot\.(?:com|eu)/(" + _UUID + r")/", html)
          or re.search(r"data-cbid\s*=\s*[\"'](" + _UUID + r")[\"']", html))
    if cb:
        host = urlsplit(page_url).hostname if page_url else None
        found.append(Declaration(COOKIEBOT, f"https://consent.cookiebot.com/{cb.group(1)}/cc.js"
                                            + (f"?referer={host}" if host else "")))
    return found


def onetrust_ruleset_url(text: str, wanted_language: str = "en") -> str | None:
    """From OneTrust's index (`<id>/<id>.json`: `RuleSet[].Id`, `Languages`), the DomainData URL to fetch next."""
    try:
        data = json.loads(text)
    except ValueError:
        return None
    rulesets = data.get("RuleSet") if isinstance(data, dict) else None
    domain_id = _text(data.get("Id")) if isinstance(data, dict) else ""
    for ruleset in _dicts(rulesets):
        languages = ruleset.get("Languages")
        langs = list(languages) if isinstance(languages, dict) else []
        lang = wanted_language if wanted_language in langs else (langs[0] if langs else wanted_language)
        rid = _text(ruleset.get("Id"))
        if domain_id and rid:
            return f"https://cdn.cookielaw.org/consent/{domain_id}/{rid}/{lang}.json"
    return None


__all__ = ["Declaration", "ONETRUST", "COOKIEBOT", "platform_of", "declaration_tables", "embedded_declarations",
           "onetrust_ruleset_url"]
