"""A broken policy, catalog, keep list or rules file is told in the user's language: each problem a phrase and parameters."""
from __future__ import annotations

import os
import pickle
import re
import socket
from pathlib import Path

import pytest

from inspector.domain.catalog.catalog import CatalogError, load_catalog
from inspector.domain.cleanup.rules import RulesError, load_rules
from inspector.domain.keep.keep_file import KeepListError, load_keep_list
from inspector.domain.policy import error_words as EW
from inspector.domain.policy.loader import (check_cookie_name, check_url, load_policy, parse_host, parse_instant,
                                            parse_lifetime)
from inspector.domain.policy.model import InvalidValue, PolicyError
from inspector.domain.translations import say_in
from inspector.domain.wording import english
from test_catalog import ENTRY, HEADER
from test_policy import BASE, MALFORMED, edit

ROOT = Path(__file__).resolve().parents[1]
FR = say_in("fr")
READERS = ["inspector/domain/policy/loader.py", "inspector/domain/catalog/catalog.py",
           "inspector/domain/keep/keep_file.py", "inspector/domain/cleanup/rules.py"]

# Beyond the policy cases of test_policy.MALFORMED: one file for each problem they do not reach.
POLICY_CASES = [
    ("key-not-plain", BASE + "{[a]: 1}: x\n"),
    ("number-too-long", edit("version: 1", "version: " + "9" * 5000)),
    ("language-twice", edit("function: Session", "function: {en: Session, EN: Again}")),
    ("tagged", edit("name: Test policy", "name: !custom policy")),
    ("no-categories", BASE.replace("categories:\n", "").replace(
        "  necessary: {label: Necessary, description: Needed., needs_consent: false}\n", "").replace(
        "  statistics: {label: {en: Statistics, fr: Statistiques}, description: Audience., needs_consent: true}\n",
        "")),
    ("no-providers", BASE.replace("providers:\n  acme: {name: Acme, url: \"https://acme.example/\"}\n", "")),
    ("imported-from", BASE + "imported: {from: ftp, at: '2026-12-01T21:13:06Z'}\n"),
    ("imported-at", BASE + "imported: {from: file, at: yesterday}\n"),
    ("imported-zone", BASE + "imported: {from: file, at: '2026-12-01T21:13:06'}\n"),
    ("provider-name", edit("  acme: {name: Acme, url", "  acme: {url")),
    ("provider-id", edit("  acme: {name: Acme", "  Acme Inc: {name: Acme")),
    ("category-id", edit("  necessary: {label", "  Necessary!: {label")),
    ("unknown-key-list", edit("        lifetime: 30 minutes\n", "        lifetime: 30 minutes\n        zzzzzzzz: 1\n")),
    ("host-ip-wildcard", edit("[shop.example.com]", '["*.192.0.2.1"]')),
    ("host-idna", edit("[shop.example.com]", '["é..example"]')),
]
CATALOG_CASES = [
    ("catalog-empty", ""),
    ("catalog-root", "- a\n"),
    ("catalog-version", HEADER.replace("version: 1", "version: 2") + ENTRY % "a"),
    ("catalog-duplicate", HEADER + ENTRY % "a" + ENTRY % "a"),
    ("catalog-duplicate-on", HEADER + ENTRY.replace("name: %s", "name: %s, domains: [x.example]") % "a"
     + ENTRY.replace("name: %s", "name: %s, domains: [x.example]") % "a"),
    ("catalog-provider", HEADER + ENTRY.replace("acme, category", "nobody, category") % "a"),
    ("catalog-category", HEADER + ENTRY.replace("necessary", "functional") % "a"),
    ("domains-empty", HEADER + ENTRY.replace("name: %s", "name: %s, domains: []") % "a"),
    ("domain-wildcard", HEADER + ENTRY.replace("name: %s", "name: %s, domains: ['*.x.example']") % "a"),
]
KEEP_CASES = [
    ("version-read", "version: 2\nkeep: []\n"),
    ("keep-list-key", "kept: []\n"),
    ("keep-not-a-site", "keep:\n  - {site: www.github.com}\n"),
    ("keep-host-elsewhere", "keep:\n  - {site: github.com, host: example.org}\n"),
    ("keep-exact-alone", "keep:\n  - {site: github.com, path: /}\n"),
    ("keep-reason", "keep:\n  - {site: github.com, reason: whim}\n"),
    ("keep-both", "keep:\n  - {site: github.com, name: a, pattern: 'b*'}\n"),
    ("keep-yaml", "keep: [\n"),
]
RULES_CASES = [
    ("rules-empty", "# nothing\n"),
    ("rules-file-key", "rulez: []\n"),
    ("version-read", "version: 3\nrules: []\n"),
    ("rule-name-used", "rules:\n  - {name: x, expired: true}\n  - {name: x, expired: true}\n"),
    ("rule-status", "rules:\n  - {name: x, status: odd}\n"),
    ("rule-finding", "rules:\n  - {name: x, finding: odd}\n"),
    ("rule-unused-days", "rules:\n  - {name: x, unused-days: 0}\n"),
    ("rule-chooses-nothing", "rules:\n  - {name: x}\n"),
    ("rule-bool", "rules:\n  - {name: x, expired: maybe}\n"),
]


