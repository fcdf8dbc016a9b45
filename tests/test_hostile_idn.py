"""`--site` with an international domain name matches how browsers store it (punycode), both ways."""
from __future__ import annotations

import io
import json
import sqlite3
import sys

import pytest

from inspector.domain.stores.demo import write_chromium
from cli_support import run


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("CONSENT_INSPECTOR_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))


@pytest.fixture
def store(tmp_path):
    path = write_chromium(str(tmp_path / "chrome"))
    con = sqlite3.connect(path)
    cols = [r[1] for r in con.execute("PRAGMA table_info(cookies)")]
    for host, name in ((".xn--bcher-kva.example", "punycode_domain"), ("www.xn--bcher-kva.example", "punycode_www"),
                       ("bücher.example", "unicode_host")):
        sel = ", ".join("?" if c in ("host_key", "name") else c for c in cols)
        params = [host if c == "host_key" else name for c in cols if c in ("host_key", "name")]
        con.execute(f"INSERT INTO cookies ({', '.join(cols)}) SELECT {sel} FROM cookies LIMIT 1", params)
    con.commit()
    con.close()
    return ["--store", f"chrome:{tmp_path / 'chrome'}"]


def names(out) -> set:
    return {c["name"] for c in json.loads(out)["cookies"]}


@pytest.mark.parametrize("site", ["bücher.example", "BÜCHER.example", "xn--bcher-kva.example", "bücher",
                                  "www.bücher.example"])
def test_site_matches_the_stored_punycode_and_unicode_hosts(capsys, store, site):
    code, out, err = run(capsys, "scan", *store, "--site", site, "--format", "json")
    assert code == 0, err
    found = names(out)
    assert "punycode_domain" in found
    if site != "www.bücher.example":
        assert {"punycode_www", "unicode_host"} <= found
    assert not found - {"punycode_domain", "punycode_www", "unicode_host"}


def test_delete_site_in_unicode_finds_the_punycode_cookies(capsys, store):
    code, out, err = run(capsys, "delete", *store, "--site", "bücher.example", "--dry-run", "--format", "json")
    assert code == 0, err
    assert {r["name"] for r in json.loads(out)["deleted"]} == {"punycode_domain", "punycode_www", "unicode_host"}
