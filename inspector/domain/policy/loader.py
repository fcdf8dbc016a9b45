"""Read policy.yaml safely and validate it, with file:line:column errors; builds the policy model."""
from __future__ import annotations

import difflib
import os
from datetime import datetime
import re
from typing import NoReturn
from urllib.parse import urlsplit

import yaml
from yaml.constructor import SafeConstructor

from inspector.domain.bounded_read import FileRefused, read_regular
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from inspector.domain.name_rules import literal_chars
from inspector.domain.policy.model import (
    ORIGIN_KINDS, ORIGIN_URL, SCHEMA_VERSION, Category, CookieRule, Policy, PolicyError, PolicyOrigin, PolicySite,
    Provider, Text, language_tag,
)
from inspector.domain.sites import is_ip, normalize_host, site_of

# --- values inside the file ---------------------------------------------------------

_UNIT_SECONDS = {
    "second": 1,
    "minute": 60,
    "hour": 3600,
    "day": 86_400,
    "week": 7 * 86_400,
    # Calendar-free on purpose: a year is 365 days and a month a twelfth of it, so
    # "12 months" and "1 year" declare the same lifetime.
    "month": 365 * 86_400 // 12,
    "year": 365 * 86_400,
}
_LIFETIME = re.compile(r"(\d+)\s*(second|minute|hour|day|week|month|year)s?", re.IGNORECASE)


def parse_lifetime(text: str) -> int | None:
    """Seconds for "13 months", "1 year", "30 minutes"...; None for "session"; else ValueError."""
    text = text.strip()
    if text.lower() == "session":
        return None
    found = _LIFETIME.fullmatch(text)
    if found is None:
        raise ValueError(f"unparsable lifetime '{text}': write a whole number and a unit "
                         f"({', '.join(_UNIT_SECONDS)}), e.g. '13 months', or 'session'")
    return int(found.group(1)) * _UNIT_SECONDS[found.group(2).lower()]


# Whitespace, controls and the separators of a Cookie header cannot be part of a name.
_NOT_IN_NAMES = re.compile(r"[\x00-\x20\x7f;,=]")


def check_cookie_name(name: str, is_pattern: bool) -> None:
    """ValueError if `name` cannot be a cookie name (or, with `is_pattern`, a glob of names)."""
    if not name:
        raise ValueError("empty cookie name")
    bad = _NOT_IN_NAMES.search(name)
    if bad:
        raise ValueError(f"{name!r} contains {bad.group()!r}, which cannot occur in cookie names")
    has_wildcard = "*" in name or "?" in name
    if not is_pattern:
        if has_wildcard:
            raise ValueError(f"'{name}' contains a wildcard: write it as 'pattern: {name}'")
        return
    if "[" in name:
        raise ValueError(f"'{name}': character classes ('[...]') are not supported; use '*' or '?'")
    if not has_wildcard:
        raise ValueError(f"pattern '{name}' has no '*' or '?': write it as 'name: {name}'")
    if literal_chars(name) == 0:
        # It would claim every cookie of the site as declared, which no policy page does.
        raise ValueError(f"pattern '{name}' has no literal characters and would match every cookie")


_HOST_LABEL = re.compile(r"(?!-)[a-z0-9_-]{1,63}(?<!-)")


def parse_host(entry: str) -> str:
    """The normalized form of one `hosts` entry ("Shop.Example.com", "*.example.com"), else ValueError."""
    wildcard = entry.startswith("*.")
    host = entry[2:] if wildcard else entry
    if "/" in host:
        raise ValueError(f"'{entry}' is a URL; write the host name alone, e.g. 'www.example.com'")
    if host.startswith("."):
        raise ValueError(f"'{entry}': a leading '.' is cookie syntax; write '*{host}' for "
                         f"{host[1:]} and all its subdomains")
    if is_ip(host.strip("[]")):
        if wildcard:
            raise ValueError(f"'{entry}': '*.' cannot precede an IP address")
        return normalize_host(host)
    if not host.isascii():
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            raise ValueError(f"'{entry}' is not a valid host name") from None
    host = host.lower()
    if len(host) > 253 or not all(_HOST_LABEL.fullmatch(label) for label in host.split(".")):
        raise ValueError(f"'{entry}' is not a valid host name (dot-separated labels of letters, digits, "
                         "'-' and '_'; '*' only as a leading '*.')")
    if wildcard and _is_public_suffix(host):
        raise ValueError(f"'{entry}' would cover every site under the public suffix '{host}'")
    return f"*.{host}" if wildcard else host


