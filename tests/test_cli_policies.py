"""`import-policy URL|FILE|- --save` fills the policy library; `policies` lists it with what each policy covers."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from inspector.cli.main import main
from inspector.domain.clock import FixedClock
from inspector.domain.policy.library import library_folder
from inspector.domain.policy.loader import load_policy

from loopback_server import LoopbackServer

LILLE = "opendata.lillemetropole.fr"
AT = 1_780_000_000 * 1_000_000
SEED_TABLE = Path(__file__).parent / "data" / "policy_pages" / "lillemetropole_table.txt"


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    return library_folder()


def _run(capsys, *argv):
    code = main(list(argv), clock=FixedClock(AT))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_from_a_url_saves_into_the_library_and_policies_lists_it(folder, capsys, real_stores):
    with LoopbackServer() as server:
        # The recorded table of the seed page, served as an HTML page.
        body = SEED_TABLE.read_text(encoding="utf-8")
        server.routes["/page.html"] = (200, {"Content-Type": "text/html; charset=utf-8"},
                                       _html_of_tab_text(body).encode())
        code, out, err = _run(capsys, "import-policy", server.url + "/page.html", "--site", LILLE,
                              "--hosts", f"{LILLE},*.lillemetropole.fr", "--save")
    assert code == 0, err
    saved = folder / "opendata-lillemetropole.yaml"
    assert f"saved 4 cookies for {LILLE} to {saved}" in err and out == ""
    policy = load_policy(saved)
    assert policy.origin.kind == "url" and policy.origin.source == server.url + "/page.html"
    assert policy.origin.imported_at_us == AT
    assert policy.sites[0].hosts == (LILLE, "*.lillemetropole.fr")
    stores = ["--store", f"chromium:{real_stores.chromium_user_data()}"]
    code, out, err = _run(capsys, "policies", *stores, "--format", "json")
    assert code == 0, err
    listing = json.loads(out)
    mine = next(p for p in listing["policies"] if p["in_folder"])
    assert (mine["source"], mine["source_detail"], mine["imported_at"], mine["declared"]) == (
        "url", server.url + "/page.html", "2026-05-28T20:26:40Z", 4)
    bundled = next(p for p in listing["policies"] if p["source"] == "bundled")
    # Same host in both: the later import is in force and both rows name the conflict.
    assert listing["conflicts"] == [{"host": LILLE, "winner": str(saved), "loser": bundled["file"]}]
    assert mine["conflicts"] == [LILLE] and bundled["covered"] == 0 and mine["covered"] > 0
    code, out, err = _run(capsys, "policies", *stores)
    assert "url " + server.url + "/page.html" in out and f"{LILLE} is named by {saved}" in err


def _html_of_tab_text(text: str) -> str:
    rows = []
    for line in text.splitlines():
        if "\t" in line:
            rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in line.split("\t")) + "</tr>")
        elif line.startswith("#"):
            rows.append(f"</table><h3>{line.lstrip('#').strip()}</h3><table>")
    return "<html><body><table>" + "".join(rows) + "</table></body></html>"


def test_save_never_replaces_a_policy_without_force(folder, capsys, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(SEED_TABLE.read_text(encoding="utf-8"), encoding="utf-8")
    assert _run(capsys, "import-policy", str(page), "--site", LILLE, "--save")[0] == 0
    saved = folder / "opendata-lillemetropole.yaml"
    before = saved.read_bytes()
    code, out, err = _run(capsys, "import-policy", str(page), "--site", LILLE, "--save")
    assert code == 2 and f"{saved} exists: give --force to replace it" in err and saved.read_bytes() == before
    assert load_policy(saved).origin.kind == "file" and load_policy(saved).origin.source == str(page)
    assert _run(capsys, "import-policy", str(page), "--site", LILLE, "--save", "--force")[0] == 0


def test_pasted_text_on_standard_input(folder, capsys, monkeypatch):
    text = SEED_TABLE.read_bytes()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text)))
    code, out, err = _run(capsys, "import-policy", "-", "--site", LILLE)
    assert code == 0, err
    assert 'from: text' in out and "source:" not in out.split("categories:")[0]


def test_a_failed_fetch_is_one_line(folder, capsys):
    with LoopbackServer() as server:
        code, out, err = _run(capsys, "import-policy", server.url + "/nothing", "--site", LILLE)
    assert code == 1 and err.strip() == (f"consent-inspector: import-policy: {server.url}/nothing: "
                                         "the server answered HTTP 404")


def test_a_page_naming_its_declaration_is_told_and_onetrust_index_is_followed(folder, capsys, monkeypatch):
    pages = Path(__file__).parent / "data" / "policy_pages"
    code, out, err = _run(capsys, "import-policy", str(pages / "page_with_banner_scripts.html"), "--site", "x.example")
    assert code == 0
    assert ("the page names its cookiebot declaration: import it with `consent-inspector import-policy "
            "https://consent.cookiebot.com/6c8a6a7e-3d1f-4b2a-8f55-0b2f0e4a7c11/cc.js --site x.example`") in err
    from inspector.domain.policy import importing

    with LoopbackServer() as server:
        index = ('{"Id": "abc", "RuleSet": [{"Id": "r1", "Languages": {"en": true}}]}').encode()
        server.routes["/consent/abc/abc.json"] = (200, {"Content-Type": "application/json"}, index)
        data = (pages / "onetrust_domaindata_constructed.json").read_bytes()
        server.routes["/consent/abc/r1/en.json"] = (200, {"Content-Type": "application/json"}, data)
        import inspector.domain.policy.declarations as declarations
        real = declarations.onetrust_ruleset_url
        # The index names OneTrust's CDN; the loopback server stands for it.
        monkeypatch.setattr(declarations, "onetrust_ruleset_url",
                            lambda text, lang="en": real(text, lang).replace("https://cdn.cookielaw.org", server.url))
        result = importing.from_url(server.url + "/consent/abc/abc.json", "aramco.com", AT)
    assert len(result.cookies) == 9 and result.origin.source == server.url + "/consent/abc/r1/en.json"
