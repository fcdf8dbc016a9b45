"""Reports (HTML, CSV, JSON) and the Netscape cookies.txt export: contents, no values, Chromium, cookiejar."""
from __future__ import annotations

import csv
import hashlib
import http.cookiejar
import io
import json
import os
import re
import shutil
import subprocess
from html import escape
from pathlib import Path

import pytest

from findings_support import NOW_US, crafted_policy, crafted_result, record
from inspector.cli.main import main
from inspector.domain.clock import FixedClock
from inspector.domain.exports.netscape import export_cookies
from inspector.domain.exports.report import FORMATS, build_report, format_for_path, write_report
from inspector.domain.scan import scan
from inspector.domain.stores.discovery import stores_from_path

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture
def real_result(real_stores, bundled_policy):
    stores = (stores_from_path("chromium", str(real_stores.chromium_user_data()))
              + stores_from_path("firefox", str(real_stores.firefox_root())))
    return scan(stores, bundled_policy)


def real_values(real_stores) -> list[str]:
    """Values the test server set (from the ground truth), to prove that none reaches a report."""
    values = []
    for store in real_stores.truth["stores"]:
        for req in store.get("requested_vs_stored", []):
            first = (req.get("requested") or "").split(";")[0]
            value = first.partition("=")[2]
            if len(value) >= 8:  # short ones ("1", "fr") occur in ordinary text
                values.append(value)
    assert values
    return values


def rendered(report, fmt: str) -> str:
    out = io.StringIO()
    write_report(report, fmt, out)
    return out.getvalue()


# --- report contents ------------------------------------------------------------------------


@pytest.mark.parametrize("path, fmt", [
    ("report.html", "html"), ("REPORT.HTM", "html"), ("a/b.c/report.csv", "csv"), (Path("out.Json"), "json"),
    ("report.txt", None), ("report", None), (".csv", None), ("report.html.gz", None),
])
def test_the_file_extension_says_the_report_format(path, fmt):
    assert format_for_path(path) == fmt
    assert fmt is None or fmt in FORMATS


def test_report_on_real_stores_has_totals_sites_and_no_values(real_result, real_stores):
    report = build_report(real_result)
    assert report.totals["cookies"] == 79 and report.totals["sites_with_policy"] == 1
    assert report.totals["findings"]["undeclared"] == 10 and report.totals["findings"]["category-mismatch"] == 0
    lille = next(s for s in report.sites if s.site == "lillemetropole.fr")
    assert lille.summary.declared == 4 and {d["name"] for d in lille.declared} == {
        "sessionid", "django_language", "csrftoken", "cookies_preferences"}
    assert all(len(d["seen_in"]) == 3 and d["absent_from"] == [] for d in lille.declared)
    ga = next(r for r in lille.cookies if r["name"] == "_ga" and r["browser"] == "chromium")
    assert ga["about"]["source"] == "catalog" and ga["about"]["provider"] == "Google Analytics"
    sid = next(r for r in lille.cookies if r["name"] == "sessionid" and r["browser"] == "chromium")
    assert sid["about"]["source"] == "policy" and sid["about"]["provider"] == "Opendatasoft"
    secrets = real_values(real_stores)
    for fmt in ("json", "csv", "html"):
        text = rendered(report, fmt)
        assert not any(v in text for v in secrets), f"a cookie value reached the {fmt} report"
    doc = json.loads(rendered(report, "json"))
    assert "value" not in {key for site in doc["sites"] for row in site["cookies"] for key in row}


def test_report_site_filter_and_indexes(real_result):
    report = build_report(real_result, site="opendata.lillemetropole.fr")
    assert [s.site for s in report.sites] == ["lillemetropole.fr"]
    names = {r["name"] for r in report.sites[0].cookies}
    assert "_ga" in names and "has_js" not in names  # has_js is host-only on www.lillemetropole.fr
    chromium = [i for i, c in enumerate(real_result.cookies) if c.record.browser == "chromium"]
    assert build_report(real_result, indexes=chromium).totals["cookies"] == 26