def _file_errors(tmp_path: Path) -> list[PolicyError]:
    """A PolicyError for each way the file itself cannot be read."""
    missing, folder, fifo = tmp_path / "missing.yaml", tmp_path / "folder", tmp_path / "fifo.yaml"
    folder.mkdir()
    big = tmp_path / "big.yaml"
    big.write_text("# " + "x" * (2**20) + "\n", encoding="utf-8")
    latin = tmp_path / "latin.yaml"
    latin.write_bytes("name: Café\n".encode("latin-1"))
    sock_path = tmp_path / "s.yaml"
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(sock_path))
    paths = [missing, folder, big, latin, sock_path, "/dev/zero", tmp_path / ("x" * 5000)]  # the last: too long a name
    if hasattr(os, "mkfifo"):
        os.mkfifo(fifo)
        paths.append(fifo)
    errors = []
    try:
        for path in paths:
            with pytest.raises(PolicyError) as caught:
                load_policy(path)
            errors.append(caught.value)
    finally:
        sock.close()
    return errors


def _corpus(tmp_path: Path) -> list[Exception]:
    """Every problem the readers can report, raised from files on disk (and the value checks on their own)."""
    found: list[Exception] = _file_errors(tmp_path)
    for n, (_, text) in enumerate([(c[0], c[1]) for c in MALFORMED] + POLICY_CASES):
        path = tmp_path / f"policy{n}.yaml"
        path.write_bytes(text) if isinstance(text, bytes) else path.write_text(text, encoding="utf-8")
        with pytest.raises(PolicyError) as caught:
            load_policy(path)
        found.append(caught.value)
    for n, (_, text) in enumerate(CATALOG_CASES):
        path = tmp_path / f"catalog{n}.yaml"
        path.write_text(text, encoding="utf-8")
        with pytest.raises(CatalogError) as caught:
            load_catalog(path)
        found.append(caught.value)
    for n, (_, text) in enumerate(KEEP_CASES):
        path = tmp_path / f"keep{n}.yaml"
        path.write_text(text, encoding="utf-8")
        with pytest.raises(KeepListError) as caught:
            load_keep_list(str(path))
        found.append(caught.value)
    for n, (_, text) in enumerate(RULES_CASES):
        path = tmp_path / f"rules{n}.yaml"
        path.write_text(text, encoding="utf-8")
        with pytest.raises(RulesError) as caught:
            load_rules(str(path))
        found.append(caught.value)
    # Checks the reader never reaches with these values (it refuses an empty name first), but the importer does.
    for check, value in ((lambda v: check_cookie_name(v, False), ""), (parse_lifetime, "soon"),
                         (parse_host, "a/b"), (check_url, "ftp://x"), (parse_instant, "now")):
        with pytest.raises(InvalidValue) as caught:
            check(value)
        found.append(caught.value)
    return found


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return _corpus(tmp_path_factory.mktemp("broken"))


def _french(err) -> str:
    return err.text(FR)


def _values(params: dict) -> list[str]:
    """The parameters as text, longest first, the steps of `what` included."""
    out = []
    for key, value in params.items():
        if key == "what":
            out += [str(step[1]) if len(step) > 1 else "" for step in value if not isinstance(step, str)]
            out += [step for step in value if isinstance(step, str)]
        elif isinstance(value, (list, tuple)):
            out += [", ".join(map(str, value)), *map(str, value)]
        elif key not in ("expected", "got", "file_kind"):
            out.append(str(value))
    return sorted((v for v in out if v), key=len, reverse=True)


def _english_fragments() -> set[str]:
    """The fixed English words of every phrase of error_words, placeholders taken out: none may show in French."""
    phrases = [p for table in (EW.PROBLEMS, EW.WHERE, EW.EXPECTED, EW.GOT, EW.FILE_KINDS) for p in table.values()]
    french_words = "\n".join(FR(p, 2) for p in phrases)  # "cookie" is French too
    fragments = set()
    for phrase in phrases:
        for part in re.split(r"\{[^}]*\}|%n", phrase.text):
            part = part.strip(" ,:;()'\"")
            if len(part) >= 6 and part not in french_words:
                fragments.add(part)
    return fragments