def _is_public_suffix(host: str) -> bool:
    # A name directly under a public suffix is a registrable domain of its own, while
    # under an ordinary domain it belongs to that domain's site.
    probe = "x." + host
    return site_of(probe) == probe


def check_url(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname or any(c.isspace() for c in url):
        raise ValueError(f"'{url}' is not an http(s) URL such as 'https://example.com/cookies'")


_ID = re.compile(r"[a-z0-9][a-z0-9_.-]*")
_LANGUAGE = re.compile(r"[a-z]{2,3}(-[a-z0-9]{2,8})*")


# --- reading the YAML node tree -----------------------------------------------------

_STR = "tag:yaml.org,2002:str"
_BOOL = "tag:yaml.org,2002:bool"
_INT = "tag:yaml.org,2002:int"
_KINDS = {
    _STR: "text",
    _BOOL: "true/false",
    _INT: "a number",
    "tag:yaml.org,2002:float": "a number",
    "tag:yaml.org,2002:null": "nothing",
    "tag:yaml.org,2002:timestamp": "a date",
}


def _kind(node: Node) -> str:
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    return _KINDS.get(node.tag, f"a value tagged {node.tag}")


def line_of(node: Node) -> int:
    """The node's line, counted from 1 as editors do."""
    return node.start_mark.line + 1


class PolicyReader:
    """Typed access to the composed nodes; every error is an `error` (PolicyError or a subclass)
    at the node's line and column."""

    def __init__(self, path, error: type[PolicyError] = PolicyError):
        self.path = path
        self.error = error

    def fail(self, node: Node, message: str) -> NoReturn:
        mark = node.start_mark
        raise self.error(self.path, mark.line + 1, mark.column + 1, message)

    def wrong_type(self, node: Node, what: str, expected: str) -> NoReturn:
        hint = ""
        if isinstance(node, ScalarNode) and node.tag != _STR and node.value:
            # YAML reads a bare no, on, 1.0 or 2024-01-01 as something other than text.
            hint = f" (write \"{node.value}\" in quotes if you mean it as text)"
        self.fail(node, f"{what}: expected {expected}, got {_kind(node)}{hint}")

    def entries(self, node: Node, what: str) -> list[tuple[ScalarNode, Node]]:
        """The (key, value) pairs of a mapping; duplicate keys are an error, as YAML says."""
        if not isinstance(node, MappingNode):
            self.wrong_type(node, what, "a mapping")
        first_line: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                self.fail(key_node, f"{what}: keys must be plain names, not {_kind(key_node)}")
            key = key_node.value
            if key in first_line:
                self.fail(key_node, f"{what}: duplicate key '{key}' (first on line {first_line[key]})")
            first_line[key] = line_of(key_node)
        return node.value

    def fields(self, node: Node, what: str, required=(), optional=()) -> dict[str, Node]:
        """A mapping with a fixed set of keys, so that a typo is an error and not a silent default."""
        allowed = (*required, *optional)
        found = {}
        for key_node, value_node in self.entries(node, what):
            if key_node.value not in allowed:
                self.fail(key_node, f"{what}: unknown key '{key_node.value}'{_suggest(key_node.value, allowed)}")
            found[key_node.value] = value_node
        for key in required:
            if key not in found:
                self.fail(node, f"{what}: missing required key '{key}'")
        return found

    def sequence(self, node: Node, what: str) -> list[Node]:
        if not isinstance(node, SequenceNode):
            self.wrong_type(node, what, "a list")
        return node.value

    def string(self, node: Node, what: str) -> str:
        """Non-empty text, stripped: no name, host or prose here means anything by edge spaces."""
        if not (isinstance(node, ScalarNode) and node.tag == _STR):
            self.wrong_type(node, what, "text")
        value = node.value.strip()
        if not value:
            self.fail(node, f"{what}: must not be empty")
        return value

    def boolean(self, node: Node, what: str) -> bool:
        if not (isinstance(node, ScalarNode) and node.tag == _BOOL):
            self.wrong_type(node, what, "true or false")
        return SafeConstructor.bool_values[node.value.lower()]

    def integer(self, node: Node, what: str) -> int:
        if not (isinstance(node, ScalarNode) and node.tag == _INT):
            self.wrong_type(node, what, "a whole number")
        try:
            return SafeConstructor().construct_yaml_int(node)
        except ValueError:  # Python refuses to convert more than 4,300 digits
            self.fail(node, f"{what}: a number of {len(node.value):,} characters is far too long")

    def identifier(self, node: Node, what: str) -> str:
        if not isinstance(node, ScalarNode):
            self.wrong_type(node, what, "an id")
        # As written: a key such as `no:` or `2024:` is an id here, not YAML's false or number.
        value = node.value
        if not _ID.fullmatch(value):
            self.fail(node, f"{what}: '{value}' is not a valid id "
                            "(lower-case letters, digits, '-', '_' and '.')")
        return value

    def text(self, node: Node, what: str) -> Text:
        """Plain text (English), or a mapping of language codes to text with English required."""
        if isinstance(node, ScalarNode):
            return Text((("en", self.string(node, what)),))
        if not isinstance(node, MappingNode):
            self.wrong_type(node, what, "text or a mapping such as {en: ..., fr: ...}")
        pairs: dict[str, str] = {}
        for key_node, value_node in self.entries(node, what):
            lang = language_tag(key_node.value)
            if not _LANGUAGE.fullmatch(lang):
                self.fail(key_node, f"{what}: '{key_node.value}' is not a language code such as en or fr")
            if lang in pairs:
                self.fail(key_node, f"{what}: language '{lang}' appears twice")
            pairs[lang] = self.string(value_node, f"{what} ({lang})")
        if "en" not in pairs:
            self.fail(node, f"{what}: missing English text: add an 'en' entry "
                            "(it is the fallback for every other language)")
        return Text((("en", pairs.pop("en")), *pairs.items()))

    def checked(self, node: Node, what: str, check, value: str):
        """`check(value)`'s result, its ValueError reported at `node`."""
        try:
            return check(value)
        except ValueError as exc:
            problem = str(exc)
        # Raised outside the handler, so the report is this one error, not a chain of two.
        self.fail(node, f"{what}: {problem}")


def _suggest(key: str, allowed) -> str:
    close = difflib.get_close_matches(key, allowed, n=1)
    if close:
        return f" (did you mean '{close[0]}'?)"
    return f" (allowed: {', '.join(allowed)})"


# --- the schema ---------------------------------------------------------------------

_TOP_KEYS = dict(required=("version", "name", "sites"), optional=("categories", "providers", "imported"))
_IMPORTED_KEYS = dict(required=("from", "at"), optional=("source",))
_SITE_KEYS = dict(required=("id", "name", "hosts", "cookies"), optional=("source_url",))
_COOKIE_KEYS = dict(required=("provider", "category", "function", "purpose"),
                    optional=("name", "pattern", "lifetime", "section"))


def _read_policy(r: PolicyReader, root: Node | None) -> Policy:
    if root is None:
        raise PolicyError(r.path, None, None, "the file is empty; expected a mapping with "
                                              "version, name, categories, providers and sites")
    if not isinstance(root, MappingNode):
        r.wrong_type(root, "policy", "a mapping with version, name, categories, providers and sites")
    # The version decides what every other key means, so it is checked before them.
    for key_node, value_node in r.entries(root, "policy"):
        if key_node.value == "version":
            _check_version(r, value_node)
    top = r.fields(root, "policy", **_TOP_KEYS)
    categories = _read_categories(r, top["categories"]) if "categories" in top else {}
    providers = read_providers(r, top["providers"]) if "providers" in top else {}
    sites = _read_sites(r, top["sites"], categories, providers)
    origin = _read_origin(r, top["imported"]) if "imported" in top else None
    return Policy(r.path, r.string(top["name"], "policy name"), sites, categories, providers, origin)


def _read_origin(r: PolicyReader, node: Node) -> PolicyOrigin:
    """The `imported:` block the importer writes, so a saved file says where it came from and when."""
    f = r.fields(node, "imported", **_IMPORTED_KEYS)
    kind = r.string(f["from"], "imported, from")
    if kind not in ORIGIN_KINDS:
        r.fail(f["from"], f"imported, from: '{kind}' is not one of {', '.join(ORIGIN_KINDS)}")
    at_text = r.string(f["at"], "imported, at")
    at_us = r.checked(f["at"], "imported, at", parse_instant, at_text)
    source = r.string(f["source"], "imported, source") if "source" in f else None
    if kind == ORIGIN_URL and source is not None:
        r.checked(f["source"], "imported, source", check_url, source)
    return PolicyOrigin(kind, source, at_us)


def parse_instant(text: str) -> int:
    """Microseconds since the epoch of an ISO 8601 instant with its offset ("2026-12-01T21:13:06Z")."""
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"'{text}' is not a date and time such as '2026-12-01T21:13:06Z'") from None
    if when.tzinfo is None:
        raise ValueError(f"'{text}' has no time zone: end it with 'Z' for UTC")
    return int(when.timestamp()) * 1_000_000 + when.microsecond