def test_csv_report_lists_cookies_then_declared_absent(tmp_path):
    policy = crafted_policy(tmp_path)
    result = crafted_result(policy, [record("shop.example", "cart", 7), record("shop.example", "ods_odd", 1)])
    rows = list(csv.DictReader(io.StringIO(rendered(build_report(result), "csv"))))
    assert [(r["kind"], r["name"], r["findings"]) for r in rows] == [
        ("cookie", "cart", ""), ("cookie", "ods_odd", "undeclared"),
        ("declared-absent", "sid", "declared-absent"), ("declared-absent", "lang", "declared-absent"),
        ("declared-absent", "_ga", "declared-absent"), ("declared-absent", "_pk_id.*", "declared-absent")]
    assert rows[0]["category"] == "necessary" and rows[0]["category_source"] == "policy"
    assert rows[2]["profile"] == "chromium · Default"


def test_json_report_structure(tmp_path):
    policy = crafted_policy(tmp_path)
    result = crafted_result(policy, [record("shop.example", "_gid", 1), record("other.org", "zz", 1)])
    doc = json.loads(rendered(build_report(result), "json"))
    assert doc["policy"]["name"] == "Crafted policy"
    assert [s["site"] for s in doc["sites"]] == ["other.org", "shop.example"]
    shop = doc["sites"][1]
    assert shop["summary"].startswith("shop.example — policy: 5 declared · seen: 1 · 1 undeclared")
    assert shop["cookies"][0]["findings"][0]["source"] == "catalog"
    assert {c["category"] for c in doc["categories"]} == {"statistics", "unknown"}


def test_every_report_format_carries_the_description_and_its_source(tmp_path):
    # li_gc is known only to the Open Cookie Database, _ga to our catalog, cart to the policy.
    policy = crafted_policy(tmp_path)
    records = [record("shop.example", "cart", 7), record("other.org", "_ga", 7), record("other.org", "li_gc", 7),
               record("other.org", "zz", 7)]
    report = build_report(crafted_result(policy, records))
    doc = json.loads(rendered(report, "json"))
    rows = {r["name"]: r for site in doc["sites"] for r in site["cookies"]}
    assert (rows["li_gc"]["provider"], rows["li_gc"]["category"], rows["li_gc"]["source"]) == (
        "LinkedIn", "preferences", "ocd")
    assert rows["li_gc"]["about"]["source"] == "ocd" and rows["li_gc"]["about"]["guess"] is True
    assert (rows["_ga"]["provider"], rows["_ga"]["source"]) == ("Google Analytics", "catalog")
    assert rows["cart"]["source"] == "policy" and rows["cart"]["function"] is not None
    assert rows["zz"]["source"] is None and rows["zz"]["about"] is None
    assert doc["attribution"] == "Open Cookie Database, Apache-2.0"
    cells = {r["name"]: r for r in csv.DictReader(io.StringIO(rendered(report, "csv"))) if r["kind"] == "cookie"}
    assert (cells["li_gc"]["provider"], cells["li_gc"]["category"], cells["li_gc"]["source"]) == (
        "LinkedIn", "preferences", "ocd")
    assert cells["_ga"]["source"] == "catalog" and cells["cart"]["source"] == "policy" and cells["zz"]["source"] == ""
    html = rendered(report, "html")
    li_gc = next(line for line in html.splitlines() if ">li_gc<" in line)
    assert "LinkedIn" in li_gc and "Preferences" in li_gc and "Open Cookie Database (a guess from the name)" in li_gc
    ga = next(line for line in html.splitlines() if ">_ga<" in line and "other.org" in line)
    assert "Google Analytics" in ga and "catalog (a guess from the name)" in ga
    assert "Open Cookie Database, Apache-2.0" in html.split("<footer>")[1]


