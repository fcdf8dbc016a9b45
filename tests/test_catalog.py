"""The known-cookie catalog: the bundled file validates, names match with domain hints, errors say where."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

from inspector.domain.catalog.catalog import (
    CATEGORIES,
    CatalogError,
    default_catalog,
    default_catalog_path,
    load_catalog,
)


@pytest.fixture(scope="module")
def catalog():
    return default_catalog()


def test_bundled_catalog_is_large_and_valid(catalog):
    assert len(catalog) >= 300
    assert {e.category for e in catalog.entries} == set(CATEGORIES)
    for entry in catalog.entries:
        assert entry.source.startswith(("https://", "http://"))
        assert 10 <= len(entry.purpose) <= 200, entry.name
        assert entry.provider.name


def test_no_duplicate_names_or_patterns_per_domain(catalog):
    keys = Counter((e.is_pattern, e.name, d) for e in catalog.entries for d in (e.domains or (None,)))
    assert [k for k, n in keys.items() if n > 1] == []
    # The raw YAML agrees: every cookie entry names exactly one of name/pattern.
    raw = yaml.safe_load(default_catalog_path().read_text(encoding="utf-8"))
    assert all(("name" in c) != ("pattern" in c) for c in raw["cookies"])
    assert len(raw["cookies"]) == len(catalog)


REQUIRED = [
    # analytics
    "_ga", "_ga_*", "_gid", "_pk_id.*", "_pk_ses.*", "s_cc", "s_sq", "AMCV_*", "atuserid", "_pcid", "_clck",
    "_clsk", "_hjSessionUser_*", "_hjSession_*",
    # advertising and social
    "IDE", "_gcl_au", "_fbp", "fr", "li_sugr", "bcookie", "_ttp", "guest_id", "cto_bundle", "uuid2",
    "VISITOR_INFO1_LIVE", "YSC", "v1st",
    # consent platforms
    "CookieConsent", "OptanonConsent", "didomi_token", "axeptio_cookies", "tarteaucitron", "euconsent-v2",
    # frameworks and hosting
    "PHPSESSID", "JSESSIONID", "ASP.NET_SessionId", "laravel_session", "XSRF-TOKEN", "csrftoken", "sessionid",
    "django_language", "SESS*", "SSESS*", "wordpress_logged_in_*", "wp-settings-*", "__cf_bm", "cf_clearance",
    "AWSALB", "AWSALBCORS",
]


@pytest.mark.parametrize("name", REQUIRED)
def test_catalog_covers_the_cookies_the_issue_names(catalog, name):
    assert any(e.name == name for e in catalog.entries)


LOOKUPS = [
    # host, name -> provider, category (None: unknown)
    (".lillemetropole.fr", "_ga", "Google Analytics", "statistics"),
    ("opendata.lillemetropole.fr", "_pk_id.1.abcd", "Matomo", "statistics"),
    ("example.org", "_ga_ABC123", "Google Analytics", "statistics"),
    (".www.lillemetropole.fr", "SESSd41d8cd98f00b204e9800998ecf8427e", "Drupal", "necessary"),
    ("example.org", "SSESSabc", "Drupal", "necessary"),
    ("example.org", "sessionid", "Django", "necessary"),
    ("www.instagram.com", "sessionid", "Instagram (Meta)", "necessary"),
    (".tiktok.com", "sessionid", "TikTok", "necessary"),
    ("example.org", "csrftoken", "Django", "necessary"),
    (".pinterest.com", "csrftoken", "Pinterest", "necessary"),
    (".linkedin.com", "JSESSIONID", "LinkedIn", "necessary"),
    ("shop.example.org", "JSESSIONID", "Java servlet containers (Jakarta EE)", "necessary"),
    (".doubleclick.net", "IDE", "Google Ads / DoubleClick", "marketing"),
    ("example.org", "IDE", None, None),  # only DoubleClick's on doubleclick.net
    (".youtube.com", "PREF", "YouTube (Google)", "preferences"),
    ("example.org", "PREF", None, None),
    ("example.org", "wordpress_logged_in_0123abcd", "WordPress", "necessary"),
    ("example.org", "wordpress_0123abcd", "WordPress", "necessary"),
    ("example.org", "wp-settings-time-1", "WordPress", "preferences"),
    ("example.org", "AWSALBAPP-2", "Amazon Web Services (Elastic Load Balancing)", "necessary"),
    ("example.org", "AMCV_0123%40AdobeOrg", "Adobe Experience Cloud", "statistics"),
    ("example.org", "AMCVS_0123%40AdobeOrg", "Adobe Experience Cloud", "statistics"),
    ("example.org", "_hjSessionUser_12345", "Hotjar", "statistics"),
    ("example.org", "not_a_known_cookie", None, None),
]


@pytest.mark.parametrize("host,name,provider,category", LOOKUPS)
def test_lookup_by_name_and_host(catalog, host, name, provider, category):
    entry = catalog.lookup(host, name)
    if provider is None:
        assert entry is None
    else:
        assert (entry.provider.name, entry.category) == (provider, category)


def test_exact_names_beat_patterns_and_specific_patterns_beat_general_ones(catalog):
    assert catalog.lookup("example.org", "wordpress_test_cookie").name == "wordpress_test_cookie"
    assert catalog.lookup("example.org", "wordpress_sec_12").name == "wordpress_sec_*"
    assert catalog.lookup("example.org", "SESSION").name == "SESSION"


def test_default_catalog_is_cached(catalog):
    assert default_catalog() is catalog


# --- validation errors ------------------------------------------------------------------

HEADER = """\
version: 1
providers:
  acme: {name: Acme, url: "https://acme.example/"}
