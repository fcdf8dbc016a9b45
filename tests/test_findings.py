"""Consent findings: tables of cases per finding on crafted cookies and on the real browser stores."""
from __future__ import annotations

import csv
import io
import json

import pytest

from findings_support import NOW_US, crafted_policy, crafted_result, record
from inspector.domain import wording
from inspector.cli.main import main
from inspector.domain.exports.rows import FindingRows
from inspector.domain.findings import engine as F
from inspector.domain.policy.model import EMPTY_POLICY
from inspector.domain.scan import inspect, scan
from inspector.domain.stores.discovery import stores_from_path


@pytest.fixture(scope="module")
def policy(tmp_path_factory):
    return crafted_policy(tmp_path_factory.mktemp("policy"))


def codes(found) -> list[tuple[str, str | None]]:
    return [(f.code, f.check) for f in found]


def findings_of(policy, rec) -> tuple:
    (cookie,) = inspect([rec], policy)
    return F.cookie_findings(cookie, NOW_US)


UNDECLARED = ("undeclared", None)
UNKNOWN = ("unknown", None)
MISMATCH = ("category-mismatch", None)
OVER_DECLARED = ("lifetime", "declared")
BEYOND_13 = ("lifetime", "13-months")
NEEDS = ("needs-consent", None)  # no policy says otherwise, and a catalog files it where consent is needed


# (host, name, expires after creation in days or None for session, created days ago) -> findings
CASES = [
    # declared, lifetimes measured against the declaration (1.5x tolerance)
    ("shop.example", "cart", 7, 0, []),
    ("shop.example", "cart", 10, 0, []),  # within 1.5x of 7 days
    ("shop.example", "cart", 11, 0, [OVER_DECLARED]),
    ("shop.example", "cart", 30, 40, [OVER_DECLARED]),  # expired but still in the store
    ("www.shop.example", "cart", 7, 0, []),  # "*.shop.example" covers subdomains
    ("shop.example", "sid", None, 0, []),  # declared a session cookie, is one
    ("shop.example", "sid", 1, 0, [OVER_DECLARED]),  # declared a session cookie, is persistent
    ("shop.example", "lang", 800, 0, []),  # no declared lifetime, category needs no consent
    # the policy files _ga as necessary; the catalog says statistics. The policy's category
    # wins for the 13-month check, so only the mismatch is reported.
    ("shop.example", "_ga", 400, 0, [MISMATCH]),
    # a declared pattern in a consent category: 13 months (CNIL) from the policy itself
    ("shop.example", "_pk_id.1.abcd", 400, 0, [BEYOND_13]),
    ("shop.example", "_pk_id.1.abcd", 393, 0, []),  # Matomo's default 13 months fits
    # undeclared on a covered site
    ("shop.example", "ods_odd", 30, 0, [UNDECLARED]),
    ("shop.example", "_gid", 1, 0, [UNDECLARED]),
    ("shop.example", "_fbp", 400, 0, [UNDECLARED, BEYOND_13]),  # catalog: marketing
    # no policy: the catalog explains (and a cookie needing consent says so), or the cookie is unknown
    ("other.org", "zz_custom", 30, 0, [UNKNOWN]),
    ("other.org", "PHPSESSID", None, 0, []),
    ("other.org", "_ga", 400, 0, [NEEDS, BEYOND_13]),
    ("other.org", "_ga", 395, 0, [NEEDS]),  # 13 months is ~395.4 days
    ("other.org", "_ga", 396, 0, [NEEDS, BEYOND_13]),
    ("other.org", "_ga", None, 0, [NEEDS]),  # a session cookie has no lifetime to judge
    ("other.org", "__cf_bm", 900, 0, []),  # necessary: no consent, no 13-month rule
    # rewritten after creation: creation-to-expiry beyond the 400-day cap, so only the time left counts
    ("other.org", "_ga", 880, 500, [NEEDS]),  # 380 days left
    ("other.org", "_ga", 899, 500, [NEEDS, BEYOND_13]),  # 399 days left
    # domain hints: IDE is DoubleClick's only on doubleclick.net
    (".doubleclick.net", "IDE", 390, 0, [NEEDS]),
    ("other.org", "IDE", 390, 0, [UNKNOWN]),
    # only the Open Cookie Database knows it, as Functional: maybe necessary, so no sure "needs consent"
    ("other.org", "wp-wpml_current_language", 1, 0, []),
    # Instagram's sessionid is known there, Django's everywhere else
    (".instagram.com", "sessionid", 365, 0, []),
]