def _check_version(r: PolicyReader, node: Node) -> None:
    version = r.integer(node, "version")
    if version != SCHEMA_VERSION:
        r.fail(node, f"unsupported policy version {version} (this app reads version {SCHEMA_VERSION})")


def _read_categories(r: PolicyReader, node: Node) -> dict[str, Category]:
    categories = {}
    for key_node, value_node in r.entries(node, "categories"):
        cid = r.identifier(key_node, "category id")
        what = f"category '{cid}'"
        f = r.fields(value_node, what, required=("label", "description", "needs_consent"))
        categories[cid] = Category(
            cid,
            r.text(f["label"], f"{what}, label"),
            r.text(f["description"], f"{what}, description"),
            r.boolean(f["needs_consent"], f"{what}, needs_consent"),
        )
    return categories


def read_providers(r: PolicyReader, node: Node) -> dict[str, Provider]:
    """The `providers:` mapping, {id: {name, url}}; shared with the catalog."""
    providers = {}
    for key_node, value_node in r.entries(node, "providers"):
        pid = r.identifier(key_node, "provider id")
        what = f"provider '{pid}'"
        f = r.fields(value_node, what, required=("name",), optional=("url",))
        url = read_url(r, f["url"], f"{what}, url") if "url" in f else None
        providers[pid] = Provider(pid, r.string(f["name"], f"{what}, name"), url)
    return providers