cookies:
"""
ENTRY = ("  - {name: %s, provider: acme, category: necessary, purpose: Keeps things., lifetime: 1 day,\n"
         "     source: \"https://acme.example/cookies\"}\n")


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "known_cookies.yaml"
    path.write_text(text, encoding="utf-8")
    return path


ERRORS = [
    (HEADER + ENTRY % "a" + ENTRY % "a", 7, "duplicate cookie 'a' (first on line 5)"),
    (HEADER + ENTRY % "a" + ENTRY.replace("name: %s", "name: %s, domains: [x.example]") % "a", None, None),
    (HEADER + ENTRY.replace("name: %s", "name: %s, domains: [x.example]") % "a"
     + ENTRY.replace("name: %s", "name: %s, domains: [y.example, x.example]") % "a", 7,
     "duplicate cookie 'a' on x.example"),
    (HEADER + ENTRY.replace("necessary", "functional") % "a", 5, "unknown category 'functional' (known: necessary"),
    (HEADER + ENTRY.replace("acme, category", "nobody, category") % "a", 5, "unknown provider 'nobody'"),
    (HEADER + ENTRY.replace('"https://acme.example/cookies"', "somewhere") % "a", 6, "is not an http(s) URL"),
    (HEADER + ENTRY.replace("1 day", "a while") % "a", 5, "unparsable lifetime 'a while'"),
    (HEADER + ENTRY % "'a*'", 5, "contains a wildcard: write it as 'pattern: a*'"),
    (HEADER + ENTRY.replace("name: %s", "name: %s, domains: ['*.x.example']") % "a", 5,
     "write 'x.example': a domain hint already covers its subdomains"),
    (HEADER + ENTRY.replace("purpose", "porpose") % "a", 5, "unknown key 'porpose' (did you mean 'purpose'?)"),
    (HEADER.replace("version: 1", "version: 2") + ENTRY % "a", 1, "unsupported catalog version 2"),
    (HEADER + "  - {name: a\n", None, "invalid YAML"),
]


@pytest.mark.parametrize("text,line,message", ERRORS)
def test_validation_errors_name_file_and_line(tmp_path, text, line, message):
    path = write(tmp_path, text)
    if message is None:
        assert len(load_catalog(path)) == 2  # the same name on other domains is no duplicate
        return
    with pytest.raises(CatalogError) as exc:
        load_catalog(path)
    assert message in str(exc.value)
    assert str(exc.value).startswith(str(path) + ":")
    if line is not None:
        assert exc.value.line == line


def test_missing_and_empty_files(tmp_path):
    with pytest.raises(CatalogError, match="file not found"):
        load_catalog(tmp_path / "nope.yaml")
    with pytest.raises(CatalogError, match="empty"):
        load_catalog(write(tmp_path, ""))


# --- purposes in French -----------------------------------------------------------------

NBSP, NNBSP = "\u00a0", "\u202f"


def test_every_entry_says_its_purpose_in_french_too(catalog):
    for e in catalog.entries:
        assert e.purposes.languages == ("en", "fr"), e.name
        fr = e.purpose_in("fr")
        assert fr != e.purpose and 10 <= len(fr) <= 240 and fr.endswith("."), e.name
        # French typography: no straight apostrophe or quote, a no-break space before the colon,
        # a narrow one before ; ? !, and no-break spaces inside guillemets.
        assert "'" not in fr and '"' not in fr, e.name
        assert not re.search(r"[^\u00a0]:|[^\u202f][;?!]|«[^\u00a0]|[^\u00a0]»", fr.replace("://", "")), e.name
    # Product names stay as their makers write them.
    by_name = {e.name: e for e in catalog.entries}
    assert "Universal Analytics" in by_name["_gid"].purpose_in("fr")
    assert by_name["_gid"].purpose_in("fr") == ("Second identifiant client, de courte durée, qu’Universal Analytics "
                                                "utilisait pour regrouper la journée d’un visiteur.")
    assert by_name["_ga"].purpose_in("fr-FR") == by_name["_ga"].purpose_in("fr")
    assert by_name["_ga"].purpose_in("de") == by_name["_ga"].purpose == by_name["_ga"].purpose_in("en")


def test_a_plain_purpose_is_english_and_a_map_needs_english(tmp_path):
    plain = load_catalog(write(tmp_path, HEADER + ENTRY % "a")).entries[0]
    assert plain.purpose == plain.purpose_in("fr") == "Keeps things."
    both = ENTRY.replace("purpose: Keeps things.", 'purpose: {en: Keeps things., fr: "Garde des choses."}')
    entry = load_catalog(write(tmp_path, HEADER + both % "a")).entries[0]
    assert (entry.purpose, entry.purpose_in("fr")) == ("Keeps things.", "Garde des choses.")
    with pytest.raises(CatalogError) as exc:
        load_catalog(write(tmp_path, HEADER + ENTRY.replace("purpose: Keeps things.", "purpose: {fr: Garde.}") % "a"))
    assert exc.value.line == 5 and "English" in str(exc.value)
