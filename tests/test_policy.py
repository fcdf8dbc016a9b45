"""The policy file: the bundled lillemetropole policy, matching, validation errors, languages."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from inspector.domain.policy.loader import load_policy, parse_lifetime
from inspector.domain.policy.model import EMPTY_POLICY, PolicyError, Text, default_policy_path

ROOT = Path(__file__).resolve().parents[1]

# Copied from the published page of opendata.lillemetropole.fr (its English version).
SECTION = "Cookies necessary for the platform to function properly/functionality cookies"
LILLE_COOKIES = {
    "sessionid": ("Authentication (front and back office)", "To remember the user from one page to another"),
    "django_language": ("Language selection (front and back office)", "To remember the visitor's language"),
    "csrftoken": ("API (CSRF) (front et back office)", "To retrieve data via API calls"),
    "cookies_preferences": ("Choices related to your cookie preferences",
                            "To remember the visitor's cookie preferences"),
}


@pytest.fixture(scope="module")
def bundled():
    return load_policy(default_policy_path())


def write(tmp_path: Path, text: str | bytes, name: str = "policy.yaml") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


SMALL_HEADER = """\
version: 1
name: Test policy
categories:
  necessary: {label: Necessary, description: Needed., needs_consent: false}
providers:
  acme: {name: Acme}
