"""The keep list: what each entry keeps, its YAML file (errors at file:line:column), sign-in cookies, and `keep`."""
from __future__ import annotations

import io
import json
import sys

import pytest

from inspector.domain import wording
from inspector.domain.codes import KEEP_COOKIE, KEEP_HOST, KEEP_NAME, KEEP_PATTERN, KEEP_SITE
from inspector.domain.descriptions import Describer
from inspector.domain.keep.entries import SIGN_IN, KeepEntry, KeepList, for_cookie
from inspector.domain.keep.keep_file import KeepListError, keep_list_path, load_keep_list, save_keep_list
from inspector.domain.keep.sign_in import is_sign_in, sign_in_sites
from inspector.domain.policy import load_policy
from inspector.domain.scan import scan
from inspector.domain.stores.demo import demo_stores
from deletion_support import write_policy
from cli_support import run


@pytest.fixture(autouse=True)
def config_dir(tmp_path, monkeypatch):
    path = tmp_path / "config"
    monkeypatch.setenv("CONSENT_INSPECTOR_CONFIG_DIR", str(path))
    monkeypatch.setenv("CONSENT_INSPECTOR_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    return path


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("demo")
    result = scan(demo_stores(str(tmp / "stores")), load_policy(write_policy(tmp)))
    return result


def kept_names(keep: KeepList, result) -> set:
    return {(c.record.host, c.record.name) for c in result.cookies if keep.entry_for(c) is not None}


@pytest.mark.parametrize("entry, kind, expected", [
    (KeepEntry(site="github.com"), KEEP_SITE, {(".github.com", "_octo"), ("github.com", "logged_in")}),
    (KeepEntry(site="lillemetropole.fr", host="www.lillemetropole.fr"), KEEP_HOST,
     {("www.lillemetropole.fr", "has_js")}),
    (KeepEntry(site="lillemetropole.fr", host=".lillemetropole.fr"), KEEP_HOST,  # the leading dot is no matter
     {(".lillemetropole.fr", "_ga"), (".lillemetropole.fr", "_gid")}),
    (KeepEntry(site="lillemetropole.fr", name="sessionid"), KEEP_NAME,
     {("opendata.lillemetropole.fr", "sessionid")}),
    (KeepEntry(site="lillemetropole.fr", pattern="_pk_*"), KEEP_PATTERN,
     {("opendata.lillemetropole.fr", "_pk_id.1.abcd"), ("opendata.lillemetropole.fr", "_pk_ses.1.abcd")}),
    (KeepEntry(site="example.org", name="sessionid"), KEEP_NAME, set()),  # another site's name keeps nothing
    (KeepEntry(site="github"), KEEP_SITE, set()),  # a site is named exactly, never as a substring
    (KeepEntry(site="lillemetropole.fr", pattern="_PK_*"), KEEP_PATTERN, set()),  # names are case-sensitive
])
def test_each_kind_of_entry_keeps_exactly_its_cookies(demo, entry, kind, expected):
    assert entry.kind == kind
    assert kept_names(KeepList([entry]), demo) == expected


def test_a_full_key_entry_keeps_one_cookie_of_one_store(demo):
    target = next(c for c in demo.cookies if c.record.name == "prefs" and c.record.browser == "chrome")
    entry = for_cookie(target.record, target.site)
    assert entry.kind == KEEP_COOKIE
    kept = [c for c in demo.cookies if KeepList([entry]).entry_for(c)]
    assert kept == [target]  # not Firefox's prefs


def test_split_returns_what_may_go_and_each_kept_cookie_with_its_entry(demo):
    entries = [KeepEntry(site="github.com"), KeepEntry(site="lillemetropole.fr", name="sessionid")]
    go, kept = KeepList(entries).split(demo.cookies)
    assert len(go) + len(kept) == len(demo.cookies)
    assert {(c.record.name, e.kind) for c, e in kept} == {("_octo", KEEP_SITE), ("logged_in", KEEP_SITE),
                                                           ("sessionid", KEEP_NAME)}


def test_the_file_round_trips_readably_and_in_the_users_config_dir(config_dir):
    keep = KeepList([KeepEntry(site="github.com"), KeepEntry(site="example.org", pattern="wp_*"),
                     KeepEntry(site="example.org", name='odd "name" ü', reason=SIGN_IN)])
    path = save_keep_list(keep)
    assert path == keep_list_path() and path.startswith(str(config_dir))
    text = open(path, encoding="utf-8").read()
    assert '- {site: "github.com"}' in text and text.startswith("# Consent Inspector keep list")
    again = load_keep_list()
    assert again.entries == keep.entries
    assert [e.line for e in again.entries] == [text.splitlines().index(l) + 1 for l in text.splitlines()
                                                if l.startswith("  - ")]


@pytest.mark.parametrize("text, line, column, words", [
    ("keep:\n  - site: github.com\n    nmae: x\n", 3, 5, "unknown key 'nmae'"),
    ("keep:\n  - {site: www.github.com}\n", 2, 12, "not a site's registrable domain"),
    ("keep:\n  - {site: github.com, name: a, pattern: 'b*'}\n", 2, 42, "either 'name' or 'pattern'"),
    ("keep:\n  - {site: github.com, host: example.org}\n", 2, 30, "not on the site"),
    ("keep: [\n", 2, 1, "invalid YAML"),
])
def test_a_malformed_file_is_an_error_at_its_line_and_column(config_dir, text, line, column, words):
    config_dir.mkdir()
    (config_dir / "keep.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(KeepListError) as err:
        load_keep_list()
    assert (err.value.line, err.value.column) == (line, column)
    assert words in err.value.message
    assert str(err.value).startswith(f"{config_dir / 'keep.yaml'}:{line}:{column}: ")


def test_sign_in_cookies_come_from_names_and_what_the_policy_or_catalog_says(demo):
    describe = Describer().describe
    signed = {c.record.name for c in demo.cookies if is_sign_in(c, describe(c))}
    assert "sessionid" in signed  # the policy's function says Login
    assert not signed & {"_ga", "_gid", "IDE", "csrftoken", "prefs", "_pk_id.1.abcd", "django_language"}
    assert sign_in_sites(demo.cookies, describe) == sorted({c.site for c in demo.cookies
                                                            if c.record.name in signed})


def test_the_french_window_finds_the_same_sign_in_cookies_as_the_english_one():
    # The catalog's French words ("connecté") are not its English ones ("signed-in"): the rule reads
    # the English, so a cookie is a sign-in cookie or not whatever the window's language.
    from inspector.domain.catalog.catalog import default_catalog
    from findings_support import record
    from inspector.domain.scan import inspect
    from inspector.domain.policy.model import Policy
    entries = [e for e in default_catalog().entries if e.category == "necessary" and not e.is_pattern]
    cookies = inspect([record(e.domains[0] if e.domains else "site.example", e.name, 1) for e in entries],
                      Policy("none.yaml", "No policy", (), {}, {}))
    english, french = Describer(), Describer(lang="fr")
    signed = {c.record.name for c in cookies if is_sign_in(c, english.describe(c))}
    assert {"SID", "c_user", "twid", "ds_user_id"} <= signed and "datr" not in signed
    assert {c.record.name for c in cookies if is_sign_in(c, french.describe(c))} == signed


@pytest.mark.parametrize("name, signs_in", [
    ("PHPSESSID", True), ("JSESSIONID", True), ("__Host-session", True), ("wordpress_logged_in_abc", True),
    ("_gitlab_session", True), ("connect.sid", True), ("csrftoken", False), ("XSRF-TOKEN", False),
    ("_ga", False), ("theme", False),
])
def test_sign_in_names_without_any_description(demo, name, signs_in):
    cookie = demo.cookies[0]
    cookie = cookie._replace(record=cookie.record._replace(name=name))
    assert is_sign_in(cookie, None) is signs_in


def test_the_signed_out_warning_is_counted(demo):
    assert wording.english(wording.SIGNED_OUT, 3) == "You will be signed out of 3 sites"
    assert wording.english(wording.SIGNED_OUT, 1) == "You will be signed out of 1 site"


def test_keep_add_list_remove_on_the_command_line(capsys, config_dir):
    assert run(capsys, "keep", "add", "--site", "github.com")[0] == 0
    assert run(capsys, "keep", "add", "--site", "lillemetropole.fr", "--host", "opendata.lillemetropole.fr",
               "--name", "sessionid")[0] == 0
    code, out, _ = run(capsys, "keep", "add", "--site", "example.org", "--pattern", "wp_*")
    assert code == 0 and "names matching wp_* on example.org" in out
    code, out, _ = run(capsys, "keep", "list", "--format", "json")
    doc = json.loads(out)
    assert [(e["site"], e["kind"]) for e in doc["entries"]] == [
        ("github.com", "site"), ("lillemetropole.fr", "name"), ("example.org", "pattern")]
    assert doc["entries"][1]["host"] == "opendata.lillemetropole.fr"
    code, out, _ = run(capsys, "keep", "list")
    assert "github.com" in out and "3 entries" in out
    assert run(capsys, "keep", "remove", "--site", "github.com")[0] == 0
    code, _, err = run(capsys, "keep", "remove", "--site", "github.com")
    assert code == 1 and "no such entry" in err
    assert [e.site for e in load_keep_list().entries] == ["lillemetropole.fr", "example.org"]


@pytest.mark.parametrize("argv, words", [
    (("--site", "www.github.com"), "did you mean --site github.com --host www.github.com"),
    (("--site", "github.com", "--host", "example.org"), "not on the site github.com"),
    (("--site", "github.com", "--name", "a", "--pattern", "b*"), "not allowed with"),
])
def test_keep_site_names_a_registrable_domain_exactly(capsys, argv, words):
    code, _, err = run(capsys, "keep", "add", *argv)
    assert code == 2 and words in err
    assert not load_keep_list().entries


def test_a_broken_keep_list_is_reported_with_its_place(capsys, config_dir):
    config_dir.mkdir()
    (config_dir / "keep.yaml").write_text("keep:\n  - site: [x]\n", encoding="utf-8")
    code, _, err = run(capsys, "keep", "list")
    assert code == 2 and f"{config_dir / 'keep.yaml'}:2:11:" in err and "Traceback" not in err


def test_keep_and_clean_escape_what_a_website_or_a_hand_edited_file_put_in_a_name(capsys, config_dir):
    code, out, _ = run(capsys, "keep", "add", "--site", "github.com", "--name", "x\x1b[2Jy")
    assert code == 0 and "\x1b" not in out and "x\\x1b[2Jy" in out
    code, out, _ = run(capsys, "keep", "list")
    assert "\x1b" not in out