@pytest.mark.parametrize("host,name,expires_days,created_days,expected", CASES)
def test_findings_table(policy, host, name, expires_days, created_days, expected):
    found = findings_of(policy, record(host, name, expires_days, created_days))
    assert codes(found) == expected
    for f in found:
        assert wording.finding(f) and f.severity in ("warning", "info")


def test_sources_say_whose_information_a_finding_uses(policy):
    (undeclared_known,) = findings_of(policy, record("shop.example", "_gid", 1))
    assert undeclared_known.source == "catalog" and undeclared_known.about.provider == "Google Analytics"
    assert "not a declaration" in wording.finding(undeclared_known)
    (undeclared,) = findings_of(policy, record("shop.example", "ods_odd", 1))
    assert undeclared.source == "policy" and undeclared.about is None
    (mismatch,) = findings_of(policy, record("shop.example", "_ga", 1))
    assert mismatch.source == "catalog" and mismatch.about.category == "statistics"
    (beyond,) = findings_of(policy, record("shop.example", "_pk_id.9.x", 400))
    assert beyond.source == "policy" and "Statistics" in wording.finding(beyond)
    needs, beyond_catalog = findings_of(policy, record("other.org", "_ga", 400))
    assert beyond_catalog.source == "catalog" and "browsers' cap" in wording.finding(beyond_catalog)
    assert needs.source == "catalog" and wording.finding(needs) == (
        "Needs consent (Statistics, per the catalog): no policy covers this site to say otherwise.")
    (unknown,) = findings_of(policy, record("other.org", "zz", 1))
    assert unknown.source is None


def test_rewritten_cookies_report_the_time_left(policy):
    _needs, beyond = findings_of(policy, record("other.org", "_ga", 899, 500))
    assert "at least 399 days" in wording.finding(beyond)


def test_describe_prefers_the_policy_and_marks_catalog_guesses(policy):
    declared, undeclared, unknown = inspect([record("shop.example", "_ga", 1), record("shop.example", "_gid", 1),
                                             record("other.org", "zz", 1)], policy)
    assert F.describe(declared).source == "policy" and F.describe(declared).category == "necessary"
    about = F.describe(undeclared)
    assert about.source == "catalog" and about.category == "statistics" and about.url.startswith("https://")
    assert F.describe(unknown) is None


def test_one_cookie_name_under_two_policies_is_judged_by_each(policy):
    rec = record("shop.example", "_ga", 400)
    (under_policy,) = inspect([rec], policy)
    (under_none,) = inspect([rec], EMPTY_POLICY)
    engine = F.FindingsEngine()
    assert codes(engine.findings(under_policy, NOW_US)) == [MISMATCH]
    assert codes(engine.findings(under_none, NOW_US)) == [NEEDS, BEYOND_13]
    assert codes(engine.findings(under_policy, NOW_US)) == [MISMATCH]


def test_equal_findings_are_shared_and_rows_are_plain_json(policy):
    result = crafted_result(policy, [record("other.org", "_ga", 400, browser=b) for b in ("a", "b", "c")])
    per_cookie = F.scan_findings(result)
    assert per_cookie[0] is per_cookie[1] is per_cookie[2]
    finding_rows = FindingRows()
    rows = finding_rows(per_cookie[0])
    assert finding_rows(per_cookie[1]) is rows  # worded once, shared by the three rows
    about = {"provider": "Google Analytics", "category": "statistics", "purpose": per_cookie[0][0].about.purpose}
    assert list(rows) == [
        {"code": "needs-consent", "message": wording.finding(per_cookie[0][0]), "source": "catalog", **about},
        {"code": "lifetime", "message": wording.finding(per_cookie[0][1]), "source": "catalog",
         "check": "13-months", **about}]
    json.dumps(rows)


# --- site summaries and declared-absent -------------------------------------------------