sites:
"""


def small_policy(tmp_path: Path, *sites: str):
    """A policy with one category and one provider around the given sites."""
    return load_policy(write(tmp_path, SMALL_HEADER + "".join(sites)))


def site(site_id: str, hosts: str, *cookies: str) -> str:
    return (f"  - id: {site_id}\n    name: {site_id}\n    hosts: {hosts}\n    cookies:\n"
            + "".join(cookies))


def cookie(name: str, key: str = "name") -> str:
    """One declaration; `key="pattern"` makes it a wildcard rule."""
    return (f"      - {{{key}: '{name}', provider: acme, category: necessary, "
            f"function: 'F {name}', purpose: 'P {name}'}}\n")


# --- the bundled policy -------------------------------------------------------------


def test_bundled_policy_declares_the_four_lillemetropole_cookies(bundled):
    (lille,) = bundled.sites
    assert lille.hosts == ("opendata.lillemetropole.fr",)
    assert lille.source_url == "https://opendata.lillemetropole.fr/"
    assert [r.name for r in lille.rules] == list(LILLE_COOKIES)
    for rule in lille.rules:
        function, purpose = LILLE_COOKIES[rule.name]
        assert rule.provider.name == "Opendatasoft"
        assert rule.category.id == "necessary"
        assert str(rule.function) == function
        assert str(rule.purpose) == purpose
        assert str(rule.section) == SECTION
        assert not rule.is_pattern
        # The page states no lifetimes, so the policy must not invent any.
        assert (rule.lifetime_seconds, rule.lifetime_text) == (None, None)


def test_bundled_policy_has_both_category_sets(bundled):
    consent = {cid: c.needs_consent for cid, c in bundled.categories.items()}
    assert consent == {
        "necessary": False, "statistical": False, "first-party": True, "third-party": True,
        "preferences": True, "statistics": True, "marketing": True,
    }
    assert "anonymized" in str(bundled.categories["statistical"].description)


def test_bundled_policy_names_itself(bundled):
    assert bundled.name == "opendata.lillemetropole.fr cookie policy"
    assert bundled.path == str(default_policy_path())
    assert default_policy_path().name == "policy.yaml"


def test_schema_example_in_the_readme_loads(tmp_path):
    doc = (ROOT / "README.md").read_text(encoding="utf-8")
    example = re.search(r"```yaml\n(.*?)```", doc, re.S).group(1)
    policy = load_policy(write(tmp_path, example))
    assert policy.classify("shop.example.com", "_pk_id.1.ab12").status == "declared"


# --- classify -----------------------------------------------------------------------


@pytest.mark.parametrize("host, name, status", [
    ("opendata.lillemetropole.fr", "sessionid", "declared"),
    ("opendata.lillemetropole.fr", "csrftoken", "declared"),
    # A domain cookie on the parent reaches opendata.lillemetropole.fr, and its policy omits it.
    (".lillemetropole.fr", "_ga", "undeclared"),
    ("opendata.lillemetropole.fr", "_pk_id.1.abcd", "undeclared"),
    # Host-only on a sibling, or a domain cookie on a sibling: never sent to the portal.
    ("www.lillemetropole.fr", "has_js", "no-policy"),
    (".www.lillemetropole.fr", "SESSxyz", "no-policy"),
    ("lillemetropole.fr", "sessionid", "no-policy"),
    ("example.org", "sessionid", "no-policy"),
    ("OpenData.LilleMetropole.FR", "sessionid", "declared"),
    (".opendata.lillemetropole.fr", "django_language", "declared"),
    # Names are case-sensitive, as browsers treat them.
    ("opendata.lillemetropole.fr", "SessionID", "undeclared"),
])
def test_classify_bundled(bundled, host, name, status):
    match = bundled.classify(host, name)
    assert match.status == status
    assert (match.site is None) == (status == "no-policy")
    assert (match.rule is not None) == (status == "declared")
    if match.rule is not None:
        assert match.rule.name == name


@pytest.mark.parametrize("name, declared_by", [
    ("_pk_id.1.abcd", "_pk_id.*"),
    ("_pk_ses.1.abcd", None),
    ("_pk_id.", "_pk_id.*"),
    ("SESS1", "SESS?"),
    ("SESS12", None),
    ("sess1", None),
    ("_pk_id", None),
])
def test_wildcard_rules(tmp_path, name, declared_by):
    policy = small_policy(tmp_path, site("shop", "[shop.example.com]",
                                         cookie("_pk_id.*", "pattern"), cookie("SESS?", "pattern")))
    match = policy.classify("shop.example.com", name)
    assert match.status == ("declared" if declared_by else "undeclared")
    assert (match.rule.name if match.rule else None) == declared_by


@pytest.mark.parametrize("name, declared_by", [
    ("_pk_id", "_pk_id"),  # exact beats every pattern
    ("_pk_id.1.abcd", "_pk_id.*"),  # more literal characters than _pk_*
    ("_pk_ses.1.abcd", "_pk_*"),
    ("_pk_x", "_pk_*"),
])
def test_exact_beats_patterns_and_specific_beats_general(tmp_path, name, declared_by):
    policy = small_policy(tmp_path, site(
        "shop", "[shop.example.com]",
        cookie("_pk_*", "pattern"), cookie("_pk_id.*", "pattern"), cookie("_pk_id"), cookie("*_id", "pattern"),
    ))
    assert policy.sites[0].rule_for(name).name == declared_by
    assert policy.classify("shop.example.com", name).rule.name == declared_by


@pytest.mark.parametrize("host, covered", [
    ("shop.example.com", True),  # host-only on a subdomain
    ("deep.shop.example.com", True),
    (".shop.example.com", True),
    ("example.com", True),
    (".example.com", True),
    ("Shop.Example.COM", True),
    ("badexample.com", False),
    (".badexample.com", False),
    ("example.org", False),
])
def test_star_host_entry_covers_host_and_subdomains(tmp_path, host, covered):
    policy = small_policy(tmp_path, site("shop", '["*.example.com"]', cookie("cart")))
    assert policy.sites[0].covers(host) is covered
    assert policy.classify(host, "cart").status == ("declared" if covered else "no-policy")


def test_site_that_declares_the_name_wins_over_first_covering_site(tmp_path):
    policy = small_policy(tmp_path,
                          site("group", '["*.example.com"]', cookie("group_id")),
                          site("shop", "[shop.example.com]", cookie("cart")))
    declared = policy.classify("shop.example.com", "cart")
    assert (declared.status, declared.site.id, declared.rule.site_id) == ("declared", "shop", "shop")
    undeclared = policy.classify("shop.example.com", "other")
    assert (undeclared.status, undeclared.site.id) == ("undeclared", "group")


def test_classify_is_cached(bundled):
    first = bundled.classify("opendata.lillemetropole.fr", "sessionid")
    assert bundled.classify("opendata.lillemetropole.fr", "sessionid") is first


def test_empty_policy_has_no_sites():
    assert EMPTY_POLICY.name == "No policy"
    assert EMPTY_POLICY.sites == ()
    assert EMPTY_POLICY.classify("opendata.lillemetropole.fr", "sessionid").status == "no-policy"


# --- lifetimes ----------------------------------------------------------------------


@pytest.mark.parametrize("text, seconds", [
    ("13 months", 13 * 2_628_000),
    ("12 months", 365 * 86_400),
    ("1 year", 365 * 86_400),
    ("2 Years", 2 * 365 * 86_400),
    ("30 minutes", 1800),
    ("1 minute", 60),
    ("24 hours", 86_400),
    ("52 weeks", 364 * 86_400),
    ("session", None),
    ("Session", None),
])
def test_parse_lifetime(text, seconds):
    assert parse_lifetime(text) == seconds


def test_declared_lifetime_is_kept_as_text_and_seconds(tmp_path):
    policy = small_policy(tmp_path, site(
        "shop", "[shop.example.com]",
        "      - {name: a, provider: acme, category: necessary, function: F, purpose: P, lifetime: 13 months}\n",
        "      - {name: b, provider: acme, category: necessary, function: F, purpose: P, lifetime: session}\n",
        cookie("c"),
    ))
    a, b, c = policy.sites[0].rules
    assert (a.lifetime_seconds, a.lifetime_text) == (13 * 2_628_000, "13 months")
    assert (b.lifetime_seconds, b.lifetime_text) == (None, "session")
    assert (c.lifetime_seconds, c.lifetime_text) == (None, None)


# --- languages ----------------------------------------------------------------------


def test_french_text_and_english_fallback(bundled):
    rule = bundled.sites[0].rule_for("sessionid")
    assert rule.function.get("fr") == "Authentification (front et back office)"
    assert rule.function.get("fr_FR") == "Authentification (front et back office)"
    assert rule.function.get("de") == "Authentication (front and back office)"
    assert rule.function.get() == str(rule.function) == "Authentication (front and back office)"
    assert bundled.categories["necessary"].label.get("fr") == "Nécessaires"


def test_plain_string_is_english_only(tmp_path):
    policy = small_policy(tmp_path, site("shop", "[shop.example.com]", cookie("cart")))
    purpose = policy.sites[0].rules[0].purpose
    assert purpose.languages == ("en",)
    assert purpose.get("fr") == "P cart"


def test_text_requires_english():
    with pytest.raises(ValueError):
        Text((("fr", "Bonjour"),))
    assert Text.of("Hello", fr="Bonjour").get("fr") == "Bonjour"


# --- errors -------------------------------------------------------------------------

# Every malformed case below is an edit of this file; the comments give line numbers.
BASE = """\
version: 1
name: Test policy
categories:
  necessary: {label: Necessary, description: Needed., needs_consent: false}
  statistics: {label: {en: Statistics, fr: Statistiques}, description: Audience., needs_consent: true}
