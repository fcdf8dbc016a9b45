"""The Open Cookie Database catalog: well-known cookies resolve, matching rules hold, the file rebuilds byte for byte."""
from __future__ import annotations

import csv
import importlib.util
import json
import pickle
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import shared_file

from inspector.domain.catalog.catalog import CATEGORIES
from inspector.domain.catalog.ocd import (
    ANY_DOMAIN, OCD_CATEGORIES, ON_DOMAIN, OTHER_DOMAIN, OcdCatalog, OcdCatalogError, OcdEntry, default_ocd,
    default_ocd_path, load_ocd,
)
from inspector.domain.policy.loader import parse_lifetime

ROOT = Path(__file__).resolve().parents[1]
BUILDER = ROOT / "tools" / "build_ocd_catalog.py"
CATALOG_DIR = ROOT / "resources" / "catalog"
FACTS = "catalog-sources/open-cookie-database-facts.csv"
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@pytest.fixture(scope="module")
def ocd() -> OcdCatalog:
    return load_ocd(default_ocd_path())


@pytest.fixture(scope="module")
def raw() -> dict:
    return json.loads(default_ocd_path().read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def builder():
    spec = importlib.util.spec_from_file_location("build_ocd_catalog", BUILDER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _csv_rows() -> list[dict]:
    with open(shared_file(FACTS), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _who(ocd, host, name):
    entry = ocd.lookup(host, name)
    return None if entry is None else (entry.platform, entry.category)


# --- what a user sees ------------------------------------------------------------------


def test_the_bundled_file_is_the_one_the_app_loads(ocd):
    assert default_ocd_path() == CATALOG_DIR / "open-cookie-database.json"
    assert len(default_ocd()) == len(ocd) > 2200
    assert ocd.attribution == "Open Cookie Database, Apache-2.0"
    assert re.fullmatch(r"[0-9a-f]{40}", ocd.upstream_commit)


def test_well_known_cookies_resolve(ocd):
    # Hotjar's per-site user id, through the prefix `_hjSessionUser_`. OCD files it as
    # Functional, so it comes back as preferences, uncertain, with OCD's label kept.
    hj = ocd.lookup(".example.org", "_hjSessionUser_123")
    assert (hj.platform, hj.name, hj.prefix) == ("Hotjar", "_hjSessionUser_", True)
    assert (hj.ocd_category, hj.category, hj.uncertain, hj.needs_consent) == ("Functional", "preferences", True, True)
    assert "Hotjar" in hj.purpose
    # Hotjar's own analytics entries are statistics, certainly.
    assert _who(ocd, ".example.org", "_hjid") == ("Hotjar", "statistics")
    assert ocd.lookup(".example.org", "_hjid").uncertain is False
    # A statistics prefix: Matomo/Piwik's visitor id carries the site id and a hash.
    pk = ocd.lookup("shop.example.org", "_pk_id.1.a1b2")
    assert (pk.category, pk.prefix, pk.ocd_category) == ("statistics", True, "Analytics")
    ga = ocd.lookup(".example.org", "_ga")
    assert (ga.platform, ga.category, ga.lifetime_seconds) == ("Google Analytics", "statistics", parse_lifetime("2 years"))
    # Meta's pixel cookie: on facebook.com by domain, and on the site that embeds the pixel.
    assert _who(ocd, ".facebook.com", "_fbp") == ("Facebook", "marketing")
    fbp = ocd.lookup(".example.org", "_fbp")
    assert (fbp.category, fbp.needs_consent, fbp.matched_on) == ("marketing", True, OTHER_DOMAIN)
    assert fbp.link and fbp.link.startswith("https://")
    assert _who(ocd, ".doubleclick.net", "IDE") == ("DoubleClick/Google Marketing", "marketing")


def test_a_functional_entry_is_never_a_sure_no_consent(ocd):
    php = ocd.lookup("www.example.org", "PHPSESSID")
    assert (php.ocd_category, php.uncertain, php.needs_consent) == ("Functional", True, True)
    assert php.session and php.lifetime_seconds is None
    for entry in ocd.entries:
        if entry.ocd_category == "Functional":
            assert entry.uncertain and entry.category == "preferences", entry.name
        if not entry.needs_consent:  # "needs no consent" only where OCD says necessary or security
            assert entry.ocd_category in ("Necessary", "Security") and not entry.uncertain, entry.name
    xsrf = ocd.lookup("app.example.org", "XSRF-TOKEN")
    assert (xsrf.ocd_category, xsrf.category, xsrf.needs_consent, xsrf.uncertain) == (
        "Security", "necessary", False, False)


def test_unknown_names_and_other_cases_find_nothing(ocd):
    assert ocd.lookup(".example.org", "certainly_not_a_known_cookie_42") is None
    assert ocd.lookup(".example.org", "") is None
    # Case-sensitive, as browsers compare names.
    assert ocd.lookup(".example.org", "phpsessid") is None
    assert ocd.lookup(".example.org", "_HJSESSIONUSER_1") is None
    # A prefix needs more than itself to start the name.
    assert ocd.lookup(".example.org", "_hjSessionUse") is None


# --- matching rules --------------------------------------------------------------------


def test_exact_name_beats_prefix(ocd):
    # `euconsent` is ShareThis's prefix and also LiveRamp's exact name (on faktor.io);
    # `euconsent-v2` and `usprivacy` are exact names under ShareThis's prefixes.
    assert ocd.lookup("www.example.org", "euconsent-v2").prefix is False
    assert ocd.lookup("www.example.org", "euconsent-v2").platform in ("Didomi", "PrivacyPillar")
    assert ocd.lookup("www.example.org", "usprivacy").platform == "PrivacyPillar"
    assert ocd.lookup("www.example.org", "usprivacy_x").platform == "ShareThis"
    smaato = ocd.lookup("ads.smaato.net", "SCM")
    assert (smaato.name, smaato.prefix) == ("SCM", False)
    assert ocd.lookup("ads.smaato.net", "SCMsomething").prefix is True


def test_longest_prefix_wins(ocd):
    assert ocd.lookup(".example.org", "_gac_gb_UA-1234").platform == "Google Ads"          # _gac_gb_
    assert ocd.lookup(".example.org", "_gac_UA-1234").platform == "Google Analytics"       # _gac_
    assert ocd.lookup(".example.org", "_gat_gtag_UA_1234_1").name == "_gat_gtag_"          # over _gat
    assert ocd.lookup(".example.org", "_gat_x").name == "_gat"
    assert ocd.lookup(".example.org", "_pk_id.1.a1b2").name == "_pk_id."                   # over _pk_id
    assert ocd.lookup(".example.org", "_pk_idx").name == "_pk_id"


@pytest.mark.parametrize("name, host, platform", [
    # Real names the database lists for several platforms: the cookie's host decides.
    ("token", "adform.net", "Adform"),
    ("token", ".adnxs.com", "Xandr"),
    ("uids", ".admatic.com.tr", "Admatic"),
    ("uids", "ib.adnxs.com", "Xandr"),
    ("pid", ".smartadserver.com", "Smartadserver"),
    ("pid", "xplosion.de", "Emetric"),
    ("chk", "pubmatic.com", "PubMatic"),
    ("chk", ".mediarithmics.com", "Mediarithmics"),
    ("optout", ".3lift.com", "TripleLift"),
    ("optout", ".yahoo.com", "Yahoo"),
    ("ts", ".paypal.com", "PayPal"),
    ("ts", "creativecdn.com", "CreativeCDN"),
    ("c", ".rubiconproject.com", "Magnite"),
    ("c", ".creativecdn.com", "CreativeCDN"),
    ("auid", ".acuityplatform.com", "Acuity"),
    ("auid", "www.example.org", "Outbrain"),       # the domain-less entry, elsewhere
    ("DSID", ".doubleclick.net", "DoubleClick/Google Marketing"),
    ("DSID", "www.example.org", "Google"),
    ("euconsent", "faktor.io", "LiveRamp"),         # exact on its domain
    ("euconsent", "www.example.org", "ShareThis"),  # elsewhere: the domain-less prefix, not LiveRamp
    ("_s", "shop.shopify.com", "Shopify"),
    ("_s", "events.newsroom.bi", "Marfeel"),        # Marfeel's `_s` prefix matches `_s` itself
])
def test_duplicate_names_are_told_apart_by_domain(ocd, name, host, platform):
    assert ocd.lookup(host, name).platform == platform


def test_every_listed_domain_wins_for_its_own_entry(ocd):
    # For every entry with domains, a cookie of that exact name on one of those domains
    # resolves to an entry of the same platform (unless two platforms share the domain).
    by_name: dict[tuple[str, str], set[str]] = {}
    for e in ocd.entries:
        for d in e.domains:
            by_name.setdefault((e.name, d), set()).add(e.platform)
    checked = 0
    for e in ocd.entries:
        if e.prefix or not e.domains:
            continue
        for d in e.domains:
            if len(by_name[(e.name, d)]) > 1:
                continue
            got = ocd.lookup("." + d, e.name)
            assert (got.platform, got.matched_on) == (e.platform, ON_DOMAIN), (e.name, d)
            checked += 1
    assert checked > 1000


def test_domain_matching_covers_subdomains_only(ocd):
    assert ocd.lookup("www.facebook.com", "_fbp").matched_on == ON_DOMAIN
    assert ocd.lookup(".facebook.com", "_fbp").matched_on == ON_DOMAIN
    assert ocd.lookup("FACEBOOK.COM.", "_fbp").matched_on == ON_DOMAIN
    assert ocd.lookup("notfacebook.com", "_fbp").matched_on == OTHER_DOMAIN
    # Listed for www.googletagmanager.com: its parent domain is not covered.
    assert ocd.lookup("www.googletagmanager.com", "td").platform == "Google Tag Manager"
    assert ocd.lookup(".googletagmanager.com", "td") is None


def test_fallback_to_other_domains_only_for_distinctive_names(ocd):
    # Instagram's `sessionid` must not label every Django site's session cookie.
    assert ocd.lookup("www.instagram.com", "sessionid").platform == "Instagram"
    assert ocd.lookup("opendata.example.org", "sessionid") is None
    assert ocd.lookup("www.example.org", "token") is None
    assert ocd.lookup("www.example.org", "MUID") is None
    # Vendor-coined names set on the site itself still resolve, saying how.
    shop = ocd.lookup("www.myshop.example", "_shopify_y")
    assert (shop.platform, shop.matched_on) == ("Shopify", OTHER_DOMAIN)
    assert ocd.lookup("www.example.org", "_uetsid").platform == "Bing / Microsoft"
    assert ocd.lookup("www.example.org", "_ga").matched_on == ANY_DOMAIN


def test_rules_on_a_small_hand_made_catalog():
    def entry(entry_id, name, prefix=False, domains=(), platform="P", ocd_category="Marketing"):
        category, uncertain = OCD_CATEGORIES[ocd_category]
        return OcdEntry(entry_id, name, prefix, tuple(domains), platform, "C", None, ocd_category, category,
                        uncertain, CATEGORIES[category], "1 year", 31_536_000, False, False, "Purpose.")

    cat = OcdCatalog("test", (
        entry("1", "ab", prefix=True, platform="short"),
        entry("2", "abcd", prefix=True, platform="long"),
        entry("3", "abcdef", platform="exact"),
        entry("4", "abcdef", domains=["vendor.example"], platform="vendor"),
        entry("5", "xy_1", domains=["b.example"], platform="b"),
        entry("6", "xy_1", domains=["a.b.example"], platform="ab"),
        entry("7", "Zz", prefix=True, domains=["z.example"], platform="z"),
    ))
    assert cat.lookup("h.example", "abcdef").platform == "exact"
    assert cat.lookup("cdn.vendor.example", "abcdef").platform == "vendor"
    assert cat.lookup("h.example", "abcdefg").platform == "long"
    assert cat.lookup("h.example", "abc").platform == "short"
    assert cat.lookup("h.example", "ab").platform == "short"
    assert cat.lookup("h.example", "a") is None
    assert cat.lookup("h.example", "AB") is None
    # The more specific matching domain wins; elsewhere a distinctive name falls back.
    assert cat.lookup("x.a.b.example", "xy_1").platform == "ab"
    assert cat.lookup("x.b.example", "xy_1").platform == "b"
    assert cat.lookup("else.example", "xy_1").matched_on == OTHER_DOMAIN
    # A short prefix listed for a domain applies there only.
    assert cat.lookup("z.example", "Zzz").platform == "z"
    assert cat.lookup("else.example", "Zzz") is None


# --- the data ---------------------------------------------------------------------------


def test_category_table_covers_every_category_in_the_data(ocd, raw):
    in_json = {e["ocd_category"] for e in raw["entries"]}
    in_csv = {row["Category"].strip() for row in _csv_rows()}
    assert in_json <= set(OCD_CATEGORIES), in_json - set(OCD_CATEGORIES)
    assert in_csv <= set(OCD_CATEGORIES), in_csv - set(OCD_CATEGORIES)
    assert {ours for ours, _ in OCD_CATEGORIES.values()} <= set(CATEGORIES)
    assert [k for k, (_, uncertain) in OCD_CATEGORIES.items() if uncertain] == ["Functional"]
    assert OCD_CATEGORIES["Functional"] == ("preferences", True)


def test_every_entry_has_an_id_and_a_purpose_of_our_own(ocd, raw):
    ids = [e.entry_id for e in ocd.entries]
    assert len(set(ids)) == len(ids)
    for e in ocd.entries:
        assert UUID.fullmatch(e.entry_id), e.name
        assert 20 <= len(e.purpose) <= 160 and e.purpose.endswith("."), e.name
        assert (e.platform or e.controller or "this site") in e.purpose, e.name
    # Facts only: no description field, and nothing beyond the documented keys.
    keys = {"id", "name", "prefix", "domains", "platform", "controller", "privacy_url", "ocd_category",
            "retention", "lifetime_seconds", "session", "persistent", "purpose", "purpose_fr"}
    assert set().union(*(e.keys() for e in raw["entries"])) <= keys
    assert raw["header"]["attribution"] == "Open Cookie Database, Apache-2.0"
    assert raw["header"]["descriptions"] == "not included"


def test_every_entry_has_its_purpose_in_french_too(ocd):
    for e in ocd.entries:
        who = e.platform or e.controller or "ce site"
        assert e.purpose_fr and e.purpose_fr != e.purpose and who in e.purpose_fr, e.name
        assert 20 <= len(e.purpose_fr) <= 180 and e.purpose_fr.endswith("."), e.name
        assert "'" not in e.purpose_fr and " :" not in e.purpose_fr, e.name  # French typography
        assert e.purpose_in("fr") == e.purpose_fr == e.purpose_in("fr-CA") and e.purpose_in("en") == e.purpose
    # One sentence per OCD category, as in English.
    sentences = {(e.ocd_category, e.purpose_fr.replace(e.platform or e.controller or "ce site", "{who}"))
                 for e in ocd.entries}
    assert len(sentences) == len({e.ocd_category for e in ocd.entries})


def test_a_file_without_french_purposes_still_loads_in_english(tmp_path, raw):
    data = {"header": raw["header"], "entries": [dict(e) for e in raw["entries"][:3]]}
    data["header"] = {**data["header"], "entries": 3}
    for e in data["entries"]:
        del e["purpose_fr"]
    path = tmp_path / "old.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    entry = load_ocd(path).entries[0]
    assert entry.purpose_in("fr") == entry.purpose == raw["entries"][0]["purpose"]


def test_names_and_domains_are_clean(ocd):
    for e in ocd.entries:
        assert e.name == e.name.strip() and "*" not in e.name, repr(e.name)
        if e.prefix:
            assert len(e.name) >= 2, e.name
        for d in e.domains:
            assert re.fullmatch(r"[a-z0-9_-]+(\.[a-z0-9_-]+)+", d), (e.name, d)
        assert e.privacy_url is None or e.privacy_url.startswith(("https://", "http://"))
    # A few the builder had to repair.
    assert ocd.lookup("x.example", "ce_need_secure_cookie").platform == "Crazy Egg"       # trailing tab
    assert ocd.lookup("x.example", "logglytrackingsession").platform == "Loggly"          # soft hyphen
    assert ocd.lookup(".adkernel.com", "SSPR_123").prefix is True                         # written 'SSPR_*'
    assert set(ocd.lookup(".bing.com", "MUID").domains) == {"bing.com", "microsoft.com"}  # "a or b (3rd party)"
    assert ocd.lookup(".commander1.com", "TCID").domains == ("commander1.com",)           # zero-width space


def test_retention_is_parsed_like_policy_lifetimes(ocd, builder):
    parse = builder.parse_retention
    for text in ("1 year", "13 months", "30 minutes", "2 years", "1 day", "3 weeks", "10 seconds", "24 hours"):
        assert parse(text) == {"lifetime_seconds": parse_lifetime(text)}, text
    assert parse("1 Year") == parse("1 year") and parse("30 Days") == parse("30 days")
    assert parse("30 mins") == {"lifetime_seconds": 1800}
    assert parse("2 years after last activity") == {"lifetime_seconds": parse_lifetime("2 years")}
    for text in ("session", "Session", "End of session (browser)", "session cookie"):
        assert parse(text) == {"session": True}, text
    for text in ("persistent", "forever", "Unlimited"):
        assert parse(text) == {"persistent": True}, text
    for text in ("Unknown", "Varies", "Session to 30 days", "1 week to 1 year", "10 Nov 2030", "1 hour or longer",
                 "", "Local Storage"):
        assert parse(text) == {}, text
    counts = {"session": 0, "length": 0}
    for e in ocd.entries:
        assert not (e.session and e.lifetime_seconds is not None)
        counts["session"] += e.session
        counts["length"] += e.lifetime_seconds is not None
    assert counts["session"] > 500 and counts["length"] > 1600


# --- the build ---------------------------------------------------------------------------


def test_rebuilding_from_the_csv_gives_byte_identical_files(tmp_path):
    facts = shared_file(FACTS)
    out = subprocess.run([sys.executable, str(BUILDER), str(facts), "--out-dir", str(tmp_path)],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "entries from 2264 rows" in out.stdout
    for name in ("open-cookie-database.json", "OPEN-COOKIE-DATABASE-LICENSE.txt", "NOTICE.md"):
        assert (tmp_path / name).read_bytes() == (CATALOG_DIR / name).read_bytes(), name


def test_the_builder_skips_what_cannot_be_used(builder):
    entries, stats = builder.build_entries(_csv_rows())
    assert len(entries) == len(default_ocd())
    assert stats["skipped: domain given but unusable"] == 2   # 'ut', 'id5-sync'
    assert stats["skipped: duplicate of another row"] == 1    # Sonobi's __uis, twice
    names = [(e["name"], e["prefix"]) for e in entries]
    assert names == sorted(names)
    rows = [{**_csv_rows()[0], "Cookie / Data Key name": n, "Wildcard match": w}
            for n, w in (("a", "1"), ("", "0"), ("b*", "0"))]
    kept, why = builder.build_entries(rows)
    assert kept == [] and why["skipped: prefix shorter than 2 characters"] == 2 and why["skipped: empty name"] == 1


def test_licence_and_notice_sit_beside_the_json():
    licence = CATALOG_DIR / "OPEN-COOKIE-DATABASE-LICENSE.txt"
    assert licence.read_bytes() == shared_file("catalog-sources/open-cookie-database-LICENSE.txt").read_bytes()
    assert "Apache License" in licence.read_text(encoding="utf-8")[:200]
    notice = (CATALOG_DIR / "NOTICE.md").read_text(encoding="utf-8")
    header = json.loads((CATALOG_DIR / "open-cookie-database.json").read_text(encoding="utf-8"))["header"]
    assert "Open Cookie Database, Apache-2.0" in notice and header["upstream_commit"] in notice
    assert "descriptions are not included" in notice.replace("\n", " ")
    assert header["license_file"] == licence.name


# --- errors and speed ----------------------------------------------------------------------


def test_a_missing_or_corrupt_file_says_which_and_why(tmp_path, raw):
    missing = tmp_path / "nope.json"
    with pytest.raises(OcdCatalogError, match=r"nope\.json: the file is missing"):
        load_ocd(missing)
    broken = tmp_path / "broken.json"
    broken.write_text('{"header": {"format": 1}, "entries": [', encoding="utf-8")
    with pytest.raises(OcdCatalogError, match=r"broken\.json: the file is not valid JSON \(line 1"):
        load_ocd(broken)
    first = dict(raw["entries"][0])
    for change, message in (
        ({"ocd_category": "Telepathy"}, "unknown Open Cookie Database category 'Telepathy'"),
        ({"prefix": True, "name": "x"}, "shorter than 2 characters"),
        ({"purpose": ""}, "'purpose' must not be empty"),
        ({"lifetime_seconds": "1 year"}, "'lifetime_seconds' must be a whole number"),
        ({"privacy_url": "javascript:alert(1)"}, "'privacy_url' must be an http"),
    ):
        bad = tmp_path / "bad.json"
        bad.write_text(json.dumps({"header": {"format": 1}, "entries": [{**first, **change}]}), encoding="utf-8")
        with pytest.raises(OcdCatalogError, match=re.escape(message)) as info:
            load_ocd(bad)
        assert str(info.value).startswith(f"{bad}: entry 1 ({first['id']})")
    cut = tmp_path / "cut.json"
    cut.write_text(json.dumps({"header": raw["header"], "entries": raw["entries"][:10]}), encoding="utf-8")
    with pytest.raises(OcdCatalogError, match="cut short"):
        load_ocd(cut)
    err = pickle.loads(pickle.dumps(OcdCatalogError("f.json", "why")))
    assert str(err) == "f.json: why"


def test_the_builder_says_each_template_in_french_with_french_typography(builder):
    assert builder.purpose_for("Analytics", "", "", "fr") == (
        "Compte les visites et distingue les visiteurs pour la mesure d’audience réalisée par ce site.")
    assert builder.purpose_for("Marketing", "Criteo", "", "fr").startswith(
        "Reconnaît le navigateur à des fins publicitaires pour Criteo\u00a0: ")
    assert builder.purpose_for("Odd", "Acme", "", "fr") == (
        "Utilisé par Acme\u202f; l’Open Cookie Database le classe sous «\u00a0Odd\u00a0».")
    assert builder.purpose_for("Odd", "Acme", "") == "Used by Acme; the Open Cookie Database files it under 'Odd'."
    assert set(builder.PURPOSE_TEMPLATES_FR) == set(builder.PURPOSE_TEMPLATES) == set(OCD_CATEGORIES)
