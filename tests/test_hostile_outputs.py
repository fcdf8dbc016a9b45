"""What a website chose (cookie names, hosts, paths) and what a profile calls itself reach no output
raw: cookies.txt never carries a forged line, a CSV cell never runs as a formula, and no terminal
line holds a control character or a bidi override."""
from __future__ import annotations

import csv
import http.cookiejar
import io
import json
import os
import sqlite3
import subprocess
import sys

import pytest

from deletion_support import ROOT, write_policy
from cli_support import run

pytestmark = pytest.mark.fixtures


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    path = tmp_path / "data"
    monkeypatch.setenv("CONSENT_INSPECTOR_DATA_DIR", str(path))
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    return path


def plant_firefox(profile, rows):
    """Copies of the first example.org row with (host, name, path, value) changed, as Firefox stores them."""
    con = sqlite3.connect(profile / "cookies.sqlite")
    cols = [r[1] for r in con.execute("PRAGMA table_info(moz_cookies)") if r[1] != "id"]
    for host, name, path, value in rows:
        sel = ", ".join("?" if c in ("host", "name", "path", "value") else c for c in cols)
        params = [dict(host=host, name=name, path=path, value=value)[c] for c in cols if c in ("host", "name", "path", "value")]
        con.execute(f"INSERT INTO moz_cookies ({', '.join(cols)}) SELECT {sel} FROM moz_cookies "
                    "WHERE host LIKE '%example.org' AND expiry > 0 LIMIT 1", params)
    # Far in the future (2100), so that no run of the suite, faketime included, finds them expired.
    unit = 1000 if con.execute("PRAGMA user_version").fetchone()[0] >= 16 else 1
    con.execute("UPDATE moz_cookies SET expiry = ? WHERE id > (SELECT max(id) FROM moz_cookies) - ?",
                (4_102_444_800 * unit, len(rows)))
    con.commit()
    con.close()


# --- item 6: cookies.txt -----------------------------------------------------------

UNSAFE = [
    (".bank.example\n.bank.example\tTRUE\t/\tFALSE\t0\tsession_id\tforged", "a", "/", "v"),
    ("example.org", "a\r\n.bank.example\tTRUE\t/\tFALSE\t0\tsession_id\tforged", "/", "v"),
    ("example.org", "a", "/\n.bank.example\tTRUE\t/\tFALSE\t0\tsession_id\tforged", "v"),
    ("#HttpOnly_.bank.example", "session_id", "/", "forged"),
    ("example.org", "nel\x85.bank.example", "/", "v"),
    ("example.org", "ls\u2028.bank.example", "/", "v"),
    ("example.org", "vt", "/", "a\x0b.bank.example"),
]


def test_cookies_txt_skips_and_counts_every_cookie_it_cannot_write_safely(capsys, real_stores, tmp_path):
    profile = real_stores.firefox_profile()
    plant_firefox(profile, UNSAFE)
    target = tmp_path / "cookies.txt"
    code, out, err = run(capsys, "export-cookies", "--store", f"firefox:{profile}", "-o", target,
                         "--yes-include-values")
    assert code == 0, err
    written = int(err.split("wrote ")[1].split(" ")[0])
    assert f" {len(UNSAFE)} that cookies.txt cannot carry safely" in err
    jar = http.cookiejar.MozillaCookieJar(str(target))
    jar.load(ignore_discard=True, ignore_expires=True)
    assert len(jar) == written
    assert not [c for c in jar if "bank" in c.domain or "bank" in c.name or c.name == "session_id"]
    lines = [ln for ln in target.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("# ")]
    assert len(lines) == written  # one line per cookie written, every other line a "# " comment
    for ch in target.read_text(encoding="utf-8"):
        assert ch in "\t\n" or ch.isprintable()


# --- item 7: CSV formula injection ---------------------------------------------------

FORMULAS = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)",
            "\t=1", "\r=1", "\uff1d1"]


