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
from inspector.domain.policy.error_words import ASIDE
from inspector.domain.policy.model import (
    ORIGIN_KINDS, ORIGIN_URL, SCHEMA_VERSION, Category, CookieRule, InvalidValue, Policy, PolicyError, PolicyOrigin,
    PolicySite, Provider, Text, language_tag,
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
    """Seconds for "13 months", "1 year", "30 minutes"...; None for "session"; else InvalidValue (a ValueError)."""
    text = text.strip()
    if text.lower() == "session":
        return None
    found = _LIFETIME.fullmatch(text)
    if found is None:
        raise InvalidValue("lifetime", text=text, units=tuple(_UNIT_SECONDS), example="13 months")
    return int(found.group(1)) * _UNIT_SECONDS[found.group(2).lower()]


def lifetime_count(text: str) -> tuple[int, str] | None:
    """(13, "month") for "13 months": the count and unit a reader's language words; None for
    "session" or any text that is not one lifetime (an imported page's words, OCD's retention)."""
    found = _LIFETIME.fullmatch(text.strip())
    return (int(found.group(1)), found.group(2).lower()) if found else None


# Whitespace, controls and the separators of a Cookie header cannot be part of a name.
_NOT_IN_NAMES = re.compile(r"[\x00-\x20\x7f;,=]")


def check_cookie_name(name: str, is_pattern: bool) -> None:
    """InvalidValue (a ValueError) if `name` cannot be a cookie name (or, with `is_pattern`, a glob of names)."""
    if not name:
        raise InvalidValue("name-empty")
    bad = _NOT_IN_NAMES.search(name)
    if bad:
        # repr: the offending character may be a control or a space, which must show.
        raise InvalidValue("name-character", name=repr(name), char=repr(bad.group()))
    has_wildcard = "*" in name or "?" in name
    if not is_pattern:
        if has_wildcard:
            raise InvalidValue("name-wildcard", name=name, fix=f"pattern: {name}")
        return
    if "[" in name:
        raise InvalidValue("pattern-class", name=name)
    if not has_wildcard:
        raise InvalidValue("pattern-no-wildcard", name=name, fix=f"name: {name}")
    if literal_chars(name) == 0:
        # It would claim every cookie of the site as declared, which no policy page does.
        raise InvalidValue("pattern-everything", name=name)


_HOST_LABEL = re.compile(r"(?!-)[a-z0-9_-]{1,63}(?<!-)")


def parse_host(entry: str) -> str:
    """The normalized form of one `hosts` entry ("Shop.Example.com", "*.example.com"), else InvalidValue."""
    wildcard = entry.startswith("*.")
    host = entry[2:] if wildcard else entry
    if "/" in host:
        raise InvalidValue("host-url", entry=entry)
    if host.startswith("."):
        raise InvalidValue("host-dot", entry=entry, fix=f"*{host}", domain=host[1:])
    if is_ip(host.strip("[]")):
        if wildcard:
            raise InvalidValue("host-ip-wildcard", entry=entry)
        return normalize_host(host)
    if not host.isascii():
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            raise InvalidValue("host-idna", entry=entry) from None
    host = host.lower()
    if len(host) > 253 or not all(_HOST_LABEL.fullmatch(label) for label in host.split(".")):
        raise InvalidValue("host-invalid", entry=entry)
    if wildcard and _is_public_suffix(host):
        raise InvalidValue("host-public-suffix", entry=entry, suffix=host)
    return f"*.{host}" if wildcard else host


def _is_public_suffix(host: str) -> bool:
    # A name directly under a public suffix is a registrable domain of its own, while
    # under an ordinary domain it belongs to that domain's site.
    probe = "x." + host
    return site_of(probe) == probe


def check_url(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname or any(c.isspace() for c in url):
        raise InvalidValue("url", url=url, example="https://example.com/cookies")


_ID = re.compile(r"[a-z0-9][a-z0-9_.-]*")
_LANGUAGE = re.compile(r"[a-z]{2,3}(-[a-z0-9]{2,8})*")


# --- reading the YAML node tree -----------------------------------------------------

_STR = "tag:yaml.org,2002:str"
_BOOL = "tag:yaml.org,2002:bool"
_INT = "tag:yaml.org,2002:int"
_KINDS = {  # what YAML read a value as: codes of error_words.GOT
    _STR: "text",
    _BOOL: "bool",
    _INT: "number",
    "tag:yaml.org,2002:float": "number",
    "tag:yaml.org,2002:null": "nothing",
    "tag:yaml.org,2002:timestamp": "date",
}

# `what`, where a value is in the file, is a tuple of steps: a YAML key as written, or a
# (code, value) pair of error_words.WHERE, e.g. (("site", "shop"), ("cookie-named", "sid"), "lifetime").
Where = tuple


def _kind(node: Node) -> dict:
    """What YAML read the node as, as the parameters of a problem: {"got": code} (and its tag)."""
    if isinstance(node, MappingNode):
        return {"got": "mapping"}
    if isinstance(node, SequenceNode):
        return {"got": "list"}
    if node.tag in _KINDS:
        return {"got": _KINDS[node.tag]}
    return {"got": "tagged", "tag": node.tag}


def line_of(node: Node) -> int:
    """The node's line, counted from 1 as editors do."""
    return node.start_mark.line + 1


def _where(what) -> Where:
    # A bare string is one key as written ("version", "sites").
    return (what,) if isinstance(what, str) else tuple(what)


class PolicyReader:
    """Typed access to the composed nodes; every error is an `error` (PolicyError or a subclass)
    at the node's line and column, its sentence a phrase of error_words with parameters."""

    def __init__(self, path, error: type[PolicyError] = PolicyError):
        self.path = path
        self.error = error

    def fail(self, node: Node, why: str, what: Where = (), **params) -> NoReturn:
        mark = node.start_mark
        if what:
            params["what"] = _where(what)
        raise self.error(self.path, mark.line + 1, mark.column + 1, why=why, params=params)

    def wrong_type(self, node: Node, what: Where, expected: str) -> NoReturn:
        if isinstance(node, ScalarNode) and node.tag != _STR and node.value:
            # YAML reads a bare no, on, 1.0 or 2024-01-01 as something other than text.
            self.fail(node, "wrong-type-quote", what, expected=expected, value=node.value, **_kind(node))
        self.fail(node, "wrong-type", what, expected=expected, **_kind(node))

    def entries(self, node: Node, what: Where) -> list[tuple[ScalarNode, Node]]:
        """The (key, value) pairs of a mapping; duplicate keys are an error, as YAML says."""
        if not isinstance(node, MappingNode):
            self.wrong_type(node, what, "mapping")
        first_line: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                self.fail(key_node, "key-not-plain", what, **_kind(key_node))
            key = key_node.value
            if key in first_line:
                self.fail(key_node, "duplicate-key", what, key=key, first=first_line[key])
            first_line[key] = line_of(key_node)
        return node.value

    def fields(self, node: Node, what: Where, required=(), optional=()) -> dict[str, Node]:
        """A mapping with a fixed set of keys, so that a typo is an error and not a silent default."""
        allowed = (*required, *optional)
        found = {}
        for key_node, value_node in self.entries(node, what):
            if key_node.value not in allowed:
                why, hint = _suggest(key_node.value, allowed)
                self.fail(key_node, why, what, key=key_node.value, **hint)
            found[key_node.value] = value_node
        for key in required:
            if key not in found:
                self.fail(node, "missing-key", what, key=key)
        return found

    def sequence(self, node: Node, what: Where) -> list[Node]:
        if not isinstance(node, SequenceNode):
            self.wrong_type(node, what, "list")
        return node.value

    def string(self, node: Node, what: Where) -> str:
        """Non-empty text, stripped: no name, host or prose here means anything by edge spaces."""
        if not (isinstance(node, ScalarNode) and node.tag == _STR):
            self.wrong_type(node, what, "text")
        value = node.value.strip()
        if not value:
            self.fail(node, "empty", what)
        return value

    def boolean(self, node: Node, what: Where) -> bool:
        if not (isinstance(node, ScalarNode) and node.tag == _BOOL):
            self.wrong_type(node, what, "bool")
        return SafeConstructor.bool_values[node.value.lower()]

    def integer(self, node: Node, what: Where) -> int:
        if not (isinstance(node, ScalarNode) and node.tag == _INT):
            self.wrong_type(node, what, "int")
        try:
            return SafeConstructor().construct_yaml_int(node)
        except ValueError:  # Python refuses to convert more than 4,300 digits
            self.fail(node, "number-too-long", what, digits=len(node.value))

    def identifier(self, node: Node, what: Where) -> str:
        if not isinstance(node, ScalarNode):
            self.wrong_type(node, what, "id")
        # As written: a key such as `no:` or `2024:` is an id here, not YAML's false or number.
        value = node.value
        if not _ID.fullmatch(value):
            self.fail(node, "bad-id", what, value=value)
        return value

    def text(self, node: Node, what: Where) -> Text:
        """Plain text (English), or a mapping of language codes to text with English required."""
        if isinstance(node, ScalarNode):
            return Text((("en", self.string(node, what)),))
        if not isinstance(node, MappingNode):
            self.wrong_type(node, what, "text-or-languages")
        pairs: dict[str, str] = {}
        for key_node, value_node in self.entries(node, what):
            lang = language_tag(key_node.value)
            if not _LANGUAGE.fullmatch(lang):
                self.fail(key_node, "bad-language", what, value=key_node.value)
            if lang in pairs:
                self.fail(key_node, "language-twice", what, lang=lang)
            pairs[lang] = self.string(value_node, _where(what) + ((ASIDE, lang),))
        if "en" not in pairs:
            self.fail(node, "missing-english", what)
        return Text((("en", pairs.pop("en")), *pairs.items()))

    def checked(self, node: Node, what: Where, check, value: str):
        """`check(value)`'s result, its InvalidValue reported at `node`."""
        try:
            return check(value)
        except InvalidValue as exc:
            problem = exc
        # Raised outside the handler, so the report is this one error, not a chain of two.
        self.fail(node, problem.why, what, **problem.params)


def _suggest(key: str, allowed) -> tuple[str, dict]:
    """The problem of an unknown key: the allowed key it is closest to, else all of them."""
    close = difflib.get_close_matches(key, allowed, n=1)
    if close:
        return "unknown-key-close", {"close": close[0]}
    return "unknown-key", {"allowed": tuple(allowed)}


# --- the schema ---------------------------------------------------------------------

_TOP_KEYS = dict(required=("version", "name", "sites"), optional=("categories", "providers", "imported"))
_IMPORTED_KEYS = dict(required=("from", "at"), optional=("source",))
_SITE_KEYS = dict(required=("id", "name", "hosts", "cookies"), optional=("source_url",))
_COOKIE_KEYS = dict(required=("provider", "category", "function", "purpose"),
                    optional=("name", "pattern", "lifetime", "section"))


def _read_policy(r: PolicyReader, root: Node | None) -> Policy:
    if root is None:
        raise PolicyError(r.path, None, None, why="policy-empty")
    if not isinstance(root, MappingNode):
        r.wrong_type(root, (("policy",),), "policy")
    # The version decides what every other key means, so it is checked before them.
    for key_node, value_node in r.entries(root, (("policy",),)):
        if key_node.value == "version":
            _check_version(r, value_node)
    top = r.fields(root, (("policy",),), **_TOP_KEYS)
    categories = _read_categories(r, top["categories"]) if "categories" in top else {}
    providers = read_providers(r, top["providers"]) if "providers" in top else {}
    sites = _read_sites(r, top["sites"], categories, providers)
    origin = _read_origin(r, top["imported"]) if "imported" in top else None
    return Policy(r.path, r.string(top["name"], (("policy-name",),)), sites, categories, providers, origin)


def _read_origin(r: PolicyReader, node: Node) -> PolicyOrigin:
    """The `imported:` block the importer writes, so a saved file says where it came from and when."""
    f = r.fields(node, ("imported",), **_IMPORTED_KEYS)
    kind = r.string(f["from"], ("imported", "from"))
    if kind not in ORIGIN_KINDS:
        r.fail(f["from"], "not-one-of", ("imported", "from"), value=kind, known=tuple(ORIGIN_KINDS))
    at_text = r.string(f["at"], ("imported", "at"))
    at_us = r.checked(f["at"], ("imported", "at"), parse_instant, at_text)
    source = r.string(f["source"], ("imported", "source")) if "source" in f else None
    if kind == ORIGIN_URL and source is not None:
        r.checked(f["source"], ("imported", "source"), check_url, source)
    return PolicyOrigin(kind, source, at_us)


def parse_instant(text: str) -> int:
    """Microseconds since the epoch of an ISO 8601 instant with its offset ("2026-12-01T21:13:06Z")."""
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        raise InvalidValue("instant", text=text, example="2026-12-01T21:13:06Z") from None
    if when.tzinfo is None:
        raise InvalidValue("instant-zone", text=text)
    return int(when.timestamp()) * 1_000_000 + when.microsecond


def _check_version(r: PolicyReader, node: Node) -> None:
    version = r.integer(node, "version")
    if version != SCHEMA_VERSION:
        r.fail(node, "policy-version", version=version, supported=SCHEMA_VERSION)


def _read_categories(r: PolicyReader, node: Node) -> dict[str, Category]:
    categories = {}
    for key_node, value_node in r.entries(node, "categories"):
        cid = r.identifier(key_node, (("category-id",),))
        what = (("category", cid),)
        f = r.fields(value_node, what, required=("label", "description", "needs_consent"))
        categories[cid] = Category(
            cid,
            r.text(f["label"], what + ("label",)),
            r.text(f["description"], what + ("description",)),
            r.boolean(f["needs_consent"], what + ("needs_consent",)),
        )
    return categories


def read_providers(r: PolicyReader, node: Node) -> dict[str, Provider]:
    """The `providers:` mapping, {id: {name, url}}; shared with the catalog."""
    providers = {}
    for key_node, value_node in r.entries(node, "providers"):
        pid = r.identifier(key_node, (("provider-id",),))
        what = (("provider", pid),)
        f = r.fields(value_node, what, required=("name",), optional=("url",))
        url = read_url(r, f["url"], what + ("url",)) if "url" in f else None
        providers[pid] = Provider(pid, r.string(f["name"], what + ("name",)), url)
    return providers


def read_url(r: PolicyReader, node: Node, what: Where) -> str:
    """An http(s) URL; shared with the catalog."""
    url = r.string(node, what)
    r.checked(node, what, check_url, url)
    return url


def _read_sites(r: PolicyReader, node: Node, categories, providers) -> list[PolicySite]:
    sites = []
    first_line: dict[str, int] = {}
    for number, site_node in enumerate(r.sequence(node, "sites"), start=1):
        site, id_node = _read_site(r, site_node, (("site-number", number),), categories, providers)
        if site.id in first_line:
            r.fail(id_node, "duplicate-site", id=site.id, first=first_line[site.id])
        first_line[site.id] = line_of(id_node)
        sites.append(site)
    return sites


def _read_site(r: PolicyReader, node: Node, what: Where, categories, providers) -> tuple[PolicySite, Node]:
    """The site, and the node of its id (where a duplicate is reported)."""
    f = r.fields(node, what, **_SITE_KEYS)
    site_id = r.identifier(f["id"], what + ("id",))
    what = (("site", site_id),)
    name = r.string(f["name"], what + ("name",))
    hosts = read_hosts(r, f["hosts"], what + ("hosts",))
    source_url = read_url(r, f["source_url"], what + ("source_url",)) if "source_url" in f else None
    rules = []
    first_line: dict[tuple[bool, str], int] = {}
    for cookie_node in r.sequence(f["cookies"], what + ("cookies",)):
        rule, name_node = _read_cookie(r, cookie_node, site_id, categories, providers)
        key = (rule.is_pattern, rule.name)
        if key in first_line:
            r.fail(name_node, "duplicate-cookie", what, name=rule.name, first=first_line[key])
        first_line[key] = line_of(name_node)
        rules.append(rule)
    return PolicySite(site_id, name, hosts, source_url, tuple(rules)), f["id"]


def read_hosts(r: PolicyReader, node: Node, what: Where, parse=parse_host,
               empty: str = "hosts-empty") -> tuple[str, ...]:
    """A non-empty list of distinct hosts, each normalized by `parse`; shared with the catalog's domain hints.
    `empty`: the problem (error_words) of an empty list."""
    hosts: list[str] = []
    for host_node in r.sequence(node, what):
        host = r.checked(host_node, what, parse, r.string(host_node, what))
        if host in hosts:
            r.fail(host_node, "host-twice", what, host=host)
        hosts.append(host)
    if not hosts:
        r.fail(node, empty, what)
    return tuple(hosts)


def read_cookie_name(r: PolicyReader, node: Node, f: dict, what: Where) -> tuple[str, bool, Node]:
    """The `name:` or `pattern:` of a cookie entry (exactly one of them), checked; shared with the catalog."""
    if ("name" in f) == ("pattern" in f):
        if "name" in f:
            r.fail(f["pattern"], "name-and-pattern", what)
        r.fail(node, "missing-name", what)
    is_pattern = "pattern" in f
    name_node = f["pattern" if is_pattern else "name"]
    name = r.string(name_node, what)
    r.checked(name_node, what, lambda n: check_cookie_name(n, is_pattern), name)
    return name, is_pattern, name_node


def _read_cookie(r: PolicyReader, node: Node, site_id: str, categories, providers) -> tuple[CookieRule, Node]:
    """The rule, and the node of its name (where a duplicate is reported)."""
    what = (("site", site_id), ("cookie",))
    f = r.fields(node, what, **_COOKIE_KEYS)
    name, is_pattern, name_node = read_cookie_name(r, node, f, what)
    what = (("site", site_id), ("cookie-named", name))
    lifetime_text = r.string(f["lifetime"], what + ("lifetime",)) if "lifetime" in f else None
    rule = CookieRule(
        name=name,
        is_pattern=is_pattern,
        provider=_lookup(r, f["provider"], what, providers, "provider", "providers"),
        function=r.text(f["function"], what + ("function",)),
        purpose=r.text(f["purpose"], what + ("purpose",)),
        category=_lookup(r, f["category"], what, categories, "category", "categories"),
        lifetime_seconds=(r.checked(f["lifetime"], what, parse_lifetime, lifetime_text)
                          if lifetime_text is not None else None),
        lifetime_text=lifetime_text,
        section=r.text(f["section"], what + ("section",)) if "section" in f else None,
        site_id=site_id,
    )
    return rule, name_node


_UNKNOWN = {"category": ("unknown-category", "no-categories"), "provider": ("unknown-provider", "no-providers")}


def _lookup(r: PolicyReader, node: Node, what: Where, table: dict, kind: str, section: str):
    key = r.string(node, what + (kind,))
    if key not in table:
        unknown, none = _UNKNOWN[kind]
        if table:
            r.fail(node, unknown, what, key=key, known=tuple(table))
        r.fail(node, none, what, key=key, section=section)
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
        raise PolicyError(path, None, None, why="file-not-found") from None
    except IsADirectoryError:
        raise PolicyError(path, None, None, why="is-directory") from None
    except FileRefused as exc:
        raise _refused(path, exc) from None
    except OSError as exc:
        # The OS's own words (strerror) are a parameter: no catalogue of ours holds them.
        raise PolicyError(path, None, None, why="unreadable", params={"error": exc.strerror or str(exc)}) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line_start = data.rfind(b"\n", 0, exc.start) + 1
        column = len(data[line_start:exc.start].decode("utf-8", "replace")) + 1
        raise PolicyError(path, data.count(b"\n", 0, exc.start) + 1, column, why="not-utf8",
                          params={"byte": f"{data[exc.start]:02x}"}) from None
    return text.removeprefix("\ufeff")


def _refused(path, exc: FileRefused) -> PolicyError:
    """Why read_regular refused the file (what it is, or its size), in the policy reader's own words."""
    kind = exc.params.get("file_kind") if exc.why == "file.not-regular" else None
    if kind == "folder":
        return PolicyError(path, None, None, why="is-directory")
    if kind is None:
        return PolicyError(path, None, None, why="too-big", params={"megabytes": MAX_POLICY_BYTES // 2**20})
    return PolicyError(path, None, None, why="not-regular", params={"file_kind": kind})


def compose(path, text: str) -> Node | None:
    """The YAML node tree of `text` (None for an empty document); invalid YAML is a PolicyError."""
    # compose() builds nodes that carry their position and constructs no Python objects,
    # so nothing in the file can run code, and every later error can say where it is.
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        # PyYAML's account of the problem is English of its own: a parameter, shown as it is.
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
        if exc.context and exc.problem:
            raise PolicyError(path, line, column, why="yaml-context",
                              params={"problem": problem, "context": exc.context}) from None
        raise PolicyError(path, line, column, why="yaml", params={"problem": problem}) from None
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1
        column = exc.position - (text.rfind("\n", 0, exc.position) + 1) + 1
        char = chr(exc.character) if isinstance(exc.character, int) else exc.character
        raise PolicyError(path, line, column, why="yaml-character",
                          params={"char": repr(char), "code": f"{ord(char):04X}"}) from None
    except yaml.YAMLError as exc:
        raise PolicyError(path, None, None, why="yaml", params={"problem": str(exc)}) from None
    except RecursionError:
        # PyYAML's composer recurses once per nesting level; no policy nests more than a few.
        raise PolicyError(path, None, None, why="yaml-deep") from None