def test_a_french_report_gives_the_catalogs_purposes_in_french(tmp_path):
    # _ga is described by our catalog, li_gc only by the Open Cookie Database.
    from inspector.domain.catalog.catalog import default_catalog
    from inspector.domain.catalog.ocd import default_ocd
    ga = default_catalog().lookup("other.org", "_ga")
    li_gc = default_ocd().lookup("other.org", "li_gc")
    result = crafted_result(crafted_policy(tmp_path), [record("other.org", "_ga", 7), record("other.org", "li_gc", 7),
                                                        record("shop.example", "_gid", 7)])
    french = rendered(build_report(result, lang="fr"), "html")
    ga_line = next(line for line in french.splitlines() if ">_ga<" in line)
    assert f"Google Analytics — {ga.purpose_in('fr')}" in ga_line
    assert ga.purpose not in french and escape(ga.purpose) not in french
    li_gc_line = next(line for line in french.splitlines() if ">li_gc<" in line)
    assert f"LinkedIn — {li_gc.purpose_fr}" in li_gc_line and li_gc.purpose not in french
    # The undeclared _gid on shop.example: its finding quotes the catalog in the report's language too.
    gid = default_catalog().lookup("shop.example", "_gid")
    shop = json.loads(rendered(build_report(result, lang="fr"), "json"))["sites"][1]
    [finding] = [f for f in shop["cookies"][0]["findings"] if f["source"] == "catalog"]
    assert gid.purpose_in("fr") in finding["message"] and finding["purpose"] == gid.purpose_in("fr")
    assert gid.purpose_in("fr") in french
    # English is as before.
    english = rendered(build_report(result), "html")
    assert f"Google Analytics — {escape(ga.purpose)}" in english and ga.purpose_in("fr") not in english
    assert f"LinkedIn — {escape(li_gc.purpose)}" in english


def test_report_without_open_cookie_database_answers_has_no_attribution(real_result):
    report = build_report(real_result)
    assert "Open Cookie Database, Apache-2.0" not in rendered(report, "html")
    lille = next(s for s in report.sites if s.site == "lillemetropole.fr")
    ga = next(r for r in lille.cookies if r["name"] == "_ga")
    assert (ga["provider"], ga["category"], ga["source"]) == ("Google Analytics", "statistics", "catalog")


# --- the HTML report in a real browser ------------------------------------------------------


def chromium_console(page: Path, profile: Path) -> tuple[str, list[str]]:
    """Load a page in headless Chromium; return its DOM and every console or uncaught-error line."""
    if not os.access(CHROMIUM, os.X_OK):
        pytest.skip(f"chromium is not installed ({CHROMIUM}); the HTML check needs a real browser")
    proc = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
         "--enable-logging=stderr", "--v=0", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    problems = [line for line in proc.stderr.splitlines() if ":CONSOLE" in line or "Uncaught" in line]
    return proc.stdout, problems


@pytest.mark.browser
def test_console_check_catches_script_errors(tmp_path):
    # Proves the check below is not vacuous: a broken page does show up.
    page = tmp_path / "broken.html"
    page.write_text("<!doctype html><html><body><script>missingFunction();</script></body></html>")
    _dom, problems = chromium_console(page, tmp_path / "profile")
    assert any("Uncaught ReferenceError" in line for line in problems)


@pytest.mark.browser
def test_html_report_opens_in_headless_chromium_without_errors(tmp_path):
    policy = crafted_policy(tmp_path)
    records = [record("shop.example", "cart", 30), record("shop.example", "_fbp", 400),
               record("shop.example", "odd<name>&\"", 1), record("other.org", "zz", 1),
               record("other.org", "_ga", 400, browser="firefox", profile="default-esr")]
    page = tmp_path / "report.html"
    page.write_text(rendered(build_report(crafted_result(policy, records)), "html"), encoding="utf-8")
    dom, problems = chromium_console(page, tmp_path / "profile")
    assert problems == []
    assert "Consent report" in dom and "<svg" in dom and "Cookies by category" in dom
    assert "shop.example — policy: 5 declared" in dom
    assert "odd&lt;name&gt;&amp;" in dom  # names are escaped, never markup
    assert not re.search(r"<(script|link|img|iframe)\b", page.read_text(encoding="utf-8"))  # self-contained