providers:
  acme: {name: Acme, url: "https://acme.example/"}
sites:
  - id: shop
    name: Shop
    hosts: [shop.example.com]
    source_url: https://shop.example.com/cookies
    cookies:
      - name: sid
        provider: acme
        category: necessary
        function: Session
        purpose: Keeps you signed in
        lifetime: 30 minutes
"""
#  1 version        5 statistics   9 - id: shop    13 cookies        17 function
#  2 name           6 providers   10 name: Shop    14 - name: sid    18 purpose
#  3 categories     7 acme        11 hosts         15 provider       19 lifetime
#  4 necessary      8 sites       12 source_url    16 category

SECOND_SID = """\
      - name: sid
        provider: acme
        category: necessary
        function: Again
        purpose: Again
"""
SECOND_SITE = """\
  - id: shop
    name: Shop again
    hosts: [www.example.com]
    cookies: []
"""


def edit(old: str, new: str) -> str:
    assert BASE.count(old) == 1, old
    return BASE.replace(old, new)


def test_base_policy_is_valid(tmp_path):
    policy = load_policy(write(tmp_path, BASE))
    assert policy.sites[0].rules[0].lifetime_seconds == 1800
    assert policy.providers["acme"].url == "https://acme.example/"


MALFORMED = [
    # (id, file content, line, column, key phrase of the message)
    ("yaml-syntax", edit("name: Shop", "name: Shop: Two"), 10, 15, "invalid YAML: mapping values are not allowed"),
    ("yaml-unclosed", BASE + "extra: [1, 2\n", 21, 1, "invalid YAML: expected ',' or ']'"),
    ("yaml-tab", edit("    name: Shop", "\tname: Shop"), 10, 1, "invalid YAML: found character '\\t'"),
    ("yaml-control-char", edit("Test policy", "Test\x07policy"), 2, 11, "invalid YAML: character '\\x07' (U+0007)"),
    ("duplicate-yaml-key", edit("        lifetime: 30 minutes\n", "        purpose: Again\n"),
     19, 9, "duplicate key 'purpose' (first on line 18)"),
    ("not-a-mapping", "- version\n- 1\n", 1, 1, "expected a mapping with version, name"),
    ("empty-file", "# nothing here\n", None, None, "the file is empty"),
    ("missing-field", edit("        purpose: Keeps you signed in\n", ""), 14, 9, "missing required key 'purpose'"),
    ("missing-name", edit("      - name: sid\n        provider", "      - provider"),
     14, 9, "missing required key 'name' (or 'pattern' for a wildcard)"),
    ("missing-top-level", edit("name: Test policy\n", ""), 1, 1, "missing required key 'name'"),
    ("wrong-type-bool", edit("needs_consent: false", 'needs_consent: "no"'),
     4, 70, "needs_consent: expected true or false, got text"),
    ("wrong-type-list", edit("hosts: [shop.example.com]", "hosts: shop.example.com"),
     11, 12, "hosts: expected a list, got text"),
    ("wrong-type-yaml-no", edit("name: Shop", "name: no"), 10, 11, 'expected text, got true/false (write "no" in quotes'),
    ("wrong-type-text", edit("function: Session", "function: [Session]"),
     17, 19, "function: expected text or a mapping such as {en: ..., fr: ...}, got a list"),
    ("unknown-category", edit("category: necessary", "category: functional"),
     16, 19, "unknown category 'functional' (known: necessary, statistics)"),
    ("unknown-provider", edit("provider: acme", "provider: acne"), 15, 19, "unknown provider 'acne' (known: acme)"),
    ("duplicate-cookie", BASE + SECOND_SID, 20, 15, "duplicate cookie 'sid' (first declared on line 14)"),
    ("duplicate-site", BASE + SECOND_SITE, 20, 9, "duplicate site id 'shop' (first on line 9)"),
    ("pattern-separator", edit("name: sid", 'pattern: "sid;*"'), 14, 18, "contains ';', which cannot occur in cookie names"),
    ("pattern-equals", edit("name: sid", 'pattern: "sid=*"'), 14, 18, "contains '='"),
    ("pattern-comma", edit("name: sid", 'pattern: "a,b*"'), 14, 18, "contains ','"),
    ("pattern-space", edit("name: sid", 'pattern: "my sid*"'), 14, 18, "contains ' '"),
    ("pattern-class", edit("name: sid", 'pattern: "sid[0-9]*"'), 14, 18, "character classes ('[...]') are not supported"),
    ("pattern-empty", edit("name: sid", 'pattern: ""'), 14, 18, "must not be empty"),
    ("pattern-whitespace", edit("name: sid", 'pattern: "  "'), 14, 18, "must not be empty"),
    ("pattern-all", edit("name: sid", 'pattern: "*"'), 14, 18, "would match every cookie"),
    ("pattern-no-wildcard", edit("name: sid", "pattern: sid"), 14, 18, "has no '*' or '?': write it as 'name: sid'"),
    ("name-with-wildcard", edit("name: sid", "name: _pk_id.*"), 14, 15, "write it as 'pattern: _pk_id.*'"),
    ("name-and-pattern", edit("name: sid", "name: sid\n        pattern: sid*"), 15, 18, "either 'name' or 'pattern'"),
    ("lifetime-word", edit("30 minutes", "forever"), 19, 19, "unparsable lifetime 'forever'"),
    ("lifetime-unit", edit("30 minutes", "13 moons"), 19, 19, "unparsable lifetime '13 moons'"),
    ("lifetime-number", edit("30 minutes", "3600"), 19, 19, "lifetime: expected text, got a number"),
    ("unknown-top-level-key", edit("name: Test policy", "nmae: Test policy"), 2, 1, "unknown key 'nmae' (did you mean 'name'?)"),
    ("unknown-cookie-key", edit("purpose:", "purpsoe:"), 18, 9, "unknown key 'purpsoe' (did you mean 'purpose'?)"),
    ("missing-english", edit("function: Session", "function: {fr: Session}"), 17, 19, "missing English text"),
    ("bad-language", edit("function: Session", "function: {en: Session, french: Session}"),
     17, 33, "'french' is not a language code"),
    ("host-url", edit("[shop.example.com]", '["https://shop.example.com/"]'), 11, 13, "is a URL"),
    ("host-leading-dot", edit("[shop.example.com]", "[.example.com]"), 11, 13, "write '*.example.com'"),
    ("host-inner-star", edit("[shop.example.com]", "[shop.*.example.com]"), 11, 13, "not a valid host name"),
    ("host-space", edit("[shop.example.com]", '["shop example.com"]'), 11, 13, "not a valid host name"),
    ("host-public-suffix", edit("[shop.example.com]", '["*.co.uk"]'), 11, 13, "public suffix 'co.uk'"),
    ("host-twice", edit("[shop.example.com]", "[shop.example.com, Shop.Example.com]"), 11, 31, "listed twice"),
    ("hosts-empty", edit("[shop.example.com]", "[]"), 11, 12, "list at least one host"),
    ("source-url", edit("https://shop.example.com/cookies", "shop.example.com/cookies"), 12, 17, "not an http(s) URL"),
    ("bad-id", edit("id: shop", "id: Shop Site"), 9, 9, "'Shop Site' is not a valid id"),
    ("unsupported-version", edit("version: 1", "version: 2"), 1, 10, "unsupported policy version 2 (this app reads version 1)"),
    # The version is checked before the keys whose meaning it decides.
    ("newer-version-new-keys", edit("version: 1", "version: 2\nlocales: [en]"), 1, 10, "unsupported policy version 2"),
    ("version-text", edit("version: 1", 'version: "1"'), 1, 10, "version: expected a whole number, got text"),
    ("not-utf8", edit("Test policy", "Café policy").encode("latin-1"), 2, 10, "not UTF-8 text (byte 0xe9)"),
    ("nested-too-deeply", BASE + "extra: " + "[" * 5000 + "]" * 5000 + "\n", None, None, "nested too deeply"),
]


@pytest.mark.parametrize("content, line, column, phrase",
                         [case[1:] for case in MALFORMED], ids=[case[0] for case in MALFORMED])
def test_malformed_policy_is_one_clear_error(tmp_path, content, line, column, phrase):
    path = write(tmp_path, content, name="broken.yaml")
    with pytest.raises(PolicyError) as caught:
        load_policy(path)
    error = caught.value
    assert (error.path, error.line, error.column) == (str(path), line, column), str(error)
    assert phrase in error.message
    where = ":".join(str(part) for part in (path, line, column) if part is not None)
    assert str(error) == f"{where}: {error.message}"
    # One error, not a chain: nothing else shows up in a traceback or a log line.
    assert error.__cause__ is None and (error.__context__ is None or error.__suppress_context__)


@pytest.mark.parametrize("make_path, message", [
    (lambda tmp: tmp / "missing.yaml", "file not found"),
    (lambda tmp: tmp, "is a directory, not a policy file"),
])
def test_unreadable_file(tmp_path, make_path, message):
    path = make_path(tmp_path)
    with pytest.raises(PolicyError) as caught:
        load_policy(path)
    assert (caught.value.path, caught.value.line, caught.value.column) == (str(path), None, None)
    assert str(caught.value) == f"{path}: {message}"


def test_error_uses_the_path_as_given(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, edit("category: necessary", "category: foo"))
    with pytest.raises(PolicyError) as caught:
        load_policy("policy.yaml")
    assert str(caught.value) == ("policy.yaml:16:19: site 'shop', cookie 'sid': "
                                 "unknown category 'foo' (known: necessary, statistics)")


def test_unknown_reference_when_none_are_defined(tmp_path):
    path = write(tmp_path, BASE.replace("providers:\n  acme: {name: Acme, url: \"https://acme.example/\"}\n", ""))
    with pytest.raises(PolicyError, match="unknown provider 'acme' \\(none are defined: add it under 'providers:'\\)"):
        load_policy(path)


def test_yaml_tags_are_never_constructed(tmp_path):
    path = write(tmp_path, edit("name: Test policy", "name: !!python/object/apply:os.system [echo hi]"))
    with pytest.raises(PolicyError, match="policy name: expected text, got a list"):
        load_policy(path)


def test_policy_module_does_not_import_qt():
    code = "import sys, inspector.domain.policy.model; sys.exit('PySide6' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT).returncode == 0