def test_declared_absent_is_per_profile_and_only_in_the_site_summary(policy):
    records = [
        record("shop.example", "cart", 7, profile="A"), record("shop.example", "sid", None, profile="A"),
        record("shop.example", "cart", 7, profile="B"),
        record("other.org", "zz", 1, profile="C"),  # C never visited the shop: nothing is absent there
    ]
    result = crafted_result(policy, records)
    per_cookie = F.scan_findings(result)
    assert all(f.code != "declared-absent" for found in per_cookie for f in found)
    summary = F.site_summaries(result, per_cookie)["shop.example"]
    absent = {a.rule.name: a.profiles for a in summary.absent}
    assert absent == {"sid": ("chromium · B",), "lang": ("chromium · A", "chromium · B"),
                      "_ga": ("chromium · A", "chromium · B"), "_pk_id.*": ("chromium · A", "chromium · B")}
    finding = next(a for a in summary.absent if a.rule.name == "sid").finding
    assert finding.code == "declared-absent" and finding.severity == "info" and "chromium · B" in wording.finding(finding)
    assert wording.site_summary(summary) == "shop.example — policy: 5 declared · seen: 2 distinct (3 in all profiles) · 4 declared but absent"
    assert [a.rule.name for a in F.declared_absent(result)] == ["sid", "lang", "_ga", "_pk_id.*"]


def test_site_summary_counts_distinct_cookies_and_lists_each_kind(policy):
    records = [record("shop.example", "cart", 30, browser=b) for b in ("chromium", "firefox")] + [
        record("shop.example", "ods_odd", 1), record("shop.example", "_fbp", 400), record("shop.example", "_ga", 1),
        record("shop.example", "sid", None), record("shop.example", "lang", 1), record("shop.example", "_pk_id.1.a", 30),
    ]
    result = crafted_result(policy, records)
    summary = F.site_summaries(result)["shop.example"]
    assert summary.seen == 7  # cart counts once for two browsers
    assert wording.site_summary(summary) == ("shop.example — policy: 5 declared · seen: 7 distinct (8 in all profiles) · 2 undeclared · "
                                             "1 beyond 13 months · 1 over declared lifetime · 1 category mismatch · "
                                             "4 declared but absent")
    # firefox holds only the cart: the other four declared cookies are absent there
    assert {a.rule.name for a in summary.absent} == {"sid", "lang", "_ga", "_pk_id.*"}
    no_policy = F.site_summaries(crafted_result(policy, [record("other.org", "zz", 1), record("other.org", "_ga", 400)]))
    assert wording.site_summary(no_policy["other.org"]) == ("other.org — no policy · seen: 2 · 1 beyond 13 months · "
                                                            "1 unknown")


def test_summaries_over_a_subset_of_rows(policy):
    records = [record("shop.example", "cart", 7), record("shop.example", "ods_odd", 1), record("other.org", "zz", 1)]
    result = crafted_result(policy, records)
    subset = F.site_summaries(result, None, [1])
    assert list(subset) == ["shop.example"] and subset["shop.example"].seen == 1
    assert subset["shop.example"].counts == {"undeclared": 1}


# --- the real stores ----------------------------------------------------------------------


@pytest.fixture
def real_result(real_stores, bundled_policy):
    stores = (stores_from_path("chromium", str(real_stores.chromium_user_data()))
              + stores_from_path("firefox", str(real_stores.firefox_root())))
    return scan(stores, bundled_policy)


REAL_CASES = [
    ("chromium", ".lillemetropole.fr", "_ga", {"undeclared", "lifetime"}),
    ("chromium", ".lillemetropole.fr", "_gid", {"undeclared"}),
    ("chromium", ".lillemetropole.fr", "lm_banner", {"undeclared"}),
    ("chromium", "opendata.lillemetropole.fr", "_pk_id.1.abcd", {"undeclared"}),  # 393 days: within 13 months
    ("chromium", "opendata.lillemetropole.fr", "ods_api_token", {"undeclared"}),
    ("chromium", "opendata.lillemetropole.fr", "sessionid", set()),
    ("chromium", "opendata.lillemetropole.fr", "csrftoken", set()),
    ("chromium", "opendata.lillemetropole.fr", "cookies_preferences", set()),
    ("chromium", "opendata.lillemetropole.fr", "django_language", set()),
    ("chromium", ".www.lillemetropole.fr", "SESSd41d8cd98f00b204e9800998ecf8427e", set()),  # Drupal, no policy
    ("chromium", "example.org", "cart_id", {"unknown"}),
    ("chromium", "example.org", "sessionid", set()),  # Django's, by name: no policy covers example.org
    ("chromium", ".example.org", "_ga", {"needs-consent", "lifetime"}),  # capped at 400 days, beyond 13 months
    ("chromium", "localhost", "dev_session", {"unknown"}),
    # trackers on sites no policy covers: they need consent, per the catalog
    ("firefox", ".youtube.com", "VISITOR_INFO1_LIVE", {"needs-consent"}),
    ("firefox", ".doubleclick.net", "IDE", {"needs-consent"}),
    ("firefox", ".lillemetropole.fr", "_ga", {"undeclared", "lifetime"}),
]