def test_html_report_prints_well():
    from inspector.domain.exports.report_html import _CSS

    assert "@media print" in _CSS and "@page" in _CSS
    assert "break-inside: avoid" in _CSS and "table-header-group" in _CSS


# --- the CLI --------------------------------------------------------------------------------


def test_cli_report_writes_each_format(real_stores, tmp_path, capsys):
    store = ["--store", f"chromium:{real_stores.chromium_user_data()}"]
    out = tmp_path / "report.html"
    assert main(["report", *store, "-o", str(out)]) == 0  # the format comes from the extension
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert main(["report", *store, "--site", "example.org", "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert [s["site"] for s in doc["sites"]] == ["example.org"]
    assert main(["report", *store, "--format", "csv", "-o", str(tmp_path / "r.csv")]) == 0
    assert (tmp_path / "r.csv").read_text(encoding="utf-8").startswith('"site","kind","browser"')  # QUOTE_ALL (OWASP)
    assert main(["report", *store, "-o", str(tmp_path / "report.txt")]) == 2
    assert "give --format" in capsys.readouterr().err


# --- the Netscape export --------------------------------------------------------------------


def fake_values(rec) -> str:
    return f"v-{rec.name}"


def test_netscape_export_is_read_back_by_mozilla_cookiejar(tmp_path):
    policy = crafted_policy(tmp_path)
    records = [
        record(".shop.example", "cart", 7, secure=True),
        record("shop.example", "sid", None, http_only=True, path="/account"),
        record("other.org", "old", 1, 10),  # expired: left out
    ]
    result = crafted_result(policy, records)
    path = tmp_path / "cookies.txt"
    with path.open("w", encoding="utf-8") as out:
        exported = export_cookies(result.cookies, out, NOW_US, value_of=fake_values)
    assert exported.written == 2 and exported.skipped == [("other.org old", "expired")]
    jar = http.cookiejar.MozillaCookieJar(str(path))
    # Session cookies carry expiry 0, as curl writes them; the jar needs to be told to keep them.
    jar.load(ignore_discard=True, ignore_expires=True)
    got = {(c.domain, c.name): c for c in jar}
    assert set(got) == {(".shop.example", "cart"), ("shop.example", "sid")}
    cart, sid = got[".shop.example", "cart"], got["shop.example", "sid"]
    assert cart.value == "v-cart" and cart.secure and cart.domain_specified and cart.path == "/"
    assert cart.expires == (records[0].expires_us // 1_000_000)
    assert sid.value == "v-sid" and sid.path == "/account" and sid.expires == 0 and not sid.secure
    assert sid.has_nonstandard_attr(http.cookiejar.HTTPONLY_ATTR)  # written as #HttpOnly_


def test_values_with_line_breaks_are_skipped(tmp_path):
    result = crafted_result(crafted_policy(tmp_path), [record("other.org", "a", 1), record("other.org", "b", 1)])
    out = io.StringIO()
    exported = export_cookies(result.cookies, out, NOW_US, value_of=lambda r: "x\ny" if r.name == "a" else "ok")
    assert exported.written == 1 and "line break" in exported.skipped[0][1]


def digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def test_cli_export_cookies_from_a_real_store(real_stores, tmp_path, capsys):
    out = tmp_path / "cookies.txt"
    store = ["--store", f"chromium:{real_stores.chromium_user_data()}"]
    assert main(["export-cookies", *store, "-o", str(out)]) == 2
    assert "--yes-include-values" in capsys.readouterr().err and not out.exists()
    # Two hours after the browser wrote them, _pk_ses (30 min) and ods_api_token (1 h) have expired.
    two_hours_on = real_stores.made_at_us + 2 * 3600 * 1_000_000
    expired = [r["name"] for r in real_stores.expired_at("chromium", two_hours_on) if "lillemetropole" in r["host_key"]]
    assert sorted(expired) == ["_pk_ses.1.abcd", "ods_api_token"]
    argv = ["export-cookies", *store, "-o", str(out), "--yes-include-values", "--site", "lillemetropole"]
    assert main(argv, clock=FixedClock(two_hours_on)) == 0
    err = capsys.readouterr().err
    assert re.search(r"wrote \d+ cookies to .*cookies\.txt; skipped 2 expired", err)
    two_days_on = real_stores.made_at_us + 2 * 86400 * 1_000_000  # _gid (24 h) has gone too
    assert main([*argv[:4], str(tmp_path / "later.txt"), *argv[5:]], clock=FixedClock(two_days_on)) == 0
    assert "skipped 3 expired" in capsys.readouterr().err
    assert (out.stat().st_mode & 0o777) == 0o600  # values are secrets
    jar = http.cookiejar.MozillaCookieJar(str(out))
    jar.load(ignore_discard=True, ignore_expires=True)
    names = {c.name for c in jar}
    assert {"sessionid", "csrftoken", "_ga", "has_js"} <= names and "cart_id" not in names
    # Every cookie line follows the comment that describes it, with whose description it is.
    lines = out.read_text(encoding="utf-8").splitlines()
    cookie_lines = [i for i, line in enumerate(lines) if line and not line.startswith("# ")]
    assert cookie_lines and all(lines[i - 1].startswith(f"# {lines[i].split(chr(9))[5]}: ") for i in cookie_lines)
    assert "# _ga: Google Analytics, statistics (per the catalog, a guess from the name)" in lines
    # The values are the ones the test server set: compared by digest, never shown.
    truth = {}
    for store_truth in real_stores.truth["stores"]:
        if store_truth["id"].startswith("chromium"):
            for req in store_truth["requested_vs_stored"]:
                name, _, value = (req.get("requested") or "").split(";")[0].partition("=")
                truth.setdefault(name, digest(value))
    csrf = next(c for c in jar if c.name == "csrftoken")
    assert digest(csrf.value) == truth["csrftoken"], "csrftoken's exported value differs from the one set"
    assert not any(v in err for v in real_values(real_stores))


def test_netscape_export_names_each_cookie_before_its_line(tmp_path):
    policy = crafted_policy(tmp_path)
    records = [record("other.org", "_ga", 7), record("shop.example", "_ga", 7), record("other.org", "zz_nobody_knows", 7),
               record("other.org", "evil\r\n.other.org\tTRUE\t/\tFALSE\t0\tforged\tx", 7),
               record("other.org", "odd\x1b]0;pwned\x07\u2028name", 7)]
    result = crafted_result(policy, records)
    path = tmp_path / "cookies.txt"
    with path.open("w", encoding="utf-8", newline="") as out:
        exported = export_cookies(result.cookies, out, NOW_US, value_of=lambda r: "ok")
    # A name with a line break, an escape sequence or U+2028 cannot be a cookies.txt line: skipped
    # and counted as unsafe, its label escaped.
    assert exported.written == 3 and exported.unsafe == 2
    assert exported.skipped[0][0].startswith("other.org evil\\x0d\\x0a")
    assert exported.skipped[1][0] == "other.org odd\\x1b]0;pwned\\x07\\u2028name"
    lines = path.read_text(encoding="utf-8").split("\n")
    comments = [line for line in lines if line.startswith("# ") and ":" in line and "Netscape" not in line]
    assert "# _ga: Google Analytics, statistics (per the catalog, a guess from the name)" in comments
    assert "# _ga: Shop, necessary (per the site's policy)" in comments  # the policy outranks the catalog
    assert "# zz_nobody_knows: no source describes it" in comments
    assert not any("evil" in line for line in lines)  # no forged line either
    assert not any("odd" in line for line in lines)
    jar = http.cookiejar.MozillaCookieJar(str(path))
    jar.load(ignore_discard=True, ignore_expires=True)
    assert "forged" not in {c.name for c in jar}
    # Each comment sits right before its cookie's line.
    ga = next(i for i, line in enumerate(lines) if line.startswith("# _ga:"))
    assert lines[ga + 1].split("\t")[:1] == ["other.org"] and lines[ga + 1].split("\t")[5] == "_ga"