@pytest.mark.parametrize("command", ["scan", "report"])
def test_csv_cells_never_start_a_formula(capsys, real_stores, tmp_path, command):
    profile = real_stores.firefox_profile()
    plant_firefox(profile, [("example.org", name, "/", "v") for name in FORMULAS]
                  + [("=evil.example.org", "plain", "=/", "v")])
    argv = ["--store", f"firefox:{profile}", "--format", "csv"]
    if command == "report":
        argv += ["--policy", write_policy(tmp_path)]
    code, out, err = run(capsys, command, *argv)
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    names = {r["name"] for r in rows}
    for name in FORMULAS:
        assert "'" + name in names
    assert "'=evil.example.org" in {r["host"] for r in rows}
    for row in rows:
        for value in row.values():
            assert not value or value[0] not in "=+-@\t\r\uff1d", (row, value)


# --- item 8: terminal output ---------------------------------------------------------

EVIL_NAME = "osc\x1b]52;c;SGVsbG8=\x07\x1b[2J\rDelete 0 cookies? \u202eok\x9b"
EVIL_PROFILE = "Work\x1b]0;pwned\x07\r\nforged line\u2066"


def assert_clean(text: str):
    bad = sorted({f"U+{ord(ch):04X}" for ch in text if ch != "\n" and not ch.isprintable()})
    assert not bad, bad


def evil_chromium(real_stores):
    user_data = real_stores.chromium_user_data()
    state = json.loads((user_data / "Local State").read_text(encoding="utf-8"))
    state["profile"]["info_cache"]["Default"]["name"] = EVIL_PROFILE
    (user_data / "Local State").write_text(json.dumps(state), encoding="utf-8")
    con = sqlite3.connect(user_data / "Default" / "Cookies")
    cols = [r[1] for r in con.execute("PRAGMA table_info(cookies)")]
    sel = ", ".join("?" if c == "name" else c for c in cols)
    con.execute(f"INSERT INTO cookies ({', '.join(cols)}) SELECT {sel} FROM cookies WHERE host_key = 'example.org' "
                "LIMIT 1", (EVIL_NAME,))
    con.commit()
    con.close()
    return user_data


def test_no_terminal_output_carries_a_control_character(capsys, real_stores, tmp_path):
    user_data = evil_chromium(real_stores)
    store = ["--store", f"chromium:{user_data}"]
    policy = write_policy(tmp_path)
    for argv in (["scan", *store], ["scan", *store, "--wide"], ["scan", *store, "--site", "example.org"],
                 ["delete", "--policy", policy, *store, "--site", "example.org", "--dry-run"],
                 ["delete", "--policy", policy, *store, "--site", "example.org"],  # refused: no terminal
                 ["delete", "--policy", policy, *store, "--site", "example.org", "--yes"],
                 ["undo", "--list"], ["undo"]):
        code, out, err = run(capsys, *argv)
        assert "osc" in out + err or argv[0] == "undo", argv
        assert_clean(out)
        assert_clean(err)


@pytest.mark.skipif(sys.platform == "win32", reason="pty")
def test_the_confirmation_prompt_cannot_be_spoofed(real_stores, tmp_path, data_dir):
    user_data = evil_chromium(real_stores)
    policy = write_policy(tmp_path)
    master, slave = os.openpty()
    try:
        proc = subprocess.Popen([sys.executable, "-m", "inspector.cli.main", "delete", "--policy", str(policy),
                                 "--store", f"chromium:{user_data}", "--site", "example.org"], cwd=ROOT,
                                stdin=slave, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                env=dict(os.environ, CONSENT_INSPECTOR_DATA_DIR=str(data_dir)))
        os.write(master, b"n\n")
        out, err = proc.communicate(timeout=120)
    finally:
        os.close(master)
        os.close(slave)
    assert "Delete these" in err and "osc\\x1b]52" in err
    assert_clean(out)
    assert_clean(err)