@pytest.mark.parametrize("browser,host,name,expected", REAL_CASES)
def test_findings_on_real_stores(real_result, browser, host, name, expected):
    per_cookie = F.scan_findings(real_result)
    hits = [found for c, found in zip(real_result.cookies, per_cookie)
            if c.record.browser == browser and c.record.host == host and c.record.name == name]
    assert hits, f"{browser} {host} {name} not in the real stores"
    for found in hits:
        assert {f.code for f in found} == expected


def test_real_lillemetropole_summary(real_result):
    chromium = [i for i, c in enumerate(real_result.cookies) if c.record.browser == "chromium"]
    summary = F.site_summaries(real_result, None, chromium)["lillemetropole.fr"]
    assert wording.site_summary(summary) == ("lillemetropole.fr — policy: 4 declared · seen: 16 · 10 undeclared · "
                                             "1 beyond 13 months")
    assert summary.absent == ()  # every profile holds the four declared cookies


def test_scan_json_and_csv_carry_findings(real_stores, capsys):
    store = ["--store", f"chromium:{real_stores.chromium_user_data()}"]
    assert main(["scan", *store, "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)["cookies"]
    ga = next(r for r in rows if r["name"] == "_ga" and r["host"] == ".lillemetropole.fr")
    # against-choice: the portal's cookies_preferences refuses statistics (issue 12, domain/consent).
    assert [f["code"] for f in ga["findings"]] == ["undeclared", "lifetime", "against-choice"]
    assert ga["findings"][0]["source"] == "catalog" and ga["findings"][0]["provider"] == "Google Analytics"
    # The row's own columns carry the catalog's answer too, with its source; the status stays undeclared.
    assert (ga["provider"], ga["category"], ga["source"], ga["status"]) == (
        "Google Analytics", "statistics", "catalog", "undeclared")
    sid = next(r for r in rows if r["name"] == "sessionid" and r["host"] == "opendata.lillemetropole.fr")
    assert sid["findings"] == []
    assert main(["scan", *store, "--format", "csv"]) == 0
    by_name = {(r["host"], r["name"]): r for r in csv.DictReader(io.StringIO(capsys.readouterr().out))}
    assert by_name[".lillemetropole.fr", "_ga"]["findings"] == "undeclared lifetime"
    assert by_name["example.org", "cart_id"]["findings"] == "unknown"


def test_findings_rows_are_built_in_bulk_for_large_scans(policy):
    # 20,000 cookies over 2,000 hosts: every row gets its findings without per-row catalog work.
    records = [record(f"h{i % 2000}.example.net", name, 400) for i in range(10_000) for name in ("_ga",)]
    records += [record(f"h{i}.example.net", f"custom{i % 7}", 30) for i in range(10_000)]
    result = crafted_result(policy, records)
    per_cookie = F.scan_findings(result)
    assert len(per_cookie) == 20_000
    assert len({id(found) for found in per_cookie[:10_000]}) == 1  # one shared tuple for all equal findings


def test_one_order_of_severities_picks_the_worst():
    from inspector.domain import codes

    assert codes.worst([codes.INFO, codes.WARNING, None]) == codes.WARNING
    assert codes.worst([codes.INFO, None]) == codes.INFO
    assert codes.worst([None]) is None and codes.worst([]) is None
    assert [codes.severity_rank(s) for s in (codes.WARNING, codes.INFO, None)] == [2, 1, 0]
    assert set(codes.SEVERITY) == set(codes.KINDS) and set(codes.SEVERITY.values()) <= set(codes.SEVERITIES)


def test_site_summary_says_distinct_and_rows_when_profiles_share_cookies(real_result):
    # The site list shows one row per cookie per profile; the header must not read as a miscount.
    summary = F.site_summaries(real_result)["lillemetropole.fr"]
    listed = sum(1 for c in real_result.cookies if c.site == "lillemetropole.fr")
    assert summary.rows == listed > summary.seen
    assert f"seen: {summary.seen} distinct ({listed} in all profiles)" in wording.site_summary(summary)
