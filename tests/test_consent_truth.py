"""`consent --format json` on the real consent fixtures reproduces every record and finding of consent_truth.json."""
from __future__ import annotations

import io
import json
import re
from contextlib import redirect_stdout

import pytest

from inspector.cli.main import main
from inspector.domain.clock import FixedClock

STORE_BROWSER = {"chromium/user-data/Default/Cookies": "chromium", "firefox/jqusjzli.default-esr": "firefox"}
TIMING = {"before_choice": "before", "after_choice": "after"}


def run_consent(stores, *extra, now_us=None) -> dict:
    args = ["consent", "--store", f"chromium:{stores.chromium_db()}", "--store", f"firefox:{stores.firefox_root()}",
            "--format", "json", *extra]
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(args, clock=FixedClock(now_us or stores.made_at_us)) == 0
    return json.loads(out.getvalue())


@pytest.fixture
def consent_run(consent_stores):
    return consent_stores.read_json("consent_truth.json"), run_consent(consent_stores)


def _ms(text: str) -> str:
    # consent_truth.json writes µs or ms; our JSON keeps ms ("…T17:57:45.057Z").
    head, _, frac = text.rstrip("Z").partition(".")
    return f"{head}.{(frac + '000')[:3]}Z"


def test_every_truth_site_has_its_records_per_store(consent_run):
    truth, ours = consent_run
    by_site = {s["site"]: s for s in ours["sites"]}
    for site in truth["sites"]:
        choice = site["choice"]
        if not choice or not choice.get("recorded"):
            assert not by_site.get(site["site"], {}).get("records"), site["site"]
            continue
        got = by_site[site["site"]]["records"]
        for store, when in choice["normalised"]["choice_time"]["per_store"].items():
            browser = STORE_BROWSER[store]
            mine = [r for r in got if r["cookies"][0]["browser"] == browser]
            assert mine and all(r["readable"] and r["error"] is None for r in mine), (site["site"], store)
            # The choice time each finding is timed against: the truth's, to the millisecond.
            assert _ms(when) in {r["decided_at"] for r in mine}, (site["site"], store)
            vendors = choice["normalised"]["vendors"] or {"accepted": [], "refused": []}
            assert sorted(v for r in mine for v in r["vendors"]["accepted"]) == sorted(vendors["accepted"])
            assert sorted(v for r in mine for v in r["vendors"]["refused"]) == sorted(vendors["refused"])
            _check_units(site["site"], choice["normalised"]["categories"], mine)


def _check_units(site: str, categories: list, mine: list) -> None:
    """Each of the platform's own units (TCF purposes, OneTrust groups, services…) has the truth's state."""
    states = {}
    for r in mine:
        for p in r["purposes"]:
            states[(r["platform"], p["id"])] = p["state"]
    for unit in categories:
        m = re.fullmatch(r"tcf-(purpose|special-feature)-(\d+)", unit["id"])
        if m:
            key = ("tcf", f"{m[1]}-{m[2]}")
        elif unit["id"].startswith("didomi-purpose-"):
            key = ("didomi", unit["id"][len("didomi-purpose-"):])
        else:
            key = (mine[0]["platform"], unit["id"])
        assert states.get(key) == unit["state"], (site, unit["id"])


def test_tcf_records_carry_the_reference_decoders_fields(consent_run):
    truth, ours = consent_run
    by_site = {s["site"]: s for s in ours["sites"]}
    checked = 0
    for site in truth["sites"]:
        for cookie in site["consent_cookies"]:
            if cookie["format"] != "tcf":
                continue
            for store, stored in cookie["stores"].items():
                record = next(r for r in by_site[site["site"]]["records"]
                              if r["platform"] == "tcf" and r["cookies"][0]["browser"] == STORE_BROWSER[store])
                reference = cookie["decoded"][stored["value"]]["@iabtcf/core"]
                for field, value in reference.items():
                    expected = value["ids"] if isinstance(value, dict) and "ids" in value else value
                    assert record["tcf"][field] == expected, (site["site"], store, field)
                checked += 1
    assert checked == 4
    gazette = next(r for r in by_site["gazette-des-alpes.fr"]["records"] if r["platform"] == "tcf")
    assert len(gazette["tcf"]["addtlConsent"]["consented"]) == 348
    assert gazette["tcf"]["addtlConsent"]["consented"][:3] == [39, 43, 46]  # InMobi's deltas, summed


