"""The policy library: bundled + the user's folder + --policy files, the closest host deciding, ties, broken files."""
from __future__ import annotations

import json

import pytest

from inspector.cli.main import main
from inspector.domain.codes import DECLARED, NO_POLICY, UNDECLARED
from inspector.domain.policy import PolicyError, default_policy_path
from inspector.domain.policy.library import library_folder, load_library
from inspector.domain.policy.model import ORIGIN_BUNDLED, ORIGIN_URL

from policy_library_support import write


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """The user's policy folder, under a config dir of this test's own."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    path = library_folder()
    assert str(path).startswith(str(tmp_path / "config")) and path.parts[-2:] == ("consent-inspector", "policies")
    return path


def test_the_bundled_policy_the_folder_and_policy_files_are_all_in_force(folder, tmp_path):
    write(folder / "news.yaml", "News", ["news.example"], ["nsid"], "2026-01-02T10:00:00Z", "https://news.example/c")
    extra = write(tmp_path / "bank.yaml", "Bank", ["bank.example"], ["bsid"])
    lib = load_library(default_policy_path(), folder, [extra])
    assert [e.policy.name for e in lib.entries][0] == "opendata.lillemetropole.fr cookie policy"
    assert lib.classify("news.example", "nsid").status == DECLARED
    assert lib.classify("news.example", "other").status == UNDECLARED
    assert lib.classify("bank.example", "bsid").status == DECLARED
    assert lib.classify("opendata.lillemetropole.fr", "csrftoken").status == DECLARED
    assert lib.classify("unknown.example", "nsid").status == NO_POLICY
    news = next(e for e in lib.entries if e.policy.name == "News")
    assert news.in_folder and news.origin.kind == ORIGIN_URL and news.origin.source == "https://news.example/c"
    assert news.origin.imported_at_us == 1767348000 * 1_000_000
    assert lib.entries[0].origin.kind == ORIGIN_BUNDLED and not lib.entries[0].in_folder


@pytest.mark.parametrize("cookie_host, name, status, winner", [
    # A cookie on the shop's own host: the shop's exact host is closer than *.example.com.
    ("shop.example.com", "wide", UNDECLARED, "Shop"),
    ("shop.example.com", "narrow", DECLARED, "Shop"),
    # A domain cookie on example.com: *.example.com names it exactly, the shop only receives it.
    (".example.com", "wide", DECLARED, "Wide"),
    (".example.com", "narrow", UNDECLARED, "Wide"),
    ("www.example.com", "wide", DECLARED, "Wide"),
])
def test_the_policy_naming_the_host_most_closely_decides(folder, cookie_host, name, status, winner):
    write(folder / "wide.yaml", "Wide", ['"*.example.com"'], ["wide"], "2026-01-01T00:00:00Z")
    write(folder / "shop.yaml", "Shop", ["shop.example.com"], ["narrow"], "2025-01-01T00:00:00Z")
    match = load_library(None, folder).classify(cookie_host, name)
    assert (match.status, match.site.name) == (status, winner)


def test_an_exact_tie_goes_to_the_later_import_and_is_reported(folder):
    old = write(folder / "a-new.yaml", "Newer", ["shop.example"], ["kept"], "2026-06-01T00:00:00Z")
    new = write(folder / "z-old.yaml", "Older", ["shop.example"], ["dropped", "kept"], "2026-01-01T00:00:00Z")
    lib = load_library(default_policy_path(), folder)
    # Imported later wins whatever the file names' order: the newer page dropped a cookie.
    assert lib.classify("shop.example", "dropped").status == UNDECLARED
    assert lib.classify("shop.example", "kept").site.name == "Newer"
    assert [(c.host, c.winner, c.loser) for c in lib.conflicts] == [("shop.example", str(old), str(new))]


def test_a_broken_file_in_the_folder_is_reported_and_the_others_stay(folder):
    write(folder / "good.yaml", "Good", ["good.example"], ["g"])
    (folder / "broken.yaml").write_text("version: 1\nname: Broken\nsites: [\n", encoding="utf-8")
    (folder / "notes.txt").write_text("not a policy", encoding="utf-8")
    lib = load_library(default_policy_path(), folder)
    assert [e.policy.name for e in lib.entries] == ["opendata.lillemetropole.fr cookie policy", "Good"]
    [error] = lib.errors
    assert isinstance(error, PolicyError) and error.path == str(folder / "broken.yaml")
    assert (error.line, error.column) == (4, 1) and str(error).startswith(f"{folder / 'broken.yaml'}:4:1: ")
    assert lib.classify("good.example", "g").status == DECLARED


def test_a_wrong_import_time_is_an_error_at_its_line(folder):
    text = (folder / "x.yaml")
    write(text, "X", ["x.example"], ["a"], "yesterday")
    [error] = load_library(None, folder).errors
    assert (error.line, error.column) == (5, 7) and "'yesterday' is not a date and time" in error.message


def test_scan_uses_the_folder_and_warns_of_a_broken_file(folder, capsys, real_stores):
    write(folder / "news.yaml", "Lille", ["opendata.lillemetropole.fr"], ["_pk_id.1.abcd"], "2026-06-01T00:00:00Z")
    (folder / "broken.yaml").write_text("version: 1\nname: [\n", encoding="utf-8")
    code = main(["scan", "--store", f"chromium:{real_stores.chromium_user_data()}", "--format", "json"])
    out, err = capsys.readouterr()
    assert code == 0
    assert f"policy error (left out): {folder / 'broken.yaml'}:3:1:" in err
    rows = [c for c in json.loads(out)["cookies"] if c["host"].endswith("lillemetropole.fr")]
    status = {c["name"]: c["status"] for c in rows}
    # The folder's policy names the host exactly and was imported later than the bundled one:
    # it decides, so csrftoken (declared by the bundled page only) is undeclared now.
    assert status["_pk_id.1.abcd"] == DECLARED and status["csrftoken"] == UNDECLARED


def test_a_broken_policy_file_given_on_the_command_line_still_ends_the_run(folder, capsys, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 1\nname: [\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        main(["scan", "--demo", "--policy", str(bad)])
    assert exit_.value.code == 2
    assert f"policy error: {bad}:3:1:" in capsys.readouterr().err


@pytest.mark.parametrize("cookie_host", [
    "shop.example.com", ".shop.example.com", ".example.com", "example.com", "a.b.example.com", ".b.example.com",
    "other.com", ".com", "com", "127.0.0.1", "example.com.evil.org", "xexample.com",
])
def test_the_library_covers_what_a_single_policy_of_the_same_sites_covers(folder, cookie_host):
    # The library's own host matching against the model's (entry_receives through Policy.covers).
    from inspector.domain.policy import load_policy
    write(folder / "a.yaml", "A", ['"*.example.com"'], ["x"], "2026-01-01T00:00:00Z")
    write(folder / "b.yaml", "B", ["shop.example.com", "127.0.0.1"], ["y"], "2026-01-02T00:00:00Z")
    lib = load_library(None, folder)
    singles = [load_policy(folder / n) for n in ("a.yaml", "b.yaml")]
    assert lib.covers(cookie_host) == any(p.covers(cookie_host) for p in singles)
