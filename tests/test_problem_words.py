"""The domain's errors carry a phrase and parameters, never an English sentence of their own."""
from __future__ import annotations

import ast
import pickle
import re
from pathlib import Path

from inspector.domain import problem_words
from inspector.domain.deletion.errors import DeletionError, failure
from inspector.domain.problem_words import error_text
from inspector.domain.translations import speaker

DOMAIN = Path(__file__).resolve().parents[1] / "inspector" / "domain"
ERRORS = {"DeletionError", "StoreReadError", "StoreWriteError", "BackupError", "FileRefused", "SessionStoreError",
          "ValueUnavailable", "CodedError"}
# The helpers that make one of those from a `why` key and its parameters.
WHY_HELPERS = {"failure", "unreadable", "_refused", "_warn", "unavailable", "_damaged", "make_private_folder"}


def _calls():
    for path in sorted(DOMAIN.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                yield path.relative_to(DOMAIN), node, name


def test_no_domain_error_is_made_from_an_english_sentence():
    worded = []
    for path, node, name in _calls():
        if name in ERRORS and node.args and isinstance(node.args[0], ast.JoinedStr) or name in ERRORS \
                and node.args and isinstance(node.args[0], ast.Constant) and " " in str(node.args[0].value):
            worded.append(f"{path}:{node.lineno}: {name}({ast.unparse(node.args[0])[:60]}) has a sentence for a code")
        if name in ERRORS and len(node.args) > 1 and isinstance(node.args[1], (ast.Constant, ast.JoinedStr)):
            worded.append(f"{path}:{node.lineno}: {name}({ast.unparse(node.args[1])[:60]})")
        if isinstance(node.func, ast.Attribute) and ast.unparse(node.func) == "warnings.append" \
                and isinstance(node.args[0], (ast.Constant, ast.JoinedStr)):
            worded.append(f"{path}:{node.lineno}: a warning as an English sentence")
    assert not worded, "\n".join(worded)


def test_every_phrase_key_the_domain_raises_has_words():
    key = re.compile(r"^[a-z]+\.[a-z-]+$")
    named, constants = set(), set()
    for path, node, name in _calls():
        values = [k.value for k in node.keywords if k.arg == "why"]
        if name in WHY_HELPERS:
            values += node.args
        named.update(v.value for v in values if isinstance(v, ast.Constant) and isinstance(v.value, str)
                     and key.match(v.value))
    for path in DOMAIN.rglob("*.py"):
        if path.name != "problem_words.py":
            constants.update(n.value for n in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                             if isinstance(n, ast.Constant) and n.value in problem_words.PROBLEMS)
    assert len(named) > 80
    assert not named - set(problem_words.PROBLEMS), sorted(named - set(problem_words.PROBLEMS))
    assert not set(problem_words.PROBLEMS) - constants, sorted(set(problem_words.PROBLEMS) - constants)


def test_an_error_reads_in_each_language_with_its_parameters_and_survives_a_worker_process():
    inner = failure("read-only", "write.read-only-user", path="/p/Cookies")
    err = DeletionError("failed", why="plan.others-lost", params={"undo_id": "U1"}, parts=(
        failure("changed", "plan.rows-gone", path="/p/Cookies", n=2, planned=5), inner))
    assert err.message == ("/p/Cookies: 2 of the 5 planned cookies are no longer in the store (the browser changed "
                           "it since the plan); nothing was changed: scan again and re-plan; /p/Cookies: the store is "
                           "read-only for this user (undo ID U1 restores what the other stores lost)")
    french = error_text(err, speaker("fr"))
    assert french.startswith("/p/Cookies\u00a0: 2 des 5 cookies prévus ne sont plus dans le magasin")
    assert "le magasin est en lecture seule pour cet utilisateur" in french
    assert "(l’annulation U1 rétablit ce que les autres magasins ont perdu)" in french
    assert "1 des 5 cookies prévus n’est plus" in failure("changed", "plan.rows-gone", path="x", n=1,
                                                            planned=5).text(speaker("fr"))
    again = pickle.loads(pickle.dumps(err))
    assert (again.code, again.message, again.text(speaker("fr"))) == ("failed", err.message, french)


def test_sizes_are_grouped_as_each_language_writes_them(tmp_path):
    from inspector.domain.bounded_read import FileRefused, read_regular
    big = tmp_path / "containers.json"
    big.write_bytes(b" " * 1_500_000)
    try:
        read_regular(str(big), 2**20)
    except FileRefused as exc:
        assert exc.message == "the file is 1,500,000 bytes, more than the 1 MB this app reads"
        assert exc.text(speaker("fr")) == ("le fichier fait 1\u202f500\u202f000 octets, plus que les 1 Mo que cette "
                                           "application lit")
    else:
        raise AssertionError("a 1.5 MB file was read under a 1 MB limit")