def _expected_findings(truth):
    """(site, browser, host, name) -> (codes, timing) from every truth cookie present in a store."""
    out = {}
    for site in truth["sites"]:
        for cookie in site["cookies"]:
            for store, stored in cookie["stores"].items():
                if stored.get("present"):
                    key = (site["site"], STORE_BROWSER[store], stored["host"], cookie["name"])
                    out[key] = (sorted(stored["findings"]), TIMING.get(stored.get("timing")))
    return out


def test_every_finding_of_the_truth_and_no_other(consent_run):
    truth, ours = consent_run
    expected = _expected_findings(truth)
    got: dict = {}
    for site in ours["sites"]:
        for f in site["findings"]:
            if f["code"] in ("against-choice", "before-choice", "no-choice"):
                c = f["cookie"]
                got.setdefault((site["site"], c["browser"], c["host"], c["name"]), []).append(f)
    for key, (codes, timing) in expected.items():
        mine = got.get(key, [])
        assert sorted(f["code"] for f in mine) == codes, key
        for f in mine:
            if f["code"] == "against-choice":
                assert f["when"] == timing, key  # None for Firefox session cookies: unknown, never guessed
                assert f["category"]["source"] in ("policy", "catalog", "ocd")
                assert isinstance(f["record"], int)
    assert set(got) <= set(expected)
    total = sum(len(c) for c, _ in expected.values())
    assert total == sum(len(v) for v in got.values()) and total > 60


def test_no_record_level_findings_on_the_fixtures_at_their_time(consent_run):
    _, ours = consent_run
    codes = {f["code"] for s in ours["sites"] for f in s["findings"]}
    assert not codes & {"stale-choice", "invalid-consent-string"}


def test_choices_go_stale_after_six_months_on_french_sites(consent_stores):
    made = consent_stores.made_at_us
    seven_months = made + 213 * 86_400 * 1_000_000
    ours = run_consent(consent_stores, "--site", "velo-atelier-lyon.fr", now_us=seven_months)
    stale = [f for s in ours["sites"] for f in s["findings"] if f["code"] == "stale-choice"]
    assert len(stale) == 2 and {f["params"]["limit_months"] for f in stale} == {6}
    assert {f["cookie"]["name"] for f in stale} == {"CookieConsent"}


def test_scan_json_carries_the_same_consent_per_site_and_per_cookie(consent_stores):
    args = ["scan", "--store", f"chromium:{consent_stores.chromium_db()}", "--store",
            f"firefox:{consent_stores.firefox_root()}", "--format", "json"]
    out = io.StringIO()
    with redirect_stdout(out):
        main(args, clock=FixedClock(consent_stores.made_at_us))
    scan_doc = json.loads(out.getvalue())
    consent_doc = run_consent(consent_stores)
    assert [{"site": s["site"], "consent": {"records": s["records"], "findings": s["findings"]}}
            for s in consent_doc["sites"]] == scan_doc["sites"]
    row_codes = sorted((c["browser"], c["host"], c["name"], f["code"]) for c in scan_doc["cookies"]
                       for f in c["findings"] if f["code"] in ("against-choice", "before-choice", "no-choice"))
    site_codes = sorted((f["cookie"]["browser"], f["cookie"]["host"], f["cookie"]["name"], f["code"])
                        for s in consent_doc["sites"] for f in s["findings"])
    assert row_codes == site_codes


def test_reports_gain_a_your_consent_choices_section(consent_stores, tmp_path):
    out_json, out_html = tmp_path / "r.json", tmp_path / "r.html"
    base = ["report", "--store", f"chromium:{consent_stores.chromium_db()}", "--store",
            f"firefox:{consent_stores.firefox_root()}"]
    for path in (out_json, out_html):
        assert main([*base, "--output", str(path)], clock=FixedClock(consent_stores.made_at_us)) == 0
    doc = json.loads(out_json.read_text(encoding="utf-8"))
    consent_doc = run_consent(consent_stores)
    assert [s["site"] for s in doc["consent"]] == [s["site"] for s in consent_doc["sites"]]
    velo = next(s for s in doc["consent"] if s["site"] == "velo-atelier-lyon.fr")
    assert velo["records"][0]["categories"]["statistics"] == "refused"
    assert any(f["message"].startswith("_pk_id.3.9f1c: your Cookiebot choice refused statistics")
               for f in velo["findings"])
    page = out_html.read_text(encoding="utf-8")
    assert "<h2>Your consent choices</h2>" in page and "velo-atelier-lyon.fr" in page
    assert "Statistics: refused" in page