def read_url(r: PolicyReader, node: Node, what: str) -> str:
    """An http(s) URL; shared with the catalog."""
    url = r.string(node, what)
    r.checked(node, what, check_url, url)
    return url


def _read_sites(r: PolicyReader, node: Node, categories, providers) -> list[PolicySite]:
    sites = []
    first_line: dict[str, int] = {}
    for number, site_node in enumerate(r.sequence(node, "sites"), start=1):
        site, id_node = _read_site(r, site_node, f"site {number}", categories, providers)
        if site.id in first_line:
            r.fail(id_node, f"duplicate site id '{site.id}' (first on line {first_line[site.id]})")
        first_line[site.id] = line_of(id_node)
        sites.append(site)
    return sites


def _read_site(r: PolicyReader, node: Node, what: str, categories, providers) -> tuple[PolicySite, Node]:
    """The site, and the node of its id (where a duplicate is reported)."""
    f = r.fields(node, what, **_SITE_KEYS)
    site_id = r.identifier(f["id"], f"{what}, id")
    what = f"site '{site_id}'"
    name = r.string(f["name"], f"{what}, name")
    hosts = read_hosts(r, f["hosts"], f"{what}, hosts")
    source_url = read_url(r, f["source_url"], f"{what}, source_url") if "source_url" in f else None
    rules = []
    first_line: dict[tuple[bool, str], int] = {}
    for cookie_node in r.sequence(f["cookies"], f"{what}, cookies"):
        rule, name_node = _read_cookie(r, cookie_node, site_id, categories, providers)
        key = (rule.is_pattern, rule.name)
        if key in first_line:
            r.fail(name_node, f"{what}: duplicate cookie '{rule.name}' (first declared on line {first_line[key]})")
        first_line[key] = line_of(name_node)
        rules.append(rule)
    return PolicySite(site_id, name, hosts, source_url, tuple(rules)), f["id"]


def read_hosts(r: PolicyReader, node: Node, what: str, parse=parse_host,
               empty: str = "list at least one host") -> tuple[str, ...]:
    """A non-empty list of distinct hosts, each normalized by `parse`; shared with the catalog's domain hints."""
    hosts: list[str] = []
    for host_node in r.sequence(node, what):
        host = r.checked(host_node, what, parse, r.string(host_node, what))
        if host in hosts:
            r.fail(host_node, f"{what}: '{host}' is listed twice")
        hosts.append(host)
    if not hosts:
        r.fail(node, f"{what}: {empty}")
    return tuple(hosts)


def read_cookie_name(r: PolicyReader, node: Node, f: dict, what: str) -> tuple[str, bool, Node]:
    """The `name:` or `pattern:` of a cookie entry (exactly one of them), checked; shared with the catalog."""
    if ("name" in f) == ("pattern" in f):
        if "name" in f:
            r.fail(f["pattern"], f"{what}: give either 'name' or 'pattern', not both")
        r.fail(node, f"{what}: missing required key 'name' (or 'pattern' for a wildcard)")
    is_pattern = "pattern" in f
    name_node = f["pattern" if is_pattern else "name"]
    name = r.string(name_node, what)
    r.checked(name_node, what, lambda n: check_cookie_name(n, is_pattern), name)
    return name, is_pattern, name_node