def test_every_problem_the_readers_raise_is_a_known_phrase_and_the_corpus_reaches_each(corpus):
    raised = {err.why for err in corpus}
    assert None not in raised and raised <= set(EW.PROBLEMS)
    # Every phrase the readers name in their source is raised by some file above.
    named = set()
    for module in READERS:
        source = (ROOT / module).read_text(encoding="utf-8")
        named |= {key for key in EW.PROBLEMS if f'"{key}"' in source}
    assert named - raised == set(), f"no broken file of the corpus raises {sorted(named - raised)}"
    # And every named place of WHERE is said by one of them.
    steps = {step[0] for err in corpus for step in err.params.get("what", ()) if not isinstance(step, str)}
    assert set(EW.WHERE) - steps == set(), sorted(set(EW.WHERE) - steps)


def test_no_reader_builds_an_english_sentence():
    """A problem is a phrase key and parameters: no f-string or literal sentence goes into an error."""
    for module in READERS:
        source = (ROOT / module).read_text(encoding="utf-8")
        for call in re.finditer(r"(?:\.fail|Error|InvalidValue)\((?:[^()]|\([^()]*\))*\)", source, re.S):
            text = call.group()
            # A keyword may hold a YAML snippet (fix=f"name: {name}"); a positional text is a message.
            assert not re.search(r'[(,]\s*f?"[^"]* [^"]*"', text), f"{module}: {text}"


def test_in_french_every_problem_is_french_with_its_place_and_the_offending_value(corpus):
    fragments = _english_fragments()
    for err in corpus:
        english_text, french = err.text(), _french(err)
        assert french != english_text, english_text
        # What the file holds, and PyYAML's or the OS's account, may be English: only our words are checked.
        ours = french.replace(getattr(err, "path", ""), "")
        for value in _values(err.params):
            ours = ours.replace(value, "")
        left = sorted(f for f in fragments if f in ours)
        assert not left, f"English in {french!r}: {left}"
        if isinstance(err, PolicyError):
            assert english_text == str(err) and french.startswith(err.where + ": ")
        for key in ("key", "name", "host", "site", "value", "entry", "id"):
            if isinstance(err.params.get(key), str):
                assert err.params[key] in french, (key, french)


def test_a_broken_policy_reads_in_french_with_file_line_column_and_key(tmp_path):
    path = tmp_path / "policy.yaml"
    path.write_text(edit("purpose:", "purpsoe:"), encoding="utf-8")
    with pytest.raises(PolicyError) as caught:
        load_policy(path)
    err = caught.value
    assert err.text(FR) == (f"{path}:18:9: site «\u00a0shop\u00a0», cookie\u00a0: clé «\u00a0purpsoe\u00a0» "
                            f"inconnue (vouliez-vous dire «\u00a0purpose\u00a0»\u202f?)")
    # English is what it always was, and the default.
    assert err.text() == err.text(english) == str(err) == (
        f"{path}:18:9: site 'shop', cookie: unknown key 'purpsoe' (did you mean 'purpose'?)")
    assert err.message == "site 'shop', cookie: unknown key 'purpsoe' (did you mean 'purpose'?)"
    assert (err.why, err.params["key"], err.params["close"]) == ("unknown-key-close", "purpsoe", "purpose")


def test_a_broken_keep_list_and_rules_file_read_in_french(tmp_path):
    keep = tmp_path / "keep.yaml"
    keep.write_text("keep:\n  - site: github.com\n    nmae: x\n", encoding="utf-8")
    with pytest.raises(KeepListError) as caught:
        load_keep_list(str(keep))
    assert caught.value.text(FR) == (f"{keep}:3:5: entrée n°1 de la liste de conservation\u00a0: "
                                     "clé «\u00a0nmae\u00a0» inconnue (vouliez-vous dire «\u00a0name\u00a0»\u202f?)")
    assert str(caught.value) == f"{keep}:3:5: keep entry 1: unknown key 'nmae' (did you mean 'name'?)"
    rules = tmp_path / "rules.yaml"
    rules.write_text("rules:\n  - name: trackers\n    unused-days: many\n", encoding="utf-8")
    with pytest.raises(RulesError) as caught:
        load_rules(str(rules))
    assert caught.value.text(FR) == (f"{rules}:3:18: règle n°1, unused-days\u00a0: il faut un nombre entier, "
                                     "pas du texte")
    assert str(caught.value) == f"{rules}:3:18: rule 1, unused-days: expected a whole number, got text"


def test_a_problem_survives_pickling_with_its_phrase(corpus):
    for err in corpus:
        again = pickle.loads(pickle.dumps(err))
        assert type(again) is type(err) and str(again) == str(err) and again.text(FR) == err.text(FR)
        if isinstance(err, PolicyError):
            assert (again.path, again.line, again.column, again.why) == (err.path, err.line, err.column, err.why)


def test_an_error_without_a_phrase_is_shown_as_it_is():
    err = PolicyError("p.yaml", 3, None, "something of elsewhere")
    assert str(err) == err.text(FR) == "p.yaml:3: something of elsewhere"
    assert KeepListError.of(err).text(FR) == "p.yaml:3: something of elsewhere"
