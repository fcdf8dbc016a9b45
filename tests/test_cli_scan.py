"""`consent-inspector scan`: what a user reads in the terminal, in JSON and CSV, and its exit codes."""
from __future__ import annotations

import csv
import io
import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from inspector.cli.main import main
from inspector.cli.table import display_width, escape
from inspector.domain.exports.rows import COLUMNS

ROOT = Path(__file__).resolve().parents[1]


def run_cli(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def real_store_args(real_stores) -> list[str]:
    return ["--store", f"chromium:{real_stores.chromium_user_data()}",
            "--store", f"firefox:{real_stores.firefox_root()}"]


def test_json_lists_every_cookie_of_both_browsers_with_policy_status(real_stores, capsys):
    code, out, _ = run_cli(capsys, "scan", *real_store_args(real_stores), "--format", "json")
    assert code == 0
    doc = json.loads(out)
    assert set(doc) == {"stores", "cookies", "sites", "errors"}  # sites: each site's consent (issue 12)
    assert [(s["browser"], s["profile"], s["count"]) for s in doc["stores"]] == [
        ("chromium", "Your Chromium", 26), ("firefox", "default-esr", 31), ("firefox", "fpi", 22)]
    assert len(doc["cookies"]) == 79 and doc["errors"] == []
    for row in doc["cookies"]:
        assert set(COLUMNS) <= set(row)
        assert "value" not in row
    declared = {(r["browser"], r["profile"], r["name"]) for r in doc["cookies"] if r["status"] == "declared"}
    assert {("chromium", "Your Chromium", n) for n in ("sessionid", "django_language", "csrftoken",
                                                       "cookies_preferences")} <= declared
    sid = next(r for r in doc["cookies"] if r["name"] == "sessionid" and r["host"] == "opendata.lillemetropole.fr"
               and r["browser"] == "chromium")
    assert sid["provider"] == "Opendatasoft" and sid["category"] == "necessary" and sid["source"] == "policy"
    assert sid["purpose"] == "To remember the user from one page to another"
    assert sid["session"] is True and sid["expires"] is None and sid["policy_site"]
    ga = next(r for r in doc["cookies"] if r["name"] == "_ga" and r["host"] == ".lillemetropole.fr"
              and r["browser"] == "chromium")
    assert ga["status"] == "undeclared" and ga["site"] == "lillemetropole.fr"
    # Undeclared, yet explained: the catalog's words, named as such; the status is still the policy's.
    assert (ga["provider"], ga["category"], ga["source"]) == ("Google Analytics", "statistics", "catalog")
    assert ga["expires"] == "2028-01-03T07:49:07Z"
    # example.org's own sessionid shares a name with a declared cookie, but no policy covers it.
    other = next(r for r in doc["cookies"] if r["name"] == "sessionid" and r["host"] == "example.org"
                 and r["browser"] == "chromium")
    assert other["status"] == "no-policy" and other["source"] == "catalog" and "Django" in other["provider"]
    # Every cookie a source knows carries that source; the others carry none, and nothing else.
    for row in doc["cookies"]:
        assert (row["source"] is None) == (row["provider"] is None) == (row["category"] is None)
        assert row["source"] in (None, "policy", "catalog", "ocd")
        assert (row["source"] == "policy") == (row["status"] == "declared")


def test_site_filter_keeps_what_that_host_would_receive(real_stores, capsys):
    code, out, _ = run_cli(capsys, "scan", "--store", f"chromium:{real_stores.chromium_user_data()}",
                           "--site", "opendata.lillemetropole.fr", "--format", "json")
    names = sorted(r["name"] for r in json.loads(out)["cookies"])
    assert code == 0
    assert "_ga" in names and "_gid" in names and "lm_banner" in names  # on .lillemetropole.fr
    assert "has_js" not in names  # host-only cookie of www.lillemetropole.fr
    assert "prefs" not in names
    _, out, _ = run_cli(capsys, "scan", "--store", f"chromium:{real_stores.chromium_user_data()}",
                        "--site", "LILLEMETROPOLE", "--format", "json")
    assert "has_js" in {r["name"] for r in json.loads(out)["cookies"]}  # site text match


def test_expired_cookies_still_in_a_store_are_shown_as_expired(real_stores, capsys):
    _, out, _ = run_cli(capsys, "scan", "--store", f"chromium:{real_stores.chromium_user_data()}",
                        "--format", "json")
    flash = next(r for r in json.loads(out)["cookies"] if r["name"] == "flash_msg")
    assert flash["expired"] is True and flash["session"] is False


def test_table_is_readable_and_ends_with_a_summary(real_stores, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")  # captured output is no terminal: $COLUMNS gives the width
    code, out, _ = run_cli(capsys, "scan", *real_store_args(real_stores))
    lines = out.splitlines()
    assert code == 0
    assert lines[0].split()[:5] == ["SITE", "NAME", "CATEGORY", "PROVIDER", "STATUS"]
    assert max(len(line) for line in lines) <= 200
    assert any("sessionid" in line and "declared" in line and "necessary" in line for line in lines)
    # A catalog's answer is marked as a guess; the summary says how much is explained.
    assert any(" _ga " in line and "≈ statistics" in line and "≈ Google Analytics" in line for line in lines)
    assert re.match(r"79 cookies · \d+ explained \(\d+ %\) · 6 sites · ", lines[-1])
    assert "session" in out and "expired" in out


@pytest.mark.parametrize("width", [80, 100, 132])
def test_the_table_fits_the_width_it_is_given(real_stores, capsys, monkeypatch, width):
    monkeypatch.setenv("COLUMNS", str(width))
    _, out, _ = run_cli(capsys, "scan", *real_store_args(real_stores))
    lines = out.splitlines()
    assert all(display_width(line) <= width for line in lines[:-1])  # the summary line may wrap
    header = lines[0].split()
    assert header[:5] == ["SITE", "NAME", "CATEGORY", "PROVIDER", "STATUS"]
    if width == 80:
        assert len(header) == 5  # at 80 columns: site, name, category, provider and status


def test_piped_without_columns_the_table_is_80_wide_and_wide_shows_everything(real_stores, capsys, monkeypatch):
    monkeypatch.delenv("COLUMNS", raising=False)
    _, out, _ = run_cli(capsys, "scan", *real_store_args(real_stores))
    assert max(display_width(line) for line in out.splitlines()[:-1]) <= 80
    _, out, _ = run_cli(capsys, "scan", *real_store_args(real_stores), "--wide")
    header = out.splitlines()[0]
    for title in ("FINDINGS", "HOST", "EXPIRES", "BROWSER · PROFILE", "PATH"):
        assert title in header
    assert "…" not in out  # nothing is cut


def test_columns_option_chooses_and_orders_the_columns(real_stores, capsys):
    code, out, _ = run_cli(capsys, "scan", *real_store_args(real_stores), "--columns", "name,findings,host")
    assert code == 0 and out.splitlines()[0].split() == ["NAME", "FINDINGS", "HOST"]
    assert any(line.startswith("_ga ") and "> 13 months" in line for line in out.splitlines())
    code, _, err = run_cli(capsys, "scan", *real_store_args(real_stores), "--columns", "name,value")
    assert code == 2 and "unknown column value" in err


def test_terminal_output_escapes_what_websites_control():
    # A cookie name may carry escape sequences (clear screen, window title, clipboard), CR/LF and bidi overrides.
    hostile = "a\x1b[2J\x1b]0;pwned\x07b\r\nforged\u202eevil\x9b"
    shown = escape(hostile)
    assert shown.isprintable() and "\x1b" not in shown and "\n" not in shown and "\u202e" not in shown
    assert shown == "a\\x1b[2J\\x1b]0;pwned\\x07b\\x0d\\x0aforged\\u202eevil\\x9b"
    assert escape("Français – 日本語 🍪") == "Français – 日本語 🍪"  # printable text stays as it is


def test_csv_has_the_json_columns(real_stores, capsys):
    _, out, _ = run_cli(capsys, "scan", "--store", f"firefox:{real_stores.firefox_root()}", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert tuple(rows[0].keys()) == COLUMNS
    assert len(rows) == 53


def test_one_broken_store_exits_1_and_the_rest_is_reported(real_stores, tmp_path, capsys):
    bad = tmp_path / "Cookies"
    bad.write_bytes(b"garbage" * 100)
    code, out, err = run_cli(capsys, "scan", "--store", f"chromium:{bad}",
                             "--store", f"chromium:{real_stores.chromium_user_data()}", "--format", "json")
    doc = json.loads(out)
    assert code == 1
    assert len(doc["cookies"]) == 26
    assert doc["errors"][0]["path"] == str(bad) and doc["errors"][0]["code"] == "corrupt"
    assert str(bad) in err


@pytest.mark.parametrize("argv,phrase", [
    (["scan", "--store", "netscape:/nowhere"], "unknown"),
    (["scan", "--store", "chromium"], "KIND:PATH"),
    (["scan", "--format", "xml"], "invalid choice"),
])
def test_usage_errors_exit_2_with_a_message(capsys, argv, phrase):
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    assert phrase in capsys.readouterr().err


def test_malformed_policy_exits_2_naming_file_line_and_column(tmp_path, capsys):
    bad = tmp_path / "policy.yaml"
    bad.write_text("version: 1\nname: x\nsites: [\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exc:
        main(["scan", "--demo", "--policy", str(bad)])
    err = capsys.readouterr().err
    assert exc.value.code == 2
    assert f"{bad}:4:" in err and "Traceback" not in err


def test_demo_scan_runs_through_the_real_readers(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    code, out, _ = run_cli(capsys, "scan", "--demo", "--format", "json")
    doc = json.loads(out)
    assert code == 0
    assert {s["browser"] for s in doc["stores"]} == {"chrome", "firefox"}
    statuses = {r["status"] for r in doc["cookies"]}
    assert statuses == {"declared", "undeclared", "no-policy"}
    assert any(r["container"] == "Work" for r in doc["cookies"])


def test_json_keeps_unusual_cookie_names_exact_and_readable(tmp_path, capsys):
    from inspector.domain.stores.demo import write_chromium

    db = write_chromium(str(tmp_path / "chrome"))
    odd = 'caf\u00e9_\u2615 "quoted" back\\slash\ttab\u2028'
    con = sqlite3.connect(db)
    cols = [r[1] for r in con.execute("PRAGMA table_info(cookies)")]
    picked = ", ".join("?" if c == "name" else f'"{c}"' for c in cols)
    con.execute(f"INSERT INTO cookies ({', '.join(cols)}) SELECT {picked} FROM cookies LIMIT 1", (odd,))
    con.commit()
    con.close()
    code, out, _ = run_cli(capsys, "scan", "--store", f"chromium:{tmp_path / 'chrome'}", "--format", "json")
    assert code == 0
    doc = json.loads(out)
    assert odd in {r["name"] for r in doc["cookies"]}
    # Compact, and UTF-8 text a person can read: exactly what the standard encoder writes.
    assert out == json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n"
    assert "caf\u00e9_\u2615" in out


def test_scan_over_a_home_without_browsers_says_so(tmp_path):
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / ".config"),
           "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-m", "inspector.cli.main", "scan", "--format", "json"],
                         capture_output=True, text=True, env=env, timeout=60)
    assert out.returncode == 0
    assert json.loads(out.stdout)["cookies"] == []
    assert "no browser cookie stores found" in out.stderr