def _read_cookie(r: PolicyReader, node: Node, site_id: str, categories, providers) -> tuple[CookieRule, Node]:
    """The rule, and the node of its name (where a duplicate is reported)."""
    what = f"site '{site_id}', cookie"
    f = r.fields(node, what, **_COOKIE_KEYS)
    name, is_pattern, name_node = read_cookie_name(r, node, f, what)
    what = f"site '{site_id}', cookie '{name}'"
    lifetime_text = r.string(f["lifetime"], f"{what}, lifetime") if "lifetime" in f else None
    rule = CookieRule(
        name=name,
        is_pattern=is_pattern,
        provider=_lookup(r, f["provider"], what, providers, "provider", "providers"),
        function=r.text(f["function"], f"{what}, function"),
        purpose=r.text(f["purpose"], f"{what}, purpose"),
        category=_lookup(r, f["category"], what, categories, "category", "categories"),
        lifetime_seconds=(r.checked(f["lifetime"], what, parse_lifetime, lifetime_text)
                          if lifetime_text is not None else None),
        lifetime_text=lifetime_text,
        section=r.text(f["section"], f"{what}, section") if "section" in f else None,
        site_id=site_id,
    )
    return rule, name_node


def _lookup(r: PolicyReader, node: Node, what: str, table: dict, kind: str, section: str):
    key = r.string(node, f"{what}, {kind}")
    if key not in table:
        known = f"known: {', '.join(table)}" if table else f"none are defined: add it under '{section}:'"
        r.fail(node, f"{what}: unknown {kind} '{key}' ({known})")
    return table[key]


# --- the file -----------------------------------------------------------------------


def load_policy(path: str | os.PathLike) -> Policy:
    """Read and validate a policy file; any problem is one PolicyError with file, line and column."""
    return parse_policy(read_text(path), path)


def parse_policy(text: str, path: str | os.PathLike = "<policy>") -> Policy:
    """Validate policy YAML held in memory; errors name `path` as their file."""
    return _read_policy(PolicyReader(str(path)), compose(path, text))


# A policy of 10,000 cookie rules is under 1 MB; a bigger file is not read at all, since YAML
# parsing costs several seconds and over 100 MB per MB of policy (stated in the README).
MAX_POLICY_BYTES = 1 * 2**20


def read_text(path) -> str:
    """The file as text: UTF-8 (a BOM is dropped), else a PolicyError saying where it is not."""
    try:
        data = read_regular(os.fspath(path), MAX_POLICY_BYTES)
    except FileNotFoundError:
        raise PolicyError(path, None, None, "file not found") from None
    except IsADirectoryError:
        raise PolicyError(path, None, None, "is a directory, not a policy file") from None
    except FileRefused as exc:
        if "a folder" in str(exc):
            raise PolicyError(path, None, None, "is a directory, not a policy file") from None
        raise PolicyError(path, None, None, f"{exc}; a policy is a small YAML file") from None
    except OSError as exc:
        raise PolicyError(path, None, None, f"cannot read the file: {exc.strerror or exc}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line_start = data.rfind(b"\n", 0, exc.start) + 1
        column = len(data[line_start:exc.start].decode("utf-8", "replace")) + 1
        raise PolicyError(path, data.count(b"\n", 0, exc.start) + 1, column,
                          f"not UTF-8 text (byte 0x{data[exc.start]:02x}); save the file as UTF-8") from None
    return text.removeprefix("\ufeff")


def compose(path, text: str) -> Node | None:
    """The YAML node tree of `text` (None for an empty document); invalid YAML is a PolicyError."""
    # compose() builds nodes that carry their position and constructs no Python objects,
    # so nothing in the file can run code, and every later error can say where it is.
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        context = f" ({exc.context})" if exc.context and exc.problem else ""
        line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
        raise PolicyError(path, line, column, f"invalid YAML: {problem}{context}") from None
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1
        column = exc.position - (text.rfind("\n", 0, exc.position) + 1) + 1
        char = chr(exc.character) if isinstance(exc.character, int) else exc.character
        raise PolicyError(path, line, column, f"invalid YAML: character {char!r} "
                                              f"(U+{ord(char):04X}) is not allowed in YAML") from None
    except yaml.YAMLError as exc:
        raise PolicyError(path, None, None, f"invalid YAML: {exc}") from None
    except RecursionError:
        # PyYAML's composer recurses once per nesting level; no policy nests more than a few.
        raise PolicyError(path, None, None, "invalid YAML: nested too deeply") from None
